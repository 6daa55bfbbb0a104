import { SECTORS, type Sector } from '../domain/enums';
import type { PartnerGraph } from './partner-graph';
import { allAtOnce, type Steps } from './steps';

export interface SectorPairCounts {
  sectorA: Sector;
  sectorB: Sector;
  ties: number;
  substantiveTies: number;
  possible: number;
  /** ties / possible; null when possible = 0. */
  density: number | null;
  /** Distinct active partnerships with a member of sectorA and a different member of sectorB in the scope. */
  partnerships: number;
}

export interface SectorMatrix {
  /** n_a per sector, in enum order. */
  counts: Map<Sector, number>;
  /** The 28 pairs a ≤ b in enum order (7 within a sector, 21 across). */
  cells: SectorPairCounts[];
  cell(a: Sector, b: Sector): SectorPairCounts;
}

const ORDER = new Map(SECTORS.map((s, i) => [s, i]));
export const sectorIndex = (s: Sector): number => ORDER.get(s) ?? 0;
const K = SECTORS.length;

/** The 21 cross-sector pairs (a, b), a before b in enum order. */
export const CROSS_SECTOR_PAIRS: readonly [Sector, Sector][] = SECTORS.flatMap((a, i) =>
  SECTORS.slice(i + 1).map((b) => [a, b] as [Sector, Sector]),
);

export function sectorCounts(graph: Pick<PartnerGraph, 'sectorIndexes'>): Map<Sector, number> {
  const tally = new Array<number>(K).fill(0);
  for (const a of graph.sectorIndexes) tally[a]! += 1;
  return new Map(SECTORS.map((s, a) => [s, tally[a]!]));
}

/** docs/measures.md "Sector matrix"; counted in flat arrays over the vertices' sector positions. */
export function sectorMatrix(graph: PartnerGraph): SectorMatrix {
  return allAtOnce(sectorMatrixSteps(graph));
}

/** Edges (or partnerships) counted per step of sectorMatrixSteps (about 1 ms; see stepByStep). */
export const MATRIX_ITEMS_PER_STEP = 4_096;

/** sectorMatrix a step at a time (src/analytics/steps.ts): pauses every `perStep` edges or partnerships. */
export function* sectorMatrixSteps(
  graph: PartnerGraph,
  perStep = MATRIX_ITEMS_PER_STEP,
): Steps<SectorMatrix> {
  const counts = sectorCounts(graph);
  const sector = graph.sectorIndexes;
  const ties = new Float64Array(K * K);
  const substantive = new Float64Array(K * K);
  const partnerships = new Float64Array(K * K);
  const at = (a: number, b: number): number => (a <= b ? a * K + b : b * K + a);

  const { edges } = graph;
  for (let e = 0; e < edges.count; e += 1) {
    if (e > 0 && e % perStep === 0) yield;
    const key = at(sector[edges.u[e]!]!, sector[edges.v[e]!]!);
    ties[key]! += 1;
    if (edges.substantiveWeight[e]! > 0) substantive[key]! += 1;
  }
  const here = new Int32Array(K);
  let counted = 0;
  for (const p of graph.partnerships) {
    if (counted++ % perStep === 0) yield;
    here.fill(0);
    for (const v of p.members) here[sector[v]!]! += 1;
    for (let a = 0; a < K; a += 1) {
      if (here[a] === 0) continue;
      if (here[a]! >= 2) partnerships[at(a, a)]! += 1;
      for (let b = a + 1; b < K; b += 1) if (here[b]! > 0) partnerships[at(a, b)]! += 1;
    }
  }

  const cells: SectorPairCounts[] = [];
  const byKey = new Map<number, SectorPairCounts>();
  for (let a = 0; a < K; a += 1) {
    for (let b = a; b < K; b += 1) {
      const na = counts.get(SECTORS[a]!) ?? 0;
      const nb = counts.get(SECTORS[b]!) ?? 0;
      const possible = a === b ? (na * (na - 1)) / 2 : na * nb;
      const key = at(a, b);
      const cell: SectorPairCounts = {
        sectorA: SECTORS[a]!,
        sectorB: SECTORS[b]!,
        ties: ties[key]!,
        substantiveTies: substantive[key]!,
        possible,
        density: possible === 0 ? null : ties[key]! / possible,
        partnerships: partnerships[key]!,
      };
      cells.push(cell);
      byKey.set(key, cell);
    }
  }
  return {
    counts,
    cells,
    cell: (a, b) => byKey.get(at(sectorIndex(a), sectorIndex(b)))!,
  };
}

/** Overall density |E| / (N(N−1)/2); null when N < 2. */
export function overallDensity(graph: PartnerGraph): number | null {
  const n = graph.stakeholders.length;
  return n < 2 ? null : graph.edges.count / ((n * (n - 1)) / 2);
}

/** Share of the 21 cross-sector pairs with at least one tie. */
export function spectrumCoverage(matrix: SectorMatrix): number {
  const linked = CROSS_SECTOR_PAIRS.filter(([a, b]) => matrix.cell(a, b).ties > 0).length;
  return linked / CROSS_SECTOR_PAIRS.length;
}
