/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser: they see the DOM.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { Role } from '../../src/auth/role';
import { loadDemoNetwork } from '../../src/generator/demo';
import { projectRoot } from '../../src/paths';
import { deleteNetwork, loadNetwork, prefixed, type NetworkDocument } from '../support/load-network';
import { closeTestRunner, testRunner, uniqueId } from '../support/test-database';
import { startTestServer, TEST_KEYS, waitForReady, type TestServer } from '../support/test-server';
import { ensureWebBuilt, launch, seriousViolations, settled, type Browser, type Tab } from './browser';

/**
 * The dashboard and the IDE in Debian's Chromium, against the real server and the demo network (under
 * ids of its own). Every number checked on a page is the API's number for the same question.
 */
const run = uniqueId('web');
const demo: NetworkDocument = prefixed(loadDemoNetwork(), run);
const evora = `${run}-pt-evora`;
const alentejo = `${run}-pt-alentejo`;
/** The README's operations: the IDE opens one tab for each. */
const readmeOperations = [
  ...readFileSync(join(projectRoot(), 'README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g),
]
  .flatMap((block) => parse(block[1]!).definitions)
  .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);

let api: TestServer;
let browser: Browser;
let tab: Tab;

async function apiData<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await api.gql<T>(query, variables, { as: Role.VIEWER });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

beforeAll(async () => {
  ensureWebBuilt();
  await loadNetwork(testRunner(), demo);
  api = await startTestServer(undefined, { ANONYMOUS_READ: 'true' });
  await waitForReady(api.url);
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await deleteNetwork(testRunner(), demo);
  await closeTestRunner();
});

beforeEach(async () => {
  tab = await browser.open();
});

afterEach(async () => {
  const origin = new URL(api.url).origin;
  const elsewhere = tab.requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
  await tab.page.close();
  expect(elsewhere).toEqual([]);
  expect(tab.errors).toEqual([]);
});

describe('the region page', () => {
  it('shows each community with the API’s stage, stakeholders, coverage and gap counts', async () => {
    const { region } = await apiData<{
      region: {
        communityComparison: {
          community: { id: string };
          profile: {
            stakeholders: number;
            maturity: { stage: string };
            gapCounts: { missing: number; weak: number; charityOnly: number; absentSector: number };
          };
        }[];
      };
    }>(
      `query($id: ID!) { region(id: $id) { communityComparison { community { id }
         profile { stakeholders maturity { stage } gapCounts { missing weak charityOnly absentSector } } } } }`,
      { id: alentejo },
    );
    await tab.page.goto(`${api.url}/#/region/${alentejo}`);
    expect(await settled(tab.page)).toBe('ready');
    const shown = await tab.page.$$eval('.community-card', (cards) =>
      cards.map((card) => {
        const value = (name: string): number =>
          Number(card.querySelector(`[data-metric="${name}"] dd`)!.textContent);
        return {
          id: (card as HTMLElement).dataset.community,
          stage: (card.querySelector('.stage') as HTMLElement).dataset.stage,
          stakeholders: value('stakeholders'),
          gaps: [value('missing'), value('charityOnly'), value('weak'), value('absentSector')],
          years: card.querySelector('.sparkline')!.getAttribute('aria-label'),
        };
      }),
    );
    expect(shown.map(({ years: _years, ...rest }) => rest)).toEqual(
      region.communityComparison.map(({ community, profile }) => ({
        id: community.id,
        stage: profile.maturity.stage,
        stakeholders: profile.stakeholders,
        gaps: [
          profile.gapCounts.missing,
          profile.gapCounts.charityOnly,
          profile.gapCounts.weak,
          profile.gapCounts.absentSector,
        ],
      })),
    );
    // The small multiple covers the twelve years before asOf's year and that year.
    expect(shown[0]!.years!.split(', ')).toHaveLength(13);
    // One community (Évora): no tie can join two of them, and the count is singular.
    expect(region.communityComparison).toHaveLength(1);
    expect(await tab.page.textContent('.page.region > p')).toBe('1 community.');
    await tab.screenshot('region-laptop');
  });
});

describe('the community page', () => {
  interface Matrix {
    community: {
      profile: { stakeholders: number; edges: number };
      sectorMatrix: {
        sectorA: string;
        sectorB: string;
        ties: number;
        possible: number;
        density: number | null;
      }[];
      gaps: { sectorA: string; sectorB: string; kind: string }[];
      recommendations: {
        source: { stakeholder: { id: string } };
        target: { stakeholder: { id: string } };
        introducers: { position: { stakeholder: { id: string; name: string } } }[];
      }[];
    };
  }
  const matrixQuery = `query($id: ID!, $asOf: LocalDate) { community(id: $id) {
    profile(asOf: $asOf) { stakeholders edges }
    sectorMatrix(asOf: $asOf) { sectorA sectorB ties possible density }
    gaps(asOf: $asOf) { sectorA sectorB kind }
    recommendations(asOf: $asOf, first: 10) { source { stakeholder { id } } target { stakeholder { id } }
      introducers { position { stakeholder { id name } } } } } }`;

  async function openCommunity(asOf?: string): Promise<void> {
    await tab.page.goto(`${api.url}/#/community/${evora}${asOf ? `?asOf=${asOf}` : ''}`);
    expect(await settled(tab.page)).toBe('ready');
  }

  it('draws every sector-matrix cell and gap mark as the API computes them, both ways round', async () => {
    const { community } = await apiData<Matrix>(matrixQuery, { id: evora });
    await openCommunity();
    const cells = await tab.page.$$eval('.heatmap td.cell', (tds) =>
      tds.map((td) => ({ ...(td as HTMLElement).dataset })),
    );
    expect(cells).toHaveLength(49);
    const gapOf = new Map(community.gaps.map((g) => [`${g.sectorA}|${g.sectorB}`, g.kind]));
    for (const cell of community.sectorMatrix) {
      for (const [a, b] of [
        [cell.sectorA, cell.sectorB],
        [cell.sectorB, cell.sectorA],
      ]) {
        const shown = cells.find((c) => c.a === a && c.b === b)!;
        expect({
          ties: Number(shown.ties),
          possible: Number(shown.possible),
          density: shown.density,
        }).toEqual({
          ties: cell.ties,
          possible: cell.possible,
          density: cell.density === null ? '' : String(cell.density),
        });
        expect(shown.gap).toBe(gapOf.get(`${cell.sectorA}|${cell.sectorB}`) ?? '');
      }
    }
    // The demo's Évora has gaps, so the marks are really being compared.
    expect(cells.filter((c) => c.gap !== '').length).toBe(2 * community.gaps.length);
    expect(community.gaps.length).toBeGreaterThan(0);
  });

  it('draws one node per stakeholder and one line per partner tie of the profile', async () => {
    const { community } = await apiData<Matrix>(matrixQuery, { id: evora });
    await openCommunity();
    const network = await tab.page.$eval('#network', (el) => ({ ...(el as HTMLElement).dataset }));
    expect(network.state).toBe('drawn');
    expect(Number(network.nodes)).toBe(community.profile.stakeholders);
    expect(Number(network.edges)).toBe(community.profile.edges);
    await tab.screenshot('community-laptop');
  });

  it('highlights a recommendation’s pair and introducers when it is chosen with the keyboard', async () => {
    const { community } = await apiData<Matrix>(matrixQuery, { id: evora });
    const first = community.recommendations[0]!;
    expect(first.introducers.length).toBeGreaterThan(0);
    await openCommunity();
    await tab.page.focus('.recommendation');
    await tab.page.keyboard.press('Enter');
    const highlighted = await tab.page.$eval('#network', (el) => (el as HTMLElement).dataset.highlighted);
    expect(highlighted!.split(' ')).toEqual(
      [
        first.source.stakeholder.id,
        first.target.stakeholder.id,
        ...first.introducers.map((i) => i.position.stakeholder.id),
      ].sort(),
    );
    const note = await tab.page.textContent('#highlight-note');
    for (const introducer of first.introducers) expect(note).toContain(introducer.position.stakeholder.name);
    expect(await tab.page.getAttribute('.recommendation', 'aria-pressed')).toBe('true');
    await tab.screenshot('community-recommendation-highlighted');
  });

  it('redraws every number for another asOf date chosen in the date control', async () => {
    const earlier = '2016-12-31';
    const then = await apiData<Matrix>(matrixQuery, { id: evora, asOf: earlier });
    const now = await apiData<Matrix>(matrixQuery, { id: evora });
    // Évora grew between the two dates, so equal numbers would mean nothing was redrawn.
    expect(then.community.profile.edges).not.toBe(now.community.profile.edges);
    await openCommunity();
    await tab.page.fill('#as-of', earlier);
    await tab.page.click('#as-of-form button');
    await tab.page.waitForFunction(
      (date) =>
        location.hash.endsWith(`asOf=${date}`) && document.getElementById('main')!.dataset.state === 'ready',
      earlier,
    );
    const shown = await tab.page.evaluate(() => ({
      edges: Number(document.querySelector('[data-metric="edges"] dd')!.textContent),
      nodes: Number(document.getElementById('network')!.dataset.edges),
      ties: Array.from(document.querySelectorAll<HTMLElement>('.heatmap td.cell')).map((td) =>
        Number(td.dataset.ties),
      ),
    }));
    expect(shown.edges).toBe(then.community.profile.edges);
    expect(shown.nodes).toBe(then.community.profile.edges);
    const sum = then.community.sectorMatrix.reduce(
      (total, c) => total + c.ties * (c.sectorA === c.sectorB ? 1 : 2),
      0,
    );
    expect(shown.ties.reduce((a, b) => a + b, 0)).toBe(sum);
    await tab.screenshot('community-as-of-2016');
  });

  it('opens a stakeholder panel with its sector, partnerships, partners, E-I index and brokerage roles', async () => {
    const { community } = await apiData<{
      community: {
        brokers: {
          stakeholder: { id: string; name: string };
          eiIndex: number | null;
          brokerage: { liaison: number; gatekeeper: number };
        }[];
      };
    }>(
      `query($id: ID!) { community(id: $id) { brokers(first: 1) { stakeholder { id name } eiIndex brokerage { liaison gatekeeper } } } }`,
      { id: evora },
    );
    const top = community.brokers[0]!;
    const { stakeholder } = await apiData<{ stakeholder: { partnerships: unknown[]; partners: unknown[] } }>(
      `query($id: ID!) { stakeholder(id: $id) { partnerships(asOf: "${new Date().toISOString().slice(0, 10)}") { role } partners(asOf: "${new Date().toISOString().slice(0, 10)}") { id } } }`,
      { id: top.stakeholder.id },
    );
    await openCommunity();
    await tab.page.click(`#brokers-section button:text-is("${top.stakeholder.name}")`);
    await tab.page.waitForSelector('#panel-title');
    const value = (name: string): Promise<string | null> =>
      tab.page.textContent(`#stakeholder-panel [data-metric="${name}"] dd`);
    expect(await tab.page.textContent('#panel-title')).toBe(top.stakeholder.name);
    expect(Number(await value('partnerships'))).toBe(stakeholder.partnerships.length);
    expect(Number(await value('partners'))).toBe(stakeholder.partners.length);
    expect(await value('eiIndex')).toBe(top.eiIndex === null ? '—' : top.eiIndex.toFixed(2));
    expect(Number(await value('liaison'))).toBe(top.brokerage.liaison);
    expect(Number(await value('gatekeeper'))).toBe(top.brokerage.gatekeeper);
    await tab.screenshot('community-stakeholder-panel');
  });

  it('fits a phone’s width without sideways scrolling', async () => {
    await tab.page.setViewportSize({ width: 390, height: 844 });
    await openCommunity();
    const overflow = await tab.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await tab.screenshot('community-phone');
  });
});

describe('accessibility (axe-core)', () => {
  it.each([
    ['home', ''],
    ['region', `#/region/${alentejo}`],
    ['community', `#/community/${evora}`],
  ])('finds no serious or critical violation on the %s page', async (_name, hash) => {
    await tab.page.goto(`${api.url}/${hash}`);
    expect(await settled(tab.page)).toBe('ready');
    expect(await seriousViolations(tab.page)).toEqual([]);
  });
});

describe('credentials', () => {
  let closed: TestServer;

  beforeAll(async () => {
    closed = await startTestServer(undefined, { ANONYMOUS_READ: 'false' });
  });

  afterAll(async () => {
    await closed?.close();
  });

  it('asks for an API key when reads need one, and keeps it in the tab’s session only', async () => {
    const origin = new URL(closed.url).origin;
    await tab.page.goto(`${closed.url}/`);
    expect(await settled(tab.page)).toBe('credentials');
    await tab.page.fill('#credential', TEST_KEYS[Role.VIEWER]);
    await tab.page.click('.auth button');
    await tab.page.waitForFunction(() => document.getElementById('main')!.dataset.state === 'ready');
    expect(await tab.page.textContent('h1')).toBe('Regions');
    const stored = await tab.page.evaluate(() => ({
      session: { ...sessionStorage },
      local: { ...localStorage },
    }));
    expect(Object.values(stored.session)).toContain(TEST_KEYS[Role.VIEWER]);
    expect(stored.local).toEqual({});
    // The first, refused request is the one that made the page ask; Chromium logs every 401 it gets.
    expect(tab.errors).toEqual([expect.stringContaining('status of 401 (Unauthorized)')]);
    tab.errors.length = 0;
    // Requests went to the second server's origin only: drop them from the first one's check.
    tab.requests.splice(0, tab.requests.length, ...tab.requests.filter((url) => !url.startsWith(origin)));
  });
});

describe('the GraphQL IDE at /graphql', () => {
  it('loads GraphiQL from this server with one tab per README operation, and runs one', async () => {
    await tab.page.goto(`${api.url}/graphql`);
    await tab.page.waitForSelector('.graphiql-container');
    const tabs = await tab.page.$$('.graphiql-tab');
    expect(tabs).toHaveLength(readmeOperations.length);
    expect(readmeOperations.length).toBeGreaterThan(1);
    await tab.page.click('.graphiql-tab:has-text("Evora")');
    await tab.page.waitForSelector('.graphiql-tab-active:has-text("Evora")');
    await tab.page.click('.graphiql-execute-button');
    await tab.page.waitForFunction(() =>
      document.querySelector('.result-window')?.textContent?.includes('"data"'),
    );
    await tab.screenshot('graphiql');
  });

  it('leaves GraphQL requests to the API and gives browsers the IDE', async () => {
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html,*/*;q=0.8' } });
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(await page.text()).toContain('GraphQL IDE');
  });
});
