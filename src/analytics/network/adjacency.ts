import type { PartnerGraph } from '../partner-graph';

/**
 * The partner graph as compressed sparse rows: the neighbours of vertex v are
 * `targets[offsets[v] .. offsets[v + 1])`, in vertex (= id) order, with `weights` parallel to `targets`
 * (w(s, t), the shared active partnerships). Plain typed arrays, so it crosses to a worker thread by a
 * cheap copy and every measure walks it without allocating.
 */
export interface Adjacency {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

export function adjacencyOf(graph: Pick<PartnerGraph, 'neighbours' | 'edges'>): Adjacency {
  const n = graph.neighbours.length;
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v += 1) offsets[v + 1] = offsets[v]! + graph.neighbours[v]!.length;
  const targets = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  const weightOf = new Map<number, number>();
  for (const { u, v, weight } of graph.edges) weightOf.set(u < v ? u * n + v : v * n + u, weight);
  for (let v = 0; v < n; v += 1) {
    let at = offsets[v]!;
    for (const t of graph.neighbours[v]!) {
      targets[at] = t;
      weights[at] = weightOf.get(v < t ? v * n + t : t * n + v) ?? 1;
      at += 1;
    }
  }
  return { n, offsets, targets, weights };
}

export const degreeOf = (g: Adjacency, v: number): number => g.offsets[v + 1]! - g.offsets[v]!;

/** mulberry32: a tiny seeded generator, so sampled sources and Louvain's moves repeat run after run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
