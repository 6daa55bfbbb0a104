import { SchemaSetup } from '../../src/db/schema-setup';
import { createLogger } from '../../src/logger';
import { benchCatalog as loadBenchCatalog } from '../../bench/support/bench-catalog';
import { closeTestRunner, testRunner } from '../support/test-database';
import { appCatalog, testCatalog } from '../support/test-catalog';

const catalog = appCatalog();
const benchCatalog = loadBenchCatalog();
/** Schema commands cannot be EXPLAINed; they are idempotent, so they are run (through SchemaSetup) instead. */
const isSchemaCommand = (text: string): boolean =>
  /^\s*(CREATE|DROP|SHOW)\s+(CONSTRAINT|INDEX|TEXT INDEX|CONSTRAINTS|INDEXES)\b/i.test(text);

describe('every .cypher file', () => {
  afterAll(closeTestRunner);

  it('of the service lives in a feature folder of cypher/', () => {
    expect(catalog.all().length).toBeGreaterThan(10);
    for (const query of catalog.all()) expect(query.name).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
  });

  it('of the tests and benchmarks stays out of the service catalog', () => {
    const own = [...testCatalog().all(), ...benchCatalog.all()].map((q) => q.name);
    expect(own.length).toBeGreaterThanOrEqual(7);
    const served = new Set(catalog.all().map((q) => q.name.split('/')[0]));
    expect([...served].filter((folder) => ['testing', 'bench', 'test'].includes(folder!))).toEqual([]);
    for (const name of own) expect(name).toMatch(/^[a-z0-9-]+$/);
  });

  const everyQuery = [
    ...catalog.all().map((q) => [`cypher/${q.name}`, q] as const),
    ...testCatalog()
      .all()
      .map((q) => [`test/cypher/${q.name}`, q] as const),
    ...benchCatalog.all().map((q) => [`bench/cypher/${q.name}`, q] as const),
  ];

  it.each(everyQuery)('%s is accepted by Neo4j', async (_name, query) => {
    if (isSchemaCommand(query.text))
      await new SchemaSetup(testRunner(), catalog, createLogger('silent')).apply();
    else await testRunner().explain(query);
  });
});
