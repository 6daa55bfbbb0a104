import type { Broker, Gap, Recommendation } from '../api';
import { lineChart, stageSparkline } from '../charts';
import { h } from '../dom';
import { sectorHeatmap } from '../heatmap';
import { networkPicture } from '../network/network-picture';
import { EDGE_COLOUR } from '../network/network-view';
import { GAP_MARK, SECTORS, SECTOR_COLOUR, type Sector } from '../sectors';
import type { Translator } from '../../../src/i18n/translate';
import type { ClusterBridge, NeedCoverage, RegionReport, ReportData, ScopeReport, TrendPoint } from './types';

type Child = Node | string | null | false;

/**
 * The report as one element: cover (stage and its reasons, headline measures), then one section per
 * topic, each a block that print keeps whole where it fits (report.css). Every sentence and heading
 * comes from the language's catalog (locales/<language>.json).
 */
export function renderReport(data: ReportData, t: Translator): { title: string; element: HTMLElement } {
  const scope: ScopeReport = data.scope === 'community' ? data.community : data.region;
  const sector = (s: Sector): string => t.t(`sector.${s}`);
  const num = (v: number | null, digits = 2): string =>
    v === null ? '—' : t.number(v, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const share = (v: number | null): string => (v === null ? '—' : t.number(v, { style: 'percent' }));
  const count = (v: number): string => t.number(v);
  const p = scope.profile;

  const section = (id: string, ...children: (Child | Child[])[]): HTMLElement =>
    h(
      'section',
      { class: 'report-section', id, 'aria-labelledby': `${id}-title` },
      h('h2', { id: `${id}-title` }, t.t(`report.section.${id}`)),
      ...children,
    );
  const table = (heads: string[], rows: (string | Node)[][], className = ''): HTMLElement =>
    h(
      'table',
      { class: `report-table ${className}`.trim() },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          heads.map((head) => h('th', { scope: 'col' }, head)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map(([first, ...rest]) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, first ?? ''),
            rest.map((cell) => h('td', {}, cell)),
          ),
        ),
      ),
    );
  const metric = (key: string, value: string): HTMLElement =>
    h(
      'div',
      { class: 'metric', 'data-metric': key },
      h('dt', {}, t.t(`report.metric.${key}`)),
      h('dd', {}, value),
    );

  const subtitle =
    data.scope === 'community'
      ? [
          t.t(`communityKind.${data.community.kind}`),
          data.community.country,
          data.community.region ? t.t('report.cover.inRegion', { region: data.community.region.name }) : null,
          data.community.population === null
            ? null
            : t.t('report.cover.population', { population: count(data.community.population) }),
        ]
      : [
          data.region.country,
          t.t('report.cover.communities', { count: data.region.communityComparison.length }),
        ];

  const cover = h(
    'header',
    { class: 'report-cover' },
    h(
      'p',
      { class: 'report-kind' },
      t.t(data.scope === 'community' ? 'report.title.community' : 'report.title.region'),
    ),
    h('h1', { id: 'report-name' }, scope.name),
    h('p', { class: 'report-subtitle' }, subtitle.filter((x) => x !== null).join(' · ')),
    h(
      'p',
      { class: 'report-date', id: 'report-as-of', 'data-as-of': data.asOf },
      t.t('report.cover.asOf', { date: t.date(data.asOf) }),
    ),
    h(
      'div',
      { class: 'report-stage-box' },
      h('p', { class: 'report-stage-label' }, t.t('report.cover.stage')),
      h(
        'p',
        { class: 'report-stage', id: 'report-stage', 'data-stage': p.maturity.stage },
        t.t(`stage.${p.maturity.stage}`),
      ),
      h(
        'ul',
        { class: 'report-reasons', id: 'report-reasons' },
        p.maturity.reasons.map((reason) => h('li', {}, reason)),
      ),
    ),
    h(
      'dl',
      { class: 'metrics report-metrics' },
      metric('stakeholders', count(p.stakeholders)),
      metric('edges', count(p.edges)),
      metric('substantiveEdges', count(p.substantiveEdges)),
      metric('activePartnerships', count(p.activePartnerships)),
      metric('spectrumCoverage', share(p.spectrumCoverage)),
      metric('density', num(p.density)),
      metric('eiIndex', num(p.eiIndex)),
      metric('normalizedBlau', num(p.normalizedBlau)),
      metric('externalTies', count(p.externalTies)),
      data.scope === 'region' ? metric('interCommunityEdges', count(data.region.interCommunityEdges)) : null,
    ),
  );

  const bySector = section(
    'stakeholders',
    p.stakeholders === 0
      ? h('p', { class: 'empty-note' }, t.t('report.stakeholders.none'))
      : table(
          [t.t('report.column.sector'), t.t('report.column.stakeholders'), t.t('report.column.share')],
          SECTORS.map((s) => {
            const n = p.sectorCounts.find((c) => c.sector === s)?.count ?? 0;
            return [
              h(
                'span',
                {},
                h('span', { class: 'dot', style: `background:${SECTOR_COLOUR[s]}`, 'aria-hidden': 'true' }),
                ' ',
                sector(s),
              ),
              count(n),
              share(p.stakeholders === 0 ? null : n / p.stakeholders),
            ];
          }),
          'by-sector',
        ),
  );

  const network = section(
    'network',
    h(
      'figure',
      { class: 'report-figure report-network' },
      networkPicture(data.graph, t.t('report.network.label', { name: scope.name })),
      h(
        'figcaption',
        {},
        t.t('report.network.caption', {
          nodes: data.graph.order,
          edges: data.graph.size,
          substantive: p.substantiveEdges,
        }),
      ),
    ),
    networkLegend(t, sector),
  );

  const heatmap = section(
    'heatmap',
    h(
      'div',
      { class: 'report-figure' },
      sectorHeatmap(scope.sectorMatrix, scope.gaps, {
        caption: t.t('report.heatmap.caption'),
        words: {
          sector,
          gap: (kind) => ({ label: capitalised(t.t(`gapKind.${kind}`)), meaning: t.t(`gapMeaning.${kind}`) }),
          density: (max) => t.t('report.heatmap.density', { max }),
          noPair: t.t('report.heatmap.noPair'),
        },
      }),
    ),
  );

  const g = p.gapCounts;
  const gaps = section(
    'gaps',
    h(
      'p',
      { class: 'gap-summary' },
      t.t('report.gaps.summary', {
        missing: g.missing,
        charityOnly: g.charityOnly,
        weak: g.weak,
        absent: g.absentSector,
      }),
    ),
    scope.gaps.length === 0
      ? h('p', { class: 'empty-note' }, t.t('report.gaps.none'))
      : h(
          'ul',
          { class: 'report-gaps', id: 'report-gaps' },
          scope.gaps.map((gap) => gapItem(gap, t, sector)),
        ),
  );

  const recommendations = section(
    'recommendations',
    scope.recommendations.length === 0
      ? h('p', { class: 'empty-note' }, t.t('report.recommendations.none'))
      : h(
          'ol',
          { class: 'report-recommendations' },
          scope.recommendations.map((r) => recommendationItem(r, t, num)),
        ),
  );

  const brokers = section(
    'brokers',
    brokersTable(scope.brokers, t, sector, num),
    bridgesList(scope.clusterBridges, t),
  );

  const e = p.businessEngagement;
  const engagement = section(
    'engagement',
    h(
      'p',
      {},
      t.t('report.engagement.summary', {
        substantive: e.substantive,
        charityOnly: e.charityOnly,
        none: e.none,
      }),
    ),
    e.charityOnlyStakeholders.length === 0
      ? null
      : h(
          'div',
          {},
          h('p', {}, t.t('report.engagement.charityOnlyNamed')),
          h(
            'ul',
            { class: 'charity-only', id: 'charity-only' },
            e.charityOnlyStakeholders.map((s) => h('li', {}, `${s.name} (${sector(s.sector)})`)),
          ),
        ),
  );

  const needs = scope.needCoverage.total === 0 ? null : needsSection(scope.needCoverage, t, sector, section);
  const trend = section('trend', ...trendCharts(scope.trend, t, share));
  const comparison = data.scope === 'region' ? comparisonSection(data.region, t, share, num, section) : null;

  const element = h(
    'article',
    { class: 'report', 'data-scope': data.scope, 'data-id': scope.id },
    cover,
    comparison,
    bySector,
    network,
    heatmap,
    gaps,
    recommendations,
    brokers,
    engagement,
    needs,
    trend,
    h('footer', { class: 'report-colophon' }, t.t('report.colophon', { date: t.date(data.asOf) })),
  );
  return { title: scope.name, element };
}

function networkLegend(t: Translator, sector: (s: Sector) => string): HTMLElement {
  return h(
    'ul',
    { class: 'network-legend' },
    SECTORS.map((s) =>
      h(
        'li',
        {},
        h('span', { class: 'dot', style: `background:${SECTOR_COLOUR[s]}`, 'aria-hidden': 'true' }),
        sector(s),
      ),
    ),
    h(
      'li',
      {},
      h('span', { class: 'line', style: `border-color:${EDGE_COLOUR.substantive}`, 'aria-hidden': 'true' }),
      t.t('report.network.substantive'),
    ),
    h(
      'li',
      {},
      h('span', {
        class: 'line thin',
        style: `border-color:${EDGE_COLOUR.charityOnly}`,
        'aria-hidden': 'true',
      }),
      t.t('report.network.charityOnly'),
    ),
    h('li', {}, t.t('report.network.size')),
  );
}

function gapItem(gap: Gap, t: Translator, sector: (s: Sector) => string): HTMLElement {
  return h(
    'li',
    { 'data-kind': gap.kind },
    h('span', { class: 'mark', 'aria-hidden': 'true' }, GAP_MARK[gap.kind].symbol),
    h('strong', {}, ` ${sector(gap.sectorA)} × ${sector(gap.sectorB)}`),
    ` (${t.t(`gapKind.${gap.kind}`)}): `,
    h('span', { class: 'gap-explanation' }, gap.explanation),
  );
}

function recommendationItem(
  r: Recommendation,
  t: Translator,
  num: (v: number | null) => string,
): HTMLElement {
  return h(
    'li',
    {},
    h('strong', {}, `${r.source.stakeholder.name} + ${r.target.stakeholder.name}`),
    h('span', { class: 'score' }, ` ${t.t('report.recommendations.score', { score: num(r.adamicAdar) })}`),
    h('p', { class: 'recommendation-explanation' }, r.explanation),
    r.introducers.length
      ? h(
          'p',
          { class: 'introducers' },
          t.t('report.recommendations.introducers', {
            names: r.introducers.map((i) => i.position.stakeholder.name).join(', '),
          }),
        )
      : null,
  );
}

function brokersTable(
  brokers: Broker[],
  t: Translator,
  sector: (s: Sector) => string,
  num: (v: number | null) => string,
): HTMLElement {
  if (brokers.length === 0) return h('p', { class: 'empty-note' }, t.t('report.brokers.none'));
  return h(
    'table',
    { class: 'report-table brokers' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        [
          'stakeholder',
          'sector',
          'liaison',
          'gatekeeper',
          'consultant',
          'coordinator',
          'effectiveSize',
          'constraint',
        ].map((c) => h('th', { scope: 'col' }, t.t(`report.column.${c}`))),
      ),
    ),
    h(
      'tbody',
      {},
      brokers.map((b) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, b.stakeholder.name),
          h('td', {}, sector(b.stakeholder.sector)),
          h('td', {}, String(b.brokerage.liaison)),
          h('td', {}, String(b.brokerage.gatekeeper)),
          h('td', {}, String(b.brokerage.consultant)),
          h('td', {}, String(b.brokerage.coordinator)),
          h('td', {}, num(b.effectiveSize)),
          h('td', {}, num(b.constraint)),
        ),
      ),
    ),
  );
}

function bridgesList(bridges: ClusterBridge[], t: Translator): HTMLElement {
  return h(
    'div',
    { class: 'bridges' },
    h('h3', {}, t.t('report.bridges.title')),
    bridges.length === 0
      ? h('p', { class: 'empty-note' }, t.t('report.bridges.none'))
      : h(
          'ul',
          {},
          bridges.map((b) =>
            h(
              'li',
              {},
              t.t('report.bridges.item', {
                name: b.position.stakeholder.name,
                cluster: b.cluster + 1,
                reached: b.clustersReached.map((c) => c + 1).join(', '),
                count: b.clustersReached.length,
              }),
            ),
          ),
        ),
  );
}

function needsSection(
  coverage: NeedCoverage,
  t: Translator,
  sector: (s: Sector) => string,
  section: (id: string, ...children: (Child | Child[])[]) => HTMLElement,
): HTMLElement {
  return section(
    'needs',
    h(
      'p',
      {},
      t.t('report.needs.summary', {
        total: coverage.total,
        unmet: coverage.unmet,
        single: coverage.singleSector,
        cross: coverage.crossSector,
        business: coverage.businessBacked,
      }),
    ),
    h(
      'table',
      { class: 'report-table needs' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['need', 'priority', 'status', 'sectors', 'assets'].map((c) =>
            h('th', { scope: 'col' }, t.t(`report.column.${c}`)),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        coverage.needs.map((n) =>
          h(
            'tr',
            { 'data-status': n.status },
            h('th', { scope: 'row' }, n.need.name),
            h('td', {}, t.t(`needPriority.${n.need.priority}`)),
            h('td', {}, t.t(`needStatus.${n.status}`)),
            h('td', {}, n.sectors.map(sector).join(', ') || '—'),
            h(
              'td',
              {},
              n.assetHolders
                .map((a) => `${a.stakeholder.name}: ${a.assets.map((x) => x.name).join(', ')}`)
                .join('; ') || '—',
            ),
          ),
        ),
      ),
    ),
  );
}

function trendCharts(trend: TrendPoint[], t: Translator, share: (v: number | null) => string): HTMLElement[] {
  const years = trend.map((p) => p.year);
  return [
    h(
      'div',
      { class: 'report-figure' },
      lineChart(
        years,
        [
          {
            label: t.t('gapKind.MISSING'),
            colour: '#D55E00',
            values: trend.map((p) => p.profile.gapCounts.missing),
          },
          {
            label: t.t('gapKind.CHARITY_ONLY'),
            colour: '#CC79A7',
            values: trend.map((p) => p.profile.gapCounts.charityOnly),
            dashed: true,
          },
          {
            label: t.t('gapKind.WEAK'),
            colour: '#0072B2',
            values: trend.map((p) => p.profile.gapCounts.weak),
          },
        ],
        { title: t.t('report.trend.gaps') },
      ),
    ),
    h(
      'div',
      { class: 'report-figure' },
      lineChart(
        years,
        [
          {
            label: t.t('report.metric.spectrumCoverage'),
            colour: '#009E73',
            values: trend.map((p) => p.profile.spectrumCoverage),
          },
        ],
        {
          title: t.t('report.trend.coverage'),
          max: 1,
          format: (v) => share(v),
        },
      ),
    ),
    h(
      'div',
      { class: 'report-figure' },
      stageSparkline(
        trend.map((p) => ({ year: p.year, stage: p.profile.maturity.stage })),
        t.t('report.trend.stage'),
        (stage) => t.t(`stage.${stage}`),
      ),
    ),
  ];
}

function comparisonSection(
  region: RegionReport,
  t: Translator,
  share: (v: number | null) => string,
  num: (v: number | null) => string,
  section: (id: string, ...children: (Child | Child[])[]) => HTMLElement,
): HTMLElement {
  return section(
    'comparison',
    h(
      'table',
      { class: 'report-table comparison', id: 'report-comparison' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [
            'community',
            'stage',
            'stakeholders',
            'edges',
            'activePartnerships',
            'spectrumCoverage',
            'eiIndex',
            'missing',
            'charityOnly',
            'weak',
          ].map((c) => h('th', { scope: 'col' }, t.t(`report.column.${c}`))),
        ),
      ),
      h(
        'tbody',
        {},
        region.communityComparison.map(({ community, profile }) =>
          h(
            'tr',
            { 'data-community': community.id },
            h('th', { scope: 'row' }, community.name),
            h('td', { 'data-stage': profile.maturity.stage }, t.t(`stage.${profile.maturity.stage}`)),
            h('td', {}, t.number(profile.stakeholders)),
            h('td', {}, t.number(profile.edges)),
            h('td', {}, t.number(profile.activePartnerships)),
            h('td', {}, share(profile.spectrumCoverage)),
            h('td', {}, num(profile.eiIndex)),
            h('td', {}, t.number(profile.gapCounts.missing)),
            h('td', {}, t.number(profile.gapCounts.charityOnly)),
            h('td', {}, t.number(profile.gapCounts.weak)),
          ),
        ),
      ),
    ),
  );
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
