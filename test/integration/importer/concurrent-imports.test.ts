import { CypherCatalog } from '../../../src/db/cypher-catalog';
import { SchemaSetup } from '../../../src/db/schema-setup';
import { generateNetwork } from '../../../src/generator/generator';
import type { NetworkDocument } from '../../../src/network-document/network-document';
import { NetworkImporter } from '../../../src/importer/network-importer';
import { createLogger } from '../../../src/logger';
import { cypherDir } from '../../../src/paths';
import { closeTestRunner, testRunner, uniqueId } from '../../support/test-database';

const catalog = CypherCatalog.load(cypherDir());
const prefix = uniqueId('concurrent');
/** 2 communities × 60 stakeholders: a few hundred partnerships, all new when both imports start. */
const whole = generateNetwork({ communities: 2, stakeholdersPerCommunity: 60, seed: 5, idPrefix: prefix });

/**
 * Two documents that overlap: both carry every region, community and stakeholder (B in reverse
 * order); A the first two thirds of the partnerships, B the last two thirds. Both start with the
 * middle third, which is in both (B in reverse order), so they write the same records at the same
 * time in opposite orders. Together they are exactly `whole`.
 */
function halves(): [NetworkDocument, NetworkDocument] {
  const n = whole.partnerships.length;
  const third = Math.floor(n / 3);
  const middle = whole.partnerships.slice(third, n - third);
  return [
    { ...whole, partnerships: [...middle, ...whole.partnerships.slice(0, third)] },
    {
      ...whole,
      stakeholders: [...whole.stakeholders].reverse(),
      partnerships: [...middle].reverse().concat(whole.partnerships.slice(n - third)),
    },
  ];
}

interface Stored {
  nodes: string[];
  memberships: string[];
}

async function stored(): Promise<Stored> {
  const [row] = await testRunner().read<Stored>(
    {
      name: 'test/concurrent-stored',
      text: `MATCH (n) WHERE n.id STARTS WITH $prefix
             WITH collect(head(labels(n)) + ' ' + n.id) AS nodes
             MATCH (s:Stakeholder)-[m:MEMBER_OF]->(p:Partnership) WHERE p.id STARTS WITH $prefix
             RETURN nodes, collect(p.id + ' ' + s.id + ' ' + m.role) AS memberships`,
    },
    { prefix },
  );
  return row!;
}

function expected(): Stored {
  return {
    nodes: [
      ...whole.regions.map((r) => `Region ${r.id}`),
      ...whole.communities.map((c) => `Community ${c.id}`),
      ...whole.stakeholders.map((s) => `Stakeholder ${s.id}`),
      ...whole.partnerships.map((p) => `Partnership ${p.id}`),
    ],
    memberships: whole.partnerships.flatMap((p) =>
      p.members.map((m) => `${p.id} ${m.stakeholder} ${m.role}`),
    ),
  };
}

describe('two imports of overlapping documents at the same time', () => {
  // The id constraints make Neo4j lock on MERGE and refuse a second node with the same id.
  beforeAll(() => new SchemaSetup(testRunner(), catalog, createLogger('silent')).apply());

  afterAll(async () => {
    await testRunner().write(
      { name: 'test/concurrent-cleanup', text: 'MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n' },
      { prefix },
    );
    await closeTestRunner();
  });

  it('both succeed and the graph is exactly the union of the two documents', async () => {
    const [a, b] = halves();
    const importer = new NetworkImporter(testRunner(), catalog);
    // Small batches, four in flight per import: the two imports write the same nodes at the same time.
    const options = { batchSize: 25, concurrency: 4 };
    const results = await Promise.allSettled([importer.run(a, options), importer.run(b, options)]);
    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'fulfilled'))).toEqual([
      'fulfilled',
      'fulfilled',
    ]);

    const graph = await stored();
    const want = expected();
    expect(graph.nodes.length).toBe(want.nodes.length);
    expect([...graph.nodes].sort()).toEqual([...want.nodes].sort());
    expect(graph.memberships.length).toBe(want.memberships.length);
    expect([...graph.memberships].sort()).toEqual([...want.memberships].sort());
  });
});
