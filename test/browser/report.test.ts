/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser: they see the DOM.
import { Role } from '../../src/auth/role';
import { CommunityKind } from '../../src/domain/enums';
import { loadDemoNetwork } from '../../src/generator/demo';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deleteNetwork, loadNetwork, prefixed, type NetworkDocument } from '../support/load-network';
import { closeTestRunner, testRunner, uniqueId } from '../support/test-database';
import { startTestServer, TEST_KEYS, waitForReady, type TestServer } from '../support/test-server';
import { spawnCli } from '../support/cli-process';
import { pdfInfo, pdfPages, pdfText, pdfToPngs } from '../support/pdf';
import { testConnection } from '../support/test-database';
import { ARTIFACTS, ensureWebBuilt, launch, type Browser, type Tab } from './browser';

/**
 * The printable Community Profile in Debian's Chromium, against the real server and the demo network
 * with all six communities moved into one region (so a region report compares six), plus a community
 * with no stakeholder at all in a region of its own. What the page shows is the API's answer for the
 * same question.
 */
const run = uniqueId('report');
const demo = prefixed(loadDemoNetwork(), run);
const region = `${run}-pt-alentejo`;
const evora = `${run}-pt-evora`;
const empty = `${run}-empty`;
const doc: NetworkDocument = {
  ...demo,
  communities: [
    ...demo.communities.map((c) => ({ ...c, region })),
    {
      id: empty,
      name: 'Vila Vazia',
      country: 'PT',
      kind: CommunityKind.VILLAGE,
      population: 300,
      region: `${run}-gb-wales`,
    },
  ],
};
const AS_OF = '2026-06-30';

let api: TestServer;
let browser: Browser;
let tab: Tab;

async function apiData<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await api.gql<T>(query, variables, { as: Role.VIEWER });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** Opens a report page and waits until it says it is drawn (main[data-state]). */
async function openReport(path: string): Promise<string> {
  await tab.page.goto(`${api.url}${path}`);
  await tab.page.waitForFunction(
    () => ['ready', 'error'].includes(document.getElementById('report')?.dataset.state ?? ''),
    null,
    { timeout: 60_000 },
  );
  return tab.page.evaluate(() => document.getElementById('report')!.dataset.state!);
}

const text = (selector: string): Promise<string> => tab.page.locator(selector).innerText();

beforeAll(async () => {
  ensureWebBuilt();
  await loadNetwork(testRunner(), doc);
  api = await startTestServer(undefined, { ANONYMOUS_READ: 'true' });
  await waitForReady(api.url);
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await deleteNetwork(testRunner(), doc);
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

describe('the community report (HTML)', () => {
  it('shows the name, the stage with its reasons, and every gap with its explanation', async () => {
    const { community } = await apiData<{
      community: {
        name: string;
        profile: { maturity: { stage: string; reasons: string[] }; stakeholders: number; edges: number };
        gaps: { kind: string; explanation: string }[];
      };
    }>(
      `query($id: ID!, $asOf: LocalDate) { community(id: $id) { name
         profile(asOf: $asOf) { stakeholders edges maturity { stage reasons } }
         gaps(asOf: $asOf) { kind explanation } } }`,
      { id: evora, asOf: AS_OF },
    );
    expect(await openReport(`/reports/communities/${evora}?asOf=${AS_OF}`)).toBe('ready');
    await tab.screenshot('report-community');
    expect(await text('#report-name')).toBe(community.name);
    expect(await tab.page.getAttribute('#report-stage', 'data-stage')).toBe(community.profile.maturity.stage);
    expect(await tab.page.$$eval('#report-reasons li', (items) => items.map((li) => li.textContent))).toEqual(
      community.profile.maturity.reasons,
    );
    expect(community.gaps.length).toBeGreaterThan(0);
    expect(await tab.page.$$eval('.gap-explanation', (items) => items.map((e) => e.textContent))).toEqual(
      community.gaps.map((g) => g.explanation),
    );
    // The network is a static picture (it prints): one circle per stakeholder, one line per tie.
    const picture = tab.page.locator('svg.network-picture');
    expect(Number(await picture.getAttribute('data-nodes'))).toBe(community.profile.stakeholders);
    expect(await picture.locator('circle').count()).toBe(community.profile.stakeholders);
    expect(await picture.locator('line').count()).toBe(community.profile.edges);
    // The dashboard's heatmap: 7 × 7 cells.
    expect(await tab.page.locator('.heatmap td.cell').count()).toBe(49);
    expect(await tab.page.title()).toContain(community.name);
  });

  it('has every section the profile is made of, and needs and assets when the community has needs', async () => {
    expect(await openReport(`/reports/communities/${evora}?asOf=${AS_OF}`)).toBe('ready');
    const sections = await tab.page.$$eval('section.report-section', (all) => all.map((s) => s.id));
    expect(sections).toEqual([
      'stakeholders',
      'network',
      'heatmap',
      'gaps',
      'recommendations',
      'brokers',
      'engagement',
      'needs',
      'trend',
    ]);
  });

  it('reports an empty community: no stakeholder, an empty picture, Emerging, and no needs section', async () => {
    expect(await openReport(`/reports/communities/${empty}?asOf=${AS_OF}`)).toBe('ready');
    expect(await text('#report-name')).toBe('Vila Vazia');
    expect(await tab.page.getAttribute('#report-stage', 'data-stage')).toBe('EMERGING');
    expect(await tab.page.locator('svg.network-picture circle').count()).toBe(0);
    expect(await text('#stakeholders')).toContain('No stakeholder is based here yet.');
    // No needs: no needs section.
    expect(await tab.page.locator('section#needs').count()).toBe(0);
  });
});

describe('the community report in Portuguese (?language=pt)', () => {
  it('has Portuguese headings, the stage in Portuguese and the API’s Portuguese explanations', async () => {
    const { community } = await apiData<{
      community: { profile: { maturity: { reasons: string[] } }; gaps: { explanation: string }[] };
    }>(
      `query($id: ID!, $asOf: LocalDate) { community(id: $id) {
         profile(asOf: $asOf) { maturity { reasons(language: "pt") } }
         gaps(asOf: $asOf) { explanation(language: "pt") } } }`,
      { id: evora, asOf: AS_OF },
    );
    expect(await openReport(`/reports/communities/${evora}?asOf=${AS_OF}&language=pt`)).toBe('ready');
    await tab.screenshot('report-community-pt');
    expect(await tab.page.getAttribute('html', 'lang')).toBe('pt');
    expect(await text('#gaps-title')).toBe('Lacunas');
    expect(await text('#report-stage')).toBe('Espetro completo');
    expect(await text('#report-as-of')).toBe('Em 30 de junho de 2026');
    expect(await tab.page.$$eval('#report-reasons li', (items) => items.map((li) => li.textContent))).toEqual(
      community.profile.maturity.reasons,
    );
    expect(await tab.page.$$eval('.gap-explanation', (items) => items.map((e) => e.textContent))).toEqual(
      community.gaps.map((g) => g.explanation),
    );
    expect(community.gaps[0]!.explanation).toMatch(/^Em Évora, nenhuma parceria ativa liga/);
  });
});

describe('the region report (HTML)', () => {
  it('compares its six communities, each at the stage the API gives it', async () => {
    const { region: r } = await apiData<{
      region: {
        name: string;
        communityComparison: { community: { id: string }; profile: { maturity: { stage: string } } }[];
      };
    }>(
      `query($id: ID!, $asOf: LocalDate) { region(id: $id) { name
         communityComparison(asOf: $asOf) { community { id } profile { maturity { stage } } } } }`,
      { id: region, asOf: AS_OF },
    );
    expect(r.communityComparison).toHaveLength(6);
    expect(await openReport(`/reports/regions/${region}?asOf=${AS_OF}`)).toBe('ready');
    await tab.screenshot('report-region');
    expect(await text('#report-name')).toBe(r.name);
    const rows = await tab.page.$$eval('#report-comparison tbody tr', (trs) =>
      trs.map((tr) => ({
        id: (tr as HTMLElement).dataset.community,
        stage: (tr.querySelector('[data-stage]') as HTMLElement).dataset.stage,
      })),
    );
    expect(rows).toEqual(
      r.communityComparison.map((c) => ({ id: c.community.id, stage: c.profile.maturity.stage })),
    );
  });
});

describe('report addresses', () => {
  it.each([
    ['communities', 'community'],
    ['regions', 'region'],
  ])('answers 404 naming the id for an unknown %s id', async (path, scope) => {
    const response = await fetch(`${api.url}/reports/${path}/${run}-nowhere`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(`There is no ${scope} with id '${run}-nowhere'.\n`);
  });

  it('answers 400 naming each bad parameter', async () => {
    const response = await fetch(
      `${api.url}/reports/communities/${evora}?asOf=2026-02-30&format=docx&language=xx`,
    );
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain("?asOf must be a date YYYY-MM-DD, got '2026-02-30'");
    expect(body).toContain("?language 'xx' has no catalog");
    expect(body).toContain("?format must be one of html, pdf, got 'docx'");
  });
});

describe('report access', () => {
  let closed: TestServer;
  beforeAll(async () => {
    closed = await startTestServer(undefined, { ANONYMOUS_READ: 'false' });
  });
  afterAll(async () => {
    await closed?.close();
  });

  it('needs credentials when anonymous reads are off, and a VIEWER key is enough', async () => {
    const anonymous = await fetch(`${closed.url}/reports/communities/${evora}`);
    expect(anonymous.status).toBe(401);
    const viewer = await fetch(`${closed.url}/reports/communities/${evora}`, {
      headers: { authorization: `ApiKey ${TEST_KEYS[Role.VIEWER]}` },
    });
    expect(viewer.status).toBe(200);
    expect(viewer.headers.get('content-type')).toContain('text/html');
  });
});

/** Whitespace made single spaces: the PDF's text wraps lines anywhere. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');
/** The stage as the report prints it (locales/en.json). */
const ENGLISH = JSON.parse(readFileSync(join(__dirname, '../../locales/en.json'), 'utf8')) as Record<
  string,
  string
>;

interface Expected {
  name: string;
  stage: string;
  explanations: string[];
}

async function expected(id: string): Promise<Expected> {
  const { community } = await apiData<{
    community: { name: string; profile: { maturity: { stage: string } }; gaps: { explanation: string }[] };
  }>(
    `query($id: ID!, $asOf: LocalDate) { community(id: $id) { name
       profile(asOf: $asOf) { maturity { stage } } gaps(asOf: $asOf) { explanation } } }`,
    { id, asOf: AS_OF },
  );
  return {
    name: community.name,
    stage: ENGLISH[`stage.${community.profile.maturity.stage}`]!,
    explanations: community.gaps.map((g) => g.explanation),
  };
}

function expectReportText(path: string, want: Expected): void {
  // pdftotext joins a word hyphenated at a line end ("Adamic-" + "Adar" → "AdamicAdar"): compared
  // without hyphens on both sides.
  const unhyphenated = (x: string): string => flat(x).replace(/-/g, '');
  const text = unhyphenated(pdfText(path));
  expect(text).toContain(unhyphenated(want.name));
  expect(text).toContain(unhyphenated(want.stage));
  expect(want.explanations.length).toBeGreaterThan(0);
  for (const explanation of want.explanations) expect(text).toContain(unhyphenated(explanation));
  // Every page carries its number in the footer: "n / total" (pdftotext may drop the spaces).
  const pages = pdfPages(path);
  const numbers = [...text.matchAll(/(\d+) ?\/ ?(\d+)/g)].filter((m) => Number(m[2]) === pages);
  expect(numbers.map((m) => Number(m[1]))).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
}

describe('the community report (PDF)', () => {
  const dir = join(ARTIFACTS, '..', 'report');

  it('GET ?format=pdf prints an A4 PDF holding the name, the stage and every gap explanation', async () => {
    const want = await expected(evora);
    const response = await fetch(`${api.url}/reports/communities/${evora}?asOf=${AS_OF}&format=pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const path = join(dir, 'evora-http.pdf');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, Buffer.from(await response.arrayBuffer()));
    expectReportText(path, want);
    // 13 stakeholders, 10 sections: a handful of pages, not one and not dozens.
    expect(pdfPages(path)).toBeGreaterThanOrEqual(4);
    expect(pdfPages(path)).toBeLessThanOrEqual(12);
    expect(pdfInfo(path)).toMatch(/^Page size:.*\(A4\)$/m);
    const pngs = pdfToPngs(path, dir, 'evora-http');
    expect(pngs).toHaveLength(pdfPages(path));
  });

  it('the CLI writes the same report: report --community … --as-of … --format pdf --out …', async () => {
    const want = await expected(evora);
    const out = join(dir, 'evora-cli.pdf');
    const connection = testConnection();
    const child = spawnCli(
      ['report', '--community', evora, '--as-of', AS_OF, '--format', 'pdf', '--out', out],
      {
        NEO4J_URI: connection.uri,
        NEO4J_USERNAME: connection.username,
        NEO4J_PASSWORD: connection.password,
        NEO4J_DATABASE: connection.database,
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: expect.stringContaining(`wrote ${out}`) });
    expectReportText(out, want);
    pdfToPngs(out, dir, 'evora-cli');
  });

  it('prints a region of six communities and an empty community', async () => {
    for (const [path, name] of [
      [`regions/${region}`, 'region'],
      [`communities/${empty}`, 'empty'],
    ] as const) {
      const response = await fetch(`${api.url}/reports/${path}?asOf=${AS_OF}&format=pdf`);
      expect(response.status).toBe(200);
      const file = join(dir, `${name}.pdf`);
      writeFileSync(file, Buffer.from(await response.arrayBuffer()));
      expect(pdfPages(file)).toBeGreaterThanOrEqual(2);
      pdfToPngs(file, dir, name);
    }
    expect(pdfText(join(dir, 'empty.pdf'))).toContain('Vila Vazia');
  });

  it('without Chromium answers 503 naming the Debian package, and HTML still works', async () => {
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(dir, 'no-such-chromium');
    try {
      const pdf = await fetch(`${api.url}/reports/communities/${evora}?format=pdf`);
      expect(pdf.status).toBe(503);
      expect(await pdf.text()).toContain('install Debian\'s package "chromium"');
      const html = await fetch(`${api.url}/reports/communities/${evora}`);
      expect(html.status).toBe(200);
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });
});
