import { Analysis } from '../../../src/analytics/analysis';
import { GapKind } from '../../../src/analytics/gap-kind';
import { classifyPair } from '../../../src/analytics/gaps';
import { spectrumCoverage } from '../../../src/analytics/sector-matrix';
import { Sector } from '../../../src/domain/enums';
import { ALENTEJO, AS_OF, STAGES, subgraphOf } from '../../support/analytics-fixtures';

/*
 * Évora at AS_OF (drawing in test/support/analytics-fixtures.ts): N = 10, 13 edges.
 *   n: PUBLIC 1, EDUCATION 3, PRIVATE 0, FINANCIAL 2, CULTURAL 0, SPORT 3, CIVIL_SOCIETY 1
 *   δ = 13 / (10·9/2) = 13/45 = 0.2889, so WEAK means substantive density < ½δ = 0.1444.
 *
 *   pair                    ties subst possible  rule
 *   PUBLIC–EDUCATION          3    3      3      linked (3/3 = 1)
 *   PUBLIC–FINANCIAL          0    0      2      MISSING
 *   PUBLIC–SPORT              0    0      3      MISSING
 *   PUBLIC–CIVIL_SOCIETY      1    1      1      linked
 *   EDUCATION–FINANCIAL       0    0      6      MISSING
 *   EDUCATION–SPORT           1    1      9      WEAK (1/9 = 0.111 < 0.1444)
 *   EDUCATION–CIVIL_SOCIETY   0    0      3      MISSING
 *   FINANCIAL–SPORT           1    0      6      CHARITY_ONLY (f1s2 is a sponsorship)
 *   FINANCIAL–CIVIL_SOCIETY   1    0      2      CHARITY_ONLY (f1c1 is a charity)
 *   SPORT–CIVIL_SOCIETY       0    0      3      MISSING
 *   the 11 pairs with PRIVATE or CULTURAL         ABSENT_SECTOR (possible 0)
 *
 * Order: MISSING by possible descending (6; then the three with 3 by sector names: EDUCATION–…,
 * PUBLIC–…, SPORT–…; then 2), CHARITY_ONLY (6, 2), WEAK, then ABSENT_SECTOR by sector names.
 */
describe('sector matrix and gaps', () => {
  const evora = new Analysis(subgraphOf(ALENTEJO, { community: 'evora' }), AS_OF);

  it('counts ties, substantive ties, possible pairs and partnerships per sector pair', () => {
    expect(evora.matrix.cells).toHaveLength(28);
    expect(evora.matrix.cell(Sector.EDUCATION, Sector.EDUCATION)).toEqual({
      sectorA: Sector.EDUCATION,
      sectorB: Sector.EDUCATION,
      ties: 3, // e1e2 e1e3 e2e3
      substantiveTies: 3,
      possible: 3, // 3·2/2
      density: 1,
      partnerships: 1, // P1
    });
    expect(evora.matrix.cell(Sector.SPORT, Sector.FINANCIAL)).toEqual({
      sectorA: Sector.FINANCIAL,
      sectorB: Sector.SPORT,
      ties: 1,
      substantiveTies: 0,
      possible: 6,
      density: 1 / 6,
      partnerships: 1, // P4
    });
    // P1 has one PUBLIC member only: no PUBLIC–PUBLIC partnership; P9 (c1 alone) pairs nothing.
    expect(evora.matrix.cell(Sector.PUBLIC, Sector.PUBLIC)).toMatchObject({
      possible: 0,
      density: null,
      partnerships: 0,
    });
    expect(evora.matrix.cell(Sector.CIVIL_SOCIETY, Sector.CIVIL_SOCIETY).partnerships).toBe(0);
    expect(evora.matrix.cell(Sector.PRIVATE, Sector.CULTURAL)).toMatchObject({ possible: 0, density: null });
  });

  it('computes overall density 13/45 and spectrum coverage 5/21', () => {
    expect(evora.density).toBeCloseTo(13 / 45, 12);
    // Cross pairs with a tie: PUBLIC–EDUCATION, PUBLIC–CIVIL, EDUCATION–SPORT, FINANCIAL–SPORT, FINANCIAL–CIVIL.
    expect(spectrumCoverage(evora.matrix)).toBeCloseTo(5 / 21, 12);
  });

  it('lists every gap kind in SPEC order', () => {
    const summary = evora.gaps.map((g) => `${g.kind} ${g.sectorA}–${g.sectorB} ${g.possible}`);
    expect(summary).toEqual([
      'MISSING EDUCATION–FINANCIAL 6',
      'MISSING EDUCATION–CIVIL_SOCIETY 3',
      'MISSING PUBLIC–SPORT 3',
      'MISSING SPORT–CIVIL_SOCIETY 3',
      'MISSING PUBLIC–FINANCIAL 2',
      'CHARITY_ONLY FINANCIAL–SPORT 6',
      'CHARITY_ONLY FINANCIAL–CIVIL_SOCIETY 2',
      'WEAK EDUCATION–SPORT 9',
      'ABSENT_SECTOR CULTURAL–CIVIL_SOCIETY 0',
      'ABSENT_SECTOR CULTURAL–SPORT 0',
      'ABSENT_SECTOR EDUCATION–CULTURAL 0',
      'ABSENT_SECTOR EDUCATION–PRIVATE 0',
      'ABSENT_SECTOR FINANCIAL–CULTURAL 0',
      'ABSENT_SECTOR PRIVATE–CIVIL_SOCIETY 0',
      'ABSENT_SECTOR PRIVATE–CULTURAL 0',
      'ABSENT_SECTOR PRIVATE–FINANCIAL 0',
      'ABSENT_SECTOR PRIVATE–SPORT 0',
      'ABSENT_SECTOR PUBLIC–CULTURAL 0',
      'ABSENT_SECTOR PUBLIC–PRIVATE 0',
    ]);
    expect(evora.gapCounts).toEqual({ missing: 5, charityOnly: 2, weak: 1, absentSector: 11 });
  });

  it('carries the numbers of each gap', () => {
    expect(evora.gaps.find((g) => g.kind === GapKind.WEAK)).toMatchObject({
      sectorA: Sector.EDUCATION,
      sectorB: Sector.SPORT,
      countA: 3,
      countB: 3,
      ties: 1,
      substantiveTies: 1,
      possible: 9,
    });
  });

  it('explains each gap in one sentence from its numbers and the stakeholder types', () => {
    const explanation = (a: Sector, b: Sector): string | undefined =>
      evora.gaps.find((g) => g.sectorA === a && g.sectorB === b)?.explanation;
    expect(explanation(Sector.EDUCATION, Sector.FINANCIAL)).toBe(
      "No active partnership links any of Évora's 3 schools with its 2 banks.",
    );
    expect(explanation(Sector.PUBLIC, Sector.FINANCIAL)).toBe(
      "No active partnership links any of Évora's 2 banks with its municipality.",
    );
    expect(explanation(Sector.FINANCIAL, Sector.SPORT)).toBe(
      "Évora's 3 sport clubs and its 2 banks are linked only through sponsorship, charity or funding (1 of 6 possible pairs, none substantive).",
    );
    expect(explanation(Sector.EDUCATION, Sector.SPORT)).toBe(
      "Only 1 of the 9 possible pairs of Évora's 3 schools and its 3 sport clubs partner substantively (11.1%), under half of Évora's overall density of 28.9%.",
    );
    expect(explanation(Sector.EDUCATION, Sector.PRIVATE)).toBe(
      'Évora has no businesses to link with its 3 schools: recruiting one comes first.',
    );
    expect(explanation(Sector.PRIVATE, Sector.CULTURAL)).toBe(
      'Évora has no businesses and no cultural organisations: both need recruiting before they can be linked.',
    );
  });

  it('classifies by the first rule that holds', () => {
    expect(classifyPair(0, 5, 0, 0, 0.5)).toBe(GapKind.ABSENT_SECTOR);
    expect(classifyPair(2, 2, 0, 0, 0.5)).toBe(GapKind.MISSING);
    expect(classifyPair(2, 2, 1, 0, 0.5)).toBe(GapKind.CHARITY_ONLY);
    // 1/4 = 0.25 is exactly ½δ: not below it, so linked; a hair above δ = 0.5 makes it WEAK.
    expect(classifyPair(2, 2, 1, 1, 0.5)).toBeNull();
    expect(classifyPair(2, 2, 1, 1, 0.5000001)).toBe(GapKind.WEAK);
  });

  it('makes every pair ABSENT_SECTOR in an empty community and in a one-stakeholder one', () => {
    for (const community of ['empty', 'lone']) {
      const analysis = new Analysis(subgraphOf(STAGES, { community }), AS_OF);
      expect(analysis.gaps).toHaveLength(21);
      expect(analysis.gaps.every((g) => g.kind === GapKind.ABSENT_SECTOR)).toBe(true);
      expect(analysis.density).toBeNull();
    }
  });

  it('calls every present pair MISSING when there are no partnerships', () => {
    // Quietby: a school and a sport club, no partnership: δ = 0/1 = 0.
    const quiet = new Analysis(subgraphOf(STAGES, { community: 'quiet' }), AS_OF);
    expect(quiet.density).toBe(0);
    expect(quiet.gaps[0]).toMatchObject({
      kind: GapKind.MISSING,
      sectorA: Sector.EDUCATION,
      sectorB: Sector.SPORT,
      possible: 1,
      explanation: "No active partnership links Quietby's school with its sport club.",
    });
    expect(quiet.gapCounts).toEqual({ missing: 1, charityOnly: 0, weak: 0, absentSector: 20 });
  });
});
