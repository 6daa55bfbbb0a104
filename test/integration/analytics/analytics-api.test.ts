import { today } from '../../../src/domain/dates';
import { ALENTEJO, AS_OF, GHENT, LYON, STAGES, TURKU } from '../../support/analytics-fixtures';
import { deleteNetwork, loadNetwork, prefixed } from '../../support/load-network';
import { closeTestRunner, testRunner, uniqueId } from '../../support/test-database';
import { startTestServer, type TestServer } from '../../support/test-server';

/*
 * The analytic fields through the real server and Neo4j, on the fixtures of
 * test/support/analytics-fixtures.ts. The hand derivations of every expected value are in the unit tests
 * of test/unit/analytics/ (named after the measure); here the same numbers must come back over HTTP.
 */
// One prefix per fixture: the fixtures reuse short ids (s1, f1, …) among themselves.
const FIXTURES = { ALENTEJO, GHENT, LYON, STAGES, TURKU };
type Fixture = keyof typeof FIXTURES;
const prefixes = Object.fromEntries(
  Object.keys(FIXTURES).map((name) => [name, uniqueId(`api-${name.toLowerCase()}`)]),
) as Record<Fixture, string>;
const docs = (Object.keys(FIXTURES) as Fixture[]).map((name) => prefixed(FIXTURES[name], prefixes[name]));
const idIn =
  (fixture: Fixture) =>
  (x: string): string =>
    `${prefixes[fixture]}-${x}`;

// GraphQL answers: their shape is what the assertions check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

describe('gap analytics over GraphQL', () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer();
    for (const doc of docs) await loadNetwork(testRunner(), doc);
  });
  afterAll(async () => {
    for (const doc of docs) await deleteNetwork(testRunner(), doc);
    await closeTestRunner();
    await api.close();
  });

  /** `community(id)` with the given fields; $asOf is AS_OF when the fields use it. */
  async function community(fields: string, communityId: string): Promise<Data> {
    const usesAsOf = fields.includes('$asOf');
    const response = await api.gql<{ community: Data }>(
      `query ($id: ID!${usesAsOf ? ', $asOf: LocalDate' : ''}) { community(id: $id) { ${fields} } }`,
      { id: communityId, ...(usesAsOf ? { asOf: AS_OF } : {}) },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.community;
  }

  it('profiles Évora with the hand-derived measures', async () => {
    const id = idIn('ALENTEJO');
    const { profile } = await community(
      `profile(asOf: $asOf) {
        asOf stakeholders edges substantiveEdges externalTies activePartnerships density spectrumCoverage eiIndex
        blau normalizedBlau assortativity sectorCounts { sector count }
        dominance { dominantSector dominantShare dominated }
        businessEngagement { none charityOnly substantive charityOnlyStakeholders { id name sector } }
        helixSynergy { partnerships triple }
        maturity { stage }
        gapCounts { missing charityOnly weak absentSector }
      }`,
      id('evora'),
    );
    expect(profile).toMatchObject({
      asOf: AS_OF,
      stakeholders: 10,
      edges: 13,
      substantiveEdges: 11,
      externalTies: 3,
      activePartnerships: 7,
      dominance: { dominantSector: 'SPORT', dominated: false },
      businessEngagement: {
        none: 1,
        charityOnly: 1,
        substantive: 0,
        charityOnlyStakeholders: [{ id: id('f1'), name: 'Banco Alentejano', sector: 'FINANCIAL' }],
      },
      helixSynergy: { partnerships: 7 },
      maturity: { stage: 'EMERGING' },
      gapCounts: { missing: 5, charityOnly: 2, weak: 1, absentSector: 11 },
    });
    expect(profile.density).toBeCloseTo(13 / 45, 12);
    expect(profile.spectrumCoverage).toBeCloseTo(5 / 21, 12);
    expect(profile.eiIndex).toBeCloseTo(1 / 13, 12);
    expect(profile.blau).toBeCloseTo(0.76, 12);
    expect(profile.normalizedBlau).toBeCloseTo(0.76 / (6 / 7), 12);
    expect(profile.assortativity).toBeCloseTo(31 / 122, 12);
    expect(profile.dominance.dominantShare).toBeCloseTo(5 / 16, 12);
    expect(profile.helixSynergy.triple).toBeCloseTo(0.047477, 6);
    expect(profile.sectorCounts).toHaveLength(7);
  });

  it("lists Évora's gaps in SPEC order with their explanations, and its sector matrix", async () => {
    const id = idIn('ALENTEJO');
    const { gaps, sectorMatrix } = await community(
      `gaps(asOf: $asOf) { sectorA sectorB kind countA countB ties substantiveTies possible explanation }
       sectorMatrix(asOf: $asOf) { sectorA sectorB ties substantiveTies possible density partnerships }`,
      id('evora'),
    );
    expect((gaps as { kind: string }[]).map((g) => g.kind)).toEqual([
      ...Array<string>(5).fill('MISSING'),
      'CHARITY_ONLY',
      'CHARITY_ONLY',
      'WEAK',
      ...Array<string>(11).fill('ABSENT_SECTOR'),
    ]);
    expect(gaps[0]).toEqual({
      sectorA: 'EDUCATION',
      sectorB: 'FINANCIAL',
      kind: 'MISSING',
      countA: 3,
      countB: 2,
      ties: 0,
      substantiveTies: 0,
      possible: 6,
      explanation: "No active partnership links any of Évora's 3 schools with its 2 banks.",
    });
    expect(sectorMatrix).toHaveLength(28);
    expect((sectorMatrix as Data[]).find((c) => c.sectorA === 'EDUCATION' && c.sectorB === 'SPORT')).toEqual({
      sectorA: 'EDUCATION',
      sectorB: 'SPORT',
      ties: 1,
      substantiveTies: 1,
      possible: 9,
      density: 1 / 9,
      partnerships: 1,
    });
  });

  it('recommends a pair with two introducers and their Adamic-Adar contributions (Lyon)', async () => {
    const id = idIn('LYON');
    const { recommendations } = await community(
      `recommendations(asOf: $asOf, sectors: [SPORT, FINANCIAL], first: 1) {
        sectorA sectorB adamicAdar commonNeighbours resourceAllocation preferentialAttachment explanation
        source { stakeholder { id } degree } target { stakeholder { id } }
        introducers { position { stakeholder { id } degree } contribution }
      }`,
      id('lyon'),
    );
    expect(recommendations).toHaveLength(1);
    const [r] = recommendations;
    expect(r).toMatchObject({
      sectorA: 'FINANCIAL',
      sectorB: 'SPORT',
      commonNeighbours: 2,
      preferentialAttachment: 4,
      source: { stakeholder: { id: id('f1') }, degree: 2 },
      target: { stakeholder: { id: id('s1') } },
    });
    // 1/ln 2 (z1, degree 2) + 1/ln 3 (z2, degree 3).
    expect(r.adamicAdar).toBeCloseTo(2.352934, 6);
    expect(r.resourceAllocation).toBeCloseTo(1 / 2 + 1 / 3, 12);
    expect(r.introducers).toEqual([
      {
        position: { stakeholder: { id: id('z1') }, degree: 2 },
        contribution: expect.closeTo(1 / Math.log(2), 12),
      },
      {
        position: { stakeholder: { id: id('z2') }, degree: 3 },
        contribution: expect.closeTo(1 / Math.log(3), 12),
      },
    ]);
    expect(r.explanation).toMatch(
      /^Banque Rhône and AS Lyon are not yet partners in Lyon's network but share 2 partners/,
    );
  });

  it('ranks brokers with role counts, effective size and constraint (Ghent)', async () => {
    const id = idIn('GHENT');
    const { brokers } = await community(
      `brokers(asOf: $asOf) {
        stakeholder { id } degree eiIndex sectorsReached effectiveSize constraint
        brokerage { coordinator consultant gatekeeper liaison total }
      }`,
      id('ghent'),
    );
    expect(brokers).toEqual([
      {
        stakeholder: { id: id('c1') },
        degree: 3,
        eiIndex: 1,
        sectorsReached: ['PUBLIC', 'FINANCIAL', 'CULTURAL'],
        effectiveSize: 3,
        constraint: expect.closeTo(1 / 3, 12),
        brokerage: { coordinator: 0, consultant: 0, gatekeeper: 0, liaison: 3, total: 3 },
      },
      {
        stakeholder: { id: id('v') },
        degree: 5,
        eiIndex: expect.closeTo(0.2, 12), // E = 3 (b1, b2, c1), I = 2 (a1, a2)
        sectorsReached: ['PUBLIC', 'EDUCATION', 'SPORT'],
        effectiveSize: expect.closeTo(4.6, 12),
        constraint: expect.closeTo(0.3, 12),
        brokerage: { coordinator: 1, consultant: 1, gatekeeper: 5, liaison: 2, total: 9 },
      },
    ]);
  });

  it('finds the bridges of a sector pair (Ghent)', async () => {
    const id = idIn('GHENT');
    const { bridges } = await community(
      `bridges(asOf: $asOf, sectorA: PUBLIC, sectorB: EDUCATION) { position { stakeholder { id } } neighboursA neighboursB score }`,
      id('ghent'),
    );
    expect(bridges).toEqual([
      { position: { stakeholder: { id: id('v') } }, neighboursA: 2, neighboursB: 2, score: 4 },
      { position: { stakeholder: { id: id('a2') } }, neighboursA: 1, neighboursB: 1, score: 1 },
    ]);
  });

  it('gives the trend across three year-ends (Turku)', async () => {
    const id = idIn('TURKU');
    const { trend } = await community(
      `trend(fromYear: 2021, toYear: 2023) { year profile { asOf edges maturity { stage } businessEngagement { charityOnly } } }`,
      id('turku'),
    );
    expect(trend).toEqual([
      {
        year: 2021,
        profile: {
          asOf: '2021-12-31',
          edges: 1,
          maturity: { stage: 'EMERGING' },
          businessEngagement: { charityOnly: 0 },
        },
      },
      {
        year: 2022,
        profile: {
          asOf: '2022-12-31',
          edges: 2,
          maturity: { stage: 'CROSS_SECTOR' },
          businessEngagement: { charityOnly: 0 },
        },
      },
      {
        year: 2023,
        profile: {
          asOf: '2023-12-31',
          edges: 2,
          maturity: { stage: 'EMERGING' },
          businessEngagement: { charityOnly: 1 },
        },
      },
    ]);
  });

  it('analyses at today when asOf is left out', async () => {
    const id = idIn('TURKU');
    const response = await api.gql<{ community: Data }>(
      `query ($id: ID!) { community(id: $id) { profile { asOf edges } } }`,
      {
        id: id('turku'),
      },
    );
    // Today Y1 and Y3 are active (as at the end of 2023).
    expect(response.data?.community.profile).toEqual({ asOf: today(), edges: 2 });
  });

  it('returns every stage and the nulls of the edge cases', async () => {
    const stage = async (c: string): Promise<string> =>
      (await community('profile(asOf: $asOf) { maturity { stage } }', idIn('STAGES')(c))).profile.maturity
        .stage as string;
    expect(await stage('tampere')).toBe('EDUCATIONAL_SOCIAL');
    expect(await stage('graz')).toBe('CONSORTIUM');
    expect(await stage('oulu')).toBe('FULL_SPECTRUM');
    const { profile, gaps } = await community(
      `profile(asOf: $asOf) { stakeholders edges density eiIndex blau assortativity dominance { dominantSector dominated } helixSynergy { triple quadruple } maturity { stage } }
       gaps(asOf: $asOf) { kind }`,
      idIn('STAGES')('empty'),
    );
    expect(profile).toEqual({
      stakeholders: 0,
      edges: 0,
      density: null,
      eiIndex: null,
      blau: null,
      assortativity: null,
      dominance: { dominantSector: null, dominated: false },
      helixSynergy: { triple: null, quadruple: null },
      maturity: { stage: 'EMERGING' },
    });
    expect(gaps).toHaveLength(21);
  });

  it('analyses a region as the union of its communities, with a row per community', async () => {
    const id = idIn('ALENTEJO');
    const response = await api.gql<{ region: Data }>(
      `query ($id: ID!, $asOf: LocalDate) { region(id: $id) {
        profile(asOf: $asOf) { stakeholders edges externalTies activePartnerships density }
        interCommunityEdges(asOf: $asOf)
        communityComparison(asOf: $asOf) {
          community { id name } profile { stakeholders edges externalTies maturity { stage } }
        }
      } }`,
      { id: id('alentejo'), asOf: AS_OF },
    );
    expect(response.errors).toBeUndefined();
    const region = response.data!.region;
    // Évora's 13 edges + s1x1 s2x1 s3x1 (P2) + x1x2 (P10) = 17 among 12 stakeholders; no one outside.
    expect(region.profile).toEqual({
      stakeholders: 12,
      edges: 17,
      externalTies: 0,
      activePartnerships: 8,
      density: expect.closeTo(17 / 66, 12),
    });
    expect(region.interCommunityEdges).toBe(3);
    expect(region.communityComparison).toEqual([
      {
        community: { id: id('beja'), name: 'Beja' },
        // P2 (members in Beja: x1) and P10 (x1, x2), all civil society or public, with the x1–x2 edge.
        profile: { stakeholders: 2, edges: 1, externalTies: 3, maturity: { stage: 'EDUCATIONAL_SOCIAL' } },
      },
      {
        community: { id: id('evora'), name: 'Évora' },
        profile: { stakeholders: 10, edges: 13, externalTies: 3, maturity: { stage: 'EMERGING' } },
      },
    ]);
  });

  it.each([
    ['a `first` of 0', 'brokers(first: 0) { degree }'],
    ['a `first` above 100', 'recommendations(first: 101) { adamicAdar }'],
    ['one sector for recommendations', 'recommendations(sectors: [SPORT]) { adamicAdar }'],
    ['the same sector twice for bridges', 'bridges(sectorA: SPORT, sectorB: SPORT) { score }'],
    ['a year range backwards', 'trend(fromYear: 2024, toYear: 2020) { year }'],
    ['a year range of 60 years', 'trend(fromYear: 1960, toYear: 2019) { year }'],
    ['a year before 1900', 'trend(fromYear: 1800, toYear: 1801) { year }'],
  ])('answers BAD_USER_INPUT for %s', async (_what, field) => {
    const id = idIn('LYON');
    const response = await api.gql(`query ($id: ID!) { community(id: $id) { ${field} } }`, {
      id: id('lyon'),
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers BAD_USER_INPUT for an impossible date', async () => {
    const id = idIn('LYON');
    const response = await api.gql(
      `query ($id: ID!, $asOf: LocalDate) { community(id: $id) { profile(asOf: $asOf) { edges } } }`,
      { id: id('lyon'), asOf: '2024-02-30' },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('needs an API key', async () => {
    const id = idIn('LYON');
    const response = await api.gql(
      `query ($id: ID!) { community(id: $id) { profile { edges } } }`,
      { id: id('lyon') },
      { as: 'anonymous' },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers anonymous callers when anonymous reads are allowed (the local serve mode)', async () => {
    const id = idIn('LYON');
    const open = await startTestServer(undefined, { ANONYMOUS_READ: 'true' });
    try {
      const response = await open.gql<{ community: { profile: { stakeholders: number } } }>(
        `query ($id: ID!) { community(id: $id) { profile { stakeholders } } }`,
        { id: id('lyon') },
        { as: 'anonymous' },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.community.profile.stakeholders).toBe(7); // Lyon's seven organisations
    } finally {
      await open.close();
    }
  });
});
