import Graph from 'graphology';
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
  if (n <= 2) return { values: new Float64Array(n), samples: null };
  const { sources, samples } = betweennessSources(n, exactLimit, k);
  return scaledBetweenness([dependencySums(g, sources)], n, samples);
}

/**
 * Betweenness from the dependency sums of disjoint parts of the sources (one part per worker): their
 * sum, scaled by N/k when sampled and by 1/((N−1)(N−2)); 0 for every vertex when N ≤ 2.
 */
export function scaledBetweenness(parts: Float64Array[], n: number, samples: number | null): Betweenness {
  const values = new Float64Array(n);
  if (n <= 2) return { values, samples: null };
  for (const part of parts) for (let v = 0; v < n; v += 1) values[v] = values[v]! + part[v]!;
  const scale = (samples === null ? 1 : n / samples) / ((n - 1) * (n - 2));
  for (let v = 0; v < n; v += 1) values[v] = values[v]! * scale;
  return { values, samples };
}

/** The sources cut into at most `parts` contiguous runs of nearly equal length (none empty). */
export function splitSources(sources: Int32Array, parts: number): Int32Array[] {
  const count = Math.max(1, Math.min(parts, sources.length));
  return Array.from({ length: count }, (_, i) =>
    sources.subarray(
      Math.floor((i * sources.length) / count),
      Math.floor(((i + 1) * sources.length) / count),
    ),
  );
}

/** Every vertex when N is within the exact limit; else k seeded sources (and k). */
export function betweennessSources(
  n: number,
  exactLimit = EXACT_BETWEENNESS_LIMIT,
  k = BETWEENNESS_SAMPLES,
): { sources: Int32Array; samples: number | null } {
  if (n > exactLimit && k < n) return { sources: sampleSources(n, k, SAMPLE_SEED), samples: k };
  return { sources: Int32Array.from({ length: n }, (_, v) => v), samples: null };
}

/**
 * Σ_{s ∈ sources} δ_s(v) for every v, unscaled: sums over disjoint parts of the sources add up to the
 * sum over all of them, so the sources can be split between threads.
 *
 * Two shortcuts, exact by construction: a source without partners has no dependencies; a leaf s whose
 * only partner u has other partners has δ_s(v) = δ_u(v) for every v ≠ s, u (every path from s starts
 * with s–u) and δ_s(u) = r − 2 over the r stakeholders of its component, so its search is the one from
 * u, counted once more. About a fifth of a generated community are isolates or such leaves.
 */
export function dependencySums(g: Adjacency, sources: Int32Array): Float64Array {
  const { n, offsets, targets } = g;
  const values = new Float64Array(n);
  // roots[v]: how many sources search from v; folded[v]: how many of them are leaves folded onto v.
  const roots = new Float64Array(n);
  const folded = new Float64Array(n);
  for (const s of sources) {
    const degree = offsets[s + 1]! - offsets[s]!;
    if (degree === 0) continue;
    const u = targets[offsets[s]!]!;
    if (degree === 1 && offsets[u + 1]! - offsets[u]! > 1) {
      roots[u] = roots[u]! + 1;
      folded[u] = folded[u]! + 1;
    } else roots[s] = roots[s]! + 1;
  }

  const sigma = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  for (let s = 0; s < n; s += 1) {
    const times = roots[s]!;
    if (times === 0) continue;
    // BFS from s, recording the visiting order; predecessors are the neighbours one level up.
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      const paths = sigma[v]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e += 1) {
        const w = targets[e]!;
        const dw = dist[w]!;
        if (dw === -1) {
          dist[w] = next;
          order[tail++] = w;
          sigma[w] = paths;
        } else if (dw === next) sigma[w] = sigma[w]! + paths;
      }
    }
    // Dependencies in reverse BFS order: δ(v) = Σ_{w : v precedes w} σ(v)/σ(w)·(1 + δ(w)).
    for (let j = tail - 1; j > 0; j -= 1) {
      const w = order[j]!;
      const previous = dist[w]! - 1;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (let e = offsets[w]!, end = offsets[w + 1]!; e < end; e += 1) {
        const v = targets[e]!;
        if (dist[v] === previous) delta[v] = delta[v]! + sigma[v]! * coefficient;
      }
      values[w] = values[w]! + times * delta[w]!;
    }
    values[s] = values[s]! + folded[s]! * (tail - 2);
    for (let j = 0; j < tail; j += 1) {
      const v = order[j]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  return values;
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

/** Iterations after which PageRank gives up (it converges in well under a hundred on partner graphs). */
const PAGERANK_MAX_ITERATIONS = 10_000;
const DAMPING = 0.85;

/**
 * PageRank (Page et al. 1999) over the compressed rows: damping 0.85, uniform teleport, the mass of
 * vertices without edges spread uniformly, each edge weighted by w; stops when the L1 change of one
 * step is below 1e-10 (NetworkX's N·tol with tol = 1e-10/N). The same power iteration as
 * graphology-metrics' pagerank (the unit tests compare them), without building a graphology graph and
 * its neighbourhood index: 0.84 s → about 0.1 s of the 5 s a cold 40,000-stakeholder region spent in
 * the worker (bench/analytics.bench.ts profile, load 7).
 */
export function pageRank(g: Adjacency): Float64Array {
  const { n, offsets, targets, weights } = g;
  if (n === 0) return new Float64Array(0);
  const p = 1 / n;
  // share[e]: the part of its rank a vertex sends along edge e (w over its weighted degree).
  const share = new Float64Array(weights.length);
  const dangling: number[] = [];
  for (let v = 0; v < n; v += 1) {
    let strength = 0;
    for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e += 1) strength += weights[e]!;
    if (strength === 0) dangling.push(v);
    for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e += 1) share[e] = weights[e]! / strength;
  }
  let x = new Float64Array(n).fill(p);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < PAGERANK_MAX_ITERATIONS; iteration += 1) {
    let danglingMass = 0;
    for (const v of dangling) danglingMass += x[v]!;
    const base = DAMPING * danglingMass * p + (1 - DAMPING) * p;
    next.fill(0);
    for (let v = 0; v < n; v += 1) {
      const sent = DAMPING * x[v]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e += 1)
        next[targets[e]!] = next[targets[e]!]! + sent * share[e]!;
      next[v] = next[v]! + base;
    }
    let change = 0;
    for (let v = 0; v < n; v += 1) change += Math.abs(next[v]! - x[v]!);
    [x, next] = [next, x];
    if (change < PAGERANK_TOLERANCE) return x;
  }
  throw new Error(`PageRank did not converge in ${PAGERANK_MAX_ITERATIONS} iterations`);
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
