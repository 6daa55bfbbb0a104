import { buildPartnerGraph, type PartnerGraph } from '../analytics/partner-graph';
import type { ScopePartnership, Subgraph } from '../analytics/subgraph';
import { today, type IsoDate } from '../domain/dates';
import type { NetworkDocument } from '../network-document/network-document';

export interface DocumentGraphOptions {
  /** Stakeholders of these communities become vertices; default every stakeholder of the document. */
  communities?: readonly string[];
  /** Only partnerships active at this date tie stakeholders; default every partnership, whatever its dates. */
  asOf?: IsoDate;
}

/**
 * The partner graph of a network document, by the one rule the measures use (docs/measures.md "The
 * partner graph"): two stakeholders are tied when they share a partnership, weighted by how many.
 * Every export of partner pairs (GraphML, GEXF, Kumu) starts here.
 */
export function documentPartnerGraph(
  document: NetworkDocument,
  options: DocumentGraphOptions = {},
): PartnerGraph {
  const inScope = options.communities ? new Set(options.communities) : null;
  const subgraph: Subgraph = {
    scope: 'region',
    id: 'export',
    name: 'export',
    communities: [],
    stakeholders: document.stakeholders
      .filter((s) => inScope === null || inScope.has(s.community))
      .map((s) => ({
        id: s.id,
        name: s.name,
        sector: s.sector,
        type: s.type ?? null,
        description: s.description ?? null,
        website: s.website ?? null,
        communityId: s.community,
      })),
    partnerships: document.partnerships.map((p): ScopePartnership => ({
      id: p.id,
      kind: p.kind,
      startedOn: p.startedOn ?? null,
      endedOn: p.endedOn ?? null,
      memberIds: p.members.map((m) => m.stakeholder),
      roles: p.members.map((m) => m.role),
    })),
  };
  return options.asOf === undefined
    ? buildPartnerGraph(subgraph, today(), () => true)
    : buildPartnerGraph(subgraph, options.asOf);
}
