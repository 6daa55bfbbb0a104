import graphologyLouvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import graphologyPagerank from 'graphology-metrics/centrality/pagerank';
import graphologyModularity from 'graphology-metrics/graph/modularity';
import { adjacencyOf, seededRandom, type Adjacency } from '../../../src/analytics/network/adjacency';
import { edgeListOf } from '../../support/edge-list-of';
import {
  betweenness,
  betweennessSources,
  closeness,
  closenessOf,
  degreeCentrality,
  dependencySums,
  pageRank,
  searchRoot,
  splitSources,
} from '../../../src/analytics/network/centrality';
import {
  clusterBridges,
  clusterProfiles,
  clustersOf,
  componentsOf,
  LOUVAIN_SEED,
} from '../../../src/analytics/network/clusters';
import { introductionPaths } from '../../../src/analytics/network/introduction-paths';
import { modularityOf } from '../../../src/analytics/network/louvain';
import { Sector } from '../../../src/domain/enums';
import { graphologyOf } from '../../support/graphology-of';

/** An adjacency from an edge list [u, v, w?] over vertices 0..n−1 (vertex order = id order). */
function graphOf(n: number, edges: [number, number, number?][]): Adjacency {
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (const [u, v] of edges) {
    neighbours[u]!.push(v);
    neighbours[v]!.push(u);
  }
  neighbours.forEach((list) => list.sort((a, b) => a - b));
  return adjacencyOf({
    neighbours,
    edges: edgeListOf(edges.map(([u, v, w]) => ({ u, v, weight: w ?? 1, substantiveWeight: w ?? 1 }))),
  });
}

const all = (g: Adjacency, values: (v: number) => number): number[] =>
  Array.from({ length: g.n }, (_, v) => values(v));

// P4: 0 – 1 – 2 – 3
const PATH = graphOf(4, [
  [0, 1],
  [1, 2],
  [2, 3],
]);
// Star: centre 0, leaves 1..4
const STAR = graphOf(5, [
  [0, 1],
  [0, 2],
  [0, 3],
  [0, 4],
]);
// Two triangles {0,1,2} and {3,4,5} joined by the bridge 2 – 3
const TRIANGLES = graphOf(6, [
  [0, 1],
  [0, 2],
  [1, 2],
  [2, 3],
  [3, 4],
  [3, 5],
  [4, 5],
]);

describe('degree centrality', () => {
  it('is deg(v)/(N−1): 1/3 at the ends of a 4-path, 2/3 inside', () => {
    expect(all(PATH, (v) => degreeCentrality(PATH, v))).toEqual([1 / 3, 2 / 3, 2 / 3, 1 / 3]);
  });

  it('is 0 for a lone stakeholder (N < 2)', () => {
    expect(degreeCentrality(graphOf(1, []), 0)).toBe(0);
  });
});

describe('betweenness (Brandes, normalised by 2/((N−1)(N−2)))', () => {
  it('gives the inner vertices of a 4-path 2/3 each', () => {
    // Vertex 1 is on the shortest paths of {0,2} and {0,3}: 2 pairs · 2/(3·2) = 2/3; likewise vertex 2.
    const { values, samples } = betweenness(PATH);
    expect([...values].map((x) => +x.toFixed(12))).toEqual([0, 0.666666666667, 0.666666666667, 0]);
    expect(samples).toBeNull();
  });

  it('gives the centre of a 5-star 1 and the leaves 0', () => {
    // All C(4,2) = 6 leaf pairs pass the centre: 6 · 2/(4·3) = 1.
    expect([...betweenness(STAR).values]).toEqual([1, 0, 0, 0, 0]);
  });

  it('gives both ends of the bridge between two triangles 0.6', () => {
    // Vertex 2 separates {0,1} from {3,4,5}: 2·3 = 6 pairs · 2/(5·4) = 0.6; likewise vertex 3.
    expect([...betweenness(TRIANGLES).values].map((x) => +x.toFixed(12))).toEqual([0, 0, 0.6, 0.6, 0, 0]);
  });

  it('splits a pair between two shortest paths (a 4-cycle gives each vertex 1/6)', () => {
    // 0–1–3–2–0: pair {0,3} has paths via 1 and via 2, so each gets ½; each vertex is the middle of
    // one opposite pair: ½ · 2/(3·2) = 1/6.
    const cycle = graphOf(4, [
      [0, 1],
      [1, 3],
      [3, 2],
      [2, 0],
    ]);
    expect([...betweenness(cycle).values].map((x) => +x.toFixed(12))).toEqual(Array(4).fill(0.166666666667));
  });

  it('counts a leaf with the search from its partner: a triangle with a tail gives the attaching vertex 2/3', () => {
    // 0–1–2–0 with the leaf 3 on 2: vertex 2 is on every path from 3 to 0 and to 1 (2 pairs), so
    // 2 · 2/(3·2) = 2/3; the others 0. The search from the leaf 3 is the one from 2, counted again.
    const tailed = graphOf(4, [
      [0, 1],
      [1, 2],
      [2, 0],
      [2, 3],
    ]);
    expect([...betweenness(tailed).values].map((x) => +x.toFixed(12))).toEqual([0, 0, 0.666666666667, 0]);
  });

  it('sums dependencies over parts of the sources to the sum over all of them', () => {
    const g = randomGraph(80, 120, 5);
    const { sources } = betweennessSources(g.n);
    const whole = dependencySums(g, sources);
    const first = dependencySums(g, sources.subarray(0, 30));
    const rest = dependencySums(g, sources.subarray(30));
    whole.forEach((x, v) => expect(first[v]! + rest[v]!).toBeCloseTo(x, 9));
    // And the whole, scaled, is the betweenness.
    const scale = 1 / (79 * 78);
    betweenness(g).values.forEach((x, v) => expect(x).toBeCloseTo(whole[v]! * scale, 12));
  });

  it('cuts the sources into parts of nearly equal searches: a leaf with its partner, isolated vertices in none', () => {
    // Triangle 1–2–3, the leaf 0 on 3, the leaf 4 on 1, 5 alone. Searches: 0 → 3, 4 → 1, 5 → none;
    // so three searches: from 1 (sources 1, 4), from 2, from 3 (sources 0, 3).
    const g = graphOf(6, [
      [1, 2],
      [2, 3],
      [3, 1],
      [0, 3],
      [4, 1],
    ]);
    expect(all(g, (v) => searchRoot(g, v))).toEqual([3, 1, 2, 3, 1, -1]);
    const sources = Int32Array.from([0, 1, 2, 3, 4, 5]);
    const parts = (count: number): number[][] => splitSources(g, sources, count).map((p) => [...p]);
    expect(parts(1)).toEqual([[1, 4, 2, 0, 3]]);
    expect(parts(2)).toEqual([
      [1, 4],
      [2, 0, 3],
    ]);
    expect(parts(5)).toEqual([[1, 4], [2], [0, 3]]);
    // The parts' sums add up to the whole.
    const whole = dependencySums(g, sources);
    const sums = splitSources(g, sources, 2).map((part) => dependencySums(g, part));
    whole.forEach((x, v) => expect(sums[0]![v]! + sums[1]![v]!).toBeCloseTo(x, 12));
  });

  it('is 0 everywhere for N ≤ 2', () => {
    expect([...betweenness(graphOf(2, [[0, 1]])).values]).toEqual([0, 0]);
  });

  it('matches graphology-metrics on a random graph of 60 vertices', () => {
    const g = randomGraph(60, 150, 7);
    const expected = betweennessCentrality(graphologyOf(g), { normalized: true });
    const { values } = betweenness(g);
    values.forEach((x, v) => expect(x).toBeCloseTo(expected[String(v)]!, 12));
  });

  it('matches graphology-metrics on a dense graph beside a sparse one (steps bottom-up and top-down)', () => {
    // Vertices 0..99 with 900 edges (most searches there end bottom-up), 100..159 a sparse forest-like
    // part with 70 edges, and a few isolated vertices: the listed unvisited vertices span components.
    const dense = randomGraph(100, 900, 13);
    const sparse = randomGraph(60, 70, 17);
    const edges: [number, number][] = [];
    for (const [g, base] of [
      [dense, 0],
      [sparse, 100],
    ] as const)
      for (let v = 0; v < g.n; v += 1)
        for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e += 1)
          if (g.targets[e]! > v) edges.push([base + v, base + g.targets[e]!]);
    const g = graphOf(165, edges);
    const expected = betweennessCentrality(graphologyOf(g), { normalized: true });
    betweenness(g).values.forEach((x, v) => expect(x).toBeCloseTo(expected[String(v)]!, 12));
  });

  it('above the exact limit samples k seeded sources, reproducibly, and says k', () => {
    const g = randomGraph(200, 600, 3);
    const first = betweenness(g, 100, 50);
    const again = betweenness(g, 100, 50);
    expect(first.samples).toBe(50);
    expect([...again.values]).toEqual([...first.values]);
    // The estimate differs from the exact values but keeps their scale.
    const exact = betweenness(g);
    const sum = (a: Float64Array): number => a.reduce((s, x) => s + x, 0);
    expect(sum(first.values) / sum(exact.values)).toBeGreaterThan(0.7);
    expect(sum(first.values) / sum(exact.values)).toBeLessThan(1.3);
  });
});

describe('closeness (Wasserman–Faust)', () => {
  it('is (r−1)/Σd on a connected 4-path: 1/2 at an end, 3/4 inside', () => {
    // End 0: distances 1+2+3 = 6 → (3/3)·(3/6) = 0.5. Vertex 1: 1+1+2 = 4 → 3/4.
    expect(all(PATH, (v) => closeness(PATH, v))).toEqual([0.5, 0.75, 0.75, 0.5]);
  });

  it('gives a star its centre 1 and each leaf 4/7', () => {
    // Leaf: 1 to the centre + 2 to each of 3 leaves = 7 → (4/4)·(4/7).
    expect([...closenessOf(STAR, [0, 1])]).toEqual([1, 4 / 7]);
  });

  it('scales by the component: a pair within 9 vertices gets (1/8)·(1/1); an isolated vertex 0', () => {
    // Two triangles with a bridge (0–5), an isolated vertex 6 and the pair 7 – 8.
    const g = graphOf(9, [
      [0, 1],
      [0, 2],
      [1, 2],
      [2, 3],
      [3, 4],
      [3, 5],
      [4, 5],
      [7, 8],
    ]);
    expect(closeness(g, 7)).toBe(0.125);
    expect(closeness(g, 6)).toBe(0);
    // Vertex 2 reaches 5 others at distances 1,1,1,2,2 = 7: (5/8)·(5/7).
    expect(closeness(g, 2)).toBeCloseTo((5 / 8) * (5 / 7), 15);
  });

  it('matches graphology-metrics (wassermanFaust) on a random graph with several components', () => {
    const g = randomGraph(60, 45, 11);
    const expected = closenessCentrality(graphologyOf(g), { wassermanFaust: true });
    all(g, (v) => closeness(g, v)).forEach((x, v) => expect(x).toBeCloseTo(expected[String(v)]!, 12));
  });
});

describe('PageRank (0.85, weighted, dangling mass spread uniformly, L1 change below 1e-10)', () => {
  it('gives a 5-star centre 0.132/0.2775', () => {
    // Leaves L, centre C: L = 0.03 + 0.85·C/4, C = 0.03 + 0.85·4L, C + 4L = 1 → C = 0.132/0.2775.
    const ranks = pageRank(STAR);
    expect(ranks[0]).toBeCloseTo(0.132 / 0.2775, 9);
    expect(ranks[1]).toBeCloseTo((1 - 0.132 / 0.2775) / 4, 9);
  });

  it('sends mass along edges in proportion to w', () => {
    // 0 –(w 3)– 1 –(w 1)– 2: x1 = 0.05 + 0.85(x0 + x2), x0 = 0.05 + 0.85·¾x1, x2 = 0.05 + 0.85·¼x1
    // → x1 = 0.135/0.2775 = 0.486486…, x0 = 0.05 + 0.6375·x1, x2 = 0.05 + 0.2125·x1.
    const ranks = pageRank(
      graphOf(3, [
        [0, 1, 3],
        [1, 2, 1],
      ]),
    );
    const x1 = 0.135 / 0.2775;
    expect([...ranks].map((x) => +x.toFixed(9))).toEqual(
      [0.05 + 0.6375 * x1, x1, 0.05 + 0.2125 * x1].map((x) => +x.toFixed(9)),
    );
  });

  it('spreads the mass of a vertex without edges over all vertices', () => {
    // 0 – 1 and the isolated 2: x2 = 0.05 + 0.85·x2/3 → x2 = 0.05/(1 − 0.85/3); x0 = x1 = (1 − x2)/2.
    const ranks = pageRank(graphOf(3, [[0, 1]]));
    const x2 = 0.05 / (1 - 0.85 / 3);
    expect(ranks[2]).toBeCloseTo(x2, 9);
    expect(ranks[0]).toBeCloseTo((1 - x2) / 2, 9);
  });

  it('gives, bit for bit, the ranks of the power iteration pushing each rank along the edges', () => {
    // The textbook step: every vertex in turn sends 0.85·x·w/strength to each neighbour, then takes
    // its teleport and dangling share. The vertices the random edges miss hold dangling mass.
    const g = randomGraph(70, 120, 19, true);
    const n = g.n;
    const strength = all(g, (v) => {
      let s = 0;
      for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e += 1) s += g.weights[e]!;
      return s;
    });
    let x = new Float64Array(n).fill(1 / n);
    for (let change = 1; change >= 1e-10;) {
      const dangling = strength.reduce((sum, s, v) => (s === 0 ? sum + x[v]! : sum), 0);
      const base = (0.85 * dangling) / n + 0.15 / n;
      const next = new Float64Array(n);
      for (let v = 0; v < n; v += 1) {
        const sent = 0.85 * x[v]!;
        for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e += 1) {
          const t = g.targets[e]!;
          next[t] = next[t]! + sent * (g.weights[e]! / strength[v]!);
        }
        next[v] = next[v]! + base;
      }
      change = next.reduce((sum, y, v) => sum + Math.abs(y - x[v]!), 0);
      x = next;
    }
    expect([...pageRank(g)]).toEqual([...x]);
  });

  it('matches graphology-metrics pagerank on a random weighted graph of 60 vertices', () => {
    const g = randomGraph(60, 150, 11, true);
    const expected = graphologyPagerank(graphologyOf(g), {
      alpha: 0.85,
      getEdgeWeight: 'weight',
      tolerance: 1e-10 / 60,
      maxIterations: 10_000,
    });
    pageRank(g).forEach((x, v) => expect(x).toBeCloseTo(expected[String(v)]!, 12));
  });
});

describe('components', () => {
  it('counts components, their sizes largest first, and isolates', () => {
    const g = graphOf(9, [
      [0, 1],
      [1, 2],
      [3, 4],
      [3, 5],
      [4, 5],
      [2, 3],
      [7, 8],
    ]);
    expect(componentsOf(g)).toEqual({ count: 3, sizes: [6, 2, 1], isolates: 1 });
  });
});

describe('clusters (Louvain) and their modularity', () => {
  it('splits two bridged triangles into the triangles, with Q = 5/14', () => {
    // m = 7; each triangle has 3 inner edges and degree sum 2+2+3 = 7:
    // Q = 2·(3/7 − (7/14)²) = 2·(12/28 − 7/28) = 5/14.
    const partition = clustersOf(TRIANGLES);
    expect([...partition.membership]).toEqual([0, 0, 0, 1, 1, 1]);
    expect(partition.count).toBe(2);
    expect(partition.modularity).toBeCloseTo(5 / 14, 12);
  });

  it('gives the same partition for the same data, run after run', () => {
    const g = randomGraph(300, 900, 5);
    const first = clustersOf(g);
    const again = clustersOf(g);
    expect([...again.membership]).toEqual([...first.membership]);
    expect(again.modularity).toBe(first.modularity);
  });

  it('weighs edges by w in Q (Louvain keeps the heavy bridge inside one cluster)', () => {
    // The two triangles with the bridge 2 – 3 weighted 3. Louvain returns {0,1}, {2,3}, {4,5}, as
    // graphology-communities-louvain does (the triangles would score 1/6: Louvain's local optimum).
    // Total weight 9 (2m = 18). Inner weights 1 + 3 + 1 = 5; strengths {0,1}: 2+2 = 4,
    // {2,3}: 5+5 = 10, {4,5}: 4. Q = 5/9 − (4² + 10² + 4²)/18² = 180/324 − 132/324 = 4/27.
    const weighted = graphOf(6, [
      [0, 1],
      [0, 2],
      [1, 2],
      [2, 3, 3],
      [3, 4],
      [3, 5],
      [4, 5],
    ]);
    const partition = clustersOf(weighted);
    expect([...partition.membership]).toEqual([0, 0, 1, 1, 2, 2]);
    expect(partition.modularity).toBeCloseTo(4 / 27, 12);
  });

  it('merges clusters of clusters: a ring of four K4s, each joined to the next by one edge, gives the K4s and Q = 17/28', () => {
    // m = 4·6 + 4 = 28; each K4 holds 6 edges and a degree sum of 4·3 + 2 = 14:
    // Q = 4·(6/28 − (14/56)²) = 4·(6/28 − 1/16) = 17/28.
    const edges: [number, number][] = [];
    for (let clique = 0; clique < 4; clique += 1) {
      const first = clique * 4;
      for (let i = 0; i < 4; i += 1) for (let j = i + 1; j < 4; j += 1) edges.push([first + i, first + j]);
      edges.push([first + 3, ((clique + 1) % 4) * 4]);
    }
    const partition = clustersOf(graphOf(16, edges));
    expect([...partition.membership]).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]);
    expect(partition.modularity).toBeCloseTo(17 / 28, 12);
  });

  it("computes Q as graphology-metrics' weighted modularity does, for any partition", () => {
    const g = randomGraph(120, 400, 17, true);
    const membership = Int32Array.from({ length: g.n }, (_, v) => v % 7);
    const expected = graphologyModularity(graphologyOf(g), {
      getNodeCommunity: (node: string) => membership[Number(node)]!,
      getEdgeWeight: 'weight',
    });
    expect(modularityOf(g, membership, 7)).toBeCloseTo(expected, 12);
  });

  it("finds partitions as good as graphology-communities-louvain's on random weighted graphs", () => {
    for (const [n, m, seed] of [
      [300, 900, 5],
      [500, 1_200, 11],
      [400, 2_000, 23],
    ] as const) {
      const g = randomGraph(n, m, seed, true);
      const graph = graphologyOf(g);
      const theirs = graphologyLouvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) });
      const theirQ = graphologyModularity(graph, {
        getNodeCommunity: (node: string) => theirs[node]!,
        getEdgeWeight: 'weight',
      });
      expect(clustersOf(g).modularity).toBeGreaterThan(theirQ - 0.01);
    }
  });

  it('has no modularity without edges; every vertex is its own cluster', () => {
    expect(clustersOf(graphOf(3, []))).toEqual({
      membership: Int32Array.from([0, 1, 2]),
      count: 3,
      modularity: null,
    });
  });

  it('profiles each cluster: size, sector counts, Blau, dominant sector and share, silo flag', () => {
    const E = Sector.EDUCATION;
    // Cluster 0: four schools → share 1, silo. Cluster 1: PUBLIC + PRIVATE → Blau ½, dominant PUBLIC
    // (enum order breaks the tie), too small for a silo. Cluster 2: 2 SPORT + 1 CULTURAL → share ⅔ <
    // ¾, Blau 1 − (4/9 + 1/9) = 4/9.
    const membership = Int32Array.from([0, 0, 0, 0, 1, 1, 2, 2, 2]);
    const sectors = [E, E, E, E, Sector.PRIVATE, Sector.PUBLIC, Sector.SPORT, Sector.CULTURAL, Sector.SPORT];
    const profiles = clusterProfiles({ membership, count: 3, modularity: null }, sectors);
    expect(
      profiles.map(({ size, blau, dominantSector, dominantShare, silo }) => ({
        size,
        blau,
        dominantSector,
        dominantShare,
        silo,
      })),
    ).toEqual([
      { size: 4, blau: 0, dominantSector: E, dominantShare: 1, silo: true },
      { size: 2, blau: 0.5, dominantSector: Sector.PUBLIC, dominantShare: 0.5, silo: false },
      {
        size: 3,
        blau: expect.closeTo(4 / 9, 12),
        dominantSector: Sector.SPORT,
        dominantShare: 2 / 3,
        silo: false,
      },
    ]);
    expect(profiles[2]!.sectorCounts.filter((s) => s.count > 0)).toEqual([
      { sector: Sector.CULTURAL, count: 1 },
      { sector: Sector.SPORT, count: 2 },
    ]);
  });

  it('lists as cluster bridges the stakeholders reaching two or more other clusters, by clusters reached, betweenness, id', () => {
    // Clusters reached: 0 → {1,2,3}, 1 → {0,2,4} (3 each; 0 has the higher betweenness);
    // 4 → {1,2}, 2 → {0,1}, 5 → {1,4} (2 each: 4 by betweenness, then 2 and 5 by id);
    // 3, 6 and 7 reach at most one other cluster.
    const g = graphOf(8, [
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 4],
      [1, 5],
      [4, 6],
      [4, 5],
      [6, 7],
      [2, 7],
    ]);
    const membership = Int32Array.from([0, 1, 2, 3, 4, 2, 1, 1]);
    const between = Float64Array.from([0.5, 0.3, 0, 0, 0.1, 0, 0, 0]);
    expect(clusterBridges(g, membership, between)).toEqual([
      { vertex: 0, clustersReached: [1, 2, 3] },
      { vertex: 1, clustersReached: [0, 2, 4] },
      { vertex: 4, clustersReached: [1, 2] },
      { vertex: 2, clustersReached: [0, 1] },
      { vertex: 5, clustersReached: [1, 4] },
    ]);
  });
});

describe('introduction paths', () => {
  it('lists the shortest path over the bridge between two triangles', () => {
    expect(introductionPaths(TRIANGLES, 0, 4, 5)).toEqual([[2, 3]]);
    expect(introductionPaths(TRIANGLES, 0, 3, 5)).toEqual([[2]]);
  });

  it('orders equally short paths by their intermediaries and keeps at most limit', () => {
    // 0 reaches 5 through 1, 2 or 3 (all length 2).
    const fan = graphOf(6, [
      [0, 3],
      [0, 1],
      [0, 2],
      [1, 5],
      [2, 5],
      [3, 5],
    ]);
    expect(introductionPaths(fan, 0, 5, 5)).toEqual([[1], [2], [3]]);
    expect(introductionPaths(fan, 0, 5, 2)).toEqual([[1], [2]]);
  });

  it('gives none for adjacent stakeholders, nor beyond three intermediaries, nor across components', () => {
    const path6 = graphOf(6, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
    expect(introductionPaths(path6, 0, 1, 5)).toEqual([]);
    expect(introductionPaths(path6, 0, 4, 5)).toEqual([[1, 2, 3]]);
    expect(introductionPaths(path6, 0, 5, 5)).toEqual([]);
    expect(introductionPaths(graphOf(3, [[0, 1]]), 0, 2, 5)).toEqual([]);
  });
});

/** A reproducible random simple graph (for cross-checks against graphology-metrics). */
/** m distinct random edges over n vertices; weights 1–3 when `weighted` (else 1). */
function randomGraph(n: number, m: number, seed: number, weighted = false): Adjacency {
  let state = seed;
  const random = (): number => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const seen = new Set<number>();
  const edges: [number, number, number][] = [];
  while (edges.length < m) {
    const u = Math.floor(random() * n);
    const v = Math.floor(random() * n);
    if (u === v || seen.has(Math.min(u, v) * n + Math.max(u, v))) continue;
    seen.add(Math.min(u, v) * n + Math.max(u, v));
    edges.push([u, v, weighted ? 1 + ((u + v) % 3) : 1]);
  }
  return graphOf(n, edges);
}
