// In the outage project: it drops and recreates constraints, which would race with every other file
// (a CLI import applying the schema at the same moment failed in .ci/run), so it needs a database to itself.
import { CypherCatalog } from '../../src/db/cypher-catalog';
import { SchemaSetup, REQUIRED_CONSTRAINTS, RETIRED_INDEXES } from '../../src/db/schema-setup';
import { ConflictError } from '../../src/errors';
import { createLogger } from '../../src/logger';
import { cypherDir } from '../../src/paths';
import { closeTestRunner, testRunner, uniqueId } from '../support/test-database';

const catalog = CypherCatalog.load(cypherDir());

describe('database schema setup', () => {
  afterAll(closeTestRunner);

  it('creates a uniqueness constraint on id for every entity label, and applying it again changes nothing', async () => {
    const setup = new SchemaSetup(testRunner(), catalog, createLogger('silent'));
    await setup.apply();
    await setup.apply();
    expect(setup.isApplied).toBe(true);
    const rows = await testRunner().read<{
      name: string;
      type: string;
      labels: string[];
      properties: string[];
    }>({
      name: 'test/show-constraints',
      text: 'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes AS labels, properties RETURN name, type, labels, properties ORDER BY name',
    });
    const ours = rows.filter((r) => (REQUIRED_CONSTRAINTS as readonly string[]).includes(r.name));
    expect(ours).toEqual([
      { name: 'asset_id', type: 'UNIQUENESS', labels: ['Asset'], properties: ['id'] },
      { name: 'community_id', type: 'UNIQUENESS', labels: ['Community'], properties: ['id'] },
      { name: 'need_id', type: 'UNIQUENESS', labels: ['Need'], properties: ['id'] },
      { name: 'partnership_id', type: 'UNIQUENESS', labels: ['Partnership'], properties: ['id'] },
      { name: 'region_id', type: 'UNIQUENESS', labels: ['Region'], properties: ['id'] },
      { name: 'stakeholder_id', type: 'UNIQUENESS', labels: ['Stakeholder'], properties: ['id'] },
    ]);
    expect(await setup.missingConstraints()).toEqual([]);
  });

  it("drops the secondary indexes earlier versions created, leaving only the id constraints' indexes", async () => {
    const showIndexes = {
      name: 'test/show-indexes',
      text: "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name ORDER BY name",
    };
    // As a database set up by an earlier version has them.
    await testRunner().write({
      name: 'test/create-old-index',
      text: 'CREATE INDEX stakeholder_sector IF NOT EXISTS FOR (s:Stakeholder) ON (s.sector)',
    });
    await testRunner().write({
      name: 'test/create-old-text-index',
      text: 'CREATE TEXT INDEX stakeholder_name_text IF NOT EXISTS FOR (s:Stakeholder) ON (s.name)',
    });
    // (Not checked here that they now exist: test files run in parallel on one database, and another
    // one's schema setup may already have dropped them again.)
    await new SchemaSetup(testRunner(), catalog, createLogger('silent')).apply();

    const names = (await testRunner().read<{ name: string }>(showIndexes)).map((r) => r.name);
    expect(names).toEqual([
      'asset_id',
      'community_id',
      'graph_version_id',
      'need_id',
      'partnership_id',
      'region_id',
      'stakeholder_id',
    ]);
    for (const retired of RETIRED_INDEXES) expect(names).not.toContain(retired);
  });

  it('lets the demo seeding wait for the schema applied in the background instead of applying it again', async () => {
    const names: string[] = [];
    const unsubscribe = testRunner().onQuery((event) => names.push(event.name));
    try {
      const setup = new SchemaSetup(testRunner(), catalog, createLogger('silent'));
      const background = setup.applyInBackground();
      await setup.whenApplied();
      await background;
      await setup.whenApplied();
      const creates = catalog.folder('schema').filter((q) => q.name.startsWith('schema/create-')).length;
      expect(names.filter((n) => n.startsWith('schema/create-'))).toHaveLength(creates);
      expect(names.filter((n) => n === 'schema/drop-retired-index')).toHaveLength(RETIRED_INDEXES.length);
    } finally {
      unsubscribe();
    }
  });

  it('maps a duplicate id to a CONFLICT error naming the label and id', async () => {
    const id = uniqueId('dup');
    const create = {
      name: 'test/create-region',
      text: 'CREATE (:Region {id: $id, name: "R", country: "PT"})',
    };
    await testRunner().write(create, { id });
    const attempt = testRunner().write(create, { id });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toThrow(`Region with id '${id}' already exists`);
    await testRunner().write(
      { name: 'test/delete-region', text: 'MATCH (r:Region {id: $id}) DELETE r' },
      { id },
    );
  });

  it('accepts an equivalent constraint created under another name (or none) and becomes ready', async () => {
    const write = (text: string): Promise<unknown> => testRunner().write({ name: 'test/constraint', text });
    const regionConstraints = async (): Promise<string[]> =>
      (
        await testRunner().read<{ name: string }>({
          name: 'test/region-constraints',
          text: "SHOW CONSTRAINTS YIELD name, labelsOrTypes WHERE labelsOrTypes = ['Region'] RETURN name",
        })
      ).map((r) => r.name);
    // As on a database whose owner set it up by hand: the usual unnamed constraint, Neo4j names it.
    await write('DROP CONSTRAINT region_id IF EXISTS');
    await write('CREATE CONSTRAINT IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE');
    try {
      const [theirs] = await regionConstraints();
      expect(theirs).toMatch(/^constraint_/);
      const setup = new SchemaSetup(testRunner(), catalog, createLogger('silent'));
      await setup.apply();
      expect(setup.isApplied).toBe(true);
      expect(await setup.missingConstraints()).toEqual([]);
      // Theirs is kept, and no second rule on the same label and property was added.
      expect(await regionConstraints()).toEqual([theirs]);
    } finally {
      for (const name of await regionConstraints()) await write(`DROP CONSTRAINT \`${name}\``);
      await new SchemaSetup(testRunner(), catalog, createLogger('silent')).apply();
    }
  });
});
