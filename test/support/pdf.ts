import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** poppler-utils' tools (pdftotext, pdfinfo, pdftoppm); .ci/run installs the package. */
function poppler(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`${tool} is missing: apt-get install poppler-utils (.ci/run does)`);
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** The PDF's text with every run of white space made one space (lines wrap anywhere). */
export function pdfText(path: string): string {
  return poppler('pdftotext', ['-enc', 'UTF-8', path, '-']).replace(/\s+/g, ' ');
}

/** pdfinfo's report: "Pages: 8", "Page size: 595.276 x 841.89 pts (A4)", … */
export function pdfInfo(path: string): string {
  return poppler('pdfinfo', [path]);
}

export function pdfPages(path: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(pdfInfo(path))?.[1]);
}

/**
 * Renders every page to <dir>/<name>-<n>.png (72 dpi, for a look), after removing an earlier run's
 * pages of that name, and returns the files.
 */
export function pdfToPngs(path: string, dir: string, name: string): string[] {
  mkdirSync(dir, { recursive: true });
  const pages = (): string[] =>
    readdirSync(dir)
      .filter((file) => new RegExp(`^${name}-\\d+\\.png$`).test(file))
      .sort()
      .map((file) => join(dir, file));
  for (const old of pages()) rmSync(old);
  poppler('pdftoppm', ['-r', '72', '-png', path, join(dir, name)]);
  return pages();
}
