import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { runStructureTask, type StructureTask } from './structure';

/**
 * The niceness of the worker threads: the measures are throughput work, while the event loop answers
 * /health and small queries, and a thread of nice 10 gets about a tenth of a core another thread of
 * nice 0 wants. On two cores the event loop otherwise waited for a core behind the two workers (and
 * Neo4j): stalls of 0.15–0.3 s with nothing of its own running.
 */
const WORKER_NICE = 10;

/**
 * Lowers this thread's priority to WORKER_NICE where the system allows it: on Linux a thread's id
 * (the last part of /proc/thread-self) is a process id to setpriority, and raising one's own niceness
 * needs no privilege. Elsewhere, or when refused, the worker keeps the process's priority.
 */
function lowerThisThreadsPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0 && tid !== process.pid) setPriority(tid, WORKER_NICE);
  } catch {
    // Not Linux, or refused: the worker keeps the process's priority.
  }
}

lowerThisThreadsPriority();

/** Worker-thread entry: one task per message, answered with `{ id, result }` or `{ id, error }`. */
parentPort?.on('message', ({ id, task }: { id: number; task: StructureTask }) => {
  try {
    parentPort?.postMessage({ id, result: runStructureTask(task) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
