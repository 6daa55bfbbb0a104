import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getNamedType, isEnumType, isInputObjectType, type GraphQLInputType } from 'graphql';
import ts from 'typescript';
import { buildAppSchema } from '../../src/graphql/schema';
import { projectRoot } from '../../src/paths';

/**
 * No Cypher is built from strings in the code: query text lives in cypher/<feature>/*.cypher, loaded
 * by name, and whatever a caller chooses (sort keys, labels, properties) arrives as an enum.
 */
const root = projectRoot();

function files(dir: string, extension: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return files(path, extension);
    return path.endsWith(extension) ? [path] : [];
  });
}

/** Upper-case Cypher clauses in the shape they take in a statement (prose rarely matches). */
const CYPHER =
  /\b(MATCH\s*\(|OPTIONAL MATCH|MERGE\s*\(|CREATE\s*(\(|CONSTRAINT|INDEX)|DETACH DELETE|UNWIND\s+\$?\w+\s+AS|RETURN\s+[\w*$]|CALL\s*(\{|\(|\w+\.)|EXPLAIN\s|PROFILE\s|\bSET\s+\w+[.:])/;

/** The statements the query runner may hold itself: a ping, the server's components, EXPLAIN of a catalog query. */
const RUNNER_STATEMENTS = [
  'RETURN 1 AS ok',
  'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
  'EXPLAIN ${query.text}',
];

const RUNNER_METHODS = new Set(['read', 'write', 'run', 'explain']);

interface Finding {
  file: string;
  line: number;
  text: string;
}

function scan(
  path: string,
  text = readFileSync(path, 'utf8'),
): { cypherLiterals: Finding[]; builtQueries: Finding[] } {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
  const file = relative(root, path);
  const at = (node: ts.Node): Finding => ({
    file,
    line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
    text: node.getText().slice(1, -1),
  });
  const cypherLiterals: Finding[] = [];
  const builtQueries: Finding[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateExpression(node)) &&
      CYPHER.test(node.getText())
    ) {
      cypherLiterals.push(at(node));
    }
    // runner.read(q) / tx.run(q) / catalog.require('x'): the query is a catalog entry named by a literal.
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const [first] = node.arguments;
      const receiver = node.expression.expression.getText();
      if (RUNNER_METHODS.has(method) && /runner|tx\b/i.test(receiver) && first !== undefined) {
        // A query object held by the service is fine; text or an object literal made here is not.
        const fromCatalogEntry = !(
          ts.isStringLiteral(first) ||
          ts.isTemplateLiteral(first) ||
          ts.isBinaryExpression(first) ||
          ts.isObjectLiteralExpression(first)
        );
        const inRunner = file === join('src', 'db', 'query-runner.ts');
        if (!fromCatalogEntry && !inRunner) builtQueries.push({ ...at(node), text: node.getText() });
      }
      // catalog.require('x'), or a query a feature declared: catalog.require(stakeholderQueries.getByIds).
      const declaredRef = (arg: ts.Expression): boolean =>
        ts.isPropertyAccessExpression(arg) && /Queries$/.test(arg.expression.getText());
      if (
        method === 'require' &&
        /catalog/i.test(receiver) &&
        first !== undefined &&
        !ts.isStringLiteral(first) &&
        !declaredRef(first)
      ) {
        builtQueries.push({ ...at(node), text: node.getText() });
      }
      if (
        method === 'requireAll' &&
        /catalog/i.test(receiver) &&
        (first === undefined || !/^\w+Queries$/.test(first.getText()))
      ) {
        builtQueries.push({ ...at(node), text: node.getText() });
      }
    }
    // cypher<Row>('feature/verb-noun'): the declarations name their files by literals only.
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'cypher' &&
      !(node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0]!))
    ) {
      builtQueries.push({ ...at(node), text: node.getText() });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { cypherLiterals, builtQueries };
}

describe('Cypher in the source', () => {
  const scanned = files(join(root, 'src'), '.ts').map((path) => ({ path, ...scan(path) }));
  const runnerFile = join('src', 'db', 'query-runner.ts');

  it('holds no Cypher in TypeScript outside the query runner', () => {
    const found = scanned.flatMap((s) => s.cypherLiterals).filter((f) => f.file !== runnerFile);
    expect(found).toEqual([]);
  });

  it('lets the query runner hold only its ping, components and EXPLAIN statements', () => {
    const found = scanned.flatMap((s) => s.cypherLiterals).filter((f) => f.file === runnerFile);
    expect(found.map((f) => f.text).sort()).toEqual([...RUNNER_STATEMENTS].sort());
  });

  it('runs only catalog queries, each named by a literal (no query text assembled at run time)', () => {
    expect(scanned.flatMap((s) => s.builtQueries)).toEqual([]);
  });

  it('catches Cypher in strings and query text assembled at run time (the scanner itself works)', () => {
    const snippet = [
      "await this.runner.read({ name: 'x', text: 'MATCH (n) RETURN n' });",
      "await this.runner.write('MATCH (n:' + label + ') DETACH DELETE n');",
      'await tx.run(`MATCH (n) WHERE n.${key} = $v RETURN n`);',
      'this.query = catalog.require(name);',
      'await this.runner.read(this.listStakeholders, { first });',
    ].join('\n');
    const { cypherLiterals, builtQueries } = scan(join(root, 'src', 'probe.ts'), snippet);
    expect(cypherLiterals.map((f) => f.line)).toEqual([1, 2, 2, 3]);
    expect(builtQueries.map((f) => f.line)).toEqual([1, 2, 3, 4]);
  });

  it('keeps .cypher files free of templating, dynamic labels and dynamic property keys', () => {
    const offending = files(join(root, 'cypher'), '.cypher').flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      const problems = [
        /\$\{|\{\{|%s/.test(text) && 'templating',
        /:\s*\$\(/.test(text) && 'dynamic label',
        /\w\[\s*\$/.test(text) && 'dynamic property key',
      ].filter(Boolean);
      return problems.length > 0 ? [`${relative(root, path)}: ${problems.join(', ')}`] : [];
    });
    expect(offending).toEqual([]);
  });

  it('takes sort keys, directions, labels and property names only as enums', async () => {
    const schema = await buildAppSchema();
    const CHOOSER = /(^|[a-z])(sort|order|orderBy|sortBy|direction|label|labels|property|field|fields|key)$/i;
    const problems: string[] = [];
    const check = (where: string, name: string, type: GraphQLInputType, seen: Set<string>): void => {
      const named = getNamedType(type);
      if (isInputObjectType(named)) {
        if (seen.has(named.name)) return;
        seen.add(named.name);
        for (const field of Object.values(named.getFields())) {
          check(`${where}.${field.name}`, field.name, field.type, seen);
        }
      } else if (CHOOSER.test(name) && !isEnumType(named)) {
        problems.push(`${where} is ${named.name}, expected an enum`);
      }
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !('getFields' in type) || isInputObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        for (const arg of 'args' in field ? field.args : []) {
          check(`${type.name}.${field.name}(${arg.name})`, arg.name, arg.type, new Set());
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
