import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { Role } from '../../src/auth/role';
import { buildAppSchema } from '../../src/graphql/schema';
import { ensureRunning, outageHandle } from '../support/outage-neo4j';
import { plausibleValue, selectionFor } from '../support/schema-operations';
import { startTestServer, TEST_KEYS, waitForReady, type TestServer } from '../support/test-server';

/**
 * Random and malformed requests, at least 1,000 of them, none of which may earn a 5xx or an
 * INTERNAL_SERVER_ERROR: random documents, operations generated from the schema with random and
 * wrongly typed arguments (mutations included, as ADMIN), garbage and oddly typed bodies, huge and
 * deep documents. On the outage project's private Neo4j, since the generated mutations write.
 */
const SEED = 20_261_129;
const RUNS = 1_200;
const PROBE = { id: 'probe-fuzz', text: 'probe fuzz' };

interface FuzzRequest {
  kind: string;
  method: 'GET' | 'POST';
  /** Appended to /graphql (a query string for GETs). */
  search: string;
  headers: Record<string, string>;
  body?: string;
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) DETACH DELETE n //',
  '$id',
  '../../../etc/passwd',
  '\u0000',
  '\ud800',
  '🦄'.repeat(100),
  'x'.repeat(20_000),
];

const stringArb = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constant(PROBE.id),
);

const wrongArb = fc.jsonValue({ maxDepth: 3 });

/** Values shaped like the input type (mostly), or anything at all. */
function valueArb(type: GraphQLInputType, name: string, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueArb(type.ofType, name, depth);
  if (isListType(type)) return fc.array(valueArb(type.ofType, name, depth + 1), { maxLength: 3 });
  if (isEnumType(type)) return fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.name)), stringArb);
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const shaped = fc.record(
      Object.fromEntries(
        fields.map((f) => [
          f.name,
          fc.oneof(
            { weight: 4, arbitrary: valueArb(f.type, f.name, depth + 1) },
            { weight: 1, arbitrary: wrongArb },
          ),
        ]),
      ),
      { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) },
    );
    return shaped;
  }
  const plausible = fc.constant(plausibleValue(type, name, PROBE));
  switch (type.name) {
    case 'ID':
    case 'String':
      return fc.oneof(plausible, stringArb);
    case 'Int':
      return fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 53, 1e300, 0.5));
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e308));
    case 'Boolean':
      return fc.oneof(fc.boolean(), fc.constant('true'));
    default:
      return fc.oneof(
        plausible,
        stringArb,
        fc.integer(),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      );
  }
}

const roleArb = fc.constantFrom<Role | 'anonymous'>(
  Role.ADMIN,
  Role.ADMIN,
  Role.EDITOR,
  Role.VIEWER,
  'anonymous',
);

function authHeaders(as: Role | 'anonymous'): Record<string, string> {
  return as === 'anonymous' ? {} : { authorization: `ApiKey ${TEST_KEYS[as]}` };
}

function jsonPost(kind: string, as: Role | 'anonymous', payload: unknown): FuzzRequest {
  return {
    kind,
    method: 'POST',
    search: '',
    headers: { 'content-type': 'application/json', ...authHeaders(as) },
    body: JSON.stringify(payload),
  };
}

/** A root field with random arguments (as variables, some of them wrong or extra) and a selection. */
function operationArb(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
): fc.Arbitrary<FuzzRequest> {
  const args = field.args;
  const declarations = args.map((arg) => `$${arg.name}: ${String(arg.type)}`);
  const header = declarations.length > 0 ? `(${declarations.join(', ')})` : '';
  const call = args.length > 0 ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const query = `${kind} Fuzz${header} { ${field.name}${call}${selectionFor(getNamedType(field.type), 2)} }`;
  const variables = fc.record(
    Object.fromEntries(
      args.map((arg) => [
        arg.name,
        fc.oneof({ weight: 5, arbitrary: valueArb(arg.type, arg.name) }, { weight: 1, arbitrary: wrongArb }),
      ]),
    ),
    { requiredKeys: [] },
  );
  return fc
    .tuple(variables, fc.dictionary(fc.string({ maxLength: 8 }), wrongArb, { maxKeys: 2 }), roleArb)
    .map(([vars, extra, as]) =>
      jsonPost(`${kind} ${field.name}`, as, {
        query,
        variables: { ...extra, ...vars },
        operationName: 'Fuzz',
      }),
    );
}

function requestArb(schema: GraphQLSchema): fc.Arbitrary<FuzzRequest> {
  const roots = [
    ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((f) => operationArb('query', f)),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((f) => operationArb('mutation', f)),
  ];
  const schemaOperations = fc.oneof(
    ...(roots as [fc.Arbitrary<FuzzRequest>, ...fc.Arbitrary<FuzzRequest>[]]),
  );

  const randomDocuments = fc
    .tuple(
      fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        // GraphQL-ish token soup: braces, names, punctuation, directives, variables.
        fc
          .array(
            fc.constantFrom(
              '{',
              '}',
              '(',
              ')',
              'serviceInfo',
              'name',
              'query',
              'mutation',
              '$x',
              ':',
              '@include',
              '...',
              'on',
              '"s"',
              '1',
              '[',
              ']',
              '!',
              '__typename',
              'fragment',
              'F',
              '#',
            ),
            { maxLength: 60 },
          )
          .map((tokens) => tokens.join(' ')),
      ),
      fc.option(wrongArb),
      fc.option(fc.oneof(fc.string(), fc.integer())),
      roleArb,
    )
    .map(([query, variables, operationName, as]) =>
      jsonPost('random document', as, { query, variables, operationName }),
    );

  const garbageBodies = fc
    .tuple(
      fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        wrongArb.map((v) => JSON.stringify(v)),
        fc
          .record({ query: wrongArb, variables: wrongArb, operationName: wrongArb, extensions: wrongArb })
          .map((v) => JSON.stringify(v)),
        fc.constantFrom(
          '',
          'null',
          '[]',
          '[{"query":"{ serviceInfo { name } }"}]',
          '{"query":"{ serviceInfo { name } }","variables":"{"}',
          '{"query":"{ serviceInfo { name } }"',
        ),
      ),
      roleArb,
    )
    .map(([body, as]): FuzzRequest => ({
      kind: 'garbage body',
      method: 'POST',
      search: '',
      headers: { 'content-type': 'application/json', ...authHeaders(as) },
      body,
    }));

  const wrongContentTypes = fc
    .tuple(
      fc.constantFrom(
        'text/plain',
        'application/graphql',
        'application/xml',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
        'application/json; charset=latin1',
        'application/json; charset=utf-16',
        'application/json; charset=nope',
        '*/*',
        '',
      ),
      fc.constantFrom('{"query":"{ serviceInfo { name } }"}', 'query={serviceInfo{name}}', '<query/>'),
      fc.constantFrom(
        'application/json',
        'application/graphql-response+json',
        'text/html',
        'application/xml',
        '*/*',
      ),
      roleArb,
    )
    .map(([contentType, body, accept, as]): FuzzRequest => ({
      kind: 'wrong content type',
      method: 'POST',
      search: '',
      headers: { ...(contentType ? { 'content-type': contentType } : {}), accept, ...authHeaders(as) },
      body,
    }));

  const hugeOrDeep = fc
    .tuple(
      fc.oneof(
        fc.integer({ min: 10, max: 3_000 }).map((n) => `${'{ serviceInfo '.repeat(n)}${'}'.repeat(n)}`),
        fc
          .integer({ min: 10, max: 2_000 })
          .map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: serviceInfo { name }`).join(' ')} }`),
        fc
          .integer({ min: 1, max: 200 })
          .map((n) => `{ serviceInfo { name ${'@include(if: true) '.repeat(n)} } }`),
        fc
          .integer({ min: 1, max: 60 })
          .map(
            (n) =>
              `query Q { ...F${0} } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { serviceInfo { name } ...F${i + 1} }`).join(' ')} fragment F${n} on Query { __typename }`,
          ),
        fc.constant(`fragment A on Query { ...B } fragment B on Query { ...A } { ...A }`),
        fc.integer({ min: 1_000, max: 900_000 }).map((n) => `{ serviceInfo { name } } # ${'x'.repeat(n)}`),
        fc
          .integer({ min: 1_000, max: 1_200_000 })
          .map((n) => `{ serviceInfo(x: "${'y'.repeat(n)}") { name } }`),
      ),
      // Deeply nested variables, written out by hand (JSON.stringify would overflow the stack here).
      fc.oneof(
        fc.constant('{}'),
        fc.integer({ min: 100, max: 50_000 }).map((n) => `{"deep":${'['.repeat(n)}${']'.repeat(n)}}`),
      ),
      roleArb,
    )
    .map(([query, variables, as]): FuzzRequest => ({
      ...jsonPost('huge or deep', as, {}),
      body: `{"query":${JSON.stringify(query)},"variables":${variables}}`,
    }));

  const gets = fc
    .tuple(
      fc.oneof(fc.string(), fc.constant('{ serviceInfo { name } }'), fc.constant('mutation { __typename }')),
      fc.option(wrongArb),
      fc.boolean(),
      roleArb,
    )
    .map(([query, variables, preflight, as]): FuzzRequest => {
      const params = new URLSearchParams({
        query,
        ...(variables === null ? {} : { variables: JSON.stringify(variables) }),
      });
      return {
        kind: 'GET',
        method: 'GET',
        search: `?${params.toString()}`,
        headers: { ...(preflight ? { 'apollo-require-preflight': 'true' } : {}), ...authHeaders(as) },
      };
    });

  return fc.oneof(
    { weight: 5, arbitrary: schemaOperations },
    { weight: 2, arbitrary: randomDocuments },
    { weight: 2, arbitrary: garbageBodies },
    { weight: 1, arbitrary: wrongContentTypes },
    { weight: 1, arbitrary: hugeOrDeep },
    { weight: 1, arbitrary: gets },
  );
}

describe('fuzzing the HTTP API', () => {
  const neo4j = outageHandle();
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer(neo4j.connection);
    await waitForReady(api.url);
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await ensureRunning(neo4j);
  });

  it(`answers ${RUNS} random and malformed requests without a 5xx or an INTERNAL_SERVER_ERROR`, async () => {
    const schema = await buildAppSchema();
    const kinds = new Map<string, number>();
    process.stderr.write(`fuzz: seed ${SEED}, ${RUNS} runs\n`);
    await fc.assert(
      fc.asyncProperty(requestArb(schema), async (request) => {
        kinds.set(request.kind, (kinds.get(request.kind) ?? 0) + 1);
        const response = await fetch(`${api.url}/graphql${request.search}`, {
          method: request.method,
          headers: request.headers,
          body: request.body,
        });
        const text = await response.text();
        if (response.status >= 500 || text.includes('INTERNAL_SERVER_ERROR')) {
          throw new Error(`${request.kind}: HTTP ${response.status} ${text.slice(0, 500)}`);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    const total = [...kinds.values()].reduce((a, b) => a + b, 0);
    process.stderr.write(`fuzz: ${total} requests: ${JSON.stringify(Object.fromEntries(kinds))}\n`);
    expect(total).toBeGreaterThanOrEqual(1_000);
  }, 120_000);
});
