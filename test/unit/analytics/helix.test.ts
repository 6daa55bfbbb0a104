import { Analysis } from '../../../src/analytics/analysis';
import { mutualInformation } from '../../../src/analytics/helix';
import { ALENTEJO, AS_OF, TARTU, subgraphOf } from '../../support/analytics-fixtures';

describe('helix synergy', () => {
  it('finds synergy (negative T) in Tartu', () => {
    /*
     * Helix patterns (K, I, G, S) of Tartu's four partnerships: H1 (1,1,0,0), H2 (1,0,1,0),
     * H3 (0,1,1,0), H4 (0,0,0,1); each has probability ¼.
     * Triple: H_K = H_I = H_G = 1 bit (two of four). Every pair (K,I), (K,G), (I,G) takes four distinct
     * values → 2 bits each. (K,I,G) takes four distinct values → 2 bits.
     *   T = 3·1 − 3·2 + 2 = −1 bit.
     * Quadruple adds S: H_S = H(¼) = ¼·2 + ¾·log2(4/3) = 0.811278. (K,S), (I,S), (G,S) each take three
     * values with probabilities ½, ¼, ¼ → 1.5 bits. Every triple and the quadruple take four distinct
     * values → 2 bits.
     *   T = (3 + 0.811278) − (6 + 3·1.5) + (4·2) − 2 = −0.688722 bits.
     */
    const synergy = new Analysis(subgraphOf(TARTU, { community: 'tartu' }), AS_OF).profile.helixSynergy;
    expect(synergy.partnerships).toBe(4);
    expect(synergy.triple).toBeCloseTo(-1, 12);
    expect(synergy.quadruple).toBeCloseTo(3.811278 - 10.5 + 8 - 2, 6);
  });

  it('computes Évora’s triple helix T from its seven active partnerships', () => {
    /*
     * (K, I, G) of P1 (1,0,1), P2 (0,0,0), P3 (1,0,0), P4 (0,1,0), P5 (0,1,0), P6 (0,0,1), P9 (0,0,0).
     *   H_K = H_I = H_G = H(2/7) = 0.863121
     *   H_KI: (0,0) 3, (1,0) 2, (0,1) 2 → 1.556657;  H_IG likewise 1.556657
     *   H_KG: (0,0) 4, (1,1) 1, (1,0) 1, (0,1) 1 → 1.664498
     *   H_KIG: counts 2, 2, 1, 1, 1 → 2.235926
     *   T = 3·0.863121 − (1.556657 + 1.664498 + 1.556657) + 2.235926 = 0.047477 (no synergy)
     */
    const synergy = new Analysis(subgraphOf(ALENTEJO, { community: 'evora' }), AS_OF).profile.helixSynergy;
    expect(synergy.partnerships).toBe(7);
    expect(synergy.triple).toBeCloseTo(0.047477, 6);
  });

  it('is 0 for independent variables and for a constant one', () => {
    // Two independent fair bits (1, 2) in all four combinations: T = 1 + 1 − 2 = 0.
    expect(mutualInformation([0, 1, 2, 3], [1, 2])).toBe(0);
    expect(mutualInformation([1, 1, 1], [1, 2, 4])).toBe(0);
  });
});
