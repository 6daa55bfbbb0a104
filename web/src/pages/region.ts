import { ApiError, query, type RegionResult } from '../api';
import { stageSparkline } from '../charts';
import { formatNumber, h, percent } from '../dom';
import regionQuery from '../queries/region.graphql?raw';
import { href, type Route } from '../routes';
import { STAGE_LABEL } from '../sectors';
import { crumbs, metric, type Page } from './page';

/** The years a page's trends cover: the twelve before asOf's year, and that year. */
export function trendYears(asOf: string): { fromYear: number; toYear: number } {
  const toYear = Number(asOf.slice(0, 4));
  return { fromYear: toYear - 12, toYear };
}

/** A region's communities side by side at asOf, each with its stage over the years. */
export async function renderRegion({ id, asOf }: Route): Promise<Page> {
  const { region } = await query<RegionResult>(regionQuery, { id, asOf, ...trendYears(asOf) });
  if (!region) throw new ApiError(`There is no region with id "${id}".`);
  crumbs([{ label: 'Regions', page: 'home' }, { label: region.name }], asOf);
  document.title = `${region.name} · partnership-graph`;

  const cards = region.communityComparison.map(({ community, profile }) => {
    const g = profile.gapCounts;
    return h(
      'li',
      { class: 'card community-card', 'data-community': community.id },
      h('h3', {}, h('a', { href: href('community', community.id, asOf) }, community.name)),
      h('p', { class: 'stage', 'data-stage': profile.maturity.stage }, STAGE_LABEL[profile.maturity.stage]),
      h(
        'dl',
        { class: 'metrics' },
        metric('Stakeholders', String(profile.stakeholders), 'stakeholders'),
        metric('Partner ties', String(profile.edges), 'edges'),
        metric('Active partnerships', String(profile.activePartnerships), 'activePartnerships'),
        metric('Spectrum coverage', percent(profile.spectrumCoverage), 'spectrumCoverage'),
        metric('E-I index', formatNumber(profile.eiIndex), 'eiIndex'),
      ),
      h(
        'dl',
        { class: 'metrics gap-counts', 'aria-label': 'Gaps' },
        metric('Missing', String(g.missing), 'missing'),
        metric('Charity only', String(g.charityOnly), 'charityOnly'),
        metric('Weak', String(g.weak), 'weak'),
        metric('Absent sector', String(g.absentSector), 'absentSector'),
      ),
      stageSparkline(
        community.trend.map((t) => ({ year: t.year, stage: t.profile.maturity.stage })),
        `${community.name}: maturity stage by year`,
      ),
    );
  });

  const element = h(
    'div',
    { class: 'page region' },
    h('h1', {}, region.name, h('span', { class: 'sub' }, ` ${region.country} · as of ${asOf}`)),
    h('p', {}, communitiesLine(region.communityComparison.length, region.interCommunityEdges)),
    h('h2', { class: 'visually-hidden' }, 'Communities'),
    h('ul', { class: 'community-cards' }, cards),
    h(
      'p',
      { class: 'note' },
      'The small charts show each community’s maturity stage at 31 December of each year, from Emerging (bottom) to Full spectrum (top).',
    ),
  );
  return { element };
}

/** "3 communities; 12 partner ties join two of them." (one community: no ties can join two). */
function communitiesLine(communities: number, joining: number): string {
  if (communities === 1) return '1 community.';
  const ties = joining === 1 ? '1 partner tie joins' : `${joining} partner ties join`;
  return `${communities} communities; ${ties} two of them.`;
}
