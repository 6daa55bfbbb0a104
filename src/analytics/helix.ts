import { HELIX_OF, Helix, SECTORS } from '../domain/enums';
import type { PartnerGraph } from './partner-graph';

export interface HelixSynergy {
  /** Partnerships the distribution is taken over (active, with a member in the scope). */
  partnerships: number;
  /** T_KIG in bits; negative = synergy. Null without partnerships. */
  triple: number | null;
  /** T_KIGS in bits over the four helices. Null without partnerships. */
  quadruple: number | null;
}

/** How often each of the 16 helix patterns occurs, and where it first does (-1: never). */
interface PatternTally {
  total: number;
  count: Float64Array;
  first: Float64Array;
}

function tally(patterns: readonly number[]): PatternTally {
  const count = new Float64Array(16);
  const first = new Float64Array(16).fill(-1);
  patterns.forEach((p, i) => {
    if (count[p & 15] === 0) first[p & 15] = i;
    count[p & 15]! += 1;
  });
  return { total: patterns.length, count, first };
}

/**
 * Shannon entropy in bits of the joint distribution of the variables picked by `mask` (0·log 0 = 0),
 * from the tally of the 16 patterns. The terms are summed in the order each masked value first occurs
 * among the partnerships, the order a count per value kept while reading them would give.
 */
function entropy(patterns: PatternTally, mask: number): number {
  const count = new Float64Array(16);
  const first = new Float64Array(16).fill(Infinity);
  for (let p = 0; p < 16; p += 1) {
    if (patterns.count[p] === 0) continue;
    count[p & mask]! += patterns.count[p]!;
    first[p & mask] = Math.min(first[p & mask]!, patterns.first[p]!);
  }
  const values: number[] = [];
  for (let m = 0; m < 16; m += 1) if (count[m]! > 0) values.push(m);
  values.sort((x, y) => first[x]! - first[y]!);
  let h = 0;
  for (const m of values) {
    const q = count[m]! / patterns.total;
    h -= q * Math.log2(q);
  }
  return h;
}

/**
 * Mutual information in bits among the variables of `bits`, by inclusion-exclusion over every non-empty
 * subset: Σ H_i − Σ H_ij + Σ H_ijk − … (Leydesdorff's T; the sign of the k-subset terms is (−1)^(k+1)).
 * Patterns and bits are over the four helix bits (0 to 15), tallied once for all the subsets.
 */
export function mutualInformation(patterns: readonly number[], bits: readonly number[]): number {
  const tallied = tally(patterns);
  let t = 0;
  for (let subset = 1; subset < 1 << bits.length; subset += 1) {
    let mask = 0;
    let size = 0;
    bits.forEach((bit, i) => {
      if (subset & (1 << i)) {
        mask |= bit;
        size += 1;
      }
    });
    t += (size % 2 === 1 ? 1 : -1) * entropy(tallied, mask);
  }
  // Entropy sums cancel to a few ulps of zero; report exact zeros as 0, not -4e-17.
  return Math.abs(t) < 1e-12 ? 0 : t;
}

const BIT: Readonly<Record<Helix, number>> = {
  [Helix.KNOWLEDGE]: 1,
  [Helix.INDUSTRY]: 2,
  [Helix.GOVERNMENT]: 4,
  [Helix.CIVIL_SOCIETY]: 8,
};

/** BIT of each sector's helix, by the sector's position in SECTORS. */
const HELIX_BIT = Uint8Array.from(SECTORS, (s) => BIT[HELIX_OF[s]]);

/** Each active partnership as a bit pattern of the helices its members in the scope belong to. */
export function helixPatterns(graph: PartnerGraph): number[] {
  const sector = graph.sectorIndexes;
  return graph.partnerships.map((p) => {
    let pattern = 0;
    for (const v of p.members) pattern |= HELIX_BIT[sector[v]!]!;
    return pattern;
  });
}

/** docs/measures.md "Helix synergy". */
export function helixSynergy(graph: PartnerGraph): HelixSynergy {
  const patterns = helixPatterns(graph);
  if (patterns.length === 0) return { partnerships: 0, triple: null, quadruple: null };
  return {
    partnerships: patterns.length,
    triple: mutualInformation(patterns, [BIT.KNOWLEDGE, BIT.INDUSTRY, BIT.GOVERNMENT]),
    quadruple: mutualInformation(patterns, [BIT.KNOWLEDGE, BIT.INDUSTRY, BIT.GOVERNMENT, BIT.CIVIL_SOCIETY]),
  };
}
