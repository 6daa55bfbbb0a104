import { SECTORS, type Sector } from '../domain/enums';
import type { PartnerGraph } from './partner-graph';
import { sectorIndex } from './sector-matrix';
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

type Candidate = Omit<Recommendation, 'explanation' | 'wording' | 'introducers' | 'sectorA' | 'sectorB'>;

/** Scores this close count as equal (sums of the same terms in another order differ in the last bits). */
const EPSILON = 1e-12;

/** Keeps the best `limit` candidates under `before` (a strict order), cheaply when most do not qualify. */
class TopK {
  readonly items: Candidate[] = [];
  constructor(
    private readonly limit: number,
    private readonly before: (x: Candidate, y: Candidate) => boolean,
  ) {}

  offer(candidate: Candidate): void {
    const items = this.items;
    if (items.length === this.limit && !this.before(candidate, items[items.length - 1]!)) return;
    let i = items.length;
    while (i > 0 && this.before(candidate, items[i - 1]!)) i -= 1;
    items.splice(i, 0, candidate);
    if (items.length > this.limit) items.pop();
  }
}

/**
 * docs/measures.md "Partner recommendations" over the given sector pairs, ranked together: Adamic-Adar
 * descending, ties by (source id, target id); with `includeCold`, pairs without common neighbours follow
 * by preferential attachment |Γ(s)|·|Γ(t)| descending, then ids.
 *
 * Every candidate with a common neighbour is reached by a two-step walk s–z–t, so the cost is
 * Σ_z |Γ(z)|² over the scope; scores accumulate in flat arrays and only the best `limit` candidates are
 * kept and given their introducers. Vertices are in id order, so comparing indexes compares ids.
 */
export function recommend(
  graph: PartnerGraph,
  pairs: readonly [Sector, Sector][],
  limit: number,
  includeCold: boolean,
): Recommendation[] {
  const { neighbours, sectors } = graph;
  const n = sectors.length;
  const k = SECTORS.length;
  const sector = Int8Array.from(sectors, sectorIndex);
  // wanted[a·K + b]: (a, b) is a requested pair with a the source side (before b in enum order).
  const wanted = new Uint8Array(k * k);
  const sourceSectors = new Set<number>();
  for (const [a, b] of pairs) {
    const [x, y] = sectorIndex(a) < sectorIndex(b) ? [a, b] : [b, a];
    wanted[sectorIndex(x) * k + sectorIndex(y)] = 1;
    sourceSectors.add(sectorIndex(x));
  }
  const degree = Int32Array.from(neighbours, (list) => list.length);
  const invLog = Float64Array.from(degree, (d) => (d >= 2 ? 1 / Math.log(d) : 0));
  const neighbourOf = new Int32Array(n).fill(-1); // neighbourOf[x] = s: x is adjacent to the current s
  const seenBy = new Int32Array(n).fill(-1); // seenBy[t] = s: t already reached from the current s
  const score = new Float64Array(n);
  const common = new Int32Array(n);
  const allocation = new Float64Array(n);

  const warm = new TopK(
    limit,
    (x, y) =>
      x.adamicAdar > y.adamicAdar + EPSILON ||
      (Math.abs(x.adamicAdar - y.adamicAdar) <= EPSILON &&
        (x.source < y.source || (x.source === y.source && x.target < y.target))),
  );
  const cold = new TopK(
    limit,
    (x, y) =>
      x.preferentialAttachment > y.preferentialAttachment ||
      (x.preferentialAttachment === y.preferentialAttachment &&
        (x.source < y.source || (x.source === y.source && x.target < y.target))),
  );
  const bySector: number[][] = Array.from({ length: k }, () => []);
  sector.forEach((a, v) => bySector[a]!.push(v));

  for (let s = 0; s < n; s += 1) {
    const a = sector[s]!;
    if (!sourceSectors.has(a)) continue;
    for (const z of neighbours[s]!) neighbourOf[z] = s;
    const touched: number[] = [];
    for (const z of neighbours[s]!) {
      const w = invLog[z]!;
      const r = 1 / degree[z]!;
      for (const t of neighbours[z]!) {
        if (t === s || neighbourOf[t] === s || wanted[a * k + sector[t]!] === 0) continue;
        if (seenBy[t] !== s) {
          seenBy[t] = s;
          score[t] = 0;
          common[t] = 0;
          allocation[t] = 0;
          touched.push(t);
        }
        score[t]! += w;
        common[t]! += 1;
        allocation[t]! += r;
      }
    }
    for (const t of touched)
      warm.offer({
        source: s,
        target: t,
        adamicAdar: score[t]!,
        commonNeighbours: common[t]!,
        resourceAllocation: allocation[t]!,
        preferentialAttachment: degree[s]! * degree[t]!,
      });
    if (!includeCold) continue;
    for (let b = a + 1; b < k; b += 1) {
      if (wanted[a * k + b] === 0) continue;
      for (const t of bySector[b]!) {
        if (neighbourOf[t] === s || seenBy[t] === s) continue;
        cold.offer({
          source: s,
          target: t,
          adamicAdar: 0,
          commonNeighbours: 0,
          resourceAllocation: 0,
          preferentialAttachment: degree[s]! * degree[t]!,
        });
      }
    }
  }

  const ranked = [...warm.items, ...cold.items].slice(0, limit);
  return ranked.map((c) => {
    const { introducers } = commonNeighbourScores(graph, c.source, c.target);
    const full = { ...c, sectorA: sectors[c.source]!, sectorB: sectors[c.target]!, introducers };
    const wording = recommendationWording(graph, full);
    return { ...full, explanation: wording(english()), wording };
  });
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
