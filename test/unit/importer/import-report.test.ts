import { formatProblems, formatSummary } from '../../../src/importer/import-report';
import { batches, type ImportSummary } from '../../../src/importer/network-importer';

describe('batches', () => {
  it('cuts records into slices whose weights add up to at most the batch size', () => {
    const weights = [1, 2, 3, 1, 1, 4, 9, 1];
    const slices = [...batches(weights, 4, (w) => w)];
    expect(slices).toEqual([[1, 2], [3, 1], [1], [4], [9], [1]]);
  });

  it('gives nothing for no records', () => {
    expect([...batches([], 10, () => 1)]).toEqual([]);
  });
});

describe('import report', () => {
  const summary: ImportSummary = {
    dryRun: false,
    regions: { created: 1, updated: 0, unchanged: 0 },
    communities: { created: 2, updated: 0, unchanged: 0 },
    stakeholders: { created: 1200, updated: 3, unchanged: 10 },
    partnerships: { created: 0, updated: 1, unchanged: 5 },
    memberships: { created: 4, updated: 1, unchanged: 12, removed: 2 },
    needs: { created: 0, updated: 0, unchanged: 0 },
    assets: { created: 0, updated: 0, unchanged: 0 },
    addressedNeeds: { created: 0, updated: 0, unchanged: 0 },
    rows: 1244,
    batches: 3,
    durationMs: 2500,
    rowsPerSecond: 498,
    membershipsPerSecond: 6,
  };

  it('prints created, updated and unchanged per type, then time and throughput', () => {
    expect(formatSummary(summary)).toBe(
      [
        'Imported:',
        '              created  updated  unchanged  removed',
        'regions             1        0          0',
        'communities         2        0          0',
        'stakeholders    1,200        3         10',
        'partnerships        0        1          5',
        'memberships         4        1         12        2',
        '1,244 rows in 2.5 s (3 batches): 498 rows/s, 6 memberships/s',
      ].join('\n'),
    );
  });

  it('says so when nothing was written', () => {
    expect(formatSummary({ ...summary, dryRun: true })).toMatch(/^Dry run: nothing was written\./);
  });

  it('lists every problem with its location and code', () => {
    expect(
      formatProblems([
        {
          code: 'BAD_ENUM',
          location: 'stakeholders.csv:3 (sector)',
          message: 'sector "BANK" is not one of …',
        },
      ]),
    ).toBe(
      '1 problem; nothing was written:\n  stakeholders.csv:3 (sector): sector "BANK" is not one of … [BAD_ENUM]',
    );
  });
});
