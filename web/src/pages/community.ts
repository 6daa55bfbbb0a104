import {
  ApiError,
  query,
  type Broker,
  type BrokersResult,
  type CommunityResult,
  type NetworkPage,
  type NetworkStakeholder,
  type Recommendation,
  type TrendResult,
} from '../api';
import { lineChart, stageSparkline } from '../charts';
import { announce, formatNumber, h, percent } from '../dom';
import { sectorHeatmap } from '../heatmap';
import { drawNetwork, EDGE_COLOUR, type NetworkView } from '../network/network-view';
import { buildPartnerGraph, type PartnerGraph } from '../network/partner-graph';
import brokersQuery from '../queries/community-brokers.graphql?raw';
import networkQuery from '../queries/community-network.graphql?raw';
import trendQuery from '../queries/community-trend.graphql?raw';
import communityQuery from '../queries/community.graphql?raw';
import type { Route } from '../routes';
import { GAP_MARK, SECTORS, SECTOR_COLOUR, SECTOR_LABEL, STAGE_LABEL } from '../sectors';
import { crumbs, metric, type Page } from './page';
import { trendYears } from './region';
import { stakeholderPanel } from './stakeholder-panel';

/**
 * Every stakeholder of the community with its active memberships, page by page; `document` may page a
 * region's stakeholders instead (same variables, same result shape).
 */
export async function fetchNetwork(
  id: string,
  asOf: string,
  document: string = networkQuery,
): Promise<NetworkStakeholder[]> {
  const all: NetworkStakeholder[] = [];
  let after: string | null = null;
  for (;;) {
    const page: NetworkPage = await query<NetworkPage>(document, { id, asOf, after });
    all.push(...page.stakeholders.nodes);
    if (!page.stakeholders.pageInfo.hasNextPage) return all;
    after = page.stakeholders.pageInfo.endCursor;
  }
}

function section(title: string, id: string, ...children: (Node | null)[]): HTMLElement {
  return h(
    'section',
    { class: 'card', id, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, title),
    ...children,
  );
}

function networkLegend(): HTMLElement {
  return h(
    'ul',
    { class: 'network-legend', 'aria-label': 'Legend' },
    SECTORS.map((sector) =>
      h(
        'li',
        {},
        h('span', { class: 'dot', style: `background:${SECTOR_COLOUR[sector]}`, 'aria-hidden': 'true' }),
        SECTOR_LABEL[sector],
      ),
    ),
    h(
      'li',
      {},
      h('span', { class: 'line', style: `border-color:${EDGE_COLOUR.substantive}`, 'aria-hidden': 'true' }),
      'substantive tie',
    ),
    h(
      'li',
      {},
      h('span', {
        class: 'line thin',
        style: `border-color:${EDGE_COLOUR.charityOnly}`,
        'aria-hidden': 'true',
      }),
      'charity-only tie',
    ),
    h('li', {}, 'size: number of partners'),
  );
}

function recommendationItem(
  r: Recommendation,
  onChoose: (r: Recommendation, button: HTMLButtonElement) => void,
): HTMLElement {
  const button = h(
    'button',
    {
      type: 'button',
      class: 'recommendation',
      'aria-pressed': 'false',
      'data-source': r.source.stakeholder.id,
      'data-target': r.target.stakeholder.id,
      'data-introducers': r.introducers.map((i) => i.position.stakeholder.id).join(' '),
    },
    h('strong', {}, `${r.source.stakeholder.name} + ${r.target.stakeholder.name}`),
    h('span', { class: 'score' }, ` Adamic-Adar ${r.adamicAdar.toFixed(2)}`),
  );
  button.addEventListener('click', () => onChoose(r, button));
  return h(
    'li',
    {},
    button,
    h('p', {}, r.explanation),
    r.introducers.length
      ? h(
          'p',
          { class: 'introducers' },
          'Introducers: ',
          r.introducers.map((i) => i.position.stakeholder.name).join(', '),
        )
      : null,
  );
}

function brokersTable(brokers: Broker[], onSelect: (id: string) => void): HTMLElement {
  if (brokers.length === 0) return h('p', {}, 'Nobody brokers an open triad at this date.');
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'brokers' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [
            'Stakeholder',
            'Sector',
            'Liaison',
            'Gatekeeper',
            'Consultant',
            'Coordinator',
            'Effective size',
            'Constraint',
          ].map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      h(
        'tbody',
        {},
        brokers
          .slice(0, 10)
          .map((b) =>
            h(
              'tr',
              {},
              h(
                'th',
                { scope: 'row' },
                h(
                  'button',
                  { type: 'button', class: 'link', onclick: () => onSelect(b.stakeholder.id) },
                  b.stakeholder.name,
                ),
              ),
              h('td', {}, SECTOR_LABEL[b.stakeholder.sector]),
              h('td', {}, String(b.brokerage.liaison)),
              h('td', {}, String(b.brokerage.gatekeeper)),
              h('td', {}, String(b.brokerage.consultant)),
              h('td', {}, String(b.brokerage.coordinator)),
              h('td', {}, formatNumber(b.effectiveSize)),
              h('td', {}, formatNumber(b.constraint)),
            ),
          ),
      ),
    ),
  );
}

/** The community at asOf: matrix, network, gaps, recommendations, brokers, stage, trend. */
export async function renderCommunity({ id, asOf }: Route): Promise<Page> {
  const years = trendYears(asOf);
  const network = fetchNetwork(id, asOf);
  network.catch(() => undefined); // awaited below; the first failure is reported there
  const [{ community }, brokersResult, trendResult] = await Promise.all([
    query<CommunityResult>(communityQuery, { id, asOf }),
    query<BrokersResult>(brokersQuery, { id, asOf }),
    query<TrendResult>(trendQuery, { id, ...years }),
  ]);
  if (!community) throw new ApiError(`There is no community with id "${id}".`);
  const brokers = brokersResult.community?.brokers ?? [];
  const trend = trendResult.community?.trend ?? [];
  const p = community.profile;

  crumbs(
    [
      { label: 'Regions', page: 'home' },
      ...(community.region
        ? [{ label: community.region.name, page: 'region' as const, id: community.region.id }]
        : []),
      { label: community.name },
    ],
    asOf,
  );
  document.title = `${community.name} · partnership-graph`;

  const panel = h('aside', {
    class: 'panel',
    id: 'stakeholder-panel',
    'aria-label': 'Stakeholder',
    hidden: true,
  });
  const networkBox = h('div', {
    class: 'network',
    id: 'network',
    'data-state': 'loading',
    role: 'img',
    'aria-label': 'Partner network',
  });
  const networkCaption = h(
    'p',
    { class: 'network-caption', id: 'network-caption' },
    'Laying out the network…',
  );
  const highlightNote = h('p', { class: 'highlight-note', id: 'highlight-note', 'aria-live': 'polite' });
  const searchInput = h('input', {
    id: 'network-search',
    type: 'search',
    list: 'stakeholder-names',
    placeholder: 'Find a stakeholder',
  });
  const names = h('datalist', { id: 'stakeholder-names' });
  const stakeholderList = h('ul', { class: 'stakeholder-list' });

  let view: NetworkView | null = null;
  let graph: PartnerGraph | null = null;
  let chosen: HTMLButtonElement | null = null;

  const select = (stakeholderId: string): void => {
    view?.focus(stakeholderId);
    void stakeholderPanel(panel, stakeholderId, { asOf, graph, brokers });
  };

  const choose = (r: Recommendation, button: HTMLButtonElement): void => {
    chosen?.setAttribute('aria-pressed', 'false');
    if (chosen === button) {
      chosen = null;
      view?.highlight(null);
      highlightNote.textContent = '';
      return;
    }
    chosen = button;
    button.setAttribute('aria-pressed', 'true');
    const ids = [
      r.source.stakeholder.id,
      r.target.stakeholder.id,
      ...r.introducers.map((i) => i.position.stakeholder.id),
    ];
    view?.highlight(ids);
    const introducers = r.introducers.map((i) => i.position.stakeholder.name);
    highlightNote.textContent =
      `Highlighted: ${r.source.stakeholder.name} and ${r.target.stakeholder.name}` +
      (introducers.length ? `, introduced by ${introducers.join(', ')}.` : '.');
    document.getElementById('network-section')?.scrollIntoView({ block: 'nearest' });
  };

  searchInput.addEventListener('change', () => {
    const wanted = searchInput.value.trim().toLowerCase();
    const match =
      graph?.findNode((_n, a) => a.label.toLowerCase() === wanted) ??
      graph?.findNode((_n, a) => a.label.toLowerCase().includes(wanted));
    if (match) select(match);
    else announce(`No stakeholder named ${searchInput.value}.`);
  });

  const g = p.gapCounts;
  const element = h(
    'div',
    { class: 'page community' },
    h(
      'header',
      { class: 'page-head' },
      h('h1', {}, community.name, h('span', { class: 'sub' }, ` ${community.country} · as of ${p.asOf}`)),
      h(
        'div',
        { class: 'stage-box' },
        h(
          'p',
          { class: 'stage', id: 'maturity-stage', 'data-stage': p.maturity.stage },
          STAGE_LABEL[p.maturity.stage],
        ),
        h(
          'ul',
          { class: 'reasons' },
          p.maturity.reasons.map((reason) => h('li', {}, reason)),
        ),
      ),
    ),
    h(
      'dl',
      { class: 'metrics wide', id: 'profile' },
      metric('Stakeholders', String(p.stakeholders), 'stakeholders'),
      metric('Partner ties', String(p.edges), 'edges'),
      metric('Substantive ties', String(p.substantiveEdges), 'substantiveEdges'),
      metric('Active partnerships', String(p.activePartnerships), 'activePartnerships'),
      metric('Spectrum coverage', percent(p.spectrumCoverage), 'spectrumCoverage'),
      metric('Density', formatNumber(p.density), 'density'),
      metric('E-I index', formatNumber(p.eiIndex), 'eiIndex'),
      metric('Sector diversity', formatNumber(p.normalizedBlau), 'normalizedBlau'),
      metric('External ties', String(p.externalTies), 'externalTies'),
    ),
    h(
      'div',
      { class: 'grid' },
      section(
        'Sector matrix',
        'matrix-section',
        sectorHeatmap(community.sectorMatrix, community.gaps, { caption: 'Tie density between sectors' }),
      ),
      section(
        'Partner network',
        'network-section',
        h(
          'div',
          { class: 'network-tools' },
          h('label', { for: 'network-search' }, 'Find'),
          searchInput,
          names,
        ),
        networkBox,
        networkCaption,
        highlightNote,
        networkLegend(),
        h(
          'details',
          { class: 'stakeholders' },
          h('summary', {}, 'All stakeholders (keyboard list)'),
          stakeholderList,
        ),
      ),
      section(
        'Gaps',
        'gaps-section',
        h(
          'p',
          { class: 'gap-summary' },
          `${g.missing} missing, ${g.charityOnly} charity only, ${g.weak} weak, ${g.absentSector} with an absent sector.`,
        ),
        community.gaps.length === 0
          ? h('p', {}, 'No gaps: every cross-sector pair is linked.')
          : h(
              'ul',
              { class: 'gaps', id: 'gap-list' },
              community.gaps.map((gap) =>
                h(
                  'li',
                  { 'data-kind': gap.kind },
                  h('span', { class: 'mark', 'aria-hidden': 'true' }, GAP_MARK[gap.kind].symbol),
                  h('strong', {}, ` ${SECTOR_LABEL[gap.sectorA]} × ${SECTOR_LABEL[gap.sectorB]}`),
                  ` (${GAP_MARK[gap.kind].label.toLowerCase()}): `,
                  gap.explanation,
                ),
              ),
            ),
      ),
      section(
        'Recommended introductions',
        'recommendations-section',
        community.recommendations.length === 0
          ? h('p', {}, 'No pair with a common partner could close a gap at this date.')
          : h(
              'div',
              {},
              h(
                'p',
                { class: 'note' },
                'Choose one to highlight the pair and its introducers in the network.',
              ),
              h(
                'ol',
                { class: 'recommendations', id: 'recommendation-list' },
                community.recommendations.map((r) => recommendationItem(r, choose)),
              ),
            ),
      ),
      section('Brokers', 'brokers-section', brokersTable(brokers, select)),
      section(
        'Over the years',
        'trend-section',
        lineChart(
          trend.map((t) => t.year),
          [
            { label: 'Missing', colour: '#D55E00', values: trend.map((t) => t.profile.gapCounts.missing) },
            {
              label: 'Charity only',
              colour: '#CC79A7',
              values: trend.map((t) => t.profile.gapCounts.charityOnly),
              dashed: true,
            },
            { label: 'Weak', colour: '#0072B2', values: trend.map((t) => t.profile.gapCounts.weak) },
          ],
          { title: 'Gaps at 31 December' },
        ),
        lineChart(
          trend.map((t) => t.year),
          [
            {
              label: 'Spectrum coverage',
              colour: '#009E73',
              values: trend.map((t) => t.profile.spectrumCoverage),
            },
          ],
          { title: 'Spectrum coverage at 31 December', max: 1, format: (v) => `${Math.round(v * 100)} %` },
        ),
        stageSparkline(
          trend.map((t) => ({ year: t.year, stage: t.profile.maturity.stage })),
          'Maturity stage by year',
        ),
      ),
    ),
    panel,
  );

  const mounted = async (): Promise<void> => {
    const stakeholders = await network;
    performance.mark('network:fetched');
    graph = buildPartnerGraph(stakeholders);
    const byDegree = graph
      .nodes()
      .sort(
        (a, b) =>
          graph!.degree(b) - graph!.degree(a) ||
          graph!.getNodeAttribute(a, 'label').localeCompare(graph!.getNodeAttribute(b, 'label')),
      );
    names.replaceChildren(
      ...byDegree.map((n) => h('option', { value: graph!.getNodeAttribute(n, 'label') })),
    );
    stakeholderList.replaceChildren(
      ...byDegree
        .slice(0, 500)
        .map((n) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'link', onclick: () => select(n) },
              graph!.getNodeAttribute(n, 'label'),
            ),
            ` ${SECTOR_LABEL[graph!.getNodeAttribute(n, 'sector')]}, ${graph!.degree(n)} partners`,
          ),
        ),
    );
    view = await drawNetwork(networkBox, graph, { onSelect: select });
    networkCaption.textContent = `${graph.order} stakeholders, ${graph.size} partner ties (${p.substantiveEdges} substantive).`;
  };
  return { element, mounted, dispose: () => view?.kill() };
}
