import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where `export` and `generate` write when no --out is given: exports/ in the working directory.
 * The folder is ignored by git, prettier and eslint, so an export of any size never makes
 * `npm run check` fail (or format a 100 MB JSON file).
 */
export const EXPORTS_DIR = 'exports';

export type OutputFormat = 'json' | 'csv' | 'graphml';

/** exports/<name>.json, exports/<name>.graphml or the folder exports/<name>-csv/. */
export function defaultOutput(name: string, format: OutputFormat): string {
  return join(EXPORTS_DIR, format === 'csv' ? `${name}-csv` : `${name}.${format}`);
}

/** The path to write, its parent folder created. */
export function prepareOutput(out: string | undefined, name: string, format: OutputFormat): string {
  const path = out ?? defaultOutput(name, format);
  mkdirSync(format === 'csv' ? path : dirname(path), { recursive: true });
  return path;
}
