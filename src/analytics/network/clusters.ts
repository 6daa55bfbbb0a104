import { SECTORS, type Sector } from '../../domain/enums';
import type { Adjacency } from './adjacency';
import { louvain, modularityOf } from './louvain';

export const LOUVAIN_SEED = 20_261_202;

export interface Partition {
  /** Cluster of each vertex: 0 is the largest cluster, ties broken by the smallest member id. */
  membership: Int32Array;
  count: number;
  /** Newman's weighted modularity Q of this partition; null without edges (Q is undefined). */
  modularity: number | null;
}

/**
 * Louvain (see louvain.ts), resolution 1, weights w, seeded, so the same data gives the same partition;
 * Newman's Q computed exactly for the partition returned, not taken from Louvain's running total.
 */
export function clustersOf(g: Adjacency): Partition {
  const { n } = g;
  if (g.targets.length === 0) {
    const membership = Int32Array.from({ length: n }, (_, v) => v);
    return { membership, count: n, modularity: null };
  }
  const renumbered = renumber(louvain(g, LOUVAIN_SEED));
  return { ...renumbered, modularity: modularityOf(g, renumbered.membership, renumbered.count) };
}

/** Clusters numbered by size descending, then by their smallest vertex (= smallest id). */
function renumber(raw: Int32Array): { membership: Int32Array; count: number } {
  const groups = new Map<number, { size: number; first: number }>();
  raw.forEach((c, v) => {
    const g = groups.get(c);
    if (g) g.size += 1;
    else groups.set(c, { size: 1, first: v });
  });
  const order = [...groups.entries()].sort(([, a], [, b]) => b.size - a.size || a.first - b.first);
  const to = new Map(order.map(([c], i) => [c, i]));
  return { membership: raw.map((c) => to.get(c)!), count: order.length };
}

export interface Components {
  count: number;
  /** Sizes, largest first. */
  sizes: number[];
  isolates: number;
}

/**
 * Connected components by breadth-first search over the compressed rows (graphology-components walked
 * the graphology graph: 0.27 s of a cold 40,000-stakeholder region's worker time; this takes a few ms).
 */
export function componentsOf(g: Adjacency): Components {
  const { n, offsets, targets } = g;
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let start = 0; start < n; start += 1) {
    if (seen[start]) continue;
    seen[start] = 1;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      const v = queue[head++]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e += 1) {
        const w = targets[e]!;
        if (!seen[w]) {
          seen[w] = 1;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  sizes.sort((a, b) => b - a);
  return { count: sizes.length, sizes, isolates: sizes.filter((s) => s === 1).length };
}

/** A cluster of at least this many stakeholders whose dominant sector holds this share is a silo. */
export const SILO_MIN_SIZE = 3;
export const SILO_SHARE = 0.75;

export interface ClusterProfile {
  cluster: number;
  size: number;
  /** Every sector in enum order. */
  sectorCounts: { sector: Sector; count: number }[];
  blau: number;
  dominantSector: Sector;
  dominantShare: number;
  silo: boolean;
}

/** Per cluster: size, sector make-up, Blau diversity 1 − Σ (n_a/size)², dominant sector, silo flag. */
export function clusterProfiles(partition: Partition, sectors: readonly Sector[]): ClusterProfile[] {
  const counts = Array.from({ length: partition.count }, () => new Map<Sector, number>());
  partition.membership.forEach((c, v) => {
    const m = counts[c]!;
    m.set(sectors[v]!, (m.get(sectors[v]!) ?? 0) + 1);
  });
  return counts.map((m, cluster) => {
    const sectorCounts = SECTORS.map((sector) => ({ sector, count: m.get(sector) ?? 0 }));
    const size = sectorCounts.reduce((sum, s) => sum + s.count, 0);
    // Largest count; the enum order breaks ties because reduce keeps the first maximum.
    const dominant = sectorCounts.reduce((best, s) => (s.count > best.count ? s : best));
    const dominantShare = dominant.count / size;
    return {
      cluster,
      size,
      sectorCounts,
      blau: 1 - sectorCounts.reduce((sum, s) => sum + (s.count / size) ** 2, 0),
      dominantSector: dominant.sector,
      dominantShare,
      silo: size >= SILO_MIN_SIZE && dominantShare >= SILO_SHARE,
    };
  });
}

export interface ClusterBridgeCandidate {
  vertex: number;
  /** The other clusters its neighbours belong to, ascending. */
  clustersReached: number[];
}

/**
 * Stakeholders with neighbours in at least two clusters other than their own, by the number of
 * clusters reached, then betweenness descending, then id.
 */
export function clusterBridges(
  g: Adjacency,
  membership: Int32Array,
  betweenness: Float64Array,
): ClusterBridgeCandidate[] {
  const found: ClusterBridgeCandidate[] = [];
  for (let v = 0; v < g.n; v += 1) {
    const own = membership[v]!;
    const reached = new Set<number>();
    for (let e = g.offsets[v]!, end = g.offsets[v + 1]!; e < end; e += 1) {
      const c = membership[g.targets[e]!]!;
      if (c !== own) reached.add(c);
    }
    if (reached.size >= 2) found.push({ vertex: v, clustersReached: [...reached].sort((a, b) => a - b) });
  }
  return found.sort(
    (a, b) =>
      b.clustersReached.length - a.clustersReached.length ||
      betweenness[b.vertex]! - betweenness[a.vertex]! ||
      a.vertex - b.vertex,
  );
}
