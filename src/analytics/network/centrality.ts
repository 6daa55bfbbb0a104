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
 *
 * Each search goes level by level (see searchLevels) and sums the dependencies back level by level
 * (see sumDependencies) instead of one vertex at a time with a level test per edge: 356 → 236 ms for
 * the exact betweenness of a generated community of 2,000, 1.27 → 0.81 s for the 256 sampled sources
 * of a region of 40,000 (min of 5 in one process; the same sums to a relative 1e-15).
 */
export function dependencySums(g: Adjacency, sources: Int32Array): Float64Array {
  const { n } = g;
  const values = new Float64Array(n);
  // roots[v]: how many sources search from v; folded[v]: how many of them are leaves folded onto v.
  const roots = new Float64Array(n);
  const folded = new Float64Array(n);
  for (const s of sources) {
    const root = searchRoot(g, s);
    if (root === -1) continue;
    roots[root] = roots[root]! + 1;
    if (root !== s) folded[root] = folded[root]! + 1;
  }
  const search = newSearch(n);
  for (let s = 0; s < n; s += 1) {
    const times = roots[s]!;
    if (times === 0) continue;
    const depth = searchLevels(g, search, s);
    sumDependencies(g, search, depth, times, values);
    const reached = search.levelStart[depth + 1]!;
    values[s] = values[s]! + folded[s]! * (reached - 2);
    for (let j = 0; j < reached; j += 1) {
      const v = search.order[j]!;
      search.dist[v] = -1;
      search.coefficient[v] = 0;
    }
  }
  return values;
}

/** The vertex whose search serves source s (see dependencySums): s, its partner if s is a leaf, −1 if none. */
export function searchRoot(g: Adjacency, s: number): number {
  const { offsets, targets } = g;
  const degree = offsets[s + 1]! - offsets[s]!;
  if (degree === 0) return -1;
  const u = targets[offsets[s]!]!;
  return degree === 1 && offsets[u + 1]! - offsets[u]! > 1 ? u : s;
}

/**
 * The sources cut into at most `parts` runs (none empty) with nearly equal numbers of searches: ordered
 * by the search that serves them, so a leaf lands with its partner and their search is made once, not
 * once per part (cut in source order into 8, a generated community of 2,000 made 1,694 searches
 * instead of 1,586), and without the isolated vertices, which need none. Copies, not views: a view
 * posted to a worker takes its whole buffer along.
 */
export function splitSources(g: Adjacency, sources: Int32Array, parts: number): Int32Array[] {
  const roots = new Int32Array(g.n);
  for (const s of sources) roots[s] = searchRoot(g, s);
  const ordered = sources.filter((s) => roots[s] !== -1).sort((a, b) => roots[a]! - roots[b]! || a - b);
  // groupStart[i]: where the sources of the i-th search begin in `ordered`.
  const groupStart = [0];
  for (let i = 1; i < ordered.length; i += 1)
    if (roots[ordered[i]!] !== roots[ordered[i - 1]!]) groupStart.push(i);
  groupStart.push(ordered.length);
  const searches = groupStart.length - 1;
  const count = Math.max(1, Math.min(parts, searches));
  return Array.from({ length: count }, (_, i) =>
    ordered.slice(
      groupStart[Math.floor((i * searches) / count)],
      groupStart[Math.floor(((i + 1) * searches) / count)],
    ),
  );
}

/** One breadth-first search's arrays, reused from source to source (and reset by the caller). */
interface Search {
  /** Levels from the source, −1 where not reached. */
  dist: Int32Array;
  /** σ: the number of shortest paths from the source. */
  sigma: Float64Array;
  /** (1 + δ(w))/σ(w) of the vertices already summed back; 0 elsewhere. */
  coefficient: Float64Array;
  /** The vertices reached, level by level; level d is order[levelStart[d] .. levelStart[d + 1]). */
  order: Int32Array;
  levelStart: Int32Array;
  /** Scratch: σ on the current level and 0 elsewhere (bottom-up steps; all 0 between steps). */
  frontier: Float64Array;
  unvisited: Int32Array;
  /** Scratch: the coefficients of one level, by position in order, until the level is summed. */
  levelCoefficients: Float64Array;
}

const newSearch = (n: number): Search => ({
  dist: new Int32Array(n).fill(-1),
  sigma: new Float64Array(n),
  coefficient: new Float64Array(n),
  order: new Int32Array(n),
  levelStart: new Int32Array(n + 2),
  frontier: new Float64Array(n),
  unvisited: new Int32Array(n),
  levelCoefficients: new Float64Array(n),
});

/**
 * A step bottom-up costs about a third of a step top-down per edge (a sum without a test against a
 * visit with one), so it is taken once the unvisited vertices have fewer than 3× the frontier's edges.
 */
const BOTTOM_UP_RATIO = 3;

/**
 * Breadth-first search from s filling dist, σ and the levels; returns the deepest level. A step from
 * level d is top-down (the frontier's rows: new vertices join level d + 1, σ is pushed to those on it)
 * or, when most edges are on the frontier, bottom-up (Beamer et al. 2012): each unvisited vertex sums σ
 * over its row with σ masked to the frontier, without a branch per edge, and joins level d + 1 when the
 * sum is positive. σ are whole path counts, so both orders of summing give the same σ.
 */
function searchLevels(g: Adjacency, search: Search, s: number): number {
  const { n, offsets, targets } = g;
  const { dist, sigma, order, levelStart, frontier, unvisited } = search;
  let tail = 0;
  order[tail++] = s;
  dist[s] = 0;
  sigma[s] = 1;
  levelStart[0] = 0;
  levelStart[1] = 1;
  let edgesLeft = offsets[n]! - (offsets[s + 1]! - offsets[s]!);
  // The unvisited vertices, once a bottom-up step has listed them (-1: not listed yet).
  let left = -1;
  for (let depth = 0; ; depth += 1) {
    const from = levelStart[depth]!;
    const to = levelStart[depth + 1]!;
    const next = depth + 1;
    let frontierEdges = 0;
    for (let j = from; j < to; j += 1) frontierEdges += offsets[order[j]! + 1]! - offsets[order[j]!]!;
    if (frontierEdges * BOTTOM_UP_RATIO <= edgesLeft) {
      for (let j = from; j < to; j += 1) {
        const v = order[j]!;
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
      if (left >= 0) left = keepUnvisited(unvisited, left, dist);
    } else {
      if (left < 0) left = listUnvisited(unvisited, dist);
      for (let j = from; j < to; j += 1) frontier[order[j]!] = sigma[order[j]!]!;
      let kept = 0;
      for (let i = 0; i < left; i += 1) {
        const w = unvisited[i]!;
        let paths = 0;
        for (let e = offsets[w]!, end = offsets[w + 1]!; e < end; e += 1) paths += frontier[targets[e]!]!;
        if (paths > 0) {
          dist[w] = next;
          sigma[w] = paths;
          order[tail++] = w;
        } else unvisited[kept++] = w;
      }
      left = kept;
      for (let j = from; j < to; j += 1) frontier[order[j]!] = 0;
    }
    if (tail === to) return depth;
    for (let j = to; j < tail; j += 1) edgesLeft -= offsets[order[j]! + 1]! - offsets[order[j]!]!;
    levelStart[next + 1] = tail;
  }
}

function listUnvisited(unvisited: Int32Array, dist: Int32Array): number {
  let count = 0;
  for (let w = 0; w < dist.length; w += 1) if (dist[w] === -1) unvisited[count++] = w;
  return count;
}

function keepUnvisited(unvisited: Int32Array, count: number, dist: Int32Array): number {
  let kept = 0;
  for (let i = 0; i < count; i += 1) if (dist[unvisited[i]!] === -1) unvisited[kept++] = unvisited[i]!;
  return kept;
}

/**
 * Adds times·δ(v) to values for every vertex reached but the source, from the deepest level up:
 * δ(v) = σ(v)·Σ_{w one level below v} (1 + δ(w))/σ(w). A level's neighbours lie on the level above,
 * its own or the one below, and only the one below has its coefficients written yet, so each vertex
 * sums the coefficients of its whole row, without testing levels; a level's coefficients are written
 * once the whole level is summed.
 */
function sumDependencies(
  g: Adjacency,
  search: Search,
  depth: number,
  times: number,
  values: Float64Array,
): void {
  const { offsets, targets } = g;
  const { sigma, coefficient, order, levelStart, levelCoefficients } = search;
  for (let d = depth; d > 0; d -= 1) {
    const from = levelStart[d]!;
    const to = levelStart[d + 1]!;
    for (let j = from; j < to; j += 1) {
      const v = order[j]!;
      let below = 0;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e += 1) below += coefficient[targets[e]!]!;
      const delta = sigma[v]! * below;
      values[v] = values[v]! + times * delta;
      levelCoefficients[j] = (1 + delta) / sigma[v]!;
    }
    for (let j = from; j < to; j += 1) coefficient[order[j]!] = levelCoefficients[j]!;
  }
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
 * the worker (bench/analytics.bench.ts profile, load 7). Each vertex pulls its rank from its row
 * (one write per vertex, not one per edge): 7.8 → 5.5 ms for a generated community of 2,000,
 * 158 → 154 ms for a region of 40,000 (min of 8), with the same ranks bit for bit.
 */
export function pageRank(g: Adjacency): Float64Array {
  const { n, offsets, targets, weights } = g;
  if (n === 0) return new Float64Array(0);
  const p = 1 / n;
  const strength = new Float64Array(n);
  const dangling: number[] = [];
  for (let v = 0; v < n; v += 1) {
    let total = 0;
    for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e += 1) total += weights[e]!;
    strength[v] = total;
    if (total === 0) dangling.push(v);
  }
  // share[e] for the edge e = v–t of v's row: the part of t's rank sent to v (w over t's strength).
  const share = new Float64Array(weights.length);
  for (let v = 0; v < n; v += 1)
    for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e += 1)
      share[e] = weights[e]! / strength[targets[e]!]!;
  let x = new Float64Array(n).fill(p);
  let next = new Float64Array(n);
  const sent = new Float64Array(n);
  for (let iteration = 0; iteration < PAGERANK_MAX_ITERATIONS; iteration += 1) {
    let danglingMass = 0;
    for (const v of dangling) danglingMass += x[v]!;
    const base = DAMPING * danglingMass * p + (1 - DAMPING) * p;
    for (let v = 0; v < n; v += 1) sent[v] = DAMPING * x[v]!;
    let change = 0;
    for (let v = 0; v < n; v += 1) {
      // Summed in the order a push from every vertex in turn would add them: the teleport share
      // between the neighbours below v and those above, so the ranks are the same to the last bit.
      let rank = 0;
      let e = offsets[v]!;
      const end = offsets[v + 1]!;
      for (; e < end && targets[e]! < v; e += 1) rank += sent[targets[e]!]! * share[e]!;
      rank += base;
      for (; e < end; e += 1) rank += sent[targets[e]!]! * share[e]!;
      next[v] = rank;
      change += Math.abs(rank - x[v]!);
    }
    [x, next] = [next, x];
    if (change < PAGERANK_TOLERANCE) return x;
  }
  throw new Error(`PageRank did not converge in ${PAGERANK_MAX_ITERATIONS} iterations`);
}
