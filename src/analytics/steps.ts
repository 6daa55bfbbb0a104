/**
 * Work done a step at a time: a generator that yields between steps and returns its result. A long
 * measure written this way runs to the end at once where that is wanted (exports, tests, small
 * scopes), or in the service by stepByStep, which gives the event loop back every few milliseconds,
 * so that a region's measures do not hold it for a tenth of a second or more at a time while /health
 * and other requests wait.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end now. */
export function allAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How long the steps run on before they give the event loop back (see stepByStep). */
export const STEP_BUDGET_MS = 4;

/**
 * Runs the steps, awaiting `nextTurn` (AnalyticsService.nextTurn) whenever they have run for
 * STEP_BUDGET_MS since the last turn: small steps, and few turns, whatever the machine's speed.
 * A turn per step made every turn of a loaded event loop 20–40 ms long, so a /health round trip,
 * which takes several turns, waited behind several of them.
 */
export async function stepByStep<T>(
  steps: Steps<T>,
  nextTurn: () => Promise<unknown>,
  budgetMs = STEP_BUDGET_MS,
): Promise<T> {
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since >= budgetMs) {
      await nextTurn();
      since = performance.now();
    }
  }
}

/** The rows that pass `keep`, in order, testing `perStep` rows per step. */
export function* filterSteps<T>(rows: readonly T[], keep: (row: T) => boolean, perStep = 16_384): Steps<T[]> {
  const kept: T[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    if (i > 0 && i % perStep === 0) yield;
    if (keep(rows[i]!)) kept.push(rows[i]!);
  }
  return kept;
}
