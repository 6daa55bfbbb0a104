import { CypherCatalog } from '../../../src/db/cypher-catalog';
import { CommunityKind, MemberRole, PartnershipKind, Sector } from '../../../src/domain/enums';
import { NETWORK_FORMAT, type NetworkDocument } from '../../../src/importer/network-document';
import { NetworkImporter } from '../../../src/importer/network-importer';
import { cypherDir } from '../../../src/paths';
import { closeTestRunner, testRunner, uniqueId } from '../../support/test-database';

const catalog = CypherCatalog.load(cypherDir());
const prefix = uniqueId('imp');
const id = (name: string): string => `${prefix}-${name}`;

/** Two communities of one region; p1 joins a school, a bank (funder) and the council; p2 ends before it starts in a variant. */
function fixture(): NetworkDocument {
  return {
    format: NETWORK_FORMAT,
    regions: [{ id: id('r'), name: 'Alentejo', country: 'PT' }],
    communities: [
      {
        id: id('c1'),
        name: 'Évora',
        country: 'PT',
        kind: CommunityKind.CITY,
        population: 53000,
        region: id('r'),
      },
      { id: id('c2'), name: 'Beja', country: 'PT', kind: CommunityKind.TOWN, region: id('r') },
    ],
    stakeholders: [
      {
        id: id('school'),
        name: 'Évora Primary School',
        sector: Sector.EDUCATION,
        type: 'primary school',
        community: id('c1'),
      },
      { id: id('bank'), name: 'Alentejo Savings Bank', sector: Sector.FINANCIAL, community: id('c1') },
      {
        id: id('council'),
        name: 'Beja Council',
        sector: Sector.PUBLIC,
        website: 'https://example.org',
        community: id('c2'),
      },
    ],
    partnerships: [
      {
        id: id('p1'),
        name: 'Reading together',
        kind: PartnershipKind.PROJECT,
        startedOn: '2021-03-01',
        endedOn: '2023-06-30',
        themes: ['literacy', 'inclusion'],
        members: [
          { stakeholder: id('school'), role: MemberRole.LEAD },
          { stakeholder: id('bank'), role: MemberRole.FUNDER },
          { stakeholder: id('council'), role: MemberRole.PARTNER },
        ],
      },
      {
        id: id('p2'),
        name: 'Town twinning',
        kind: PartnershipKind.AGREEMENT,
        members: [
          { stakeholder: id('school'), role: MemberRole.PARTNER },
          { stakeholder: id('council'), role: MemberRole.LEAD },
        ],
      },
    ],
  };
}

interface Snapshot {
  nodes: number;
  rels: number;
  members: string[];
  p1: Record<string, unknown>;
}

async function snapshot(): Promise<Snapshot> {
  const [row] = await testRunner().read<Snapshot>(
    {
      name: 'test/importer-snapshot',
      text: `MATCH (n) WHERE n.id STARTS WITH $prefix
           WITH collect(n) AS ns
           RETURN size(ns) AS nodes,
             COUNT { MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $prefix AND b.id STARTS WITH $prefix } AS rels,
             COLLECT { MATCH (s:Stakeholder)-[m:MEMBER_OF]->(p:Partnership) WHERE p.id STARTS WITH $prefix
                       RETURN p.id + '/' + s.id + '/' + m.role AS x ORDER BY x } AS members,
             [n IN ns WHERE n.id = $p1 | properties(n)][0] AS p1`,
    },
    { prefix, p1: id('p1') },
  );
  return row!;
}

describe('NetworkImporter', () => {
  const importer = new NetworkImporter(testRunner(), catalog);

  afterAll(async () => {
    await testRunner().write(
      { name: 'test/importer-cleanup', text: 'MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n' },
      { prefix },
    );
    await closeTestRunner();
  });

  it('creates every record on the first run and nothing on the second', async () => {
    const first = await importer.run(fixture(), { batchSize: 2 });
    expect(first.regions).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(first.communities).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(first.stakeholders).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(first.partnerships).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(first.memberships).toEqual({ created: 5, updated: 0, unchanged: 0, removed: 0 });
    const after = await snapshot();
    expect(after.nodes).toBe(8);
    // 2 PART_OF + 3 BASED_IN + 5 MEMBER_OF
    expect(after.rels).toBe(10);
    expect(after.p1).toEqual({
      id: id('p1'),
      name: 'Reading together',
      kind: 'PROJECT',
      startedOn: '2021-03-01',
      endedOn: '2023-06-30',
      themes: ['literacy', 'inclusion'],
    });

    const second = await importer.run(fixture(), { batchSize: 2 });
    expect(second.regions).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(second.stakeholders).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(second.partnerships).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(second.memberships).toEqual({ created: 0, updated: 0, unchanged: 5, removed: 0 });
    expect(await snapshot()).toEqual(after);
  });
});
