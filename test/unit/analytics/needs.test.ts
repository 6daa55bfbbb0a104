import { Analysis } from '../../../src/analytics/analysis';
import { profileOf } from '../../../src/analytics/analytics.mapper';
import { GapKind } from '../../../src/analytics/gap-kind';
import type { Gap } from '../../../src/analytics/gaps';
import { needsOf, recommendForNeeds } from '../../../src/analytics/needs-analysis';
import {
  needRecommendations,
  NeedStatus,
  PairGapKind,
  type AddressingPartnership,
  type ScopeAsset,
  type ScopeNeed,
} from '../../../src/analytics/needs';
import { explainNeedRecommendation } from '../../../src/analytics/needs-wording';
import type { Subgraph } from '../../../src/analytics/subgraph';
import {
  AssetKind,
  CommunityKind,
  MemberRole,
  NeedPriority,
  PartnershipKind,
  Sector,
} from '../../../src/domain/enums';
import { themeKey } from '../../../src/domain/themes';

/*
 * Serpa, analysed at 2024-06-30. Eight stakeholders, one per sector except EDUCATION (two); Moura is a
 * neighbouring community.
 *
 *   cm Câmara Municipal (PUBLIC)    es Escola Secundária, es2 Escola Básica (EDUCATION)
 *   em Lagar do Guadiana (PRIVATE)  sg Seguros Serpa (FINANCIAL)   bi Biblioteca (CULTURAL)
 *   cl Clube Desportivo (SPORT)     ad Associação de Idosos (CIVIL_SOCIETY)
 *   Moura: mo Moura Formação (PRIVATE)
 *
 *   P1 PROJECT     cm es              → cm–es
 *   P2 PROJECT     cm cl              → cm–cl
 *   P3 PROJECT     cm sg              → cm–sg
 *   P4 PROJECT     es ad              → es–ad
 *   P5 SPONSORSHIP em (FUNDER) ad     → em–ad, charitable
 *   P6 PROJECT     cl sg, starts 2025 → planned: no edge
 *   P7 PROJECT     bi mo              → no edge (mo is in Moura): an external tie
 *   P8 PROJECT     es es2 ad          → es–es2, es–ad (again), es2–ad
 *
 * G: 7 edges; Γ(cm) = {cl, es, sg}, Γ(es) = {ad, cm, es2}, Γ(ad) = {em, es, es2}, Γ(es2) = {ad, es},
 * Γ(cl) = Γ(sg) = {cm}, Γ(em) = {ad}, Γ(bi) = ∅. N = 8, δ = 7/28 = 0.25.
 * Gaps: PRIVATE–CIVIL_SOCIETY is CHARITY_ONLY (only the sponsorship); PUBLIC–EDUCATION (1 of 2 pairs,
 * 0.5 ≥ ½δ), EDUCATION–CIVIL_SOCIETY, PUBLIC–SPORT and PUBLIC–FINANCIAL are linked; the other 16
 * cross-sector pairs are MISSING.
 *
 * Needs (all of Serpa):
 *   n1 activities for seniors, HIGH, theme "  Activities for   Seniors" — addressed only by P6 (planned)
 *   n2 digital skills, MEDIUM — addressed by P3 (cm, sg) and P4 (es, ad)
 *   n3 adult education, HIGH — addressed by P7 (bi, and mo from Moura)
 *   n4 health and well-being, LOW, theme "health" — nothing addresses it, no asset has the theme
 *   n5 youth employment, MEDIUM — addressed by P5 (the sponsorship)
 *   n6 literacy, LOW — nothing addresses it
 * Assets: a1 cl VENUE [activities for seniors, sport]; a2 sg FUNDING [ACTIVITIES FOR SENIORS, " Digital Skills"];
 *   a3 ad VOLUNTEERS [activities for seniors]; a4 bi VENUE [adult education]; a5 em VENUE [adult education];
 *   a6 mo EXPERTISE [adult education] (Moura); a7 es2 EXPERTISE [literacy]; a8 cm VENUE [literacy];
 *   a9 sg FUNDING [literacy]; a10 cl VENUE [literacy].
 */
const AS_OF = '2024-06-30';

const SECTOR_OF: Record<string, Sector> = {
  cm: Sector.PUBLIC,
  es: Sector.EDUCATION,
  es2: Sector.EDUCATION,
  em: Sector.PRIVATE,
  sg: Sector.FINANCIAL,
  bi: Sector.CULTURAL,
  cl: Sector.SPORT,
  ad: Sector.CIVIL_SOCIETY,
  mo: Sector.PRIVATE,
};
const NAME_OF: Record<string, string> = {
  cm: 'Câmara Municipal',
  es: 'Escola Secundária',
  es2: 'Escola Básica',
  em: 'Lagar do Guadiana',
  sg: 'Seguros Serpa',
  bi: 'Biblioteca',
  cl: 'Clube Desportivo',
  ad: 'Associação de Idosos',
  mo: 'Moura Formação',
};
type M = [string, MemberRole?];
const P: Record<string, [PartnershipKind, M[], string?]> = {
  P1: [PartnershipKind.PROJECT, [['cm'], ['es']]],
  P2: [PartnershipKind.PROJECT, [['cm'], ['cl']]],
  P3: [PartnershipKind.PROJECT, [['cm'], ['sg']]],
  P4: [PartnershipKind.PROJECT, [['es'], ['ad']]],
  P5: [PartnershipKind.SPONSORSHIP, [['em', MemberRole.FUNDER], ['ad']]],
  P6: [PartnershipKind.PROJECT, [['cl'], ['sg']], '2025-01-01'],
  P7: [PartnershipKind.PROJECT, [['bi'], ['mo']]],
  P8: [PartnershipKind.PROJECT, [['es'], ['es2'], ['ad']]],
};
const addressing = (id: string): AddressingPartnership => {
  const [kind, members, startedOn] = P[id]!;
  return {
    id,
    name: `Partnership ${id}`,
    kind,
    startedOn: startedOn ?? null,
    endedOn: null,
    members: members.map(([s, role]) => ({
      stakeholderId: s,
      sector: SECTOR_OF[s]!,
      role: role ?? MemberRole.PARTNER,
    })),
  };
};
const need = (
  id: string,
  name: string,
  priority: NeedPriority,
  by: string[],
  theme: string = name,
): ScopeNeed => ({
  id,
  name,
  theme,
  targetGroup: null,
  priority,
  identifiedOn: null,
  description: null,
  communityId: 'serpa',
  addressedBy: by.map(addressing),
});
const asset = (id: string, holder: string, kind: AssetKind, themes: string[]): ScopeAsset => ({
  id,
  name: `Asset ${id}`,
  kind,
  themes,
  description: null,
  stakeholderId: holder,
});

function serpa(): Subgraph {
  const inSerpa = Object.keys(SECTOR_OF).filter((s) => s !== 'mo');
  return {
    scope: 'community',
    id: 'serpa',
    name: 'Serpa',
    communities: [
      {
        id: 'serpa',
        name: 'Serpa',
        country: 'PT',
        kind: CommunityKind.TOWN,
        population: null,
        regionId: 'alentejo',
      },
    ],
    stakeholders: inSerpa.map((id) => ({
      id,
      name: NAME_OF[id]!,
      sector: SECTOR_OF[id]!,
      type: null,
      description: null,
      website: null,
      communityId: 'serpa',
    })),
    partnerships: Object.keys(P).map((id) => {
      const p = addressing(id);
      return {
        id,
        kind: p.kind,
        startedOn: p.startedOn,
        endedOn: p.endedOn,
        memberIds: p.members.map((m) => m.stakeholderId),
        roles: p.members.map((m) => m.role),
      };
    }),
    needs: [
      need('n1', 'activities for seniors', NeedPriority.HIGH, ['P6'], '  Activities for   Seniors'),
      need('n2', 'digital skills', NeedPriority.MEDIUM, ['P3', 'P4']),
      need('n3', 'adult education', NeedPriority.HIGH, ['P7']),
      need('n4', 'health and well-being', NeedPriority.LOW, [], 'health'),
      need('n5', 'youth employment', NeedPriority.MEDIUM, ['P5']),
      need('n6', 'literacy', NeedPriority.LOW, []),
    ],
    assets: [
      asset('a1', 'cl', AssetKind.VENUE, ['activities for seniors', 'sport']),
      asset('a2', 'sg', AssetKind.FUNDING, ['ACTIVITIES FOR SENIORS', ' Digital Skills']),
      asset('a3', 'ad', AssetKind.VOLUNTEERS, ['activities for seniors']),
      asset('a4', 'bi', AssetKind.VENUE, ['adult education']),
      asset('a5', 'em', AssetKind.VENUE, ['adult education']),
      asset('a6', 'mo', AssetKind.EXPERTISE, ['adult education']),
      asset('a7', 'es2', AssetKind.EXPERTISE, ['literacy']),
      asset('a8', 'cm', AssetKind.VENUE, ['literacy']),
      asset('a9', 'sg', AssetKind.FUNDING, ['literacy']),
      asset('a10', 'cl', AssetKind.VENUE, ['literacy']),
    ],
  };
}

describe('theme comparison', () => {
  it('trims, lower-cases and collapses inner white space', () => {
    expect(themeKey('  Activities for \t  Seniors ')).toBe('activities for seniors');
    expect(themeKey('Digital Skills')).toBe(themeKey('digital  skills'));
  });
});

describe('need status, coverage and asset holders', () => {
  const analysis = new Analysis(serpa(), AS_OF);
  const id = (v: number): string => analysis.graph.stakeholders[v]!.id;
  const { states, coverage } = needsOf(analysis);
  const state = (needId: string) => states.find((s) => s.need.id === needId)!;

  it('lists the needs by priority (HIGH first), then id', () => {
    expect(states.map((s) => s.need.id)).toEqual(['n1', 'n3', 'n2', 'n5', 'n4', 'n6']);
  });

  it('counts a need addressed only by a partnership not yet started as UNMET', () => {
    // P6 starts 2025-01-01, after asOf: no active partnership addresses n1.
    expect(state('n1')).toMatchObject({
      status: NeedStatus.UNMET,
      businessBacked: false,
      addressing: [],
      sectors: [],
    });
    expect(state('n1').members).toEqual([]);
  });

  it('is CROSS_SECTOR when the members in the community come from two sectors or more, business-backed with a substantive business member', () => {
    // n2: P3 (cm PUBLIC, sg FINANCIAL) and P4 (es EDUCATION, ad CIVIL_SOCIETY); sg is a PARTNER in a PROJECT.
    const n2 = state('n2');
    expect(n2.status).toBe(NeedStatus.CROSS_SECTOR);
    expect(n2.businessBacked).toBe(true);
    expect(n2.addressing.map((p) => p.id)).toEqual(['P3', 'P4']);
    expect(n2.sectors).toEqual([Sector.PUBLIC, Sector.EDUCATION, Sector.FINANCIAL, Sector.CIVIL_SOCIETY]);
    expect(n2.members.map(id)).toEqual(['ad', 'cm', 'es', 'sg']);
  });

  it('does not count a business that only sponsors or funds as backing the need', () => {
    // n5: P5 is a SPONSORSHIP and em its FUNDER: charitable. Members em (PRIVATE), ad (CIVIL_SOCIETY).
    expect(state('n5')).toMatchObject({ status: NeedStatus.CROSS_SECTOR, businessBacked: false });
  });

  it('takes only the members in the need’s community for the sectors, so a partner from elsewhere leaves it SINGLE_SECTOR', () => {
    // n3: P7 = bi (CULTURAL, Serpa) + mo (PRIVATE, Moura). In Serpa only CULTURAL → SINGLE_SECTOR; mo is a
    // substantive PRIVATE member of the addressing partnership, so the need is business-backed.
    const n3 = state('n3');
    expect(n3).toMatchObject({
      status: NeedStatus.SINGLE_SECTOR,
      businessBacked: true,
      sectors: [Sector.CULTURAL],
    });
    expect(n3.members.map(id)).toEqual(['bi']);
  });

  it('finds asset holders by theme after normalising, only in the need’s community', () => {
    // n1 "  Activities for   Seniors" matches a1, a2 ("ACTIVITIES FOR SENIORS") and a3.
    expect(state('n1').holders.map((h) => [id(h.vertex), h.assets.map((a) => a.id)])).toEqual([
      ['ad', ['a3']],
      ['cl', ['a1']],
      ['sg', ['a2']],
    ]);
    // n3: bi and em; mo (Moura) offers a6 with the theme but is not of Serpa.
    expect(state('n3').holders.map((h) => id(h.vertex))).toEqual(['bi', 'em']);
    // n2 "digital skills" matches a2's " Digital Skills".
    expect(state('n2').holders.map((h) => id(h.vertex))).toEqual(['sg']);
  });

  it('finds no holder for a need whose theme no asset carries', () => {
    expect(state('n4')).toMatchObject({ status: NeedStatus.UNMET, holders: [] });
  });

  it('counts needs by status and priority with the shares addressed and cross-sector', () => {
    // Addressed: n2, n3, n5 → 3 of 6 = 0.5; cross-sector n2, n5 → 2/6; business-backed n2, n3.
    expect(coverage).toMatchObject({
      needs: 6,
      addressed: 3,
      unmet: 3,
      singleSector: 1,
      crossSector: 2,
      businessBacked: 2,
      shareAddressed: 0.5,
      shareCrossSector: 2 / 6,
    });
    expect(coverage.byPriority).toEqual([
      {
        priority: NeedPriority.HIGH,
        needs: 2,
        addressed: 1,
        unmet: 1,
        singleSector: 1,
        crossSector: 0,
        businessBacked: 1,
      },
      {
        priority: NeedPriority.MEDIUM,
        needs: 2,
        addressed: 2,
        unmet: 0,
        singleSector: 0,
        crossSector: 2,
        businessBacked: 1,
      },
      {
        priority: NeedPriority.LOW,
        needs: 2,
        addressed: 0,
        unmet: 2,
        singleSector: 0,
        crossSector: 0,
        businessBacked: 0,
      },
    ]);
  });

  it('adds the needs summary to the profile', () => {
    // Unmet: n1 (HIGH), n4 and n6 (LOW); addressed n2, n3, n5; cross-sector n2, n5; business-backed n2, n3.
    expect(profileOf(analysis).needs).toEqual({
      needs: 6,
      addressed: 3,
      crossSector: 2,
      businessBacked: 2,
      unmetByPriority: [
        { priority: NeedPriority.HIGH, count: 1 },
        { priority: NeedPriority.MEDIUM, count: 0 },
        { priority: NeedPriority.LOW, count: 2 },
      ],
    });
  });

  it('has no needs and null shares for a scope without needs', () => {
    const bare = new Analysis({ ...serpa(), needs: undefined, assets: undefined }, AS_OF);
    expect(needsOf(bare).coverage).toMatchObject({ needs: 0, shareAddressed: null, shareCrossSector: null });
  });
});

describe('need-driven recommendations', () => {
  const analysis = new Analysis(serpa(), AS_OF);
  const id = (v: number): string => analysis.graph.stakeholders[v]!.id;
  const pairs = (needId: string | null, limit = 10): string[] =>
    recommendForNeeds(analysis, needId, limit).map(
      (r) => `${r.need.need.id} ${id(r.source)}-${id(r.target)} ${r.gapKind} ${r.adamicAdar.toFixed(6)}`,
    );

  it('pairs the holders of an unmet need, pairs without common neighbours included, by Adamic-Adar then ids', () => {
    // n1 pool {ad, cl, sg} (holders; no active partnership). All three pairs are MISSING sector pairs:
    // (cl, sg) share cm, |Γ(cm)| = 3 → 1/ln 3 = 0.910239; (ad, cl) and (ad, sg) share nobody → 0.
    expect(pairs('n1')).toEqual([
      'n1 cl-sg MISSING 0.910239',
      'n1 ad-cl MISSING 0.000000',
      'n1 ad-sg MISSING 0.000000',
    ]);
  });

  it('ranks by gap kind before Adamic-Adar, LINKED pairs last', () => {
    // n6 pool {cl, cm, es2, sg}; (cl, cm) and (cm, sg) are partners already.
    // (cl, sg) SPORT–FINANCIAL MISSING, 1/ln 3; (cl, es2) SPORT–EDUCATION MISSING, 0;
    // (es2, sg) EDUCATION–FINANCIAL MISSING, 0; (cm, es2) PUBLIC–EDUCATION linked, common es, |Γ(es)| = 3 → 1/ln 3.
    expect(pairs('n6')).toEqual([
      'n6 cl-sg MISSING 0.910239',
      'n6 cl-es2 MISSING 0.000000',
      'n6 es2-sg MISSING 0.000000',
      'n6 cm-es2 LINKED 0.910239',
    ]);
    const [first] = recommendForNeeds(analysis, 'n6', 1);
    expect(first!.introducers.map((z) => [id(z.vertex), z.contribution])).toEqual([
      ['cm', expect.closeTo(1 / Math.log(3), 12)],
    ]);
    expect(first!.resourceAllocation).toBeCloseTo(1 / 3, 12);
    expect([first!.sourceAssets.map((a) => a.id), first!.targetAssets.map((a) => a.id)]).toEqual([
      ['a10'],
      ['a9'],
    ]);
  });

  it('orders MISSING, CHARITY_ONLY, WEAK, LINKED whatever the scores', () => {
    // The same n6 candidates with the gap list rewritten: SPORT–EDUCATION CHARITY_ONLY, SPORT–FINANCIAL WEAK,
    // EDUCATION–FINANCIAL MISSING, PUBLIC–EDUCATION not a gap.
    const gap = (sectorA: Sector, sectorB: Sector, kind: GapKind): Gap => ({ sectorA, sectorB, kind }) as Gap;
    const gaps = [
      gap(Sector.EDUCATION, Sector.SPORT, GapKind.CHARITY_ONLY),
      gap(Sector.FINANCIAL, Sector.SPORT, GapKind.WEAK),
      gap(Sector.EDUCATION, Sector.FINANCIAL, GapKind.MISSING),
    ];
    const n6 = needsOf(analysis).states.filter((s) => s.need.id === 'n6');
    expect(
      needRecommendations(analysis.graph, gaps, n6, 10).map(
        (r) => `${id(r.source)}-${id(r.target)} ${r.gapKind}`,
      ),
    ).toEqual(['es2-sg MISSING', 'cl-es2 CHARITY_ONLY', 'cl-sg WEAK', 'cm-es2 LINKED']);
  });

  it('pairs the members in the community of a SINGLE_SECTOR need with its holders', () => {
    // n3 pool {bi (member and holder), em (holder)}: CULTURAL–PRIVATE is MISSING; bi has no partner → 0.
    const [only, ...rest] = recommendForNeeds(analysis, 'n3', 10);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      gapKind: PairGapKind.MISSING,
      adamicAdar: 0,
      commonNeighbours: 0,
      introducers: [],
    });
    expect([id(only!.source), id(only!.target)]).toEqual(['bi', 'em']);
  });

  it('recommends nothing for a cross-sector need or a need without holders or members', () => {
    expect(pairs('n2')).toEqual([]);
    expect(pairs('n4')).toEqual([]);
  });

  it('ranks the pairs of every open need together, the need id breaking the last tie, limited to 10 by default', () => {
    // MISSING 0.910239: (cl, sg) for n1 and for n6; MISSING 0 by ids: n1 (ad, cl), n1 (ad, sg), n3 (bi, em),
    // n6 (cl, es2), n6 (es2, sg); then LINKED n6 (cm, es2). 8 in all.
    expect(pairs(null)).toEqual([
      'n1 cl-sg MISSING 0.910239',
      'n6 cl-sg MISSING 0.910239',
      'n1 ad-cl MISSING 0.000000',
      'n1 ad-sg MISSING 0.000000',
      'n3 bi-em MISSING 0.000000',
      'n6 cl-es2 MISSING 0.000000',
      'n6 es2-sg MISSING 0.000000',
      'n6 cm-es2 LINKED 0.910239',
    ]);
    expect(pairs(null, 3)).toHaveLength(3);
  });

  it('explains a recommendation with the need, what each side offers and who knows both', () => {
    const [best] = recommendForNeeds(analysis, 'n1', 1);
    expect(explainNeedRecommendation(analysis.graph, 'Serpa', best!)).toBe(
      "Serpa's need 'activities for seniors' has no active partnership; Clube Desportivo offers a venue and Seguros Serpa offers funding, and Câmara Municipal knows both.",
    );
    const [n3] = recommendForNeeds(analysis, 'n3', 1);
    expect(explainNeedRecommendation(analysis.graph, 'Serpa', n3!)).toBe(
      "Serpa's need 'adult education' is addressed only by cultural organisations (Partnership P7); Biblioteca offers a venue and Lagar do Guadiana offers a venue; they have no partner in common yet, so the need itself is the reason to meet.",
    );
  });
});
