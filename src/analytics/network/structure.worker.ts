import { parentPort } from 'node:worker_threads';
import { runStructureTask, type StructureTask } from './structure';

/** Worker-thread entry: one task per message, answered with `{ id, result }` or `{ id, error }`. */
parentPort?.on('message', ({ id, task }: { id: number; task: StructureTask }) => {
  try {
    parentPort?.postMessage({ id, result: runStructureTask(task) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
