import { Analysis, trendAnalyses } from '../../../src/analytics/analysis';
import { MaturityStage } from '../../../src/analytics/maturity';
import { MemberRole } from '../../../src/domain/enums';
import { ALENTEJO, AS_OF, STAGES, TARTU, TURKU, subgraphOf } from '../../support/analytics-fixtures';

const maturityOf = (doc: typeof STAGES, community: string, asOf = AS_OF) =>
  new Analysis(subgraphOf(doc, { community }), asOf).profile.maturity;

describe('maturity stage', () => {
  it('is EMERGING with no partnership, naming what is missing', () => {
    expect(maturityOf(STAGES, 'empty')).toEqual({
      stage: MaturityStage.EMERGING,
      reasons: [
        'no active partnership',
        'no partnership links two sectors',
        'no active partnership has three members from three sectors',
        'no substantive partnership joins a business to a public or educational stakeholder',
      ],
    });
  });

  it('is EMERGING when partnering reaches sport and banks but no higher rule holds (Évora)', () => {
    // 7 active partnerships and cross-sector edges, but P2 (sport clubs) is outside education, public and
    // civil society; no partnership has three sectors in Évora; f1's ties are charitable only.
    expect(maturityOf(ALENTEJO, 'evora')).toEqual({
      stage: MaturityStage.EMERGING,
      reasons: [
        'partnership P2 has members outside education, public and civil society',
        'no active partnership has three members from three sectors',
        'no substantive partnership joins a business to a public or educational stakeholder',
      ],
    });
  });

  it('is EDUCATIONAL_SOCIAL with two partnerships among education, public and civil society (Tampere)', () => {
    expect(maturityOf(STAGES, 'tampere')).toEqual({
      stage: MaturityStage.EDUCATIONAL_SOCIAL,
      reasons: [
        '2 active partnerships',
        'Tampere Council (PUBLIC) and Tampere School (EDUCATION) partner across sectors',
        'every active partnership is among education, public and civil-society stakeholders',
      ],
    });
  });

  it('is CONSORTIUM with a three-sector partnership that includes culture (Graz)', () => {
    // Only one active partnership, so EDUCATIONAL_SOCIAL does not hold, yet CONSORTIUM does.
    expect(maturityOf(STAGES, 'graz')).toEqual({
      stage: MaturityStage.CONSORTIUM,
      reasons: ['partnership G1 has 3 members from 3 sectors', 'partnership G1 involves culture or sport'],
    });
  });

  it('is CROSS_SECTOR with a substantive business–education edge (Tartu)', () => {
    expect(maturityOf(TARTU, 'tartu')).toEqual({
      stage: MaturityStage.CROSS_SECTOR,
      reasons: ['Tartu Software (PRIVATE) partners substantively with University of Tartu (EDUCATION)'],
    });
  });

  it('is FULL_SPECTRUM with all seven sectors, coverage ≥ 0.6 and a business link (Oulu)', () => {
    // O1 joins one member of each sector: all 21 cross pairs tied → coverage 1.
    expect(maturityOf(STAGES, 'oulu')).toEqual({
      stage: MaturityStage.FULL_SPECTRUM,
      reasons: [
        'Oulu Bank (FINANCIAL) partners substantively with Oulu School (EDUCATION)',
        'all seven sectors are present',
        'spectrum coverage is 1.00 (at least 0.60)',
      ],
    });
  });

  it('stays CROSS_SECTOR when all sectors are present but coverage is below 0.6', () => {
    // Oulu with O1 ended: only a PRIVATE–PUBLIC pair of its own → coverage 1/21.
    const sub = subgraphOf(STAGES, { community: 'oulu' });
    const narrow = new Analysis(
      {
        ...sub,
        partnerships: [
          ...sub.partnerships.map((p) => ({ ...p, endedOn: '2020-01-01' })),
          {
            ...sub.partnerships[0]!,
            id: 'O2',
            memberIds: ['o-pub', 'o-pri'],
            roles: [MemberRole.PARTNER, MemberRole.PARTNER],
          },
        ],
      },
      AS_OF,
    );
    expect(narrow.profile.spectrumCoverage).toBeCloseTo(1 / 21, 12);
    expect(narrow.profile.maturity.stage).toBe(MaturityStage.CROSS_SECTOR);
  });
});

describe('trend', () => {
  /*
   * Turku at each 31 December (Y1 e–p from 2021-03-01; Y2 p–f 2022-05-01 … 2023-06-30; Y3 f–e
   * sponsorship from 2023-01-01):
   *   2021: Y1          → edges e–p           density 1/3  EMERGING (one partnership)
   *   2022: Y1, Y2      → edges e–p, p–f      density 2/3  CROSS_SECTOR (bank–council, substantive)
   *   2023: Y1, Y3      → edges e–p, e–f      density 2/3  EMERGING (e–f is a sponsorship; Y3 has a bank)
   * Gaps (of the three present sectors' pairs; 18 are ABSENT_SECTOR every year):
   *   2021: PUBLIC–FINANCIAL and EDUCATION–FINANCIAL MISSING
   *   2022: EDUCATION–FINANCIAL MISSING
   *   2023: PUBLIC–FINANCIAL MISSING, EDUCATION–FINANCIAL CHARITY_ONLY
   */
  it('computes the measures at the end of each year from one subgraph', () => {
    const points = trendAnalyses(subgraphOf(TURKU, { community: 'turku' }), 2021, 2023);
    expect(
      points.map(({ year, asOf, analysis }) => ({
        year,
        asOf,
        edges: analysis.profile.edges,
        density: analysis.profile.density,
        stage: analysis.profile.maturity.stage,
        gaps: analysis.gapCounts,
        bankEngagement: analysis.profile.businessEngagement,
      })),
    ).toEqual([
      {
        year: 2021,
        asOf: '2021-12-31',
        edges: 1,
        density: 1 / 3,
        stage: MaturityStage.EMERGING,
        gaps: { missing: 2, charityOnly: 0, weak: 0, absentSector: 18 },
        bankEngagement: { none: 1, charityOnly: 0, substantive: 0, charityOnlyStakeholders: [] },
      },
      {
        year: 2022,
        asOf: '2022-12-31',
        edges: 2,
        density: 2 / 3,
        stage: MaturityStage.CROSS_SECTOR,
        gaps: { missing: 1, charityOnly: 0, weak: 0, absentSector: 18 },
        bankEngagement: { none: 0, charityOnly: 0, substantive: 1, charityOnlyStakeholders: [] },
      },
      {
        year: 2023,
        asOf: '2023-12-31',
        edges: 2,
        density: 2 / 3,
        stage: MaturityStage.EMERGING,
        gaps: { missing: 1, charityOnly: 1, weak: 0, absentSector: 18 },
        bankEngagement: { none: 0, charityOnly: 1, substantive: 0, charityOnlyStakeholders: [1] }, // f: vertices are in id order e, f, p,
      },
    ]);
  });
});
