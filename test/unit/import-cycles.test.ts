import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../../src/paths';

/**
 * Import cycles make a module's exports undefined while the cycle is being loaded (CommonJS) and tie
 * folders that should depend one way. These tests read every import of src/ with TypeScript's parser.
 */
const SRC = join(projectRoot(), 'src');

interface Import {
  target: string;
  /** `import type` (or every name imported with `type`): erased on compilation. */
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: Import[] = [];
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    let typeOnly = false;
    if (ts.isImportDeclaration(statement)) {
      specifier = statement.moduleSpecifier;
      const clause = statement.importClause;
      const named = clause?.namedBindings;
      typeOnly =
        clause?.isTypeOnly === true ||
        (clause !== undefined &&
          clause.name === undefined &&
          named !== undefined &&
          ts.isNamedImports(named) &&
          named.elements.length > 0 &&
          named.elements.every((e) => e.isTypeOnly));
    } else if (ts.isExportDeclaration(statement)) {
      specifier = statement.moduleSpecifier;
      typeOnly = statement.isTypeOnly;
    }
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
    const base = resolve(dirname(file), specifier.text);
    const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((path) => existsSync(path));
    if (target) found.push({ target, typeOnly });
  }
  return found;
}

/** Every cycle's files (strongly connected components with more than one file, or a self-import). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(relative(SRC, w));
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const files = sourceFiles(SRC);
const imports = new Map(files.map((file) => [file, importsOf(file)]));
const graphOf = (keep: (i: Import) => boolean, within: (file: string) => boolean): Map<string, string[]> =>
  new Map(
    files.filter(within).map((file) => [
      file,
      (imports.get(file) ?? [])
        .filter(keep)
        .map((i) => i.target)
        .filter(within),
    ]),
  );

describe('import cycles', () => {
  it('reads the imports of every source file', () => {
    const csv = join(SRC, 'formats', 'csv.ts');
    expect(files).toContain(csv);
    expect(imports.get(csv)?.map((i) => relative(SRC, i.target))).toContain('formats/record-tables.ts');
  });

  it('finds none among the imports that run when src/ loads', () => {
    expect(
      cycles(
        graphOf(
          (i) => !i.typeOnly,
          () => true,
        ),
      ),
    ).toEqual([]);
  });

  it('finds none, type imports included, in the document, formats, importer, exporter and generator folders', () => {
    const folders = ['network-document', 'formats', 'importer', 'exporter', 'generator'].map((f) =>
      join(SRC, f),
    );
    const inFolders = (file: string): boolean => folders.some((folder) => file.startsWith(`${folder}/`));
    expect(cycles(graphOf(() => true, inFolders))).toEqual([]);
  });

  it('would report a cycle of two files', () => {
    const a = join(SRC, 'a.ts');
    const b = join(SRC, 'b.ts');
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts']]);
  });
});
