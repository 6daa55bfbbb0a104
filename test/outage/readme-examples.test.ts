import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, type DefinitionNode, type OperationDefinitionNode } from 'graphql';
import { loadDemoNetwork } from '../../src/generator/demo';
import { projectRoot } from '../../src/paths';
import { ensureRunning, outageHandle } from '../support/outage-neo4j';
import { testCatalog } from '../support/test-catalog';
import { startTestServer, waitForReady, type TestServer } from '../support/test-server';

/**
 * Every operation in a ```graphql block of README.md, run in order against a server seeded with the
 * demo network (seed/demo.json, under its real ids, so the examples' ids are the ones users see).
 * Each must answer without errors and with data: every root field non-null, and no root field (or
 * list directly under it, such as `nodes`, `gaps` or `brokers`) empty. A renamed id, a theme that
 * matches nothing or a `first` over the cost limit fails here. On the outage project's private Neo4j,
 * since the demo's ids are fixed and the integration tests import the demo themselves.
 */
const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```graphql\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);

interface Example {
  name: string;
  text: string;
}

/** Each operation of a block on its own, with the block's fragments. */
function examplesOf(block: string, index: number): Example[] {
  const definitions = parse(block).definitions;
  const fragments = definitions.filter((d: DefinitionNode) => d.kind === Kind.FRAGMENT_DEFINITION);
  return definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({
      name: `block ${index + 1}: ${operation.operation} ${operation.name?.value ?? '(anonymous)'}`,
      text: print({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }),
    }));
}

/** Paths of root fields, and of values directly under them, that are null or empty lists. */
function emptyPaths(data: Record<string, unknown>): string[] {
  const empty = (value: unknown): boolean => value === null || (Array.isArray(value) && value.length === 0);
  const found: string[] = [];
  for (const [field, value] of Object.entries(data)) {
    if (empty(value)) found.push(field);
    else if (value !== null && typeof value === 'object' && !Array.isArray(value))
      for (const [child, inner] of Object.entries(value)) if (empty(inner)) found.push(`${field}.${child}`);
  }
  return found;
}

const examples = blocks.flatMap(examplesOf);

describe('the GraphQL examples in README.md', () => {
  const neo4j = outageHandle();
  const demo = loadDemoNetwork();
  const created: string[] = [];
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer(neo4j.connection);
    await waitForReady(api.url);
    await api.server.app.services.importer.run(demo);
  }, 120_000);

  afterAll(async () => {
    const ids = [demo.regions, demo.communities, demo.stakeholders, demo.partnerships].flatMap((list) =>
      list.map((record) => record.id),
    );
    await api?.runner.write(testCatalog().require('delete-network'), { ids: [...ids, ...created] });
    await api?.close();
    await ensureRunning(neo4j);
  });

  it('are found: queries on entities and analytics, and a mutation', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    expect(examples.some((e) => e.name.includes('mutation'))).toBe(true);
  });

  it('flags a null root field or an empty list under one', () => {
    expect(emptyPaths({ community: null, stakeholders: { nodes: [], totalCount: 0 } })).toEqual([
      'community',
      'stakeholders.nodes',
    ]);
    expect(emptyPaths({ stakeholders: { nodes: [{ id: 'a' }], totalCount: 1 } })).toEqual([]);
  });

  it.each(examples.map((example) => [example.name, example] as const))(
    '%s answers with data and no errors',
    async (_name, example) => {
      const response = await api.gql<Record<string, unknown>>(example.text);
      expect(response.errors).toBeUndefined();
      expect(response.status).toBe(200);
      const data = response.data ?? {};
      expect(Object.keys(data).length).toBeGreaterThan(0);
      expect(emptyPaths(data)).toEqual([]);
      // Whatever a mutation created is removed with the demo afterwards.
      for (const value of Object.values(data)) {
        const id = (value as { id?: unknown } | null)?.id;
        if (example.name.includes('mutation') && typeof id === 'string') created.push(id);
      }
    },
  );
});
