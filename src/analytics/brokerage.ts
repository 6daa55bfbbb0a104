import { SECTORS, type Sector } from '../domain/enums';
import { compareIds, type PartnerGraph } from './partner-graph';
import { allAtOnce, type Steps } from './steps';
import { TopK } from './top-k';

export interface BrokerageRoles {
  coordinator: number;
  consultant: number;
  gatekeeper: number;
  liaison: number;
}

export interface BrokerageOf extends BrokerageRoles {
  /** Burt's effective size n − 2t/n; null without edges. */
  effectiveSize: number | null;
  /** Burt's constraint (unweighted); null without edges. */
  constraint: number | null;
}

const choose2 = (x: number): number => (x < 2 ? 0 : (x * (x - 1)) / 2);

export interface RoleCounts extends BrokerageRoles {
  /** t: edges among the neighbours (the closed pairs), for the effective size. */
  closed: number;
}

/** Gould & Fernandez's role of the triad x–middle–y, as an index: coordinator, consultant, gatekeeper, liaison. */
const roleIndex = (middle: number, x: number, y: number): number =>
  x === y ? (x === middle ? 0 : 1) : x === middle || y === middle ? 2 : 3;

/**
 * Brokerage roles of every vertex (Gould & Fernandez, undirected: the role of u–v–w by the sectors of
 * its ends and its middle v). Counted as all pairs of neighbours by sector (from the sector histogram
 * of Γ(v)) minus the pairs that are adjacent, so no open pair is visited one by one. The adjacent
 * pairs are the triangles: each is listed once, as u < w < x with w, x in Γ(u) marked, and takes one
 * closed pair from each of its three corners. The cost is Σ_w |lower neighbours|·|higher neighbours|
 * flat-array lookups; sectors are compared as their SECTORS positions.
 */
export function brokerageRoles(graph: Pick<PartnerGraph, 'neighbours' | 'sectorIndexes'>): RoleCounts[] {
  return allAtOnce(brokerageRolesSteps(graph));
}

/** Vertices per step of brokerageRolesSteps, in each of its two passes (about 1 ms; see stepByStep). */
export const BROKERAGE_VERTICES_PER_STEP = 512;

/** brokerageRoles a step at a time (src/analytics/steps.ts): pauses every `perStep` vertices of each pass. */
export function* brokerageRolesSteps(
  graph: Pick<PartnerGraph, 'neighbours' | 'sectorIndexes'>,
  perStep = BROKERAGE_VERTICES_PER_STEP,
): Steps<RoleCounts[]> {
  const { neighbours, sectorIndexes: sector } = graph;
  const n = neighbours.length;
  const k = SECTORS.length;
  // roles[4v + r]: vertex v's count of role r (roleIndex), all pairs first, closed ones taken off.
  const roles = new Float64Array(4 * n);
  const closed = new Float64Array(n);
  const histogram = new Float64Array(k);
  for (let v = 0; v < n; v += 1) {
    if (v > 0 && v % perStep === 0) yield;
    const gamma = neighbours[v]!;
    const own = sector[v]!;
    histogram.fill(0);
    for (const u of gamma) histogram[sector[u]!]! += 1;
    const same = histogram[own]!;
    let consultant = 0;
    let liaison = 0;
    for (let a = 0; a < k; a += 1) {
      if (a === own) continue;
      consultant += choose2(histogram[a]!);
      for (let b = a + 1; b < k; b += 1) if (b !== own) liaison += histogram[a]! * histogram[b]!;
    }
    roles[4 * v] = choose2(same);
    roles[4 * v + 1] = consultant;
    roles[4 * v + 2] = same * (gamma.length - same);
    roles[4 * v + 3] = liaison;
  }
  // higherOf[x] === u: x is a neighbour of u above u (a flat array beats a Set lookup here).
  const higherOf = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u += 1) {
    if (u % perStep === 0) yield;
    const gamma = neighbours[u]!;
    // Lists ascend: the higher neighbours are each list's tail, walked down until the list reaches u.
    for (let i = gamma.length - 1; i >= 0 && gamma[i]! > u; i -= 1) higherOf[gamma[i]!] = u;
    const su = sector[u]!;
    for (let i = gamma.length - 1; i >= 0; i -= 1) {
      const w = gamma[i]!;
      if (w <= u) break;
      const sw = sector[w]!;
      const list = neighbours[w]!;
      for (let j = list.length - 1; j >= 0; j -= 1) {
        const x = list[j]!;
        if (x <= w) break;
        if (higherOf[x] !== u) continue;
        const sx = sector[x]!;
        roles[4 * u + roleIndex(su, sw, sx)]! -= 1;
        roles[4 * w + roleIndex(sw, su, sx)]! -= 1;
        roles[4 * x + roleIndex(sx, su, sw)]! -= 1;
        closed[u]! += 1;
        closed[w]! += 1;
        closed[x]! += 1;
      }
    }
  }
  const all = new Array<RoleCounts>(n);
  for (let v = 0; v < n; v += 1)
    all[v] = {
      coordinator: roles[4 * v]!,
      consultant: roles[4 * v + 1]!,
      gatekeeper: roles[4 * v + 2]!,
      liaison: roles[4 * v + 3]!,
      closed: closed[v]!,
    };
  return all;
}

/**
 * Burt's effective size n − 2t/n and constraint c_v = Σ_j (p_vj + Σ_{q≠j} p_vq·p_qj)² (p_ij = 1/|Γ(i)|;
 * p_qj ≠ 0 only for q adjacent to j), both null without edges. Computed per vertex, on demand: only
 * the stakeholders a response shows need them.
 */
export function burt(
  graph: PartnerGraph,
  v: number,
  closed: number,
): Pick<BrokerageOf, 'effectiveSize' | 'constraint'> {
  const { neighbours } = graph;
  const gamma = neighbours[v]!;
  const n = gamma.length;
  if (n === 0) return { effectiveSize: null, constraint: null };
  const inGamma = new Set(gamma);
  const pv = 1 / n;
  let constraint = 0;
  for (const j of gamma) {
    let indirect = 0;
    for (const q of neighbours[j]!) if (inGamma.has(q)) indirect += pv / neighbours[q]!.length;
    constraint += (pv + indirect) ** 2;
  }
  return { effectiveSize: n - (2 * closed) / n, constraint };
}

/** Roles, effective size and constraint of every vertex. */
export function brokerage(graph: PartnerGraph): BrokerageOf[] {
  return brokerageRoles(graph).map(({ closed, ...roles }, v) => ({ ...roles, ...burt(graph, v, closed) }));
}

/**
 * Brokers rank by liaison count, then gatekeeper count, then id; only vertices with some brokerage.
 * Vertices are in id order, so the id tie-break is the vertex order.
 */
export function rankBrokers(graph: PartnerGraph, roles: readonly BrokerageRoles[], limit: number): number[] {
  const before = (x: number, y: number): boolean => {
    const a = roles[x]!;
    const b = roles[y]!;
    return (
      a.liaison > b.liaison ||
      (a.liaison === b.liaison && (a.gatekeeper > b.gatekeeper || (a.gatekeeper === b.gatekeeper && x < y)))
    );
  };
  const best = new TopK(limit, before);
  for (let v = 0; v < graph.stakeholders.length; v += 1) {
    const r = roles[v]!;
    if (r.coordinator + r.consultant + r.gatekeeper + r.liaison <= 0) continue;
    best.offer(v);
  }
  return best.items;
}

export interface BridgeCandidate {
  vertex: number;
  neighboursA: number;
  neighboursB: number;
  score: number;
}

/**
 * docs/measures.md "Bridges for a gap (a, b)": vertices with a neighbour in a and one in b, ranked by
 * (a-neighbours)·(b-neighbours), then id.
 */
export function bridges(graph: PartnerGraph, a: Sector, b: Sector, limit: number): BridgeCandidate[] {
  const found: BridgeCandidate[] = [];
  graph.neighbours.forEach((gamma, vertex) => {
    let neighboursA = 0;
    let neighboursB = 0;
    for (const u of gamma) {
      if (graph.sectors[u] === a) neighboursA += 1;
      else if (graph.sectors[u] === b) neighboursB += 1;
    }
    if (neighboursA > 0 && neighboursB > 0)
      found.push({ vertex, neighboursA, neighboursB, score: neighboursA * neighboursB });
  });
  return found
    .sort(
      (x, y) =>
        y.score - x.score || compareIds(graph.stakeholders[x.vertex]!.id, graph.stakeholders[y.vertex]!.id),
    )
    .slice(0, limit);
}
