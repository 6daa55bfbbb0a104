import { statusAt, type IsoDate } from '../domain/dates';
import {
  isCharitable,
  NEED_PRIORITIES,
  PartnershipStatus,
  SECTORS,
  Sector,
  type AssetKind,
  type MemberRole,
  type NeedPriority,
  type PartnershipKind,
} from '../domain/enums';
import { themeKey } from '../domain/themes';
import { GapKind } from './gap-kind';
import type { Gap } from './gaps';
import { compareIds, type PartnerGraph } from './partner-graph';
import { commonNeighbourScores, type Introducer } from './recommendations';

/**
 * Needs and assets at a date, over the partner graph of a scope (docs/needs-and-assets.md): each need's
 * status, the coverage of a scope's needs, the asset holders of a need, and the pairs of organisations
 * a need gives a reason to meet. Pure functions returning data; the sentences are in needs-wording.ts.
 */

/** A partnership addressing a need, with all its members (also those based elsewhere). */
export interface AddressingPartnership {
  id: string;
  name: string;
  kind: PartnershipKind;
  startedOn: IsoDate | null;
  endedOn: IsoDate | null;
  members: { stakeholderId: string; sector: Sector; role: MemberRole }[];
}

/** A need of one of the scope's communities, with every partnership addressing it (any status). */
export interface ScopeNeed {
  id: string;
  name: string;
  theme: string;
  targetGroup: string | null;
  priority: NeedPriority;
  identifiedOn: IsoDate | null;
  description: string | null;
  communityId: string;
  addressedBy: AddressingPartnership[];
}

/** An asset offered by one of the scope's stakeholders. */
export interface ScopeAsset {
  id: string;
  name: string;
  kind: AssetKind;
  themes: string[];
  description: string | null;
  stakeholderId: string;
}

export enum NeedStatus {
  UNMET = 'UNMET',
  SINGLE_SECTOR = 'SINGLE_SECTOR',
  CROSS_SECTOR = 'CROSS_SECTOR',
}

/** A gap kind for a need-driven pair: the sector pair's gap, or LINKED when the pair is no gap. */
export enum PairGapKind {
  MISSING = 'MISSING',
  CHARITY_ONLY = 'CHARITY_ONLY',
  WEAK = 'WEAK',
  LINKED = 'LINKED',
}
/** Worst first: the enum's declaration order. */
const PAIR_GAP_ORDER: readonly PairGapKind[] = Object.values(PairGapKind);

export interface AssetHolder {
  vertex: number;
  /** Its assets with the need's theme among their themes, by id. */
  assets: ScopeAsset[];
}

export interface NeedState {
  need: ScopeNeed;
  status: NeedStatus;
  businessBacked: boolean;
  /** The addressing partnerships active at the date, by id. */
  addressing: AddressingPartnership[];
  /** Vertices of the members in the need's community of those partnerships, in id order. */
  members: number[];
  /** The distinct sectors of those members, in enum order. */
  sectors: Sector[];
  /** Stakeholders of the need's community offering an asset with its theme, in id order. */
  holders: AssetHolder[];
}

const BUSINESS: ReadonlySet<Sector> = new Set([Sector.PRIVATE, Sector.FINANCIAL]);

/** Vertices of the scope's stakeholders by id, and their assets by vertex. */
function assetsByVertex(graph: PartnerGraph, assets: readonly ScopeAsset[]): Map<number, ScopeAsset[]> {
  const index = new Map(graph.stakeholders.map((s, v) => [s.id, v]));
  const byVertex = new Map<number, ScopeAsset[]>();
  for (const asset of [...assets].sort((a, b) => compareIds(a.id, b.id))) {
    const v = index.get(asset.stakeholderId);
    if (v === undefined) continue;
    const list = byVertex.get(v);
    if (list) list.push(asset);
    else byVertex.set(v, [asset]);
  }
  return byVertex;
}

/**
 * Each need's state at the graph's date. A need is addressed when a partnership active then addresses
 * it; its status is UNMET (not addressed), SINGLE_SECTOR (the members in its community of all those
 * partnerships are of one sector, or there are none) or CROSS_SECTOR; it is business-backed when a
 * PRIVATE or FINANCIAL member of one of them holds a substantive membership.
 */
export function needStates(
  graph: PartnerGraph,
  needs: readonly ScopeNeed[],
  assets: readonly ScopeAsset[],
): NeedState[] {
  const index = new Map(graph.stakeholders.map((s, v) => [s.id, v]));
  // Holders by vertex, sorted once for every need.
  const offered = [...assetsByVertex(graph, assets).entries()].sort((a, b) => a[0] - b[0]);
  return [...needs]
    .sort(
      (a, b) =>
        NEED_PRIORITIES.indexOf(a.priority) - NEED_PRIORITIES.indexOf(b.priority) || compareIds(a.id, b.id),
    )
    .map((need) => {
      const inCommunity = (v: number | undefined): v is number =>
        v !== undefined && graph.stakeholders[v]!.communityId === need.communityId;
      const addressing = need.addressedBy
        .filter((p) => statusAt(p.startedOn, p.endedOn, graph.asOf) === PartnershipStatus.ACTIVE)
        .sort((a, b) => compareIds(a.id, b.id));
      const members = new Set<number>();
      let businessBacked = false;
      for (const p of addressing)
        for (const m of p.members) {
          const v = index.get(m.stakeholderId);
          if (inCommunity(v)) members.add(v);
          if (BUSINESS.has(m.sector) && !isCharitable(p.kind, m.role)) businessBacked = true;
        }
      const present = new Set([...members].map((v) => graph.sectors[v]!));
      const sectors = SECTORS.filter((s) => present.has(s));
      const key = themeKey(need.theme);
      const holders: AssetHolder[] = [];
      for (const [vertex, list] of offered) {
        if (!inCommunity(vertex)) continue;
        const matching = list.filter((asset) => asset.themes.some((t) => themeKey(t) === key));
        if (matching.length > 0) holders.push({ vertex, assets: matching });
      }
      const status =
        addressing.length === 0
          ? NeedStatus.UNMET
          : sectors.length <= 1
            ? NeedStatus.SINGLE_SECTOR
            : NeedStatus.CROSS_SECTOR;
      return {
        need,
        status,
        businessBacked,
        addressing,
        members: [...members].sort((a, b) => a - b),
        sectors,
        holders,
      };
    });
}

export interface NeedCounts {
  needs: number;
  addressed: number;
  unmet: number;
  singleSector: number;
  crossSector: number;
  businessBacked: number;
}

export interface NeedCoverage extends NeedCounts {
  /** addressed / needs; null without needs. */
  shareAddressed: number | null;
  /** crossSector / needs; null without needs. */
  shareCrossSector: number | null;
  byPriority: ({ priority: NeedPriority } & NeedCounts)[];
  /** Every need, by priority (HIGH first), then id. */
  states: NeedState[];
}

function countStates(states: readonly NeedState[]): NeedCounts {
  const of = (status: NeedStatus): number => states.filter((s) => s.status === status).length;
  return {
    needs: states.length,
    addressed: states.length - of(NeedStatus.UNMET),
    unmet: of(NeedStatus.UNMET),
    singleSector: of(NeedStatus.SINGLE_SECTOR),
    crossSector: of(NeedStatus.CROSS_SECTOR),
    businessBacked: states.filter((s) => s.businessBacked).length,
  };
}

export function needCoverage(states: readonly NeedState[]): NeedCoverage {
  const counts = countStates(states);
  return {
    ...counts,
    shareAddressed: counts.needs === 0 ? null : counts.addressed / counts.needs,
    shareCrossSector: counts.needs === 0 ? null : counts.crossSector / counts.needs,
    byPriority: NEED_PRIORITIES.map((priority) => ({
      priority,
      ...countStates(states.filter((s) => s.need.priority === priority)),
    })),
    states: [...states],
  };
}

export interface NeedRecommendation {
  need: NeedState;
  /** The two stakeholders, source.id < target.id, of different sectors and not yet partners. */
  source: number;
  target: number;
  gapKind: PairGapKind;
  adamicAdar: number;
  commonNeighbours: number;
  resourceAllocation: number;
  introducers: Introducer[];
  /** The assets each side brings for the need's theme (empty for a side that is there as a member). */
  sourceAssets: ScopeAsset[];
  targetAssets: ScopeAsset[];
}

/** Scores this close count as equal (as for the partner recommendations). */
const EPSILON = 1e-12;

/**
 * Need-driven recommendations for the UNMET and SINGLE_SECTOR needs among `states`: pairs from the
 * need's asset holders and the members in its community of its active addressing partnerships, of
 * different sectors and not adjacent, pairs without common neighbours included. Ranked by the gap kind
 * of their sector pair (MISSING, CHARITY_ONLY, WEAK, LINKED), then Adamic-Adar descending, then the two
 * ids; pairs of several needs are ranked together, the need's id breaking the last tie.
 */
export function needRecommendations(
  graph: PartnerGraph,
  gaps: readonly Gap[],
  states: readonly NeedState[],
  limit: number,
): NeedRecommendation[] {
  const gapOf = new Map<string, PairGapKind>();
  for (const g of gaps) {
    if (g.kind === GapKind.ABSENT_SECTOR) continue;
    const kind = g.kind as unknown as PairGapKind;
    gapOf.set(`${g.sectorA} ${g.sectorB}`, kind);
    gapOf.set(`${g.sectorB} ${g.sectorA}`, kind);
  }
  const found: NeedRecommendation[] = [];
  for (const state of states) {
    if (state.status === NeedStatus.CROSS_SECTOR) continue;
    const assets = new Map(state.holders.map((h) => [h.vertex, h.assets]));
    const pool = [...new Set([...state.members, ...assets.keys()])].sort((a, b) => a - b);
    for (let i = 0; i < pool.length; i += 1) {
      const s = pool[i]!;
      const adjacent = new Set(graph.neighbours[s]);
      for (let j = i + 1; j < pool.length; j += 1) {
        const t = pool[j]!;
        if (graph.sectors[s] === graph.sectors[t] || adjacent.has(t)) continue;
        found.push({
          need: state,
          source: s,
          target: t,
          gapKind: gapOf.get(`${graph.sectors[s]!} ${graph.sectors[t]!}`) ?? PairGapKind.LINKED,
          ...commonNeighbourScores(graph, s, t),
          sourceAssets: assets.get(s) ?? [],
          targetAssets: assets.get(t) ?? [],
        });
      }
    }
  }
  return found
    .sort(
      (x, y) =>
        PAIR_GAP_ORDER.indexOf(x.gapKind) - PAIR_GAP_ORDER.indexOf(y.gapKind) ||
        (Math.abs(x.adamicAdar - y.adamicAdar) > EPSILON ? y.adamicAdar - x.adamicAdar : 0) ||
        x.source - y.source ||
        x.target - y.target ||
        compareIds(x.need.need.id, y.need.need.id),
    )
    .slice(0, limit);
}

/** The profile's summary of needs: how many, addressed, cross-sector, business-backed, unmet by priority. */
export interface NeedSummary {
  needs: number;
  addressed: number;
  crossSector: number;
  businessBacked: number;
  unmetByPriority: { priority: NeedPriority; count: number }[];
}

export function needSummary(coverage: NeedCoverage): NeedSummary {
  return {
    needs: coverage.needs,
    addressed: coverage.addressed,
    crossSector: coverage.crossSector,
    businessBacked: coverage.businessBacked,
    unmetByPriority: coverage.byPriority.map((p) => ({ priority: p.priority, count: p.unmet })),
  };
}
