import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { adjacencyOf } from '../../../src/analytics/network/adjacency';
import { edgeListOf } from '../../support/edge-list-of';
import {
  betweennessSources,
  scaledBetweenness,
  splitSources,
} from '../../../src/analytics/network/centrality';
import { Analysis } from '../../../src/analytics/analysis';
import { networkPartition, networkRanks, networkStructure } from '../../../src/analytics/network/structure';
import { inlineEngine, spawnStructureWorker, WorkerPool } from '../../../src/analytics/network/worker-pool';
import { AS_OF, GHENT, subgraphOf } from '../../support/analytics-fixtures';

/** Two triangles {0,1,2} {3,4,5} joined by 2 – 3 (see network-structure.test.ts for the hand values). */
const neighbours = [
  [1, 2],
  [0, 2],
  [0, 1, 3],
  [2, 4, 5],
  [3, 5],
  [3, 4],
];
const adjacency = adjacencyOf({
  neighbours,
  edges: edgeListOf(
    neighbours.flatMap((list, u) =>
      list.filter((v) => v > u).map((v) => ({ u, v, weight: 1, substantiveWeight: 1 })),
    ),
  ),
});

describe('the analytics worker pool', () => {
  let pool: WorkerPool | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('computes the structure on a worker thread exactly as inline', async () => {
    pool = new WorkerPool(1);
    const result = await pool.run({ kind: 'structure', adjacency });
    expect(result).toEqual(networkStructure(adjacency));
    expect([...result.betweenness].map((x) => +x.toFixed(12))).toEqual([0, 0, 0.6, 0.6, 0, 0]);
    expect(pool.workers).toBe(1);
  });

  // Linux only: a thread's niceness is read from /proc (elsewhere the workers keep the process's).
  (process.platform === 'linux' ? it : it.skip)(
    'runs its worker threads at niceness 10, the event loop at the niceness it had',
    async () => {
      const niceness = (): number[] =>
        readdirSync('/proc/self/task').map((tid) => {
          const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
          // Field 19 of stat; the fields after the command name (which may hold spaces) start at 3.
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
        });
      const before = niceness();
      const own = getPriority(process.pid);
      pool = new WorkerPool(2);
      await Promise.all([pool.run({ kind: 'ranks', adjacency }), pool.run({ kind: 'ranks', adjacency })]);
      expect(pool.workers).toBe(2);
      expect(
        niceness().filter((nice) => nice === 10).length - before.filter((nice) => nice === 10).length,
      ).toBe(2);
      expect(getPriority(process.pid)).toBe(own);
    },
  );

  it('splits betweenness sources over two workers; the summed parts give the whole', async () => {
    pool = new WorkerPool(2);
    const { sources, samples } = betweennessSources(adjacency.n);
    const parts = splitSources(adjacency, sources, pool.size);
    expect(parts.map((p) => [...p])).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    const sums = await Promise.all(
      parts.map((part) => pool!.run({ kind: 'dependencies', adjacency, sources: part })),
    );
    // Vertex 2 gets δ = 3 from each of the sources 0 and 1 (the three across the bridge), 0 from 2
    // itself, and 2 from each of 3, 4, 5 (0 and 1): 12; scaled by 1/(5·4) → 0.6.
    expect(sums[0]![2]! + sums[1]![2]!).toBe(12);
    const { values } = scaledBetweenness(sums, adjacency.n, samples);
    expect([...values].map((x) => +x.toFixed(12))).toEqual([0, 0, 0.6, 0.6, 0, 0]);
    expect(await pool.run({ kind: 'partition', adjacency })).toEqual(networkPartition(adjacency));
    expect(await pool.run({ kind: 'ranks', adjacency })).toEqual(networkRanks(adjacency));
  });

  it('cuts the sources into copies, so a part posted to a worker carries only its own sources', () => {
    const parts = splitSources(adjacency, Int32Array.of(0, 1, 2, 3, 4, 5), 3);
    expect(parts.map((p) => [...p])).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
    ]);
    expect(parts.map((p) => p.buffer.byteLength)).toEqual([8, 8, 8]);
  });

  it('keeps the adjacency in shared memory, so tasks share it with the workers instead of copying it', () => {
    for (const array of [adjacency.offsets, adjacency.targets, adjacency.weights])
      expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('gives an analysis on two workers (tasks and betweenness parts spread over them) the inline structure', async () => {
    pool = new WorkerPool(2);
    const subgraph = subgraphOf(GHENT, { community: 'ghent' });
    const pooled = await new Analysis(subgraph, AS_OF, pool).structure();
    const inline = await new Analysis(subgraph, AS_OF, inlineEngine).structure();
    expect(pooled.partition).toEqual(inline.partition);
    expect(pooled.pageRank).toEqual(inline.pageRank);
    expect(pooled.components).toEqual(inline.components);
    pooled.betweenness.forEach((x, v) => expect(x).toBeCloseTo(inline.betweenness[v]!, 12));
    expect(pool.workers).toBe(2);
  });

  it('queues tasks beyond its size and answers each with its own result', async () => {
    pool = new WorkerPool(2);
    const vertices = [0, 2, 3, 5].map((v) => Int32Array.of(v));
    const results = await Promise.all(
      vertices.map((v) => pool!.run({ kind: 'closeness', adjacency, vertices: v })),
    );
    // Closeness 2: distances 1,1,1,2,2 → 5/7; 0: 1,1,2,3,3 → 5/10.
    expect(results.map((r) => r[0])).toEqual([0.5, 5 / 7, 5 / 7, 0.5]);
    expect(pool.workers).toBe(2);
  });

  it('fails the task of a worker that dies, and starts a fresh worker for the next one', async () => {
    let spawned = 0;
    pool = new WorkerPool(1, () =>
      (spawned += 1) === 1 ? new Worker('process.exit(3)', { eval: true }) : spawnStructureWorker(),
    );
    await expect(pool.run({ kind: 'structure', adjacency })).rejects.toThrow(
      'an analytics worker stopped (exit code 3)',
    );
    expect((await pool.run({ kind: 'structure', adjacency })).partition.count).toBe(2);
    expect(spawned).toBe(2);
  });

  it('refuses work once closed', async () => {
    pool = new WorkerPool(1);
    await pool.close();
    await expect(pool.run({ kind: 'structure', adjacency })).rejects.toThrow('the worker pool is closed');
  });
});
