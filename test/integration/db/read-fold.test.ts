import type { QueryEvent } from '../../../src/db/query-runner';
import { closeTestRunner, testRunner } from '../../support/test-database';

const numbers = {
  name: 'test/numbers',
  text: 'UNWIND range(1, $count) AS i RETURN i, toString(i) AS label, [i, i * 2] AS pair, null AS nothing',
};

describe('QueryRunner.readFold', () => {
  afterAll(closeTestRunner);

  it('folds every row, in order, as positional values the driver decoded', async () => {
    const events: QueryEvent[] = [];
    const stop = testRunner().onQuery((event) => events.push(event));
    const state = await testRunner().readFold(
      numbers,
      { count: 5_000 },
      () => ({ rows: [] as unknown[][], sum: 0 }),
      (s, values) => {
        if (s.rows.length < 2) s.rows.push(values);
        s.sum += values[0] as number;
      },
    );
    stop();
    expect(state.rows).toEqual([
      [1, '1', [1, 2], null],
      [2, '2', [2, 4], null],
    ]);
    // 1 + 2 + … + 5,000: every row was folded once.
    expect(state.sum).toBe(12_502_500);
    expect(events).toEqual([expect.objectContaining({ name: 'test/numbers', mode: 'READ', rows: 5_000 })]);
  });

  it('answers with the error a fold step throws, and folds no row after it', async () => {
    let folded = 0;
    await expect(
      testRunner().readFold(
        numbers,
        { count: 3_000 },
        () => null,
        (_, values) => {
          folded += 1;
          if (values[0] === 3) throw new Error('row 3 is malformed');
        },
      ),
    ).rejects.toThrow('row 3 is malformed');
    expect(folded).toBe(3);
    // The runner is still usable afterwards (the transaction was rolled back, the session closed).
    await expect(testRunner().read<{ i: number }>(numbers, { count: 1 })).resolves.toEqual([
      { i: 1, label: '1', pair: [1, 2], nothing: null },
    ]);
  });

  it('starts an empty result from a fresh state', async () => {
    const state = await testRunner().readFold(
      numbers,
      { count: 0 },
      () => ({ rows: 0 }),
      (s) => (s.rows += 1),
    );
    expect(state).toEqual({ rows: 0 });
  });
});
