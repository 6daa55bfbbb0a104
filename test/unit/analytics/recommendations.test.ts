import { Analysis } from '../../../src/analytics/analysis';
import { Sector } from '../../../src/domain/enums';
import { AS_OF, LYON, subgraphOf } from '../../support/analytics-fixtures';

/*
 * Lyon (drawing in test/support/analytics-fixtures.ts): |Γ(z1)| = 2, |Γ(z2)| = 3, |Γ(s1)| = |Γ(f1)| = 2,
 * |Γ(s2)| = |Γ(f2)| = |Γ(y)| = 1.
 *
 * FINANCIAL × SPORT candidates (not adjacent): (f1,s1) (f1,s2) (f2,s1) (f2,s2).
 *   (f1,s1): Γ(f1) ∩ Γ(s1) = {z1, z2} → Adamic-Adar 1/ln 2 + 1/ln 3 = 1.442695 + 0.910239 = 2.352934,
 *            common neighbours 2, resource allocation ½ + ⅓ = 0.833333, preferential attachment 2·2 = 4
 *   (f1,s2): {z2} → 1/ln 3 = 0.910239, 1, ⅓, 2·1 = 2
 *   (f2,s1), (f2,s2): no common neighbour → cold, preferential attachment 1·2 = 2 and 1·1 = 1
 *
 * Gaps (δ = 6/21): MISSING PUBLIC–EDUCATION, PUBLIC–CIVIL, EDUCATION–CIVIL, FINANCIAL–SPORT, SPORT–CIVIL;
 * the other present pairs are linked. Among their candidates only (z1,z2) has common neighbours besides the
 * two above: Γ(z1) ∩ Γ(z2) = {s1, f1}, both of degree 2 → 2/ln 2 = 2.885390.
 */
describe('partner recommendations', () => {
  const lyon = new Analysis(subgraphOf(LYON, { community: 'lyon' }), AS_OF);
  const id = (v: number): string => lyon.graph.stakeholders[v]!.id;

  it('scores a pair with two introducers by Adamic-Adar and lists each contribution', () => {
    const [best, second, ...rest] = lyon.recommendations([Sector.SPORT, Sector.FINANCIAL], 10, false);
    expect(rest).toEqual([]);
    expect([id(best!.source), id(best!.target)]).toEqual(['f1', 's1']);
    expect(best).toMatchObject({
      sectorA: Sector.FINANCIAL,
      sectorB: Sector.SPORT,
      commonNeighbours: 2,
      preferentialAttachment: 4,
    });
    expect(best!.adamicAdar).toBeCloseTo(1 / Math.log(2) + 1 / Math.log(3), 12);
    expect(best!.adamicAdar).toBeCloseTo(2.352934, 6);
    expect(best!.resourceAllocation).toBeCloseTo(1 / 2 + 1 / 3, 12);
    expect(best!.introducers.map((z) => [id(z.vertex), z.contribution])).toEqual([
      ['z1', expect.closeTo(1.442695, 6)],
      ['z2', expect.closeTo(0.910239, 6)],
    ]);
    expect(best!.explanation).toBe(
      "Banque Rhône and AS Lyon are not yet partners in Lyon's network but share 2 partners (Mairie and Lycée Ampère), any of whom could introduce them; Adamic-Adar score 2.35.",
    );
    expect([id(second!.source), id(second!.target), second!.adamicAdar]).toEqual([
      'f1',
      's2',
      expect.closeTo(0.910239, 6),
    ]);
  });

  it('adds candidates without common neighbours only when asked, after the others, by preferential attachment', () => {
    const all = lyon.recommendations([Sector.FINANCIAL, Sector.SPORT], 10, true);
    expect(all.map((r) => `${id(r.source)}-${id(r.target)} ${r.preferentialAttachment}`)).toEqual([
      'f1-s1 4',
      'f1-s2 2',
      'f2-s1 2',
      'f2-s2 1',
    ]);
    expect(all[2]).toMatchObject({
      adamicAdar: 0,
      commonNeighbours: 0,
      resourceAllocation: 0,
      introducers: [],
    });
    expect(all[2]!.explanation).toBe(
      'Assurance Lyon and AS Lyon have no partner in common in Lyon; they are suggested for their reach (1 partner and 2 partners).',
    );
  });

  it('defaults to the pairs of the MISSING, CHARITY_ONLY and WEAK gaps, ranked together', () => {
    const ranked = lyon.recommendations(null, 10, false);
    expect(ranked.map((r) => [id(r.source), id(r.target), r.adamicAdar])).toEqual([
      ['z1', 'z2', expect.closeTo(2 / Math.log(2), 12)],
      ['f1', 's1', expect.closeTo(2.352934, 6)],
      ['f1', 's2', expect.closeTo(0.910239, 6)],
    ]);
    expect(ranked[0]!.introducers.map((z) => id(z.vertex))).toEqual(['f1', 's1']); // equal contributions: by id
  });

  it('honours the limit and breaks score ties by the ids', () => {
    expect(lyon.recommendations(null, 1, false)).toHaveLength(1);
    // Cold candidates of the default pairs by preferential attachment: (z2,y) 3·1 = 3; then three with
    // 2 — (f2,s1) 1·2, (s1,y) 2·1, (z1,y) 2·1 — by source id; then (f2,s2) and (s2,y) with 1.
    const ranked = lyon.recommendations(null, 20, true);
    expect(ranked.slice(3).map((r) => `${id(r.source)}-${id(r.target)} ${r.preferentialAttachment}`)).toEqual(
      ['z2-y 3', 'f2-s1 2', 's1-y 2', 'z1-y 2', 'f2-s2 1', 's2-y 1'],
    );
  });

  it('are computed once per question for an analysis: a cached analysis answers the same ask again', () => {
    const first = lyon.recommendations(null, 10, false);
    expect(lyon.recommendations(null, 10, false)).toBe(first);
    expect(lyon.recommendations(null, 2, false)).not.toBe(first);
    expect(lyon.recommendations(null, 2, false).map((r) => [id(r.source), id(r.target)])).toEqual([
      ['z1', 'z2'],
      ['f1', 's1'],
    ]);
  });
});
