import { CypherCatalog } from '../../src/db/cypher-catalog';
import { SchemaSetup } from '../../src/db/schema-setup';
import { createLogger } from '../../src/logger';
import { cypherDir } from '../../src/paths';
import { closeTestRunner, testRunner } from '../support/test-database';

const catalog = CypherCatalog.load(cypherDir());
/** Schema commands cannot be EXPLAINed; they are idempotent, so they are run (through SchemaSetup) instead. */
const isSchemaCommand = (text: string): boolean =>
  /^\s*(CREATE|DROP|SHOW)\s+(CONSTRAINT|INDEX|TEXT INDEX|CONSTRAINTS|INDEXES)\b/i.test(text);

describe('every .cypher file', () => {
  afterAll(closeTestRunner);

  it('exists in a feature folder', () => {
    expect(catalog.all().length).toBeGreaterThan(10);
    for (const query of catalog.all()) expect(query.name).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
  });

  it.each(catalog.all().map((q) => [q.name, q] as const))('%s is accepted by Neo4j', async (_name, query) => {
    if (isSchemaCommand(query.text))
      await new SchemaSetup(testRunner(), catalog, createLogger('silent')).apply();
    else await testRunner().explain(query);
  });
});
