import type { Sector } from '../domain/enums';
import type { PartnerGraph } from './partner-graph';
import { CROSS_SECTOR_PAIRS, type SectorMatrix } from './sector-matrix';
import { counted, groupNoun, percent, possessive, sectorPlural } from './wording';

export enum GapKind {
  MISSING = 'MISSING',
  CHARITY_ONLY = 'CHARITY_ONLY',
  WEAK = 'WEAK',
  ABSENT_SECTOR = 'ABSENT_SECTOR',
}
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
  explanation: string;
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
    gaps.push({ ...gap, explanation: explainGap(gap, graph.scopeName, types, density) });
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

/**
 * One sentence from the gap's numbers, naming the larger group first ("No active partnership links any
 * of Évora's 4 sport clubs with its 2 financial organisations.").
 */
export function explainGap(
  gap: Omit<Gap, 'explanation'>,
  scopeName: string,
  types: ReadonlyMap<Sector, readonly (string | null)[]>,
  density: number | null,
): string {
  const place = possessive(scopeName);
  const groups = [
    { sector: gap.sectorA, count: gap.countA },
    { sector: gap.sectorB, count: gap.countB },
  ].sort((x, y) => y.count - x.count);
  const [first, second] = groups as [(typeof groups)[0], (typeof groups)[0]];
  const noun = (g: typeof first): string => groupNoun(g.sector, types.get(g.sector) ?? [], g.count);
  const its = (g: typeof first): string => `its ${counted(g.count, noun(g))}`;
  const both = `${place} ${counted(first.count, noun(first))} and ${its(second)}`;

  switch (gap.kind) {
    case GapKind.ABSENT_SECTOR:
      if (first.count === 0)
        return `${scopeName} has no ${sectorPlural(gap.sectorA)} and no ${sectorPlural(gap.sectorB)}: both need recruiting before they can be linked.`;
      return `${scopeName} has no ${sectorPlural(second.sector)} to link with ${its(first)}: recruiting one comes first.`;
    case GapKind.MISSING: {
      const any =
        first.count === 1 ? `${place} ${noun(first)}` : `any of ${place} ${first.count} ${noun(first)}`;
      return `No active partnership links ${any} with ${its(second)}.`;
    }
    case GapKind.CHARITY_ONLY:
      return `${both} are linked only through sponsorship, charity or funding (${gap.ties} of ${gap.possible} possible pairs, none substantive).`;
    case GapKind.WEAK:
      return `Only ${gap.substantiveTies} of the ${gap.possible} possible pairs of ${both} partner substantively (${percent(gap.substantiveTies / gap.possible)}), under half of ${place} overall density of ${percent(density ?? 0)}.`;
  }
}
