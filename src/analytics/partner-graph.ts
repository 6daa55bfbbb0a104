import { statusAt, type IsoDate } from '../domain/dates';
import { isCharitable, PartnershipStatus, type PartnershipKind, type Sector } from '../domain/enums';
import type { ScopeStakeholder, Subgraph } from './subgraph';

/** An active partnership with at least one member in the scope, reduced to what the measures need. */
export interface ActivePartnership {
  id: string;
  kind: PartnershipKind;
  /** Vertex indexes of its members in the scope, each once. */
  members: number[];
  /** Parallel to `members`: whether that member holds a substantive membership (SPEC §2). */
  substantive: boolean[];
  /** Members based outside the scope (external stakeholder ids), each once. */
  outsiders: string[];
}

export interface Edge {
  u: number;
  v: number;
  /** Number of active partnerships the two ends share. */
  weight: number;
  /** At least one shared partnership has substantive memberships for both ends. */
  substantive: boolean;
}

/**
 * G(C, d) of SPEC §3: vertices are the scope's stakeholders (indexes into `stakeholders`, in id
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

export function edgeKey(u: number, v: number, n: number): number {
  return u < v ? u * n + v : v * n + u;
}

export function buildPartnerGraph(subgraph: Subgraph, asOf: IsoDate): PartnerGraph {
  // Vertices in id order, so every result (and every tie broken by position) is the same whatever order
  // the database returned the rows in.
  const stakeholders = [...subgraph.stakeholders].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = stakeholders.length;
  const index = new Map<string, number>();
  stakeholders.forEach((s, i) => index.set(s.id, i));

  // Group the active memberships by partnership; a stakeholder holding several memberships of one
  // partnership counts once, as substantive when any of them is.
  const byPartnership = new Map<
    string,
    { kind: PartnershipKind; inside: Map<number, boolean>; outside: Set<string> }
  >();
  for (const m of subgraph.memberships) {
    if (statusAt(m.startedOn, m.endedOn, asOf) !== PartnershipStatus.ACTIVE) continue;
    let entry = byPartnership.get(m.partnershipId);
    if (!entry) {
      entry = { kind: m.kind, inside: new Map(), outside: new Set() };
      byPartnership.set(m.partnershipId, entry);
    }
    const vertex = index.get(m.stakeholderId);
    if (vertex === undefined) entry.outside.add(m.stakeholderId);
    else {
      const substantive = !isCharitable(m.kind, m.role);
      entry.inside.set(vertex, (entry.inside.get(vertex) ?? false) || substantive);
    }
  }

  const partnerships: ActivePartnership[] = [];
  const activeMemberships = new Array<number>(n).fill(0);
  const charitableMemberships = new Array<number>(n).fill(0);
  const edgeIndex = new Map<number, Edge>();
  // External ties as numeric keys vertex·2^30 + outsider (exact below 2^53 for up to 8M vertices).
  const external = new Set<number>();
  const outsiderIndex = new Map<string, number>();
  for (const [id, entry] of [...byPartnership.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (entry.inside.size === 0) continue;
    const members = [...entry.inside.keys()].sort((a, b) => a - b);
    const substantive = members.map((v) => entry.inside.get(v) ?? false);
    partnerships.push({ id, kind: entry.kind, members, substantive, outsiders: [...entry.outside] });
    members.forEach((v, i) => {
      activeMemberships[v] = (activeMemberships[v] ?? 0) + 1;
      if (!substantive[i]) charitableMemberships[v] = (charitableMemberships[v] ?? 0) + 1;
      for (const outsider of entry.outside) {
        let o = outsiderIndex.get(outsider);
        if (o === undefined) {
          o = outsiderIndex.size;
          outsiderIndex.set(outsider, o);
        }
        external.add(v * 2 ** 30 + o);
      }
    });
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const u = members[i]!;
        const v = members[j]!;
        const key = edgeKey(u, v, n);
        const both = substantive[i]! && substantive[j]!;
        const edge = edgeIndex.get(key);
        if (edge) {
          edge.weight += 1;
          edge.substantive ||= both;
        } else edgeIndex.set(key, { u, v, weight: 1, substantive: both });
      }
    }
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
  const relevant = new Set(
    subgraph.memberships.filter((m) => inside.has(m.stakeholderId)).map((m) => m.partnershipId),
  );
  return {
    ...scope,
    stakeholders,
    memberships: subgraph.memberships.filter((m) => relevant.has(m.partnershipId)),
  };
}
