import { query, type Broker, type StakeholderResult } from '../api';
import { formatNumber, h } from '../dom';
import type { PartnerGraph } from '../network/partner-graph';
import stakeholderQuery from '../queries/stakeholder.graphql?raw';
import { SECTOR_COLOUR, SECTOR_LABEL } from '../sectors';

export interface PanelContext {
  asOf: string;
  /** The community's partner graph, once drawn: the E-I index of a non-broker is computed from it. */
  graph: PartnerGraph | null;
  /** The community's brokers (up to 100), with their E-I index and brokerage roles. */
  brokers: Broker[];
}

/** (E − I)/(E + I) over the stakeholder's own ties in the partner graph; null without ties. */
function eiIndexIn(graph: PartnerGraph, id: string): number | null {
  if (!graph.hasNode(id) || graph.degree(id) === 0) return null;
  const sector = graph.getNodeAttribute(id, 'sector');
  let external = 0;
  let internal = 0;
  graph.forEachNeighbor(id, (_n, a) => (a.sector === sector ? (internal += 1) : (external += 1)));
  return (external - internal) / (external + internal);
}

/** Fills the side panel with one stakeholder at asOf: sector, partnerships, partners, E-I, brokerage. */
export async function stakeholderPanel(
  panel: HTMLElement,
  id: string,
  { asOf, graph, brokers }: PanelContext,
): Promise<void> {
  panel.hidden = false;
  panel.replaceChildren(h('p', { role: 'status' }, 'Loading…'));
  const { stakeholder: s } = await query<StakeholderResult>(stakeholderQuery, { id, asOf });
  if (!s) {
    panel.replaceChildren(h('p', {}, `There is no stakeholder with id "${id}".`));
    return;
  }
  const broker = brokers.find((b) => b.stakeholder.id === id);
  const allBrokersListed = brokers.length < 100;
  const roles =
    broker?.brokerage ??
    (allBrokersListed ? { liaison: 0, gatekeeper: 0, consultant: 0, coordinator: 0, total: 0 } : null);
  const ei = broker ? broker.eiIndex : graph ? eiIndexIn(graph, id) : null;
  const here = s.community?.id;

  const close = h(
    'button',
    { type: 'button', class: 'close', 'aria-label': 'Close the stakeholder panel' },
    '×',
  );
  close.addEventListener('click', () => {
    panel.hidden = true;
  });
  panel.replaceChildren(
    close,
    h('h2', { id: 'panel-title', tabindex: '-1' }, s.name),
    h(
      'p',
      { class: 'sector' },
      h('span', { class: 'dot', style: `background:${SECTOR_COLOUR[s.sector]}`, 'aria-hidden': 'true' }),
      SECTOR_LABEL[s.sector],
      s.type ? ` · ${s.type}` : '',
    ),
    h(
      'dl',
      { class: 'metrics' },
      h(
        'div',
        { class: 'metric', 'data-metric': 'partnerships' },
        h('dt', {}, 'Active partnerships'),
        h('dd', {}, String(s.partnerships.length)),
      ),
      h(
        'div',
        { class: 'metric', 'data-metric': 'partners' },
        h('dt', {}, 'Partners'),
        h('dd', {}, String(s.partners.length)),
      ),
      h(
        'div',
        { class: 'metric', 'data-metric': 'eiIndex' },
        h('dt', {}, 'E-I index'),
        h('dd', {}, formatNumber(ei)),
      ),
    ),
    h('h3', {}, 'Brokerage roles'),
    roles
      ? h(
          'dl',
          { class: 'metrics roles' },
          (['liaison', 'gatekeeper', 'consultant', 'coordinator'] as const).map((role) =>
            h(
              'div',
              { class: 'metric', 'data-metric': role },
              h('dt', {}, role[0]!.toUpperCase() + role.slice(1)),
              h('dd', {}, String(roles[role])),
            ),
          ),
        )
      : h('p', {}, 'Not among the 100 leading brokers of this community.'),
    h('h3', {}, `Partnerships active on ${asOf}`),
    s.partnerships.length
      ? h(
          'ul',
          {},
          s.partnerships.map((m) =>
            h(
              'li',
              {},
              h('strong', {}, m.partnership.name),
              ` ${m.partnership.kind.toLowerCase()}, ${m.role.toLowerCase()}`,
            ),
          ),
        )
      : h('p', {}, 'None.'),
    h('h3', {}, 'Partners'),
    s.partners.length
      ? h(
          'ul',
          { class: 'partners' },
          s.partners.map((p) =>
            h(
              'li',
              {},
              h('span', {
                class: 'dot',
                style: `background:${SECTOR_COLOUR[p.sector]}`,
                'aria-hidden': 'true',
              }),
              p.name,
              ` (${SECTOR_LABEL[p.sector]}${p.community?.id === here ? '' : ', elsewhere'})`,
            ),
          ),
        )
      : h('p', {}, 'None.'),
  );
  document.getElementById('panel-title')?.focus();
}
