import { CypherCatalog } from '../../src/db/cypher-catalog';
import { SchemaSetup, REQUIRED_CONSTRAINTS } from '../../src/db/schema-setup';
import { ConflictError } from '../../src/errors';
import { createLogger } from '../../src/logger';
import { cypherDir } from '../../src/paths';
import { closeTestRunner, testRunner, uniqueId } from '../support/test-database';

const catalog = CypherCatalog.load(cypherDir());

describe('database schema setup', () => {
  afterAll(closeTestRunner);

  it('creates a uniqueness constraint on id for all four labels, and applying it again changes nothing', async () => {
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
      { name: 'community_id', type: 'UNIQUENESS', labels: ['Community'], properties: ['id'] },
      { name: 'partnership_id', type: 'UNIQUENESS', labels: ['Partnership'], properties: ['id'] },
      { name: 'region_id', type: 'UNIQUENESS', labels: ['Region'], properties: ['id'] },
      { name: 'stakeholder_id', type: 'UNIQUENESS', labels: ['Stakeholder'], properties: ['id'] },
    ]);
    expect(await setup.missingConstraints()).toEqual([]);
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
});
