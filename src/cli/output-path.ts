import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ReportFormat } from '../reports/report-request';

/**
 * Where `export`, `generate` and `report` write when no --out is given: exports/ in the working directory.
 * The folder is ignored by git, prettier and eslint, so an export of any size never makes
 * `npm run check` fail (or format a 100 MB JSON file).
 */
export const EXPORTS_DIR = 'exports';

export type OutputFormat = 'json' | 'csv' | 'xlsx' | 'kumu' | 'graphml' | 'gexf';

/** exports/<name>.<format>, exports/<name>-kumu.xlsx or the folder exports/<name>-csv/. */
export function defaultOutput(name: string, format: OutputFormat | ReportFormat): string {
  if (format === 'csv') return join(EXPORTS_DIR, `${name}-csv`);
  if (format === 'kumu') return join(EXPORTS_DIR, `${name}-kumu.xlsx`);
  return join(EXPORTS_DIR, `${name}.${format}`);
}

/** The path to write, its parent folder created. */
export function prepareOutput(out: string | undefined, name: string, format: OutputFormat): string {
  const path = out ?? defaultOutput(name, format);
  mkdirSync(format === 'csv' ? path : dirname(path), { recursive: true });
  return path;
}
