/**
 * At most `width` jobs running at once; the others wait their turn, first come first served. A job
 * that fails frees its place like one that succeeds. AnalyticsService streams its fetches through
 * one (see FETCH_STREAMS there for why).
 */
export class Lane {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly width: number) {
    if (!Number.isInteger(width) || width < 1)
      throw new RangeError(`a lane is at least 1 wide, not ${width}`);
  }

  /** Jobs started and not yet settled. */
  get active(): number {
    return this.running;
  }

  /** Jobs waiting for a place. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Runs `job` once a place is free; settles as it does. */
  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.running >= this.width) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      return await job();
    } finally {
      // The place passes straight to the next waiting job, so none can overtake it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
