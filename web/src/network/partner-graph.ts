import Graph from 'graphology';
import type { NetworkStakeholder } from '../api';
import type { Sector } from '../sectors';

export interface NodeAttributes {
  label: string;
  sector: Sector;
  /** The kind of organisation (not `type`: sigma reads that as the node program). */
  organisation: string | null;
  degree: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  /** Shared active partnerships, w(s, t). */
  weight: number;
  /** At least one shared partnership where neither membership is charitable. */
  substantive: boolean;
  size: number;
  color: string;
}

export type PartnerGraph = Graph<NodeAttributes, EdgeAttributes>;

/** Charitable: the partnership is a sponsorship or charity, or the member funds it (docs/measures.md). */
function charitable(kind: string, role: string): boolean {
  return kind === 'SPONSORSHIP' || kind === 'CHARITY' || role === 'FUNDER';
}

/**
 * The community's partner graph at asOf from its stakeholders' active memberships: one node per
 * stakeholder based in it, one edge per pair sharing an active partnership (members based elsewhere
 * are external ties, not edges), as the API's measures define it.
 */
export function buildPartnerGraph(stakeholders: NetworkStakeholder[]): PartnerGraph {
  const graph: PartnerGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const members = new Map<string, { id: string; substantive: boolean }[]>();
  for (const s of stakeholders) {
    graph.addNode(s.id, {
      label: s.name,
      sector: s.sector,
      organisation: s.type,
      degree: 0,
      x: 0,
      y: 0,
      size: 1,
      color: '',
    });
    for (const { role, partnership } of s.partnerships) {
      const list = members.get(partnership.id) ?? [];
      list.push({ id: s.id, substantive: !charitable(partnership.kind, role) });
      members.set(partnership.id, list);
    }
  }
  for (const list of members.values()) {
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.id === b.id) continue;
        const substantive = a.substantive && b.substantive;
        const edge = graph.edge(a.id, b.id);
        if (edge === undefined) graph.addEdge(a.id, b.id, { weight: 1, substantive, size: 1, color: '' });
        else
          graph.updateEdgeAttributes(edge, (e) => ({
            ...e,
            weight: e.weight + 1,
            substantive: e.substantive || substantive,
          }));
      }
    }
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'degree', graph.degree(node)));
  return graph;
}
