import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../../paths';
import { runStructureTask, type StructureResult, type StructureTask } from './structure';

/** Runs structure tasks somewhere: in a worker pool in the service, inline in unit tests. */
export interface StructureEngine {
  /** How many tasks it runs at once: betweenness is split into this many parts. */
  readonly size: number;
  run<T extends StructureTask>(task: T): Promise<StructureResult<T>>;
  close(): Promise<void>;
}

/** Runs each task on the calling thread (unit tests, small scripts). */
export const inlineEngine: StructureEngine = {
  size: 1,
  run: (task) => Promise.resolve(runStructureTask(task)),
  close: () => Promise.resolve(),
};

/**
 * Workers for a machine of `cores`: one per core but one from three cores up, so the event loop keeps
 * a core for /health and small queries; one per core on one or two. On two cores, holding one back
 * halved the analytics for little gain: the event loop is mostly idle while the workers compute
 * (bench/analytics.bench.ts, 2 cores: community of 2,000 cold p50 386 → 273 ms and a region of
 * 40,000 2.69 → 1.98 s with two workers, /health p99 under four region analyses 20 → 24 ms).
 */
export const poolSizeFor = (cores: number): number => (cores <= 2 ? Math.max(1, cores) : cores - 1);

export const defaultPoolSize = (): number => poolSizeFor(availableParallelism());

interface Pending {
  id: number;
  task: StructureTask;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
}

/**
 * A small pool of worker threads running the structure tasks, first come first served. Workers start
 * on first use and do not keep the process alive while idle; a worker that dies fails its task and is
 * replaced by the next one that is needed.
 */
export class WorkerPool implements StructureEngine {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    readonly size = defaultPoolSize(),
    private readonly spawn: () => Worker = spawnStructureWorker,
  ) {}

  run<T extends StructureTask>(task: T): Promise<StructureResult<T>> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: (this.nextId += 1), task, resolve: resolve as (v: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Workers currently alive (started on demand, at most `size`). */
  get workers(): number {
    return this.slots.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('the worker pool is closed'));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.busy === null);
      if (!slot && this.slots.length < this.size) slot = this.start();
      if (!slot) return;
      const pending = this.queue.shift()!;
      slot.busy = pending;
      slot.worker.ref();
      slot.worker.postMessage({ id: pending.id, task: pending.task });
    }
  }

  private start(): Slot {
    const slot: Slot = { worker: this.spawn(), busy: null };
    slot.worker.unref();
    slot.worker.on('message', (message: { id: number; result?: unknown; error?: string }) => {
      const pending = slot.busy;
      if (!pending || pending.id !== message.id) return;
      slot.busy = null;
      slot.worker.unref();
      if (message.error !== undefined) pending.reject(new Error(message.error));
      else pending.resolve(message.result);
      this.dispatch();
    });
    const fail = (error: Error): void => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      slot.busy?.reject(error);
      slot.busy = null;
      if (!this.closed) this.dispatch();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => fail(new Error(`an analytics worker stopped (exit code ${code})`)));
    this.slots.push(slot);
    return slot;
  }
}

/**
 * The compiled worker (dist/…/structure.worker.js) when running compiled; from the TypeScript sources
 * (jest, ts scripts) a worker that compiles them with swc as it loads them, as jest does.
 */
export function spawnStructureWorker(): Worker {
  const compiled = join(__dirname, 'structure.worker.js');
  if (__filename.endsWith('.js') && existsSync(compiled)) return new Worker(compiled);
  const root = projectRoot();
  const swcOptions = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8')) as Record<string, unknown>;
  delete swcOptions.$schema;
  return new Worker(TS_BOOT, {
    eval: true,
    workerData: {
      swc: require.resolve('@swc/core', { paths: [root] }),
      swcOptions,
      entry: join(__dirname, 'structure.worker.ts'),
    },
  });
}

const TS_BOOT = `
const { readFileSync } = require('node:fs');
const { workerData } = require('node:worker_threads');
const { transformSync } = require(workerData.swc);
require.extensions['.ts'] = (module, filename) =>
  module._compile(
    transformSync(readFileSync(filename, 'utf8'), { ...workerData.swcOptions, filename, swcrc: false }).code,
    filename,
  );
require(workerData.entry);
`;
