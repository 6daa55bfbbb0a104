import { CypherCatalog } from '../../../src/db/cypher-catalog';
import { CommunityKind, MemberRole, PartnershipKind, Sector } from '../../../src/domain/enums';
import { NETWORK_FORMAT, type NetworkDocument } from '../../../src/network-document/network-document';
import { NetworkImporter, NetworkValidationError } from '../../../src/importer/network-importer';
import { cypherDir } from '../../../src/paths';
import { closeTestRunner, testRunner, uniqueId } from '../../support/test-database';

const catalog = CypherCatalog.load(cypherDir());
const prefix = uniqueId('imp');
const id = (name: string): string => `${prefix}-${name}`;

/** Two communities of one region; p1 joins a school, a bank (funder) and the other community's council; p2 the school and the council. */
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

  it('converges to an edited document: properties replaced, community moved, members removed and re-roled', async () => {
    await importer.run(fixture());
    const edited = fixture();
    edited.stakeholders[0]!.name = 'Évora Primary School Cluster';
    delete edited.stakeholders[0]!.type;
    edited.stakeholders[2]!.community = id('c1');
    const p1 = edited.partnerships[0]!;
    delete p1.endedOn;
    p1.themes = ['literacy'];
    // The bank leaves p1; the council becomes its lead.
    p1.members = [
      { stakeholder: id('school'), role: MemberRole.LEAD },
      { stakeholder: id('council'), role: MemberRole.LEAD },
    ];

    const dry = await importer.run(edited, { dryRun: true });
    expect(dry.stakeholders).toEqual({ created: 0, updated: 2, unchanged: 1 });
    expect(dry.partnerships).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect(dry.memberships).toEqual({ created: 0, updated: 1, unchanged: 3, removed: 1 });
    const before = await snapshot();

    const real = await importer.run(edited);
    expect(real).toMatchObject({
      stakeholders: dry.stakeholders,
      partnerships: dry.partnerships,
      memberships: dry.memberships,
    });
    const after = await snapshot();
    expect(after).not.toEqual(before);
    expect(after.members).toEqual([
      `${id('p1')}/${id('council')}/LEAD`,
      `${id('p1')}/${id('school')}/LEAD`,
      `${id('p2')}/${id('council')}/LEAD`,
      `${id('p2')}/${id('school')}/PARTNER`,
    ]);
    expect(after.p1).toEqual({
      id: id('p1'),
      name: 'Reading together',
      kind: 'PROJECT',
      startedOn: '2021-03-01',
      themes: ['literacy'],
    });
    // 2 PART_OF + 3 BASED_IN (the council's moved, not added) + 4 MEMBER_OF
    expect(after.rels).toBe(9);
    const [council] = await testRunner().read<{ props: Record<string, unknown>; community: string[] }>(
      {
        name: 'test/importer-council',
        text: 'MATCH (s:Stakeholder {id: $id}) RETURN properties(s) AS props, [(s)-[:BASED_IN]->(c) | c.id] AS community',
      },
      { id: id('council') },
    );
    expect(council!.community).toEqual([id('c1')]);

    const again = await importer.run(edited);
    expect(again.stakeholders).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(again.memberships).toEqual({ created: 0, updated: 0, unchanged: 4, removed: 0 });
    expect(await snapshot()).toEqual(after);
  });

  it('moves a community to another region and renames it, keeping its stakeholders', async () => {
    await importer.run(fixture());
    const edited = fixture();
    edited.regions.push({ id: id('r2'), name: 'Baixo Alentejo', country: 'PT' });
    edited.communities[1] = { ...edited.communities[1]!, name: 'Beja (town)', region: id('r2') };

    const summary = await importer.run(edited);
    expect(summary.regions).toEqual({ created: 1, updated: 0, unchanged: 1 });
    expect(summary.communities).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const [beja] = await testRunner().read<{ name: string; regions: string[]; stakeholders: string[] }>(
      {
        name: 'test/importer-moved-community',
        text: `MATCH (c:Community {id: $id})
               RETURN c.name AS name, [(c)-[:PART_OF]->(r) | r.id] AS regions,
                 [(c)<-[:BASED_IN]-(s) | s.id] AS stakeholders`,
      },
      { id: id('c2') },
    );
    expect(beja).toEqual({ name: 'Beja (town)', regions: [id('r2')], stakeholders: [id('council')] });

    const again = await importer.run(edited);
    expect(again.communities).toEqual({ created: 0, updated: 0, unchanged: 2 });
    // Back to the original document: the community returns to the first region.
    const back = await importer.run(fixture());
    expect(back.communities).toEqual({ created: 0, updated: 1, unchanged: 1 });
  });

  it('writes nothing when the document has a problem, and lists them all', async () => {
    const broken = fixture();
    broken.stakeholders[1]!.community = id('nowhere');
    broken.partnerships[1]!.startedOn = '2020-01-01';
    broken.partnerships[1]!.endedOn = '2019-12-31';
    const error = await importer.run(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkValidationError);
    expect((error as NetworkValidationError).problems.map((p) => [p.code, p.location])).toEqual([
      ['UNKNOWN_REFERENCE', '$.stakeholders[1].community'],
      ['DATE_ORDER', '$.partnerships[1].endedOn'],
    ]);
  });

  it('accepts references to records already stored', async () => {
    const more: NetworkDocument = {
      format: NETWORK_FORMAT,
      regions: [],
      communities: [],
      stakeholders: [
        { id: id('museum'), name: 'Évora Museum', sector: Sector.CULTURAL, community: id('c1') },
      ],
      partnerships: [
        {
          id: id('p3'),
          name: 'Museum visits',
          kind: PartnershipKind.PROJECT,
          members: [
            { stakeholder: id('museum'), role: MemberRole.LEAD },
            { stakeholder: id('school'), role: MemberRole.PARTNER },
          ],
        },
      ],
    };
    const summary = await importer.run(more);
    expect(summary.partnerships.created).toBe(1);
    expect(summary.memberships.created).toBe(2);
  });
});
