import { SECTORS, type Sector } from '../domain/enums';
import type { PartnerGraph } from './partner-graph';
import { sectorIndex } from './sector-matrix';
import { allAtOnce, type Steps } from './steps';
import { TopK } from './top-k';
import { recommendationWording } from './recommendation-wording';
import { english, type Wording } from './wording';

export interface Introducer {
  vertex: number;
  /** 1 / ln|Γ(z)|: this common neighbour's share of the Adamic-Adar score. */
  contribution: number;
}

export interface Recommendation {
  /** The stakeholder of sectorA and the one of sectorB (sectorA before sectorB in enum order). */
  source: number;
  target: number;
  sectorA: Sector;
  sectorB: Sector;
  adamicAdar: number;
  commonNeighbours: number;
  resourceAllocation: number;
  preferentialAttachment: number;
  /** Common neighbours by contribution descending, then id. */
  introducers: Introducer[];
  /** In English; `wording` says it in another language. */
  explanation: string;
  wording: Wording;
}

/** What ranking needs; the common neighbours and the introducers are found for the kept ones only. */
type Candidate = Pick<Recommendation, 'source' | 'target' | 'adamicAdar' | 'preferentialAttachment'>;

/** Scores this close count as equal (sums of the same terms in another order differ in the last bits). */
const EPSILON = 1e-12;

/** Warm order: Adamic-Adar descending (EPSILON-equal scores tie), then source, then target. */
const warmBefore = (adamicAdar: number, source: number, target: number, y: Candidate): boolean =>
  adamicAdar > y.adamicAdar + EPSILON ||
  (Math.abs(adamicAdar - y.adamicAdar) <= EPSILON &&
    (source < y.source || (source === y.source && target < y.target)));

/** Cold order: preferential attachment descending, then source, then target (a total order). */
const coldBefore = (attachment: number, source: number, target: number, y: Candidate): boolean =>
  attachment > y.preferentialAttachment ||
  (attachment === y.preferentialAttachment &&
    (source < y.source || (source === y.source && target < y.target)));

/**
 * docs/measures.md "Partner recommendations" over the given sector pairs, ranked together: Adamic-Adar
 * descending, ties by (source id, target id); with `includeCold`, pairs without common neighbours follow
 * by preferential attachment |Γ(s)|·|Γ(t)| descending, then ids.
 *
 * Every candidate with a common neighbour is reached by a two-step walk s–z–t, so the cost is
 * Σ_z |Γ(z)|² over the scope; scores accumulate in flat arrays and only the best `limit` candidates are
 * kept and given their introducers. Vertices are in id order, so comparing indexes compares ids.
 * Work that cannot change the result is skipped: once `limit` are kept, a source whose Σ_{z∈Γ(s)}
 * 1/ln|Γ(z)| (a bound on each of its scores, also in floating point: the terms are ≥ 0 and summed in
 * the walk's order) is below the last kept score is not walked, a candidate is made only when it would
 * be kept, and cold targets are tried by degree descending, up to the first that cannot be kept.
 */
export function recommend(
  graph: PartnerGraph,
  pairs: readonly [Sector, Sector][],
  limit: number,
  includeCold: boolean,
): Recommendation[] {
  return allAtOnce(recommendSteps(graph, pairs, limit, includeCold));
}

/** Sources walked per step of recommendSteps (about 1 ms; see stepByStep). */
export const RECOMMENDATION_SOURCES_PER_STEP = 256;

/**
 * recommend a step at a time (src/analytics/steps.ts): pauses while grouping the neighbours by sector
 * and after it, after ordering the cold targets, and every `perStep` sources.
 */
export function* recommendSteps(
  graph: PartnerGraph,
  pairs: readonly [Sector, Sector][],
  limit: number,
  includeCold: boolean,
  perStep = RECOMMENDATION_SOURCES_PER_STEP,
): Steps<Recommendation[]> {
  const { neighbours, sectors, sectorIndexes: sector } = graph;
  const n = sectors.length;
  const k = SECTORS.length;
  // wanted[a·K + b]: (a, b) is a requested pair with a the source side (before b in enum order).
  const wanted = new Uint8Array(k * k);
  const isSource = new Uint8Array(k);
  for (const [a, b] of pairs) {
    const [x, y] = sectorIndex(a) < sectorIndex(b) ? [a, b] : [b, a];
    wanted[sectorIndex(x) * k + sectorIndex(y)] = 1;
    isSource[sectorIndex(x)] = 1;
  }
  const degree = Int32Array.from(neighbours, (list) => list.length);
  const invLog = Float64Array.from(degree, (d) => (d >= 2 ? 1 / Math.log(d) : 0));
  // mark[x] = 2s + 1: x is s or adjacent to it; 2s + 2: x already reached from s (one load per step).
  const mark = new Int32Array(n);
  // Only Adamic-Adar is summed in the walk (it alone ranks); the kept candidates get their common
  // neighbours and resource allocation from commonNeighbourScores at the end.
  const score = new Float64Array(n);
  const touched = new Int32Array(n);
  // firstStep[t]: the position in Γ(s) of the first z that reached t.
  const firstStep = new Int32Array(n);
  const { start, ends } = yield* neighboursBySector(neighbours, sector, k);
  yield;
  const targetsOf = Array.from({ length: k }, (_, a) =>
    Int32Array.from({ length: k }, (_, b) => b).filter((b) => wanted[a * k + b] === 1),
  );

  const warm = new TopK<Candidate>(limit, (x, y) => warmBefore(x.adamicAdar, x.source, x.target, y));
  const cold = new TopK<Candidate>(limit, (x, y) =>
    coldBefore(x.preferentialAttachment, x.source, x.target, y),
  );
  // Cold targets of each sector by degree descending, then vertex (the order they are tried in).
  const byDegree: number[][] = Array.from({ length: k }, () => []);
  if (includeCold) {
    for (let v = 0; v < n; v += 1) byDegree[sector[v]!]!.push(v);
    for (const list of byDegree) list.sort((x, y) => degree[y]! - degree[x]! || x - y);
    yield;
  }

  for (let s = 0; s < n; s += 1) {
    if (s > 0 && s % perStep === 0) yield;
    const a = sector[s]!;
    if (isSource[a] === 0) continue;
    const gamma = neighbours[s]!;
    const warmBar = warm.bar;
    // Without cold candidates nothing else needs the walk (cold ones need the marks).
    if (warmBar && !includeCold) {
      let bound = 0;
      for (const z of gamma) bound += invLog[z]!;
      if (bound < warmBar.adamicAdar - EPSILON) continue;
    }
    const excluded = 2 * s + 1;
    const reachedMark = 2 * s + 2;
    mark[s] = excluded;
    for (const z of gamma) mark[z] = excluded;
    const row = a * k;
    const targets = targetsOf[a]!;
    let reached = 0;
    // Each Γ(z) is walked only in its segments of the wanted sectors; scores still add up in the
    // order of Γ(s).
    for (let step = 0; step < gamma.length; step += 1) {
      const z = gamma[step]!;
      const w = invLog[z]!;
      for (const b of targets) {
        const end = start[z * k + b + 1]!;
        for (let i = start[z * k + b]!; i < end; i += 1) {
          const t = ends[i]!;
          const m = mark[t]!;
          if (m === excluded) continue;
          if (m !== reachedMark) {
            mark[t] = reachedMark;
            score[t] = w;
            firstStep[t] = step;
            touched[reached] = t;
            reached += 1;
          } else score[t]! += w;
        }
      }
    }
    const offered = inWalkOrder(touched, reached, warmBar, score, firstStep);
    for (const t of offered) {
      const bar = warm.bar;
      if (bar && !warmBefore(score[t]!, s, t, bar)) continue;
      warm.offer({
        source: s,
        target: t,
        adamicAdar: score[t]!,
        preferentialAttachment: degree[s]! * degree[t]!,
      });
    }
    if (!includeCold) continue;
    for (let b = a + 1; b < k; b += 1) {
      if (wanted[row + b] === 0) continue;
      for (const t of byDegree[b]!) {
        const attachment = degree[s]! * degree[t]!;
        const bar = cold.bar;
        if (bar) {
          // Later targets have no larger degree: none of them can be kept either.
          if (attachment < bar.preferentialAttachment) break;
          if (!coldBefore(attachment, s, t, bar)) continue;
        }
        // Adjacent to s, or reached from it (marks of earlier sources are smaller).
        if (mark[t]! >= excluded) continue;
        cold.offer({ source: s, target: t, adamicAdar: 0, preferentialAttachment: attachment });
      }
    }
  }

  const ranked = [...warm.items, ...cold.items].slice(0, limit);
  return ranked.map((c) => {
    // Γ(s) ∩ Γ(t) in the order of Γ(s): the walk's counts and sums (Adamic-Adar stays the walk's).
    const { commonNeighbours, resourceAllocation, introducers } = commonNeighbourScores(
      graph,
      c.source,
      c.target,
    );
    const full = {
      ...c,
      commonNeighbours,
      resourceAllocation,
      sectorA: sectors[c.source]!,
      sectorB: sectors[c.target]!,
      introducers,
    };
    const wording = recommendationWording(graph, full);
    return { ...full, explanation: wording(english()), wording };
  });
}

/**
 * Each vertex's neighbours grouped by sector, ascending within a group: the group of z in sector b is
 * ends[start[z·k + b] .. start[z·k + b + 1]).
 */
function* neighboursBySector(
  neighbours: readonly number[][],
  sector: Uint8Array,
  k: number,
): Steps<{ start: Int32Array; ends: Int32Array }> {
  const start = new Int32Array(neighbours.length * k + 1);
  neighbours.forEach((list, z) => {
    for (const t of list) start[z * k + sector[t]! + 1]! += 1;
  });
  for (let i = 1; i < start.length; i += 1) start[i]! += start[i - 1]!;
  yield;
  const fill = start.slice(0, start.length - 1);
  const ends = new Int32Array(start[start.length - 1]!);
  neighbours.forEach((list, z) => {
    for (const t of list) ends[fill[z * k + sector[t]!]!++] = t;
  });
  return { start, ends };
}

/**
 * The reached targets that may still be kept, in the order a walk of whole neighbour lists reaches
 * them first (by the step that first reached them, then ascending), the order the ranking breaks
 * Adamic-Adar ties within EPSILON in. Each insertion can lower the last kept score by at most EPSILON,
 * so a target more than (reached + 1)·EPSILON below it now can never be kept (twice that, for the
 * rounding of the comparisons).
 */
function inWalkOrder(
  touched: Int32Array,
  reached: number,
  bar: Candidate | undefined,
  score: Float64Array,
  firstStep: Int32Array,
): number[] {
  const floor = bar ? bar.adamicAdar - 2 * (reached + 1) * EPSILON : -Infinity;
  const kept: number[] = [];
  for (let i = 0; i < reached; i += 1) if (score[touched[i]!]! >= floor) kept.push(touched[i]!);
  return kept.sort((x, y) => firstStep[x]! - firstStep[y]! || x - y);
}

/** The common neighbours of one pair: Adamic-Adar, resource allocation, and the introducers. */
export function commonNeighbourScores(
  graph: PartnerGraph,
  s: number,
  t: number,
): Pick<Recommendation, 'adamicAdar' | 'commonNeighbours' | 'resourceAllocation' | 'introducers'> {
  const { neighbours } = graph;
  const inT = new Set(neighbours[t]);
  const common = neighbours[s]!.filter((z) => inT.has(z));
  const introducers = common
    .map((z) => ({ vertex: z, contribution: 1 / Math.log(neighbours[z]!.length) }))
    .sort((x, y) => y.contribution - x.contribution || x.vertex - y.vertex);
  return {
    adamicAdar: introducers.reduce((sum, z) => sum + z.contribution, 0),
    commonNeighbours: common.length,
    resourceAllocation: common.reduce((sum, z) => sum + 1 / neighbours[z]!.length, 0),
    introducers,
  };
}
