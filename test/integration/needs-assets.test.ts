import { CypherCatalog } from '../../src/db/cypher-catalog';
import {
  AssetKind,
  CommunityKind,
  MemberRole,
  NeedPriority,
  PartnershipKind,
  Sector,
} from '../../src/domain/enums';
import { parseCsvFiles, writeCsvFiles } from '../../src/formats/csv';
import { NETWORK_FORMAT, type NetworkDocument } from '../../src/network-document/network-document';
import { NetworkExporter } from '../../src/exporter/network-exporter';
import { NetworkImporter } from '../../src/importer/network-importer';
import { cypherDir } from '../../src/paths';
import { deleteEntitiesWithPrefix, mutate } from '../support/entities';
import { uniqueId } from '../support/test-database';
import { startTestServer, waitForReady, type TestServer } from '../support/test-server';

const catalog = CypherCatalog.load(cypherDir());

/**
 * Mértola at 2025-06-30: council (PUBLIC), school (EDUCATION), club (SPORT), insurer (FINANCIAL);
 * p1 PROJECT council+school, p2 PROJECT council+club, p3 PROJECT council+insurer, p4 PROJECT
 * club+insurer planned for 2026. Needs: seniors (HIGH, addressed only by p4 → UNMET), reading (MEDIUM,
 * addressed by p1 → CROSS_SECTOR, not business-backed). Assets: club VENUE and insurer FUNDING for
 * "activities for seniors".
 * Γ(council) = {school, club, insurer}; club and insurer are not adjacent (p4 is planned), share the
 * council → Adamic-Adar 1/ln 3; CLUB–INSURER is SPORT–FINANCIAL, a MISSING pair.
 */
function mertola(prefix: string): NetworkDocument {
  const id = (name: string): string => `${prefix}-${name}`;
  const pair = (p: string, a: string, b: string, startedOn = '2020-01-01') => ({
    id: id(p),
    name: `${prefix} ${p}`,
    kind: PartnershipKind.PROJECT,
    startedOn,
    themes: [],
    members: [
      { stakeholder: id(a), role: MemberRole.PARTNER },
      { stakeholder: id(b), role: MemberRole.PARTNER },
    ],
  });
  return {
    format: NETWORK_FORMAT,
    regions: [{ id: id('r'), name: 'Baixo Alentejo', country: 'PT' }],
    communities: [{ id: id('c'), name: 'Mértola', country: 'PT', kind: CommunityKind.TOWN, region: id('r') }],
    stakeholders: [
      { id: id('club'), name: 'Clube de Mértola', sector: Sector.SPORT, community: id('c') },
      { id: id('council'), name: 'Câmara de Mértola', sector: Sector.PUBLIC, community: id('c') },
      { id: id('insurer'), name: 'Seguros do Sul', sector: Sector.FINANCIAL, community: id('c') },
      { id: id('school'), name: 'Escola de Mértola', sector: Sector.EDUCATION, community: id('c') },
    ],
    partnerships: [
      pair('p1', 'council', 'school'),
      pair('p2', 'council', 'club'),
      pair('p3', 'council', 'insurer'),
      pair('p4', 'club', 'insurer', '2026-01-01'),
    ],
    needs: [
      {
        id: id('reading'),
        name: 'reading',
        theme: 'literacy',
        priority: NeedPriority.MEDIUM,
        community: id('c'),
      },
      {
        id: id('seniors'),
        name: 'activities for seniors',
        theme: 'Activities for Seniors',
        targetGroup: 'seniors living alone',
        priority: NeedPriority.HIGH,
        identifiedOn: '2024-03-01',
        community: id('c'),
      },
    ],
    assets: [
      {
        id: id('fund'),
        name: 'Ageing fund',
        kind: AssetKind.FUNDING,
        themes: ['activities  for seniors'],
        stakeholder: id('insurer'),
      },
      {
        id: id('hall'),
        name: 'Sports hall',
        kind: AssetKind.VENUE,
        themes: ['activities for seniors', 'sport'],
        stakeholder: id('club'),
      },
    ],
    addressedNeeds: [
      { partnership: id('p1'), need: id('reading') },
      { partnership: id('p4'), need: id('seniors') },
    ],
  };
}

describe('needs and assets', () => {
  let api: TestServer;
  const run = uniqueId('na');
  const id = (name: string): string => `${run}-${name}`;

  beforeAll(async () => {
    api = await startTestServer();
    await waitForReady(api.url);
    await new NetworkImporter(api.runner, catalog).run(mertola(run));
  });

  afterAll(async () => {
    await deleteEntitiesWithPrefix(api.runner, run);
    await api.close();
  });

  it('round-trips the needs, assets and links: export, import again, export gives the same document', async () => {
    const exporter = new NetworkExporter(api.runner, catalog);
    const first = (await exporter.export({ communityId: id('c') })).document;
    expect(first.needs?.map((n) => n.id)).toEqual([id('reading'), id('seniors')]);
    expect(first.assets?.map((a) => a.id)).toEqual([id('fund'), id('hall')]);
    expect(first.addressedNeeds).toEqual([
      { partnership: id('p1'), need: id('reading') },
      { partnership: id('p4'), need: id('seniors') },
    ]);
    const summary = await new NetworkImporter(api.runner, catalog).run(first);
    expect(summary.needs).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(summary.assets).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(summary.addressedNeeds).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect((await exporter.export({ communityId: id('c') })).document).toEqual(first);
    // The CSV form reads back to the same document.
    const csv = writeCsvFiles(first);
    const back = parseCsvFiles(
      Object.fromEntries(Object.entries(csv).map(([k, v]) => [k, Buffer.from(v ?? '', 'utf8')])),
    );
    expect(back.problems).toEqual([]);
    expect(back.document).toEqual(first);
  });

  it('keeps stored links and needs when a later document does not list them', async () => {
    const full = mertola(run);
    const bare: NetworkDocument = {
      format: full.format,
      regions: full.regions,
      communities: full.communities,
      stakeholders: full.stakeholders,
      partnerships: full.partnerships,
    };
    await new NetworkImporter(api.runner, catalog).run(bare);
    const data = await mutate<{ community: { needs: { id: string }[] } }>(
      api,
      'query($id: ID!) { community(id: $id) { needs { id } } }',
      { id: id('c') },
    );
    expect(data.community.needs.map((n) => n.id)).toEqual([id('seniors'), id('reading')]);
  });

  it('refuses unknown references with their location and writes nothing', async () => {
    const doc = mertola(run);
    doc.needs![0]!.community = `${run}-nowhere`;
    doc.assets![0]!.stakeholder = `${run}-nobody`;
    doc.addressedNeeds![0]!.need = `${run}-nothing`;
    await expect(new NetworkImporter(api.runner, catalog).validate(doc)).resolves.toMatchObject({
      document: null,
      problems: [
        { code: 'UNKNOWN_REFERENCE', location: '$.needs[0].community' },
        { code: 'UNKNOWN_REFERENCE', location: '$.assets[0].stakeholder' },
        { code: 'UNKNOWN_REFERENCE', location: '$.addressedNeeds[0].need' },
      ],
    });
  });

  it('answers the need fields, lists and nested lists over GraphQL', async () => {
    const data = await mutate<Record<string, unknown>>(
      api,
      `query($c: ID!, $s: ID!, $p: ID!) {
        needs(communityId: $c, theme: "  activities FOR seniors") { totalCount nodes { id priority targetGroup identifiedOn community { id } addressedBy { id } } }
        assets(communityId: $c, kind: VENUE) { totalCount nodes { id themes stakeholder { id } } }
        stakeholder(id: $s) { assets { id } }
        partnership(id: $p) { addresses { id } }
      }`,
      { c: id('c'), s: id('insurer'), p: id('p1') },
    );
    expect(data).toEqual({
      needs: {
        totalCount: 1,
        nodes: [
          {
            id: id('seniors'),
            priority: 'HIGH',
            targetGroup: 'seniors living alone',
            identifiedOn: '2024-03-01',
            community: { id: id('c') },
            addressedBy: [{ id: id('p4') }],
          },
        ],
      },
      assets: {
        totalCount: 1,
        nodes: [
          { id: id('hall'), themes: ['activities for seniors', 'sport'], stakeholder: { id: id('club') } },
        ],
      },
      stakeholder: { assets: [{ id: id('fund') }] },
      partnership: { addresses: [{ id: id('reading') }] },
    });
  });

  it('caps the nested need and asset lists by first, by name, and pages the top-level lists by keyset', async () => {
    // By name: needs "activities for seniors" < "reading"; the club offers only the Sports hall.
    const data = await mutate<Record<string, unknown>>(
      api,
      `query($c: ID!, $s: ID!) {
        community(id: $c) { one: needs(first: 1) { id } none: needs(first: 0) { id } all: needs { id } }
        stakeholder(id: $s) { assets(first: 1) { id } }
        page1: needs(communityId: $c, first: 1) { pageInfo { hasNextPage endCursor } nodes { id } }
      }`,
      { c: id('c'), s: id('club') },
    );
    expect(data).toMatchObject({
      community: {
        one: [{ id: id('seniors') }],
        none: [],
        all: [{ id: id('seniors') }, { id: id('reading') }],
      },
      stakeholder: { assets: [{ id: id('hall') }] },
      page1: { pageInfo: { hasNextPage: true }, nodes: [{ id: id('seniors') }] },
    });
    const cursor = (data.page1 as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    const next = await mutate<Record<string, unknown>>(
      api,
      `query($c: ID!, $after: String) {
        needs(communityId: $c, first: 1, after: $after) { totalCount pageInfo { hasNextPage } nodes { id } }
      }`,
      { c: id('c'), after: cursor },
    );
    expect(next).toEqual({
      needs: { totalCount: 2, pageInfo: { hasNextPage: false }, nodes: [{ id: id('reading') }] },
    });
    const tooMany = await api.gql('query($c: ID!) { community(id: $c) { needs(first: 101) { id } } }', {
      c: id('c'),
    });
    expect(tooMany.errors?.[0]?.message).toMatch(/first must be at most 100/);
  });

  it('creates, updates, links and deletes needs and assets, with the usual error codes', async () => {
    const created = await mutate<{ createNeed: { id: string; theme: string } }>(
      api,
      'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id theme } }',
      {
        input: {
          id: id('jobs'),
          name: 'jobs for youth',
          theme: 'unemployed youth',
          priority: 'LOW',
          communityId: id('c'),
        },
      },
    );
    expect(created.createNeed).toEqual({ id: id('jobs'), theme: 'unemployed youth' });
    const missing = await api.gql('mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }', {
      input: { name: 'x', theme: 'y', communityId: `${run}-nowhere` },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const blank = await api.gql('mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }', {
      input: { name: 'x', theme: '  ', communityId: id('c') },
    });
    expect(blank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await mutate(api, 'mutation($id: ID!) { updateNeed(id: $id, input: { priority: HIGH }) { id } }', {
      id: id('jobs'),
    });
    const linked = await mutate<{ addNeedAddressed: { addresses: { id: string }[] } }>(
      api,
      'mutation($p: ID!, $n: ID!) { addNeedAddressed(partnershipId: $p, needId: $n) { addresses { id } } }',
      { p: id('p2'), n: id('jobs') },
    );
    expect(linked.addNeedAddressed.addresses).toEqual([{ id: id('jobs') }]);
    const asset = await mutate<{ createAsset: { id: string } }>(
      api,
      'mutation($input: CreateAssetInput!) { createAsset(input: $input) { id } }',
      {
        input: {
          id: id('coach'),
          name: 'Coaches',
          kind: 'VOLUNTEERS',
          themes: ['unemployed youth'],
          stakeholderId: id('club'),
        },
      },
    );
    expect(asset.createAsset.id).toBe(id('coach'));
    await mutate(api, 'mutation($id: ID!) { deleteAsset(id: $id) { deletedId } }', { id: id('coach') });
    await mutate(
      api,
      'mutation($p: ID!, $n: ID!) { removeNeedAddressed(partnershipId: $p, needId: $n) { id } }',
      {
        p: id('p2'),
        n: id('jobs'),
      },
    );
    const again = await api.gql(
      'mutation($p: ID!, $n: ID!) { removeNeedAddressed(partnershipId: $p, needId: $n) { id } }',
      {
        p: id('p2'),
        n: id('jobs'),
      },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const deleted = await mutate<{ deleteNeed: { removedAddressing: number } }>(
      api,
      'mutation($id: ID!) { deleteNeed(id: $id) { removedAddressing } }',
      { id: id('jobs') },
    );
    expect(deleted.deleteNeed.removedAddressing).toBe(0);
  });

  it('reports need coverage and need-driven recommendations at asOf', async () => {
    const data = await mutate<{
      community: {
        profile: { needs: Record<string, unknown> };
        needCoverage: Record<string, unknown>;
        needRecommendations: Record<string, unknown>[];
      };
    }>(
      api,
      `query($id: ID!) { community(id: $id) {
        profile(asOf: "2025-06-30") { needs { needs addressed crossSector businessBacked unmetByPriority { priority count } } }
        needCoverage(asOf: "2025-06-30") {
          total unmet crossSector shareAddressed
          needs { need { id } status sectors addressing { id } assetHolders { stakeholder { id } assets { id } } }
        }
        needRecommendations(asOf: "2025-06-30") {
          need { id } gapKind source { stakeholder { id } } target { stakeholder { id } }
          sourceAssets { id } targetAssets { id } adamicAdar introducers { position { stakeholder { id } } } explanation
        }
      } }`,
      { id: id('c') },
    );
    const { profile, needCoverage, needRecommendations } = data.community;
    expect(profile.needs).toEqual({
      needs: 2,
      addressed: 1,
      crossSector: 1,
      businessBacked: 0,
      unmetByPriority: [
        { priority: 'HIGH', count: 1 },
        { priority: 'MEDIUM', count: 0 },
        { priority: 'LOW', count: 0 },
      ],
    });
    expect(needCoverage).toEqual({
      total: 2,
      unmet: 1,
      crossSector: 1,
      shareAddressed: 0.5,
      needs: [
        {
          need: { id: id('seniors') },
          status: 'UNMET',
          sectors: [],
          addressing: [],
          assetHolders: [
            { stakeholder: { id: id('club') }, assets: [{ id: id('hall') }] },
            { stakeholder: { id: id('insurer') }, assets: [{ id: id('fund') }] },
          ],
        },
        {
          need: { id: id('reading') },
          status: 'CROSS_SECTOR',
          sectors: ['PUBLIC', 'EDUCATION'],
          addressing: [{ id: id('p1') }],
          assetHolders: [],
        },
      ],
    });
    expect(needRecommendations).toEqual([
      {
        need: { id: id('seniors') },
        gapKind: 'MISSING',
        source: { stakeholder: { id: id('club') } },
        target: { stakeholder: { id: id('insurer') } },
        sourceAssets: [{ id: id('hall') }],
        targetAssets: [{ id: id('fund') }],
        adamicAdar: expect.closeTo(1 / Math.log(3), 12),
        introducers: [{ position: { stakeholder: { id: id('council') } } }],
        explanation:
          "Mértola's need 'activities for seniors' has no active partnership; Clube de Mértola offers a venue and Seguros do Sul offers funding, and Câmara de Mértola knows both.",
      },
    ]);
  });
});
