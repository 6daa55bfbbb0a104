import { statusAt, type IsoDate } from '../domain/dates';
import { isCharitable, PartnershipStatus, type PartnershipKind, type Sector } from '../domain/enums';
import type { ScopePartnership, ScopeStakeholder, Subgraph } from './subgraph';

/** An active partnership with at least one member in the scope, reduced to what the measures need. */
export interface ActivePartnership {
  id: string;
  kind: PartnershipKind;
  /** Vertex indexes of its members in the scope, each once. */
  members: number[];
  /** Parallel to `members`: whether that member holds a substantive membership (docs/measures.md). */
  substantive: boolean[];
  /** How many of its members are based outside the scope. */
  outsiders: number;
}

export interface Edge {
  u: number;
  v: number;
  /** Number of active partnerships the two ends share. */
  weight: number;
  /** At least one shared partnership has substantive memberships for both ends. */
  substantive: boolean;
  /** How many of the shared partnerships have substantive memberships for both ends. */
  substantiveWeight: number;
}

/**
 * G(C, d) of docs/measures.md "The partner graph": vertices are the scope's stakeholders (indexes into `stakeholders`, in id
 * order), edges join two stakeholders sharing a partnership active at d. Adjacency is kept as sorted lists; the measures
 * that test adjacency mark a vertex's neighbours in a flat array instead of keeping a Set per vertex.
 */
export interface PartnerGraph {
  asOf: IsoDate;
  scope: Subgraph['scope'];
  scopeName: string;
  stakeholders: ScopeStakeholder[];
  sectors: Sector[];
  neighbours: number[][];
  edges: Edge[];
  partnerships: ActivePartnership[];
  /** Per vertex: its active memberships, and how many of them are charitable. */
  activeMemberships: number[];
  charitableMemberships: number[];
  /** Distinct (s in scope, t outside) pairs sharing an active partnership. */
  externalTies: number;
}

/**
 * The edge rule, in one place: every two members of a partnership that counts are partners, `both`
 * when both memberships are substantive. buildPartnerGraph sums these into edges; the exports of a
 * history (GEXF spells) walk them to know which partnerships make each edge.
 */
export function forEachPartnerPair(
  p: ActivePartnership,
  visit: (u: number, v: number, both: boolean) => void,
): void {
  const { members, substantive } = p;
  for (let i = 0; i < members.length; i += 1)
    for (let j = i + 1; j < members.length; j += 1)
      visit(members[i]!, members[j]!, substantive[i]! && substantive[j]!);
}

export function edgeKey(u: number, v: number, n: number): number {
  return u < v ? u * n + v : v * n + u;
}

/** Ids in code-unit order: the order every result is sorted and every tie broken in. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `counts` says which partnerships tie their members; by default those active at `asOf` (the measures'
 * rule). Exports of a whole history (GEXF spells, GraphML without a date) count every partnership.
 */
export function buildPartnerGraph(
  subgraph: Subgraph,
  asOf: IsoDate,
  counts: (p: ScopePartnership) => boolean = (p) =>
    statusAt(p.startedOn, p.endedOn, asOf) === PartnershipStatus.ACTIVE,
): PartnerGraph {
  // Vertices in id order, so every result (and every tie broken by position) is the same whatever order
  // the database returned the rows in.
  const stakeholders = [...subgraph.stakeholders].sort((a, b) => compareIds(a.id, b.id));
  const n = stakeholders.length;
  const index = new Map<string, number>();
  stakeholders.forEach((s, i) => index.set(s.id, i));

  const partnerships: ActivePartnership[] = [];
  const activeMemberships = new Array<number>(n).fill(0);
  const charitableMemberships = new Array<number>(n).fill(0);
  const edgeIndex = new Map<number, Edge>();
  // External ties as numeric keys vertex·2^30 + outsider (exact below 2^53 for up to 8M vertices).
  const external = new Set<number>();
  const outsiderIndex = new Map<string, number>();
  const byId = [...subgraph.partnerships].sort((a, b) => compareIds(a.id, b.id));
  for (const p of byId) {
    if (!counts(p)) continue;
    // A stakeholder holding several memberships of one partnership counts once, as substantive when
    // any of them is.
    const inside = new Map<number, boolean>();
    const outside = new Set<number>();
    for (const m of p.members) {
      const vertex = index.get(m.stakeholderId);
      if (vertex === undefined) {
        let o = outsiderIndex.get(m.stakeholderId);
        if (o === undefined) {
          o = outsiderIndex.size;
          outsiderIndex.set(m.stakeholderId, o);
        }
        outside.add(o);
      } else inside.set(vertex, (inside.get(vertex) ?? false) || !isCharitable(p.kind, m.role));
    }
    if (inside.size === 0) continue;
    const members = [...inside.keys()].sort((a, b) => a - b);
    const substantive = members.map((v) => inside.get(v) ?? false);
    partnerships.push({ id: p.id, kind: p.kind, members, substantive, outsiders: outside.size });
    members.forEach((v, i) => {
      activeMemberships[v] = (activeMemberships[v] ?? 0) + 1;
      if (!substantive[i]) charitableMemberships[v] = (charitableMemberships[v] ?? 0) + 1;
      for (const o of outside) external.add(v * 2 ** 30 + o);
    });
    forEachPartnerPair(partnerships[partnerships.length - 1]!, (u, v, both) => {
      const key = edgeKey(u, v, n);
      const edge = edgeIndex.get(key);
      if (edge) {
        edge.weight += 1;
        edge.substantive ||= both;
        if (both) edge.substantiveWeight += 1;
      } else edgeIndex.set(key, { u, v, weight: 1, substantive: both, substantiveWeight: both ? 1 : 0 });
    });
  }

  const neighbours: number[][] = Array.from({ length: n }, () => []);
  const edges = [...edgeIndex.values()];
  for (const { u, v } of edges) {
    neighbours[u]!.push(v);
    neighbours[v]!.push(u);
  }
  for (const list of neighbours) list.sort((a, b) => a - b);

  return {
    asOf,
    scope: subgraph.scope,
    scopeName: subgraph.name,
    stakeholders,
    sectors: stakeholders.map((s) => s.sector),
    neighbours,
    edges,
    partnerships,
    activeMemberships,
    charitableMemberships,
    externalTies: external.size,
  };
}

/** The subgraph induced by some of the scope's stakeholders (a region's community), as its own G(C, d). */
export function restrictSubgraph(
  subgraph: Subgraph,
  keep: (s: ScopeStakeholder) => boolean,
  scope: Pick<Subgraph, 'scope' | 'id' | 'name' | 'communities'>,
): Subgraph {
  const stakeholders = subgraph.stakeholders.filter(keep);
  const inside = new Set(stakeholders.map((s) => s.id));
  const communities = new Set(scope.communities.map((c) => c.id));
  return {
    ...scope,
    needs: subgraph.needs?.filter((n) => communities.has(n.communityId)),
    assets: subgraph.assets?.filter((a) => inside.has(a.stakeholderId)),
    stakeholders,
    partnerships: subgraph.partnerships.filter((p) => p.members.some((m) => inside.has(m.stakeholderId))),
  };
}
