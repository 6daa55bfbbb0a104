import { SECTORS, type Sector } from '../domain/enums';
import type { PartnerGraph } from './partner-graph';

/** Krackhardt & Stern's (E − I)/(E + I); null without edges. */
export function eiIndex(external: number, internal: number): number | null {
  const total = external + internal;
  return total === 0 ? null : (external - internal) / total;
}

/** The E-I index of the whole graph: E = edges across sectors, I = edges within one. */
export function graphEiIndex(graph: PartnerGraph): number | null {
  const sector = graph.sectorIndexes;
  const { count, u, v } = graph.edges;
  let external = 0;
  for (let e = 0; e < count; e += 1) if (sector[u[e]!] !== sector[v[e]!]) external += 1;
  return eiIndex(external, count - external);
}

/** A stakeholder's E-I index over its own edges. */
export function stakeholderEiIndex(graph: PartnerGraph, v: number): number | null {
  const own = graph.sectors[v];
  let external = 0;
  for (const u of graph.neighbours[v]!) if (graph.sectors[u] !== own) external += 1;
  return eiIndex(external, graph.neighbours[v]!.length - external);
}

/** The distinct sectors of a stakeholder's neighbours, in enum order. */
export function sectorsReached(graph: PartnerGraph, v: number): Sector[] {
  const seen = new Set(graph.neighbours[v]!.map((u) => graph.sectors[u]!));
  return SECTORS.filter((s) => seen.has(s));
}

/** Blau's index 1 − Σ (n_a/N)²; null for an empty scope. Normalised by its maximum 1 − 1/7. */
export function blau(counts: Map<Sector, number>): { blau: number | null; normalized: number | null } {
  const n = [...counts.values()].reduce((sum, x) => sum + x, 0);
  if (n === 0) return { blau: null, normalized: null };
  const value = 1 - [...counts.values()].reduce((sum, x) => sum + (x / n) ** 2, 0);
  return { blau: value, normalized: value / (1 - 1 / SECTORS.length) };
}

/**
 * Newman's attribute assortativity r = (Σ e_ii − Σ a_i²) / (1 − Σ a_i²), where e_ij is the share of
 * edge ends joining sector i to sector j (each undirected edge counted in both directions) and a_i the
 * share of edge ends in sector i. Null without edges, and when every edge end is in one sector
 * (1 − Σ a_i² = 0: the coefficient is 0/0).
 */
export function sectorAssortativity(graph: PartnerGraph): number | null {
  const { count: m, u, v } = graph.edges;
  if (m === 0) return null;
  const k = SECTORS.length;
  const sector = graph.sectorIndexes;
  const ends = new Array<number>(k).fill(0);
  let within = 0;
  for (let e = 0; e < m; e += 1) {
    const a = sector[u[e]!]!;
    const b = sector[v[e]!]!;
    ends[a]! += 1;
    ends[b]! += 1;
    if (a === b) within += 1;
  }
  const trace = within / m;
  const expected = ends.reduce((sum, x) => sum + (x / (2 * m)) ** 2, 0);
  if (Math.abs(1 - expected) < 1e-12) return null;
  return (trace - expected) / (1 - expected);
}

export interface SectorShare {
  sector: Sector;
  memberships: number;
  /** memberships / all active memberships of the scope; null when there are none. */
  share: number | null;
}

export interface Dominance {
  sectors: SectorShare[];
  /** Largest share, ties broken by the enum order; null without active memberships. */
  dominantSector: Sector | null;
  dominantShare: number | null;
  /** The dominant sector holds at least half of the active memberships. */
  dominated: boolean;
}

/** docs/measures.md "Dominance": shares of the scope's active memberships per sector. */
export function dominance(graph: PartnerGraph): Dominance {
  const per = new Array<number>(SECTORS.length).fill(0);
  graph.activeMemberships.forEach((count, v) => {
    per[graph.sectorIndexes[v]!]! += count;
  });
  const total = per.reduce((sum, x) => sum + x, 0);
  const sectors = SECTORS.map((sector, a) => ({
    sector,
    memberships: per[a]!,
    share: total === 0 ? null : per[a]! / total,
  }));
  if (total === 0) return { sectors, dominantSector: null, dominantShare: null, dominated: false };
  // SECTORS is in enum order and only a strictly larger count replaces the leader: ties go to the earlier.
  let best = sectors[0]!;
  for (const entry of sectors) if (entry.memberships > best.memberships) best = entry;
  return {
    sectors,
    dominantSector: best.sector,
    dominantShare: best.share,
    dominated: (best.share ?? 0) >= 0.5,
  };
}
