import {
  AssetKind,
  CommunityKind,
  MemberRole,
  NeedPriority,
  PartnershipKind,
  Sector,
} from '../../src/domain/enums';
import { MAX_FILTER_VALUES } from '../../src/domain/validation';
import { deleteNetwork, loadNetwork, prefixed, type NetworkDocument } from '../support/load-network';
import { uniqueId } from '../support/test-database';
import { startTestServer, waitForReady, type GraphQLResponse, type TestServer } from '../support/test-server';

/**
 * Two regions, three communities, eight stakeholders, six partnerships (ids prefixed per run, so the
 * shared test database's other data never matches: every query below names these regions or
 * communities).
 *
 *   north: alpha (a-*), beta (b-*)        south: gamma (c-*)
 *
 *   a-school   Alpha School       EDUCATION      "School"
 *   a-kinder   Alpha Kindergarten EDUCATION      "kindergarten"
 *   a-bank     Alpha Bank         FINANCIAL      "bank"
 *   a-council  Alpha Council      PUBLIC         (no type)
 *   b-school   Beta School        EDUCATION      "school"
 *   b-club     Beta Club          SPORT          "sport club"
 *   c-museum   Gamma Museum       CULTURAL       "museum"
 *   c-ngo      Gamma NGO          CIVIL_SOCIETY  (no type)
 *
 *   p1 PROJECT      2022-03-01 – 2023-12-31   a-school a-bank        communities {alpha}
 *   p2 PROJECT      2023-01-01 –              a-school b-school      {alpha, beta}
 *   p3 SPONSORSHIP  2023-12-31 – 2024-06-30   a-bank b-club          {alpha, beta}
 *   p4 NETWORK      undated                   b-club c-museum        {beta, gamma}
 *   p5 CHARITY      2024-06-30 –              c-ngo c-museum         {gamma}
 *   p6 NETWORK      2021-05-05 – 2022-03-01   a-council              {alpha}
 *
 *   needs: n1 alpha HIGH, n2 beta LOW, n3 gamma HIGH, n4 gamma MEDIUM
 *   assets: v1 a-school VENUE, f1 a-bank FUNDING, v2 b-club VENUE, m1 c-museum MEDIA
 */
const RAW: NetworkDocument = {
  regions: [
    { id: 'north', name: 'North', country: 'PT' },
    { id: 'south', name: 'South', country: 'PT' },
  ],
  communities: [
    { id: 'alpha', name: 'Alpha', country: 'PT', kind: CommunityKind.TOWN, region: 'north' },
    { id: 'beta', name: 'Beta', country: 'PT', kind: CommunityKind.VILLAGE, region: 'north' },
    { id: 'gamma', name: 'Gamma', country: 'PT', kind: CommunityKind.TOWN, region: 'south' },
  ],
  stakeholders: [
    { id: 'a-school', name: 'Alpha School', sector: Sector.EDUCATION, type: 'School', community: 'alpha' },
    {
      id: 'a-kinder',
      name: 'Alpha Kindergarten',
      sector: Sector.EDUCATION,
      type: 'kindergarten',
      community: 'alpha',
    },
    { id: 'a-bank', name: 'Alpha Bank', sector: Sector.FINANCIAL, type: 'bank', community: 'alpha' },
    { id: 'a-council', name: 'Alpha Council', sector: Sector.PUBLIC, community: 'alpha' },
    { id: 'b-school', name: 'Beta School', sector: Sector.EDUCATION, type: 'school', community: 'beta' },
    { id: 'b-club', name: 'Beta Club', sector: Sector.SPORT, type: 'sport club', community: 'beta' },
    { id: 'c-museum', name: 'Gamma Museum', sector: Sector.CULTURAL, type: 'museum', community: 'gamma' },
    { id: 'c-ngo', name: 'Gamma NGO', sector: Sector.CIVIL_SOCIETY, community: 'gamma' },
  ],
  partnerships: [
    partnership('p1', PartnershipKind.PROJECT, ['a-school', 'a-bank'], '2022-03-01', '2023-12-31'),
    partnership('p2', PartnershipKind.PROJECT, ['a-school', 'b-school'], '2023-01-01'),
    partnership('p3', PartnershipKind.SPONSORSHIP, ['a-bank', 'b-club'], '2023-12-31', '2024-06-30'),
    partnership('p4', PartnershipKind.NETWORK, ['b-club', 'c-museum']),
    partnership('p5', PartnershipKind.CHARITY, ['c-ngo', 'c-museum'], '2024-06-30'),
    partnership('p6', PartnershipKind.NETWORK, ['a-council'], '2021-05-05', '2022-03-01'),
  ],
  needs: [
    need('n1', 'alpha', NeedPriority.HIGH),
    need('n2', 'beta', NeedPriority.LOW),
    need('n3', 'gamma', NeedPriority.HIGH),
    need('n4', 'gamma', NeedPriority.MEDIUM),
  ],
  assets: [
    asset('v1', 'a-school', AssetKind.VENUE),
    asset('f1', 'a-bank', AssetKind.FUNDING),
    asset('v2', 'b-club', AssetKind.VENUE),
    asset('m1', 'c-museum', AssetKind.MEDIA),
  ],
};

function need(
  id: string,
  community: string,
  priority: NeedPriority,
): NonNullable<NetworkDocument['needs']>[0] {
  return { id, name: `Need ${id}`, theme: 'inclusion', priority, community };
}

function asset(id: string, stakeholder: string, kind: AssetKind): NonNullable<NetworkDocument['assets']>[0] {
  return { id, name: `Asset ${id}`, kind, themes: [], stakeholder };
}

function partnership(
  id: string,
  kind: PartnershipKind,
  members: string[],
  startedOn?: string,
  endedOn?: string,
): NetworkDocument['partnerships'][0] {
  return {
    id,
    name: `Partnership ${id}`,
    kind,
    ...(startedOn && { startedOn }),
    ...(endedOn && { endedOn }),
    themes: [],
    members: members.map((stakeholder) => ({ stakeholder, role: MemberRole.PARTNER })),
  };
}

const run = uniqueId('lf');
const DOC = prefixed(RAW, run);
const id = (raw: string): string => `${run}-${raw}`;
const ids = (...raw: string[]): string[] => raw.map(id);
const unprefix = (value: string): string => value.slice(run.length + 1);
const BOTH_REGIONS = ids('north', 'south');

let api: TestServer;

beforeAll(async () => {
  api = await startTestServer();
  await waitForReady(api.url);
  await loadNetwork(api.runner, DOC);
});

afterAll(async () => {
  await deleteNetwork(api.runner, DOC);
  await api.close();
});

interface Page {
  totalCount: number;
  nodes: { id: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** `stakeholders` or `partnerships` with these arguments (as variables): the raw ids of a page and the total. */
async function list(
  field: 'stakeholders' | 'partnerships' | 'communities' | 'needs' | 'assets',
  args: Record<string, unknown>,
): Promise<{ ids: string[]; totalCount: number; hasNextPage: boolean; endCursor: string | null }> {
  const response = await api.gql<Record<string, Page>>(listQuery(field, args), args);
  if (response.errors) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  const page = response.data![field]!;
  return {
    ids: page.nodes.map((node) => unprefix(node.id)),
    totalCount: page.totalCount,
    hasNextPage: page.pageInfo.hasNextPage,
    endCursor: page.pageInfo.endCursor,
  };
}

const VARIABLE_TYPES: Readonly<Record<string, string>> = {
  communityId: 'ID',
  communityIds: '[ID!]',
  regionId: 'ID',
  regionIds: '[ID!]',
  sector: 'Sector',
  sectors: '[Sector!]',
  type: 'String',
  types: '[String!]',
  kind: 'PartnershipKind',
  kinds: '[PartnershipKind!]',
  startedOn: 'DateRange',
  endedOn: 'DateRange',
  asOf: 'LocalDate',
  first: 'Int',
  after: 'String',
  orderBy: 'PartnershipOrder',
  communityKinds: '[CommunityKind!]',
  priorities: '[NeedPriority!]',
  assetKinds: '[AssetKind!]',
};

/** The variable type of an argument; `kinds` is typed by its list. */
function variableType(field: string, name: string): string | undefined {
  if (name === 'kinds' && field === 'communities') return VARIABLE_TYPES.communityKinds;
  if (name === 'kinds' && field === 'assets') return VARIABLE_TYPES.assetKinds;
  return VARIABLE_TYPES[name];
}

/** The variables declaring each argument with its schema type, and the arguments passing them. */
function asVariables(field: string, args: Record<string, unknown>): { declared: string; passed: string } {
  const names = Object.keys(args);
  return {
    declared: names.map((name) => `$${name}: ${variableType(field, name)}`).join(', '),
    passed: names.map((name) => `${name}: $${name}`).join(', '),
  };
}

/** A document passing each argument as a variable of its schema type. */
function withVariables(field: string, args: Record<string, unknown>, selection: string): string {
  const { declared, passed } = asVariables(field, args);
  return `query${declared ? `(${declared})` : ''} { ${field}${passed ? `(${passed})` : ''} { ${selection} } }`;
}

const listQuery = (field: string, args: Record<string, unknown>): string =>
  withVariables(field, args, 'totalCount nodes { id } pageInfo { hasNextPage endCursor }');

/** The errors of a refused call: each message, and every one must be BAD_USER_INPUT. */
async function refusal(document: string, variables: Record<string, unknown> = {}): Promise<string[]> {
  const response: GraphQLResponse = await api.gql(document, variables);
  expect(response.data?.[Object.keys(response.data ?? {})[0] ?? ''] ?? null).toBeNull();
  expect(response.errors?.length).toBeGreaterThan(0);
  return (response.errors ?? []).map((error) => `${String(error.extensions?.code)}: ${error.message}`);
}

describe('stakeholders list filters', () => {
  it('keeps the stakeholders of any of the sectors given', async () => {
    const page = await list('stakeholders', { sectors: ['EDUCATION', 'SPORT'], regionIds: BOTH_REGIONS });
    // By name: Alpha Kindergarten, Alpha School, Beta Club, Beta School.
    expect(page).toMatchObject({ ids: ['a-kinder', 'a-school', 'b-club', 'b-school'], totalCount: 4 });
  });

  it('keeps the stakeholders of any of the communities given, starting from those communities', async () => {
    const page = await list('stakeholders', { communityIds: ids('alpha', 'gamma') });
    expect(page).toMatchObject({
      ids: ['a-bank', 'a-council', 'a-kinder', 'a-school', 'c-museum', 'c-ngo'],
      totalCount: 6,
    });
  });

  it('keeps the stakeholders of any of the regions given', async () => {
    const page = await list('stakeholders', { regionIds: ids('south') });
    expect(page).toMatchObject({ ids: ['c-museum', 'c-ngo'], totalCount: 2 });
  });

  it('matches types case-insensitively, any of those given', async () => {
    const page = await list('stakeholders', { types: ['SCHOOL', 'Museum'], regionIds: BOTH_REGIONS });
    // "School" (a-school) and "school" (b-school) both match SCHOOL.
    expect(page).toMatchObject({ ids: ['a-school', 'b-school', 'c-museum'], totalCount: 3 });
  });

  it('ANDs a single-value filter with its list twin and with the other filters', async () => {
    // sector EDUCATION and communities alpha or gamma: the two alpha schools.
    expect(
      await list('stakeholders', { sector: 'EDUCATION', communityIds: ids('alpha', 'gamma') }),
    ).toMatchObject({ ids: ['a-kinder', 'a-school'], totalCount: 2 });
    // EDUCATION and SPORT at once: nobody.
    expect(
      await list('stakeholders', { sector: 'EDUCATION', sectors: ['SPORT'], regionIds: BOTH_REGIONS }),
    ).toMatchObject({ ids: [], totalCount: 0 });
    // community alpha and community beta at once: nobody, whichever index entry the query starts from.
    expect(await list('stakeholders', { communityId: id('alpha'), communityIds: ids('beta') })).toMatchObject(
      { ids: [], totalCount: 0 },
    );
    // region north and communities beta or gamma: beta's two.
    expect(
      await list('stakeholders', { regionId: id('north'), communityIds: ids('beta', 'gamma') }),
    ).toMatchObject({ ids: ['b-club', 'b-school'], totalCount: 2 });
  });

  it('counts a stakeholder once when a community is named twice', async () => {
    expect(await list('stakeholders', { communityIds: ids('beta', 'beta') })).toMatchObject({
      ids: ['b-club', 'b-school'],
      totalCount: 2,
    });
  });

  it('pages through a filtered list with the cursor, each stakeholder once', async () => {
    // Alpha and beta: a-bank a-council a-kinder a-school b-club b-school, two per page.
    const filter = { communityIds: ids('alpha', 'beta'), first: 2 };
    const first = await list('stakeholders', filter);
    expect(first).toMatchObject({ ids: ['a-bank', 'a-council'], totalCount: 6, hasNextPage: true });
    const second = await list('stakeholders', { ...filter, after: first.endCursor });
    expect(second).toMatchObject({ ids: ['a-kinder', 'a-school'], totalCount: 6, hasNextPage: true });
    const third = await list('stakeholders', { ...filter, after: second.endCursor });
    expect(third).toMatchObject({ ids: ['b-club', 'b-school'], totalCount: 6, hasNextPage: false });
  });

  it('refuses an empty list instead of reading it as "all"', async () => {
    expect(await refusal(listQuery('stakeholders', { sectors: [] }), { sectors: [] })).toEqual([
      'BAD_USER_INPUT: invalid input — sectors: sectors must name at least one value; leave it out for no filter',
    ]);
  });

  it(`refuses a list of more than ${MAX_FILTER_VALUES} values, naming the argument`, async () => {
    const many = Array.from({ length: MAX_FILTER_VALUES + 1 }, (_, i) => `c${i}`);
    expect(await refusal(listQuery('stakeholders', { communityIds: many }), { communityIds: many })).toEqual([
      `BAD_USER_INPUT: invalid input — communityIds: communityIds names more than ${MAX_FILTER_VALUES} values; narrow it or leave it out`,
    ]);
  });

  it('refuses an id that cannot be one, naming the argument', async () => {
    const args = { regionIds: ['north', 'not an id'] };
    expect(await refusal(listQuery('stakeholders', args), args)).toEqual([
      'BAD_USER_INPUT: invalid input — regionIds: each of regionIds must be 1–100 letters, digits, ".", "_" or "-", starting with a letter or digit',
    ]);
  });
});

describe('partnerships list filters', () => {
  const inFixture = { regionIds: BOTH_REGIONS };

  it('keeps the partnerships of any of the kinds given', async () => {
    expect(await list('partnerships', { ...inFixture, kinds: ['PROJECT', 'NETWORK'] })).toMatchObject({
      ids: ['p1', 'p2', 'p4', 'p6'],
      totalCount: 4,
    });
  });

  it('keeps the partnerships with a member in any of the communities or regions given', async () => {
    expect(await list('partnerships', { communityIds: ids('gamma') })).toMatchObject({
      ids: ['p4', 'p5'],
      totalCount: 2,
    });
    expect(await list('partnerships', { communityIds: ids('alpha') })).toMatchObject({
      ids: ['p1', 'p2', 'p3', 'p6'],
      totalCount: 4,
    });
    // South holds gamma only: p4 (b-club with c-museum) and p5.
    expect(await list('partnerships', { regionIds: ids('south') })).toMatchObject({
      ids: ['p4', 'p5'],
      totalCount: 2,
    });
  });

  it('ANDs kind with kinds', async () => {
    expect(await list('partnerships', { ...inFixture, kind: 'PROJECT', kinds: ['NETWORK'] })).toMatchObject({
      ids: [],
      totalCount: 0,
    });
  });

  it('keeps partnerships started in a closed range, both ends included, undated ones never', async () => {
    // p2 starts on 2023-01-01 (the first day) and p3 on 2023-12-31 (the last); p4 has no start.
    const range = { from: '2023-01-01', to: '2023-12-31' };
    expect(await list('partnerships', { ...inFixture, startedOn: range })).toMatchObject({
      ids: ['p2', 'p3'],
      totalCount: 2,
    });
  });

  it('keeps partnerships started in a range open at either end', async () => {
    // From 2023-12-31 on: p3 (that day) and p5 (2024-06-30).
    expect(await list('partnerships', { ...inFixture, startedOn: { from: '2023-12-31' } })).toMatchObject({
      ids: ['p3', 'p5'],
      totalCount: 2,
    });
    // Up to 2022-03-01: p1 (that day) and p6 (2021-05-05).
    expect(await list('partnerships', { ...inFixture, startedOn: { to: '2022-03-01' } })).toMatchObject({
      ids: ['p1', 'p6'],
      totalCount: 2,
    });
  });

  it('keeps partnerships ended in a range, those still running never', async () => {
    // Ended by 2023-12-31: p1 (that day) and p6 (2022-03-01); p2, p4, p5 have no end.
    expect(await list('partnerships', { ...inFixture, endedOn: { to: '2023-12-31' } })).toMatchObject({
      ids: ['p1', 'p6'],
      totalCount: 2,
    });
    expect(await list('partnerships', { ...inFixture, endedOn: { from: '2024-06-30' } })).toMatchObject({
      ids: ['p3'],
      totalCount: 1,
    });
  });

  it('ANDs the date ranges with each other and with asOf', async () => {
    // Started from 2022 on and ended by 2024-12-31: p1 and p3.
    expect(
      await list('partnerships', {
        ...inFixture,
        startedOn: { from: '2022-01-01' },
        endedOn: { to: '2024-12-31' },
      }),
    ).toMatchObject({ ids: ['p1', 'p3'], totalCount: 2 });
    // Active at 2024-01-01: p2, p3 and the undated p4; of those started by 2023-06-30: p2 only.
    expect(
      await list('partnerships', { ...inFixture, asOf: '2024-01-01', startedOn: { to: '2023-06-30' } }),
    ).toMatchObject({ ids: ['p2'], totalCount: 1 });
  });

  it('pages a filtered list ordered by start date with the cursor', async () => {
    // PROJECT, SPONSORSHIP, CHARITY by start: p1 2022-03-01, p2 2023-01-01, p3 2023-12-31, p5 2024-06-30.
    const filter = {
      ...inFixture,
      kinds: ['PROJECT', 'SPONSORSHIP', 'CHARITY'],
      orderBy: 'STARTED_ON_ASC',
      first: 3,
    };
    const first = await list('partnerships', filter);
    expect(first).toMatchObject({ ids: ['p1', 'p2', 'p3'], totalCount: 4, hasNextPage: true });
    const second = await list('partnerships', { ...filter, after: first.endCursor });
    expect(second).toMatchObject({ ids: ['p5'], totalCount: 4, hasNextPage: false });
  });

  it('refuses a range whose end is before its start, naming it', async () => {
    const args = { startedOn: { from: '2024-01-01', to: '2023-01-01' } };
    expect(await refusal(listQuery('partnerships', args), args)).toEqual([
      'BAD_USER_INPUT: invalid input — startedOn.to: to is before from; a range runs from its first day to its last',
    ]);
  });

  it('refuses a range with neither end', async () => {
    const args = { endedOn: {} };
    expect(await refusal(listQuery('partnerships', args), args)).toEqual([
      'BAD_USER_INPUT: invalid input — endedOn: endedOn must give from, to or both; leave it out for no date filter',
    ]);
  });

  it('refuses a date that is not on the calendar, naming the argument', async () => {
    const args = { startedOn: { from: '2023-02-30' } };
    const response = await api.gql(listQuery('partnerships', args), args);
    expect(response.status).toBe(400);
    expect(response.errors?.map((error) => error.message)).toEqual([
      'Variable "$startedOn" got invalid value "2023-02-30" at "startedOn.from"; Value is not a valid LocalDate: 2023-02-30',
    ]);
  });

  it('refuses an empty list of kinds', async () => {
    expect(await refusal(listQuery('partnerships', { kinds: [] }), { kinds: [] })).toEqual([
      'BAD_USER_INPUT: invalid input — kinds: kinds must name at least one value; leave it out for no filter',
    ]);
  });
});

describe('list filters of communities, needs and assets', () => {
  it('keeps the communities of any of the regions and kinds given, ANDed', async () => {
    expect(await list('communities', { regionIds: BOTH_REGIONS })).toMatchObject({
      ids: ['alpha', 'beta', 'gamma'],
      totalCount: 3,
    });
    // TOWN: alpha and gamma; of those in north: alpha.
    expect(await list('communities', { regionIds: BOTH_REGIONS, kinds: ['TOWN'] })).toMatchObject({
      ids: ['alpha', 'gamma'],
      totalCount: 2,
    });
    expect(await list('communities', { regionIds: ids('north'), kinds: ['TOWN', 'CITY'] })).toMatchObject({
      ids: ['alpha'],
      totalCount: 1,
    });
  });

  it('keeps the needs of any of the communities, regions and priorities given', async () => {
    expect(await list('needs', { communityIds: ids('alpha', 'gamma') })).toMatchObject({
      ids: ['n1', 'n3', 'n4'],
      totalCount: 3,
    });
    expect(await list('needs', { regionIds: BOTH_REGIONS, priorities: ['HIGH', 'LOW'] })).toMatchObject({
      ids: ['n1', 'n2', 'n3'],
      totalCount: 3,
    });
    expect(await list('needs', { regionIds: ids('south'), priorities: ['HIGH'] })).toMatchObject({
      ids: ['n3'],
      totalCount: 1,
    });
  });

  it('keeps the assets of stakeholders in any of the communities or regions given, of any of the kinds', async () => {
    // Alpha's a-bank f1 and a-school v1; beta's b-club v2 (by name: Asset f1, Asset v1, Asset v2).
    expect(await list('assets', { regionIds: ids('north') })).toMatchObject({
      ids: ['f1', 'v1', 'v2'],
      totalCount: 3,
    });
    expect(
      await list('assets', { communityIds: ids('beta', 'gamma'), kinds: ['VENUE', 'MEDIA'] }),
    ).toMatchObject({
      ids: ['m1', 'v2'],
      totalCount: 2,
    });
  });

  it('refuses an empty list on these lists too', async () => {
    expect(await refusal(listQuery('needs', { priorities: [] }), { priorities: [] })).toEqual([
      'BAD_USER_INPUT: invalid input — priorities: priorities must name at least one value; leave it out for no filter',
    ]);
  });
});

/** A summary with these arguments (as variables) and this selection, plus the list's totalCount for the same arguments. */
async function summary<T>(
  field: 'stakeholdersSummary' | 'partnershipsSummary',
  args: Record<string, unknown>,
  selection: string,
): Promise<{ summary: T; listTotal: number }> {
  const listField = field === 'stakeholdersSummary' ? 'stakeholders' : 'partnerships';
  const { declared, passed } = asVariables(listField, args);
  const document = `query(${declared}) {
    ${field}(${passed}) { ${selection} }
    ${listField}(${passed}, first: 0) { totalCount }
  }`;
  const response = await api.gql<Record<string, unknown>>(document, args);
  if (response.errors) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return {
    summary: response.data![field] as T,
    listTotal: (response.data![listField] as { totalCount: number }).totalCount,
  };
}

interface Group {
  count: number;
  sector?: string;
  kind?: string;
  type?: string | null;
  year?: number | null;
  community?: { id: string; name: string };
}

/** Groups as [key, count] pairs, community ids without the run prefix. */
const pairs = (groups: Group[], key: 'sector' | 'kind' | 'type' | 'year' | 'community') =>
  groups.map((g) => [key === 'community' ? unprefix(g.community!.id) : g[key], g.count]);

describe('stakeholdersSummary', () => {
  const SELECTION = `total bySector { sector count } byCommunity { community { id name } count } byType { type count }`;

  it('groups the filtered stakeholders by sector, community and type, in the database', async () => {
    const { summary: s, listTotal } = await summary<Record<string, Group[]> & { total: number }>(
      'stakeholdersSummary',
      { regionIds: BOTH_REGIONS },
      SELECTION,
    );
    // All eight. Sectors: EDUCATION a-school a-kinder b-school = 3; one each of CIVIL_SOCIETY (c-ngo),
    // CULTURAL (c-museum), FINANCIAL (a-bank), PUBLIC (a-council), SPORT (b-club), by name; no PRIVATE.
    expect(s.total).toBe(8);
    expect(listTotal).toBe(8);
    expect(pairs(s.bySector!, 'sector')).toEqual([
      ['EDUCATION', 3],
      ['CIVIL_SOCIETY', 1],
      ['CULTURAL', 1],
      ['FINANCIAL', 1],
      ['PUBLIC', 1],
      ['SPORT', 1],
    ]);
    // Alpha 4 (a-*), then Beta 2 and Gamma 2 by name.
    expect(pairs(s.byCommunity!, 'community')).toEqual([
      ['alpha', 4],
      ['beta', 2],
      ['gamma', 2],
    ]);
    expect(s.byCommunity![0]!.community).toEqual({ id: id('alpha'), name: 'Alpha' });
    // "School" and "school" are one type (2); a-council and c-ngo have none (2, after "school");
    // then bank, kindergarten, museum, sport club once each.
    expect(pairs(s.byType!, 'type')).toEqual([
      ['school', 2],
      [null, 2],
      ['bank', 1],
      ['kindergarten', 1],
      ['museum', 1],
      ['sport club', 1],
    ]);
  });

  it('takes the list filters, and its total is the list totalCount for the same filters', async () => {
    const filters: Record<string, unknown>[] = [
      { sectors: ['EDUCATION'], communityIds: ids('alpha') },
      { regionId: id('north'), types: ['school', 'BANK'] },
      { sector: 'EDUCATION', sectors: ['SPORT'], regionIds: BOTH_REGIONS },
    ];
    const answers = await Promise.all(
      filters.map((f) => summary<{ total: number }>('stakeholdersSummary', f, 'total')),
    );
    // a-school a-kinder; a-school a-bank b-school; nobody.
    expect(answers.map((a) => [a.summary.total, a.listTotal])).toEqual([
      [2, 2],
      [3, 3],
      [0, 0],
    ]);
    const narrowed = await summary<Record<string, Group[]>>(
      'stakeholdersSummary',
      filters[0]!,
      'bySector { sector count } byType { type count }',
    );
    expect(pairs(narrowed.summary.bySector!, 'sector')).toEqual([['EDUCATION', 2]]);
    expect(pairs(narrowed.summary.byType!, 'type')).toEqual([
      ['kindergarten', 1],
      ['school', 1],
    ]);
  });

  it('refuses the filters the list refuses, with the same message', async () => {
    expect(
      await refusal('query($s: [Sector!]) { stakeholdersSummary(sectors: $s) { total } }', { s: [] }),
    ).toEqual([
      'BAD_USER_INPUT: invalid input — sectors: sectors must name at least one value; leave it out for no filter',
    ]);
  });
});

describe('partnershipsSummary', () => {
  const SELECTION = `total byKind { kind count } byYear { year count } byCommunity { community { id } count } bySector { sector count }`;

  it('groups the filtered partnerships by kind, start year, community and member sector', async () => {
    const { summary: s, listTotal } = await summary<Record<string, Group[]> & { total: number }>(
      'partnershipsSummary',
      { regionIds: BOTH_REGIONS },
      SELECTION,
    );
    expect(s.total).toBe(6);
    expect(listTotal).toBe(6);
    // NETWORK p4 p6 and PROJECT p1 p2 (2 each, by kind), then CHARITY p5 and SPONSORSHIP p3.
    expect(pairs(s.byKind!, 'kind')).toEqual([
      ['NETWORK', 2],
      ['PROJECT', 2],
      ['CHARITY', 1],
      ['SPONSORSHIP', 1],
    ]);
    // In calendar order: 2021 p6, 2022 p1, 2023 p2 p3, 2024 p5; undated p4 last.
    expect(pairs(s.byYear!, 'year')).toEqual([
      [2021, 1],
      [2022, 1],
      [2023, 2],
      [2024, 1],
      [null, 1],
    ]);
    // Communities of members: p1 {alpha} p2 {alpha, beta} p3 {alpha, beta} p4 {beta, gamma} p5 {gamma}
    // p6 {alpha} → alpha p1 p2 p3 p6 = 4, beta p2 p3 p4 = 3, gamma p4 p5 = 2 (sum 9 > 6).
    expect(pairs(s.byCommunity!, 'community')).toEqual([
      ['alpha', 4],
      ['beta', 3],
      ['gamma', 2],
    ]);
    // Member sectors: p1 {EDU, FIN} p2 {EDU} p3 {FIN, SPORT} p4 {SPORT, CULT} p5 {CIVIL, CULT} p6 {PUBLIC}
    // → CULTURAL p4 p5, EDUCATION p1 p2, FINANCIAL p1 p3, SPORT p3 p4 (2 each, by name), CIVIL_SOCIETY p5,
    // PUBLIC p6. p2 has two EDUCATION members and counts once.
    expect(pairs(s.bySector!, 'sector')).toEqual([
      ['CULTURAL', 2],
      ['EDUCATION', 2],
      ['FINANCIAL', 2],
      ['SPORT', 2],
      ['CIVIL_SOCIETY', 1],
      ['PUBLIC', 1],
    ]);
  });

  it('takes the list filters, date ranges included, and its total is the list totalCount', async () => {
    // Started from 2023-01-01 on: p2 (PROJECT 2023), p3 (SPONSORSHIP 2023), p5 (CHARITY 2024).
    const { summary: s, listTotal } = await summary<Record<string, Group[]> & { total: number }>(
      'partnershipsSummary',
      { regionIds: BOTH_REGIONS, startedOn: { from: '2023-01-01' } },
      'total byKind { kind count } byYear { year count }',
    );
    expect([s.total, listTotal]).toEqual([3, 3]);
    expect(pairs(s.byKind!, 'kind')).toEqual([
      ['CHARITY', 1],
      ['PROJECT', 1],
      ['SPONSORSHIP', 1],
    ]);
    expect(pairs(s.byYear!, 'year')).toEqual([
      [2023, 2],
      [2024, 1],
    ]);
    const others = await Promise.all(
      [
        { communityIds: ids('gamma'), kinds: ['NETWORK'] },
        { regionIds: BOTH_REGIONS, endedOn: { to: '2023-12-31' }, asOf: '2022-01-01' },
      ].map((f) => summary<{ total: number }>('partnershipsSummary', f, 'total')),
    );
    // p4; p6 (p1 ended by then too but started after 2022-01-01).
    expect(others.map((a) => [a.summary.total, a.listTotal])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it('refuses the date ranges the list refuses', async () => {
    const args = { startedOn: { from: '2024-01-01', to: '2023-01-01' } };
    expect(
      await refusal(
        'query($startedOn: DateRange) { partnershipsSummary(startedOn: $startedOn) { total } }',
        args,
      ),
    ).toEqual([
      'BAD_USER_INPUT: invalid input — startedOn.to: to is before from; a range runs from its first day to its last',
    ]);
  });
});
