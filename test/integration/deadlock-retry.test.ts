import { QueryRunner } from '../../src/db/query-runner';
import { ServiceUnavailableError } from '../../src/errors';
import { closeTestRunner, testConnection, testRunner, uniqueId } from '../support/test-database';

const prefix = uniqueId('deadlock');
const [a, b] = [`${prefix}-a`, `${prefix}-b`];

const lock = (field: string) => ({
  name: 'test/deadlock-lock',
  text: `MATCH (n:DeadlockProbe {id: $id}) SET n.${field} = coalesce(n.${field}, 0) + 1`,
});

/** Resolves once `open()` was called; later awaits pass at once. */
function gate(): { open: () => void; passed: Promise<void> } {
  let open = (): void => undefined;
  const passed = new Promise<void>((resolve) => (open = resolve));
  return { open, passed };
}

/**
 * A real deadlock, on purpose: writer 1 locks a then wants b, writer 2 locks b then wants a; each waits
 * until the other holds its first lock. Neo4j detects the cycle and fails one of them with
 * Neo.TransientError.Transaction.DeadlockDetected. On its retry the gates are already open.
 */
function deadlockingPair(runner: QueryRunner): { attempts: number[]; run: () => Promise<unknown>[] } {
  const attempts = [0, 0];
  const hasA = gate();
  const hasB = gate();
  const writer = (index: number, first: string, second: string, mine: typeof hasA, theirs: typeof hasA) =>
    runner.writeTransaction(async (tx) => {
      attempts[index] = (attempts[index] ?? 0) + 1;
      await tx.run(lock(`w${index}`), { id: first });
      mine.open();
      await theirs.passed;
      await tx.run(lock(`w${index}`), { id: second });
      return index;
    });
  return {
    attempts,
    run: () => [writer(0, a, b, hasA, hasB), writer(1, b, a, hasB, hasA)],
  };
}

describe('a transaction that deadlocks with another write', () => {
  beforeEach(() =>
    testRunner().write(
      {
        name: 'test/deadlock-setup',
        text: 'UNWIND $ids AS id MERGE (n:DeadlockProbe {id: id}) SET n.w0 = 0, n.w1 = 0',
      },
      { ids: [a, b] },
    ),
  );

  afterAll(async () => {
    await testRunner().write(
      {
        name: 'test/deadlock-cleanup',
        text: 'MATCH (n:DeadlockProbe) WHERE n.id STARTS WITH $prefix DELETE n',
      },
      { prefix },
    );
    await closeTestRunner();
  });

  it('is retried: both writers commit, one of them on a second attempt', async () => {
    const pair = deadlockingPair(testRunner());
    await expect(Promise.all(pair.run())).resolves.toEqual([0, 1]);
    expect([...pair.attempts].sort()).toEqual([1, 2]);
    const rows = await testRunner().read<{ id: string; w0: number; w1: number }>(
      {
        name: 'test/deadlock-read',
        text: 'MATCH (n:DeadlockProbe) WHERE n.id IN $ids RETURN n.id AS id, n.w0 AS w0, n.w1 AS w1 ORDER BY id',
      },
      { ids: [a, b] },
    );
    // Each writer incremented both nodes exactly once: the failed attempt was rolled back.
    expect(rows).toEqual([
      { id: a, w0: 1, w1: 1 },
      { id: b, w0: 1, w1: 1 },
    ]);
  });

  it('says what happened when it gives up: attempts, time and the deadlock, not "unavailable"', async () => {
    const impatient = QueryRunner.connect({ ...testConnection(), maxRetryTimeMs: 0 });
    try {
      const pair = deadlockingPair(impatient);
      const results = await Promise.allSettled(pair.run());
      const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(failed).toHaveLength(1);
      const error = failed[0]!.reason as ServiceUnavailableError;
      expect(error).toBeInstanceOf(ServiceUnavailableError);
      expect(error.message).toMatch(
        /^gave up after 1 attempt over \d+\.\d s: deadlock detected with another write to the same records \(Neo\.TransientError\.Transaction\.DeadlockDetected\); try again$/,
      );
    } finally {
      await impatient.close();
    }
  });
});
