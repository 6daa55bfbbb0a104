import { SingleBar } from 'cli-progress';

/** Where long work stands: `done` of `total` units in its current phase. */
export interface Progress {
  phase: string;
  done: number;
  total: number;
  /** Extra words for the plain line, e.g. "(3 batches)". */
  detail?: string;
}

export interface ProgressReporter {
  update: (progress: Progress) => void;
  stop: () => void;
}

/**
 * Progress on stderr: a bar on a terminal; elsewhere (CI logs, pipes) a plain line, at most one
 * every `everyMs` (the last one always).
 */
export function progressReporter(
  unit: string,
  { everyMs, stream = process.stderr }: { everyMs: number; stream?: NodeJS.WriteStream },
): ProgressReporter {
  if (stream.isTTY) {
    const bar = new SingleBar({
      format: `{phase} [{bar}] {percentage}% | {value}/{total} ${unit} | {rate} ${unit}/s`,
      stream,
      hideCursor: true,
      clearOnComplete: true,
    });
    const started = Date.now();
    let running = false;
    return {
      update: (p) => {
        const rate = Math.round(p.done / Math.max((Date.now() - started) / 1000, 0.001));
        const phase = p.phase.padEnd(12);
        if (!running) {
          bar.start(p.total, p.done, { phase, rate });
          running = true;
        } else bar.update(p.done, { phase, rate });
      },
      stop: () => {
        if (running) bar.stop();
      },
    };
  }
  let last = 0;
  return {
    update: (p) => {
      const now = Date.now();
      if (now - last < everyMs && p.done < p.total) return;
      last = now;
      stream.write(`${p.phase}: ${p.done}/${p.total} ${unit}${p.detail ? ` ${p.detail}` : ''}\n`);
    },
    stop: () => undefined,
  };
}

/** A reporter that reports nothing (--quiet). */
export const SILENT: ProgressReporter = { update: () => undefined, stop: () => undefined };
