import { HELIX_OF, Helix } from '../domain/enums';
import type { PartnerGraph } from './partner-graph';

export interface HelixSynergy {
  /** Partnerships the distribution is taken over (active, with a member in the scope). */
  partnerships: number;
  /** T_KIG in bits; negative = synergy. Null without partnerships. */
  triple: number | null;
  /** T_KIGS in bits over the four helices. Null without partnerships. */
  quadruple: number | null;
}

/** Shannon entropy in bits of the joint distribution of the variables picked by `mask` (0·log 0 = 0). */
function entropy(patterns: readonly number[], mask: number): number {
  const counts = new Map<number, number>();
  for (const p of patterns) counts.set(p & mask, (counts.get(p & mask) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) {
    const q = c / patterns.length;
    h -= q * Math.log2(q);
  }
  return h;
}

/**
 * Mutual information in bits among the variables of `bits`, by inclusion-exclusion over every non-empty
 * subset: Σ H_i − Σ H_ij + Σ H_ijk − … (Leydesdorff's T; the sign of the k-subset terms is (−1)^(k+1)).
 */
export function mutualInformation(patterns: readonly number[], bits: readonly number[]): number {
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
    t += (size % 2 === 1 ? 1 : -1) * entropy(patterns, mask);
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

/** Each active partnership as a bit pattern of the helices its members in the scope belong to. */
export function helixPatterns(graph: PartnerGraph): number[] {
  return graph.partnerships.map((p) =>
    p.members.reduce((pattern, v) => pattern | BIT[HELIX_OF[graph.sectors[v]!]], 0),
  );
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
