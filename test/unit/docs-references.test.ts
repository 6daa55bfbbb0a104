import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../../src/paths';

/**
 * The project documents itself: the README, docs/, the schema and the code cite docs/measures.md, never
 * a specification outside the repository, and docs/measures.md defines every measure the API reports.
 */
const root = projectRoot();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the documentation', () => {
  const cited = [
    join(root, 'README.md'),
    join(root, 'seed', 'README.md'),
    ...files(join(root, 'docs')),
    ...files(join(root, 'schema')),
    ...files(join(root, 'src')),
  ];

  it('cites nothing outside the repository and no "SPEC §"', () => {
    const offending = cited.filter((path) =>
      /SPEC §|\.\.\/shared|\/work\/shared/.test(readFileSync(path, 'utf8')),
    );
    expect(offending.map((path) => relative(root, path))).toEqual([]);
  });

  it('links docs/measures.md from the README', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('](docs/measures.md)');
  });

  it('defines every measure in docs/measures.md, with its references', () => {
    const measures = readFileSync(join(root, 'docs', 'measures.md'), 'utf8');
    const named = [
      'Sector matrix',
      'Density',
      'Gaps',
      'Spectrum coverage',
      'E-I index',
      'External ties',
      'Sector diversity (Blau',
      'Sector assortativity',
      'Dominance',
      'Business engagement',
      'Adamic-Adar',
      'Resource allocation',
      'preferential attachment',
      'Brokerage roles',
      'Effective size',
      'Constraint',
      'Bridges for a gap',
      'Helix synergy',
      'Maturity stages',
      'Trend',
      'Region',
    ];
    expect(named.filter((name) => !measures.includes(name))).toEqual([]);
    const references = ['Krackhardt', 'Blau', 'Newman', 'Adamic', 'Gould', 'Burt', 'Leydesdorff'];
    expect(references.filter((author) => !measures.split('## References')[1]?.includes(author))).toEqual([]);
  });
});
