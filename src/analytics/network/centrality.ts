import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { degreeOf, seededRandom, type Adjacency } from './adjacency';

/** Exact betweenness up to this many stakeholders; above it, Brandes from a seeded sample of sources. */
export const EXACT_BETWEENNESS_LIMIT = 5_000;
/** Sources sampled above the limit (k): about 1 s of work for a 40,000-stakeholder region on one core. */
export const BETWEENNESS_SAMPLES = 256;
const SAMPLE_SEED = 20_261_202;

export interface Betweenness {
  values: Float64Array;
  /** null when every vertex was a source (exact); else k, the sampled sources. */
  samples: number | null;
}

/** Degree centrality deg(v)/(N−1); 0 when N < 2. */
export function degreeCentrality(g: Adjacency, v: number): number {
  return g.n < 2 ? 0 : degreeOf(g, v) / (g.n - 1);
}

/**
 * Brandes (2001) betweenness of an undirected, unweighted graph, normalised as NetworkX does:
 * the sum over sources s of the dependencies δ_s(v) counts each unordered pair twice, and is scaled by
 * 1/((N−1)(N−2)) — the same as 2/((N−1)(N−2)) over unordered pairs. With k sampled sources the sum is
 * first scaled by N/k (an unbiased estimate). 0 for every vertex when N ≤ 2.
 */
export function betweenness(
  g: Adjacency,
  exactLimit = EXACT_BETWEENNESS_LIMIT,
  k = BETWEENNESS_SAMPLES,
): Betweenness {
  const { n } = g;
  const values = new Float64Array(n);
  if (n <= 2) return { values, samples: null };
  const sampled = n > exactLimit && k < n;
  const sources = sampled ? sampleSources(n, k, SAMPLE_SEED) : null;
  const count = sources ? sources.length : n;

  const sigma = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  for (let i = 0; i < count; i += 1) {
    const s = sources ? sources[i]! : i;
    // BFS from s, recording the visiting order; predecessors are the neighbours one level up.
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++]!;
      const dv = dist[v]!;
      for (let e = g.offsets[v]!, end = g.offsets[v + 1]!; e < end; e += 1) {
        const w = g.targets[e]!;
        if (dist[w] === -1) {
          dist[w] = dv + 1;
          order[tail++] = w;
        }
        if (dist[w] === dv + 1) sigma[w] = sigma[w]! + sigma[v]!;
      }
    }
    // Dependencies in reverse BFS order: δ(v) = Σ_{w : v precedes w} σ(v)/σ(w)·(1 + δ(w)).
    for (let j = tail - 1; j >= 0; j -= 1) {
      const w = order[j]!;
      const dw = dist[w]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (let e = g.offsets[w]!, end = g.offsets[w + 1]!; e < end; e += 1) {
        const v = g.targets[e]!;
        if (dist[v] === dw - 1) delta[v] = delta[v]! + sigma[v]! * coefficient;
      }
      if (w !== s) values[w] = values[w]! + delta[w]!;
    }
    for (let j = 0; j < tail; j += 1) {
      const v = order[j]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  const scale = (sampled ? n / count : 1) / ((n - 1) * (n - 2));
  for (let v = 0; v < n; v += 1) values[v] = values[v]! * scale;
  return { values, samples: sampled ? count : null };
}

/** k distinct vertices, drawn by a partial Fisher–Yates shuffle from a seeded generator. */
export function sampleSources(n: number, k: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i += 1) pool[i] = i;
  for (let i = 0; i < k; i += 1) {
    const j = i + Math.floor(random() * (n - i));
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.slice(0, k).sort();
}

/**
 * Closeness with the Wasserman–Faust correction (NetworkX `wf_improved`):
 * ((r−1)/(N−1))·((r−1)/Σ_u d(v,u)) over the r vertices of v's component; 0 for an isolated vertex.
 * One BFS per vertex asked for; `scratch` (length N, all −1) is reused and left as it was found.
 */
export function closeness(g: Adjacency, v: number, scratch = new Int32Array(g.n).fill(-1)): number {
  if (g.n < 2) return 0;
  const queue = new Int32Array(g.n);
  let head = 0;
  let tail = 0;
  queue[tail++] = v;
  scratch[v] = 0;
  let total = 0;
  while (head < tail) {
    const x = queue[head++]!;
    const dx = scratch[x]!;
    total += dx;
    for (let e = g.offsets[x]!, end = g.offsets[x + 1]!; e < end; e += 1) {
      const y = g.targets[e]!;
      if (scratch[y] === -1) {
        scratch[y] = dx + 1;
        queue[tail++] = y;
      }
    }
  }
  for (let i = 0; i < tail; i += 1) scratch[queue[i]!] = -1;
  const reached = tail - 1;
  return total === 0 ? 0 : (reached / (g.n - 1)) * (reached / total);
}

export function closenessOf(g: Adjacency, vertices: readonly number[] | Int32Array): Float64Array {
  const scratch = new Int32Array(g.n).fill(-1);
  const out = new Float64Array(vertices.length);
  vertices.forEach((v, i) => (out[i] = closeness(g, v, scratch)));
  return out;
}

/** L1 change between two iterations below which PageRank has converged. */
export const PAGERANK_TOLERANCE = 1e-10;

/**
 * PageRank (Page et al. 1999) with graphology-metrics: damping 0.85, uniform teleport, the mass of
 * vertices without edges spread uniformly, each edge weighted by w. graphology stops when the L1
 * change is below N·tolerance (NetworkX's convention), so the tolerance passed is 1e-10/N.
 */
export function pageRank(graph: Graph, n: number): Float64Array {
  const values = new Float64Array(n);
  if (n === 0) return values;
  const ranks = pagerank(graph, {
    alpha: 0.85,
    getEdgeWeight: 'weight',
    tolerance: PAGERANK_TOLERANCE / n,
    maxIterations: 10_000,
  });
  for (const [key, value] of Object.entries(ranks)) values[Number(key)] = value;
  return values;
}

/** The graphology graph of an adjacency (nodes keyed by vertex index, added in id order). */
export function graphologyOf(g: Adjacency): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let v = 0; v < g.n; v += 1) graph.addNode(String(v));
  for (let v = 0; v < g.n; v += 1)
    for (let e = g.offsets[v]!, end = g.offsets[v + 1]!; e < end; e += 1) {
      const t = g.targets[e]!;
      if (t > v) graph.addUndirectedEdge(String(v), String(t), { weight: g.weights[e]! });
    }
  return graph;
}
