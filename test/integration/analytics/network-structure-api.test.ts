import { AS_OF, BRUGGE } from '../../support/analytics-fixtures';
import { deleteNetwork, loadNetwork, prefixed } from '../../support/load-network';
import { closeTestRunner, testRunner, uniqueId } from '../../support/test-database';
import { startTestServer, type TestServer } from '../../support/test-server';

/*
 * Centralities, components, clusters and introduction paths over GraphQL, on Brugge (two triangles
 * a1 a2 a3 and b1 b2 b3 joined by the bridge a3 – b1, and the isolated z; N = 7, 7 edges). Hand
 * derivations:
 *   betweenness(a3) = betweenness(b1): each separates 2 + 1 from 3 + 0 — the pairs {a1,a2}×{b1,b2,b3}
 *     for a3 = 6 pairs · 2/((N−1)(N−2)) = 12/30 = 0.4; the others 0.
 *   closeness(a3): it reaches r − 1 = 5 stakeholders at 1,1,1,2,2 (Σ 7): (5/6)·(5/7) = 25/42; z: 0.
 *   degree centrality(a3) = 3/6.
 *   PageRank: a3 and b1 are symmetric, as are a1/a2 and b2/b3; all seven sum to 1.
 *   clusters: {a1,a2,a3}, {b1,b2,b3}, {z}; m = 7, each triangle has 3 inner edges and degree sum 7:
 *     Q = 2·(3/7 − (7/14)²) + 0 = 5/14. Cluster 0 is all EDUCATION (size 3, share 1): a silo; cluster 1
 *     has one PRIVATE, SPORT, CULTURAL each: Blau 1 − 3/9 = 2/3, dominant PRIVATE (enum order), 1/3.
 *   components: {a1…b3} and {z}: 2 components, sizes [6, 1], 1 isolate.
 *   cluster bridges: a3 and b1 each reach one other cluster only: none.
 *   introduction paths a1 → b2: a1 – a3 – b1 – b2, intermediaries [a3, b1]; a1 → a2 are partners: none.
 */
const prefix = uniqueId('structure');
const doc = prefixed(BRUGGE, prefix);
const id = (x: string): string => `${prefix}-${x}`;

// GraphQL answers: their shape is what the assertions check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

describe('network structure over GraphQL', () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer();
    await loadNetwork(testRunner(), doc);
  });
  afterAll(async () => {
    await deleteNetwork(testRunner(), doc);
    await closeTestRunner();
    await api.close();
  });

  async function brugge(fields: string): Promise<Data> {
    const response = await api.gql<{ community: Data }>(
      `query ($id: ID!, $asOf: LocalDate) { community(id: $id) { ${fields} } }`,
      { id: id('brugge'), asOf: AS_OF },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.community;
  }

  it('ranks stakeholders by betweenness, each position carrying all four centralities', async () => {
    const { centrality } = await brugge(`centrality(asOf: $asOf, by: BETWEENNESS, limit: 7) {
      by betweennessExact betweennessSamples
      positions { stakeholder { id } degree degreeCentrality betweenness closeness pageRank cluster }
    }`);
    expect(centrality).toMatchObject({ by: 'BETWEENNESS', betweennessExact: true, betweennessSamples: null });
    const positions = centrality.positions as Data[];
    expect(positions.map((p) => p.stakeholder.id as string)).toEqual(
      ['a3', 'b1', 'a1', 'a2', 'b2', 'b3', 'z'].map(id),
    );
    const [a3, b1] = positions;
    expect(a3).toMatchObject({ degree: 3, degreeCentrality: 0.5, cluster: 0 });
    expect(a3!.betweenness).toBeCloseTo(0.4, 12);
    expect(a3!.closeness).toBeCloseTo(25 / 42, 12);
    expect(b1!.cluster).toBe(1);
    expect(b1!.pageRank).toBeCloseTo(a3!.pageRank as number, 12);
    expect(positions.reduce((sum, p) => sum + (p.pageRank as number), 0)).toBeCloseTo(1, 9);
    expect(positions[6]).toMatchObject({ betweenness: 0, closeness: 0, degreeCentrality: 0, cluster: 2 });
  });

  it('ranks by closeness and by PageRank as well', async () => {
    const { byCloseness, byRank } = await brugge(`
      byCloseness: centrality(asOf: $asOf, by: CLOSENESS, limit: 2) { positions { stakeholder { id } } }
      byRank: centrality(asOf: $asOf, by: PAGE_RANK, limit: 7) { positions { stakeholder { id } pageRank } }`);
    expect((byCloseness.positions as Data[]).map((p) => p.stakeholder.id as string)).toEqual([
      id('a3'),
      id('b1'),
    ]);
    // z has only the teleport and dangling share: the lowest rank.
    expect((byRank.positions as Data[]).at(-1)!.stakeholder.id).toBe(id('z'));
  });

  it('reports components, clusters with modularity and silos, and no cluster bridges', async () => {
    const { components, clusters, clusterBridges } = await brugge(`
      components(asOf: $asOf) { count isolates largest sizes }
      clusters(asOf: $asOf) {
        modularity count silos
        clusters { cluster size blau dominantSector dominantShare silo sectorCounts { sector count } }
      }
      clusterBridges(asOf: $asOf) { position { stakeholder { id } } }`);
    expect(components).toEqual({ count: 2, isolates: 1, largest: 6, sizes: [6, 1] });
    expect(clusters).toMatchObject({ count: 3, silos: 1 });
    expect(clusters.modularity).toBeCloseTo(5 / 14, 12);
    const [schools, mixed, alone] = clusters.clusters as Data[];
    expect(schools).toMatchObject({
      cluster: 0,
      size: 3,
      blau: 0,
      dominantSector: 'EDUCATION',
      dominantShare: 1,
      silo: true,
    });
    expect(mixed).toMatchObject({ cluster: 1, size: 3, dominantSector: 'PRIVATE', silo: false });
    expect(mixed!.blau).toBeCloseTo(2 / 3, 12);
    expect(mixed!.dominantShare).toBeCloseTo(1 / 3, 12);
    expect(alone).toMatchObject({ cluster: 2, size: 1, dominantSector: 'PUBLIC', silo: false });
    expect(clusterBridges).toEqual([]);
  });

  it('finds the introduction path across the bridge, and none between partners or to an isolate', async () => {
    const response = await api.gql<{ community: Data }>(
      `query ($id: ID!, $a1: ID!, $a2: ID!, $b2: ID!, $z: ID!) { community(id: $id) {
        across: introductionPaths(from: $a1, to: $b2) { length intermediaries { stakeholder { id } betweenness } }
        partners: introductionPaths(from: $a1, to: $a2) { length }
        isolate: introductionPaths(from: $a1, to: $z) { length }
      } }`,
      { id: id('brugge'), a1: id('a1'), a2: id('a2'), b2: id('b2'), z: id('z') },
    );
    expect(response.errors).toBeUndefined();
    const { across, partners, isolate } = response.data!.community;
    expect(across).toEqual([
      {
        length: 3,
        intermediaries: [
          { stakeholder: { id: id('a3') }, betweenness: expect.closeTo(0.4, 12) },
          { stakeholder: { id: id('b1') }, betweenness: expect.closeTo(0.4, 12) },
        ],
      },
    ]);
    expect(partners).toEqual([]);
    expect(isolate).toEqual([]);
  });

  it.each([
    ['an unknown stakeholder', 'nobody', 'NOT_FOUND', `stakeholder '${id('nobody')}' not found`],
    [
      'a stakeholder of another community',
      'o1',
      'BAD_USER_INPUT',
      `stakeholder '${id('o1')}' is not based in community '${id('brugge')}'`,
    ],
    ['the same stakeholder twice', 'a1', 'BAD_USER_INPUT', 'from and to must be two different stakeholders'],
  ])('refuses introduction paths to %s with a clear error', async (_what, to, code, message) => {
    const response = await api.gql(
      `query ($id: ID!, $from: ID!, $to: ID!) { community(id: $id) { introductionPaths(from: $from, to: $to) { length } } }`,
      { id: id('brugge'), from: id('a1'), to: id(to) },
    );
    expect(response.errors?.[0]).toMatchObject({ message, extensions: { code } });
  });

  it('validates limits at the edge', async () => {
    const response = await api.gql(
      `query ($id: ID!) { community(id: $id) { centrality(limit: 0) { by } } }`,
      { id: id('brugge') },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('analyses the region as the union of its communities', async () => {
    const response = await api.gql<{ region: Data }>(
      `query ($id: ID!) { region(id: $id) { components { count isolates sizes } clusters { count } } }`,
      { id: id('flanders') },
    );
    expect(response.errors).toBeUndefined();
    // Brugge's 7 plus Gent's o1, without partners: components {a1…b3}, {z}, {o1}.
    expect(response.data!.region).toEqual({
      components: { count: 3, isolates: 2, sizes: [6, 1, 1] },
      clusters: { count: 4 },
    });
  });
});
