import type { PartnerGraph } from '../partner-graph';
import { allAtOnce, type Steps } from '../steps';

/**
 * The partner graph as compressed sparse rows: the neighbours of vertex v are
 * `targets[offsets[v] .. offsets[v + 1])`, in vertex (= id) order, with `weights` parallel to `targets`
 * (w(s, t), the shared active partnerships). Typed arrays over shared memory, so each task posted to a
 * worker thread shares them instead of copying them, and every measure walks them without allocating.
 */
export interface Adjacency {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/**
 * Rows filled straight from the edge list, then each row sorted by target (rows are short: an
 * insertion sort). No map from vertex pairs to weights: 155 ms → about 30 ms for a region of 40,000
 * on the event loop (bench/analytics.bench.ts profile).
 */
export function adjacencyOf(graph: Pick<PartnerGraph, 'neighbours' | 'edges'>): Adjacency {
  return allAtOnce(adjacencySteps(graph));
}

/** Rows sorted per step of adjacencySteps (about 1 ms for a region's). */
export const ROWS_PER_STEP = 8_192;

/**
 * adjacencyOf in steps (src/analytics/steps.ts): pauses after counting the rows, after filling them,
 * and after every `perStep` rows sorted; a region's rows held the event loop 30–120 ms in one go.
 */
export function* adjacencySteps(
  graph: Pick<PartnerGraph, 'neighbours' | 'edges'>,
  perStep = ROWS_PER_STEP,
): Steps<Adjacency> {
  const n = graph.neighbours.length;
  const { count, u: us, v: vs, weight: ws } = graph.edges;
  const offsets = new Int32Array(shared((n + 1) * Int32Array.BYTES_PER_ELEMENT));
  for (let e = 0; e < count; e += 1) {
    offsets[us[e]! + 1] = offsets[us[e]! + 1]! + 1;
    offsets[vs[e]! + 1] = offsets[vs[e]! + 1]! + 1;
  }
  for (let v = 0; v < n; v += 1) offsets[v + 1] = offsets[v + 1]! + offsets[v]!;
  yield;
  const targets = new Int32Array(shared(offsets[n]! * Int32Array.BYTES_PER_ELEMENT));
  const weights = new Float64Array(shared(offsets[n]! * Float64Array.BYTES_PER_ELEMENT));
  const fill = offsets.slice(0, n);
  for (let e = 0; e < count; e += 1) {
    const u = us[e]!;
    const v = vs[e]!;
    const weight = ws[e]!;
    targets[fill[u]!] = v;
    weights[fill[u]!] = weight;
    fill[u] = fill[u]! + 1;
    targets[fill[v]!] = u;
    weights[fill[v]!] = weight;
    fill[v] = fill[v]! + 1;
  }
  yield;
  for (let v = 0; v < n; v += 1) {
    if (v > 0 && v % perStep === 0) yield;
    sortRow(targets, weights, offsets[v]!, offsets[v + 1]!);
  }
  return { n, offsets, targets, weights };
}

/**
 * Shared memory: a task posted to a worker copies the adjacency otherwise, once per task (a region's
 * 4.4 MB: 2.9 ms to serialise on the event loop, and as much to read in the worker, for each of the
 * ten tasks of one analysis on two workers; shared, 0.01 ms). Read-only once built: no locks needed.
 */
const shared = (bytes: number): SharedArrayBuffer => new SharedArrayBuffer(bytes);

/** Sorts targets[from, to) ascending, moving the weights with them. */
function sortRow(targets: Int32Array, weights: Float64Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i += 1) {
    const t = targets[i]!;
    const w = weights[i]!;
    let j = i - 1;
    while (j >= from && targets[j]! > t) {
      targets[j + 1] = targets[j]!;
      weights[j + 1] = weights[j]!;
      j -= 1;
    }
    targets[j + 1] = t;
    weights[j + 1] = w;
  }
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
