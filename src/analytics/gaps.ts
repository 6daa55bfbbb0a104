import type { Sector } from '../domain/enums';
import type { PartnerGraph } from './partner-graph';
import { CROSS_SECTOR_PAIRS, type SectorMatrix } from './sector-matrix';
import { GapKind } from './gap-kind';
import { gapWording } from './gap-wording';
import { english, type Wording } from './wording';

const KIND_ORDER: readonly GapKind[] = [
  GapKind.MISSING,
  GapKind.CHARITY_ONLY,
  GapKind.WEAK,
  GapKind.ABSENT_SECTOR,
];

export interface Gap {
  sectorA: Sector;
  sectorB: Sector;
  kind: GapKind;
  countA: number;
  countB: number;
  ties: number;
  substantiveTies: number;
  possible: number;
  /** In English; `wording` says it in another language. */
  explanation: string;
  wording: Wording;
}

/** The first rule of docs/measures.md "Gaps" that holds for (a, b), or null when the pair is linked. */
export function classifyPair(
  countA: number,
  countB: number,
  ties: number,
  substantiveTies: number,
  density: number | null,
): GapKind | null {
  if (countA === 0 || countB === 0) return GapKind.ABSENT_SECTOR;
  if (ties === 0) return GapKind.MISSING;
  if (substantiveTies === 0) return GapKind.CHARITY_ONLY;
  // density is not null here: both sectors are present, so N ≥ 2.
  if (substantiveTies / (countA * countB) < 0.5 * (density ?? 0)) return GapKind.WEAK;
  return null;
}

/** Every gap of the scope, in the documented order: kind, then possible pairs descending, then the sector names. */
export function findGaps(graph: PartnerGraph, matrix: SectorMatrix, density: number | null): Gap[] {
  const types = new Map<Sector, (string | null)[]>();
  for (const s of graph.stakeholders) {
    const list = types.get(s.sector) ?? [];
    list.push(s.type);
    types.set(s.sector, list);
  }
  const gaps: Gap[] = [];
  for (const [a, b] of CROSS_SECTOR_PAIRS) {
    const cell = matrix.cell(a, b);
    const countA = matrix.counts.get(a) ?? 0;
    const countB = matrix.counts.get(b) ?? 0;
    const kind = classifyPair(countA, countB, cell.ties, cell.substantiveTies, density);
    if (kind === null) continue;
    const gap = {
      sectorA: a,
      sectorB: b,
      kind,
      countA,
      countB,
      ties: cell.ties,
      substantiveTies: cell.substantiveTies,
      possible: cell.possible,
    };
    const wording = gapWording(gap, graph.scopeName, types, density);
    gaps.push({ ...gap, explanation: wording(english()), wording });
  }
  return gaps.sort(
    (x, y) =>
      KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) ||
      y.possible - x.possible ||
      compare(x.sectorA, y.sectorA) ||
      compare(x.sectorB, y.sectorB),
  );
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
