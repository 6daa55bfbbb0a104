import { driverConfig, retryDelay } from '../../../src/db/query-runner';

const budget = { connectTimeoutMs: 5_000, maxRetryTimeMs: 30_000 };

describe('the driver configuration derived from NEO4J_CONNECT_TIMEOUT_MS', () => {
  it('gives opening a connection half the connect timeout, and queueing for the pool 30 s', () => {
    expect(driverConfig({ connectTimeoutMs: 5_000 })).toMatchObject({
      connectionTimeout: 2_500,
      connectionAcquisitionTimeout: 30_000,
      disableLosslessIntegers: true,
    });
  });
});

describe('retrying a failed transaction', () => {
  it('backs off exponentially on transient errors: 50, 100, 200 … ms, capped at 2 s (random 0.5 = no jitter)', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8].map((attempt) =>
      retryDelay('transient', attempt, 0, budget, 0.5),
    );
    expect(delays).toEqual([50, 100, 200, 400, 800, 1_600, 2_000, 2_000]);
  });

  it('jitters each wait between 50 % and 150 % of its step', () => {
    expect(retryDelay('transient', 3, 0, budget, 0)).toBe(100);
    expect(retryDelay('transient', 3, 0, budget, 0.999)).toBe(300);
  });

  it('gives up on a transient error once the next wait would end past the retry budget', () => {
    expect(retryDelay('transient', 10, 27_999, budget, 0.5)).toBe(2_000);
    expect(retryDelay('transient', 10, 28_001, budget, 0.5)).toBeNull();
  });

  it('retries a lost connection only while another attempt still ends inside the connect timeout', () => {
    // attempt budget 2,500 ms: a retry after 100 ms at 2,400 ms elapsed would end at 5,000 ms at most
    expect(retryDelay('unavailable', 1, 2_400, budget, 0.5)).toBe(100);
    expect(retryDelay('unavailable', 1, 2_401, budget, 0.5)).toBeNull();
  });

  it('never retries terminated, timed-out, constraint, client or foreign errors', () => {
    for (const kind of ['terminated', 'timeout', 'constraint', 'client', 'database', 'other'] as const) {
      expect(retryDelay(kind, 1, 0, budget, 0.5)).toBeNull();
    }
  });
});
