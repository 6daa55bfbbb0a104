import { query, type RegionsResult } from '../api';
import { h } from '../dom';
import { href, type Route } from '../routes';
import regions from '../queries/regions.graphql?raw';
import { crumbs, type Page } from './page';

export async function renderHome({ asOf }: Route): Promise<Page> {
  const data = await query<RegionsResult>(regions);
  crumbs([{ label: 'Regions' }], asOf);
  document.title = 'Regions · partnership-graph';
  const element = h(
    'div',
    { class: 'page home' },
    h('h1', {}, 'Regions'),
    data.regions.nodes.length === 0
      ? h('p', {}, 'No regions yet: import a network document (see the README).')
      : h(
          'ul',
          { class: 'region-list' },
          data.regions.nodes.map((region) =>
            h(
              'li',
              { class: 'card' },
              h(
                'h2',
                {},
                h('a', { href: href('region', region.id, asOf) }, region.name),
                ` (${region.country})`,
              ),
              h(
                'ul',
                {},
                region.communities.map((c) =>
                  h('li', {}, h('a', { href: href('community', c.id, asOf) }, c.name)),
                ),
              ),
            ),
          ),
        ),
    data.regions.totalCount > data.regions.nodes.length
      ? h('p', {}, `Showing ${data.regions.nodes.length} of ${data.regions.totalCount} regions.`)
      : null,
  );
  return { element };
}
