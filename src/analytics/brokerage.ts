import type { Sector } from '../domain/enums';
import { compareIds, type PartnerGraph } from './partner-graph';
import { sectorIndex } from './sector-matrix';

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

/** Role of the triad u–v–w by the sectors of its ends and its middle (Gould & Fernandez, undirected). */
function roleOf(middle: Sector, u: Sector, w: Sector): keyof BrokerageRoles {
  if (u === w) return u === middle ? 'coordinator' : 'consultant';
  return u === middle || w === middle ? 'gatekeeper' : 'liaison';
}

export interface RoleCounts extends BrokerageRoles {
  /** t: edges among the neighbours (the closed pairs), for the effective size. */
  closed: number;
}

/**
 * Brokerage roles of every vertex. Counted as all pairs of neighbours by sector (from the sector
 * histogram of Γ(v)) minus the pairs that are adjacent (the triangles through v), so no pair is visited
 * one by one: the cost is Σ_v Σ_{u∈Γ(v)} |Γ(u)| = Σ_u |Γ(u)|² flat-array lookups.
 */
export function brokerageRoles(graph: PartnerGraph): RoleCounts[] {
  const { neighbours, sectors } = graph;
  const k = 7;
  const sector = Int8Array.from(sectors, sectorIndex);
  // inGamma[x] === v: x is a neighbour of the current v (a flat array beats a Set lookup here).
  const inGamma = new Int32Array(neighbours.length).fill(-1);
  return neighbours.map((gamma, v) => {
    const n = gamma.length;
    const own = sectors[v]!;
    const ownIndex = sector[v]!;
    const histogram = new Array<number>(k).fill(0);
    for (const u of gamma) {
      histogram[sector[u]!]! += 1;
      inGamma[u] = v;
    }
    const same = histogram[ownIndex]!;
    let consultant = 0;
    let liaison = 0;
    for (let a = 0; a < k; a += 1) {
      if (a === ownIndex) continue;
      consultant += choose2(histogram[a]!);
      for (let b = a + 1; b < k; b += 1) if (b !== ownIndex) liaison += histogram[a]! * histogram[b]!;
    }
    const roles: RoleCounts = {
      coordinator: choose2(same),
      consultant,
      gatekeeper: same * (n - same),
      liaison,
      closed: 0,
    };
    for (const u of gamma) {
      for (const w of neighbours[u]!) {
        if (w <= u || inGamma[w] !== v) continue;
        roles.closed += 1;
        roles[roleOf(own, sectors[u]!, sectors[w]!)] -= 1;
      }
    }
    return roles;
  });
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

/** Brokers rank by liaison count, then gatekeeper count, then id; only vertices with some brokerage. */
export function rankBrokers(graph: PartnerGraph, roles: readonly BrokerageRoles[], limit: number): number[] {
  return roles
    .map((r, v) => ({ r, v }))
    .filter(({ r }) => r.coordinator + r.consultant + r.gatekeeper + r.liaison > 0)
    .sort(
      (x, y) =>
        y.r.liaison - x.r.liaison ||
        y.r.gatekeeper - x.r.gatekeeper ||
        compareIds(graph.stakeholders[x.v]!.id, graph.stakeholders[y.v]!.id),
    )
    .slice(0, limit)
    .map(({ v }) => v);
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
