import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultOutput, EXPORTS_DIR } from '../../src/cli/output-path';
import { projectRoot } from '../../src/paths';

/**
 * `export`, `generate` and `report` write under exports/ unless told otherwise, and that folder is ignored by
 * every tool `npm run check` runs over the tree (and by git), so an export of any size in the
 * repository never fails the check or sends prettier through a 100 MB JSON file.
 */
const root = projectRoot();
const run = (command: string, args: string[]): string => {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  if (result.error) throw result.error;
  return `${result.stdout}${result.stderr}`;
};

describe('export outputs', () => {
  const defaults = (['json', 'csv', 'graphml'] as const).map((format) =>
    defaultOutput('pt-alentejo', format),
  );

  it('default to the exports/ folder', () => {
    expect(defaults).toEqual([
      join('exports', 'pt-alentejo.json'),
      join('exports', 'pt-alentejo-csv'),
      join('exports', 'pt-alentejo.graphml'),
    ]);
    expect(EXPORTS_DIR).toBe('exports');
  });

  it('hold the reports too, named by the scope and the date', () => {
    expect(defaultOutput('pt-evora-2026-06-30', 'pdf')).toBe(join('exports', 'pt-evora-2026-06-30.pdf'));
    expect(defaultOutput('pt-evora-2026-06-30', 'html')).toBe(join('exports', 'pt-evora-2026-06-30.html'));
  });

  it('are ignored by git', () => {
    const files = [...defaults, join('exports', 'pt-alentejo-csv', 'stakeholders.csv')];
    const ignored = run('git', ['check-ignore', ...files])
      .trim()
      .split('\n');
    expect(ignored).toEqual(files);
  });

  it('are ignored by prettier', () => {
    const info = run(process.execPath, [
      join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs'),
      '--file-info',
      join('exports', 'pt-alentejo.json'),
    ]);
    expect(JSON.parse(info)).toMatchObject({ ignored: true });
  });

  it('are ignored by eslint', () => {
    const script =
      "import('eslint').then(async ({ ESLint }) => process.stdout.write(JSON.stringify(" +
      "await new ESLint().isPathIgnored('exports/probe.ts'))))";
    expect(run(process.execPath, ['-e', script]).trim()).toBe('true');
  });

  it('are what every export and generate command in the README writes to', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const commands = readme.split('\n').filter((line) => /main\.js (export|generate)\b/.test(line));
    expect(commands.length).toBeGreaterThanOrEqual(4);
    const outsideExports = commands.filter((line) => /--out (?!exports\/)/.test(line));
    expect(outsideExports).toEqual([]);
  });
});
