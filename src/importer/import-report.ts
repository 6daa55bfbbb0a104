import type { ImportProblem } from '../network-document/validation';
import type { EntityCounts, ImportSummary } from './network-importer';

const number = (n: number): string => n.toLocaleString('en-US');

/** The end-of-import table: created / updated / unchanged per type, then time and throughput. */
export function formatSummary(summary: ImportSummary): string {
  const types: [string, EntityCounts & { removed?: number }][] = [
    ['regions', summary.regions],
    ['communities', summary.communities],
    ['stakeholders', summary.stakeholders],
    ['partnerships', summary.partnerships],
    ['memberships', summary.memberships],
    // Shown when the document touched them, so reports of documents without needs read as before.
    ...(
      [
        ['needs', summary.needs],
        ['assets', summary.assets],
        ['addressed needs', summary.addressedNeeds],
      ] as [string, EntityCounts][]
    ).filter(([, c]) => c.created + c.updated + c.unchanged > 0),
  ];
  const head = ['', 'created', 'updated', 'unchanged', 'removed'];
  const rows = types.map(([name, c]) => [
    name,
    number(c.created),
    number(c.updated),
    number(c.unchanged),
    c.removed === undefined ? '' : number(c.removed),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const seconds = (summary.durationMs / 1000).toFixed(1);
  return [
    summary.dryRun ? 'Dry run: nothing was written. The import would change:' : 'Imported:',
    line(head),
    ...rows.map(line),
    `${number(summary.rows)} rows in ${seconds} s (${summary.batches} batches): ${number(summary.rowsPerSecond)} rows/s, ${number(summary.membershipsPerSecond)} memberships/s`,
  ].join('\n');
}

export function formatProblems(problems: ImportProblem[]): string {
  return [
    `${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written:`,
    ...problems.map((p) => `  ${p.location}: ${p.message} [${p.code}]`),
  ].join('\n');
}
