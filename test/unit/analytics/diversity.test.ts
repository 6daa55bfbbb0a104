import { Analysis } from '../../../src/analytics/analysis';
import { sectorsReached, stakeholderEiIndex } from '../../../src/analytics/diversity';
import { Sector } from '../../../src/domain/enums';
import { ALENTEJO, AS_OF, GHENT, STAGES, subgraphOf } from '../../support/analytics-fixtures';

const vertex = (analysis: Analysis, id: string): number =>
  analysis.graph.stakeholders.findIndex((s) => s.id === id);

describe('diversity, mixing and engagement measures', () => {
  const evora = new Analysis(subgraphOf(ALENTEJO, { community: 'evora' }), AS_OF);

  it('computes the E-I index over the edges', () => {
    // Across sectors: p1e1 p1e2 p1e3 e1s1 f1s2 f1c1 p1c1 = 7; within: e1e2 e1e3 e2e3 s1s2 s1s3 s2s3 = 6.
    // (7 − 6) / 13 = 1/13.
    expect(evora.profile.eiIndex).toBeCloseTo(1 / 13, 12);
  });

  it('computes a stakeholder E-I index and the sectors it reaches', () => {
    // e1: neighbours p1 (PUBLIC), e2, e3 (EDUCATION), s1 (SPORT): E = 2, I = 2 → 0.
    const e1 = vertex(evora, 'e1');
    expect(stakeholderEiIndex(evora.graph, e1)).toBe(0);
    expect(sectorsReached(evora.graph, e1)).toEqual([Sector.PUBLIC, Sector.EDUCATION, Sector.SPORT]);
    // f2 has no edge: undefined, null.
    expect(stakeholderEiIndex(evora.graph, vertex(evora, 'f2'))).toBeNull();
    expect(sectorsReached(evora.graph, vertex(evora, 'f2'))).toEqual([]);
  });

  it("computes Blau's index and its normalised form", () => {
    // Σ (n_a/N)² = (1² + 3² + 2² + 3² + 1²) / 10² = 24/100 → Blau 0.76; normalised 0.76 / (6/7) = 0.886667.
    expect(evora.profile.blau).toBeCloseTo(0.76, 12);
    expect(evora.profile.normalizedBlau).toBeCloseTo(0.76 / (6 / 7), 12);
  });

  it("computes Newman's sector assortativity", () => {
    // Edge ends per sector (degrees summed): PUBLIC p1 4; EDUCATION e1 4 + e2 3 + e3 3 = 10;
    // FINANCIAL f1 2; SPORT s1 3 + s2 3 + s3 2 = 8; CIVIL c1 2. 2m = 26.
    // Σ a_i² = (16 + 100 + 4 + 64 + 4) / 676 = 188/676; Σ e_ii = 6/13 = 312/676.
    // r = (312 − 188) / (676 − 188) = 124/488 = 31/122.
    expect(evora.profile.assortativity).toBeCloseTo(31 / 122, 12);
  });

  it('gives assortativity 1 when every edge stays within a sector and several sectors have edges', () => {
    // Évora's two same-sector cliques alone (P1 without p1, and P2):
    const sub = subgraphOf(ALENTEJO, { community: 'evora' });
    const cliques = new Analysis(
      {
        ...sub,
        partnerships: sub.partnerships
          .filter((p) => p.id === 'P1' || p.id === 'P2')
          .map((p) => {
            const kept = p.memberIds.map((_, i) => i).filter((i) => p.memberIds[i] !== 'p1');
            return { ...p, memberIds: kept.map((i) => p.memberIds[i]!), roles: kept.map((i) => p.roles[i]!) };
          }),
      },
      AS_OF,
    );
    // Ends: EDUCATION 6, SPORT 6 → Σ a² = ½; Σ e_ii = 1 → r = (1 − ½)/(1 − ½) = 1.
    expect(cliques.profile.assortativity).toBeCloseTo(1, 12);
    // With the sport clique only, every edge end is SPORT: Σ a² = 1 and r = 0/0, so null.
    const sportOnly = new Analysis(
      { ...sub, partnerships: sub.partnerships.filter((p) => p.id === 'P2') },
      AS_OF,
    );
    expect(sportOnly.profile.assortativity).toBeNull();
  });

  it('computes the dominance of active memberships', () => {
    // Active memberships: P1 4, P2 3 (in Évora), P3 2, P4 2, P5 2, P6 2, P9 1 = 16.
    // PUBLIC 2, EDUCATION 4, FINANCIAL 2, SPORT 5 (s1 ×2, s2 ×2, s3), CIVIL_SOCIETY 3 (P5, P6, P9).
    const d = evora.profile.dominance;
    expect(d.sectors.map((s) => [s.sector, s.memberships])).toEqual([
      [Sector.PUBLIC, 2],
      [Sector.EDUCATION, 4],
      [Sector.PRIVATE, 0],
      [Sector.FINANCIAL, 2],
      [Sector.CULTURAL, 0],
      [Sector.SPORT, 5],
      [Sector.CIVIL_SOCIETY, 3],
    ]);
    expect(d.dominantSector).toBe(Sector.SPORT);
    expect(d.dominantShare).toBeCloseTo(5 / 16, 12);
    expect(d.dominated).toBe(false);
  });

  it('breaks a dominance tie by the enum order', () => {
    // Quietby has no memberships: no dominant sector. Tampere: T1 school+council, T2 council+NGO →
    // PUBLIC 2 of 4 = 0.5 → dominated (≥ 0.5).
    const quiet = new Analysis(subgraphOf(STAGES, { community: 'quiet' }), AS_OF);
    expect(quiet.profile.dominance).toMatchObject({
      dominantSector: null,
      dominantShare: null,
      dominated: false,
    });
    const tampere = new Analysis(subgraphOf(STAGES, { community: 'tampere' }), AS_OF);
    expect(tampere.profile.dominance).toMatchObject({
      dominantSector: Sector.PUBLIC,
      dominantShare: 0.5,
      dominated: true,
    });
    // Graz: school, council, museum one membership each (G1): tie of three → PUBLIC comes first.
    const graz = new Analysis(subgraphOf(STAGES, { community: 'graz' }), AS_OF);
    expect(graz.profile.dominance.dominantSector).toBe(Sector.PUBLIC);
    expect(graz.profile.dominance.dominated).toBe(false);
  });

  it('finds the charity-only bank and the unengaged one', () => {
    // f1 is FUNDER in a SPONSORSHIP and a CHARITY: CHARITY_ONLY. f2's partnerships are planned or ended: NONE.
    const e = evora.profile.businessEngagement;
    expect(e).toMatchObject({ none: 1, charityOnly: 1, substantive: 0 });
    expect(e.charityOnlyStakeholders.map((v) => evora.graph.stakeholders[v]!.id)).toEqual(['f1']);
  });

  it('returns null, not 0 or NaN, for what an empty community leaves undefined', () => {
    const empty = new Analysis(subgraphOf(STAGES, { community: 'empty' }), AS_OF).profile;
    expect(empty).toMatchObject({
      stakeholders: 0,
      edges: 0,
      externalTies: 0,
      activePartnerships: 0,
      density: null,
      spectrumCoverage: 0,
      eiIndex: null,
      blau: null,
      normalizedBlau: null,
      assortativity: null,
    });
    expect(empty.helixSynergy).toEqual({ partnerships: 0, triple: null, quadruple: null });
  });

  it('handles one stakeholder with a one-member partnership', () => {
    // Loneham: N = 1 → density null, Blau 1 − 1² = 0; no edges → E-I and assortativity null;
    // its one membership makes PUBLIC dominant with share 1.
    const lone = new Analysis(subgraphOf(STAGES, { community: 'lone' }), AS_OF).profile;
    expect(lone).toMatchObject({
      stakeholders: 1,
      edges: 0,
      activePartnerships: 1,
      density: null,
      eiIndex: null,
      blau: 0,
      normalizedBlau: 0,
      assortativity: null,
    });
    expect(lone.dominance).toMatchObject({
      dominantSector: Sector.PUBLIC,
      dominantShare: 1,
      dominated: true,
    });
  });

  it('reports the sector counts in enum order', () => {
    expect(new Analysis(subgraphOf(GHENT, { community: 'ghent' }), AS_OF).profile.sectorCounts).toEqual([
      { sector: Sector.PUBLIC, count: 3 },
      { sector: Sector.EDUCATION, count: 2 },
      { sector: Sector.PRIVATE, count: 0 },
      { sector: Sector.FINANCIAL, count: 1 },
      { sector: Sector.CULTURAL, count: 1 },
      { sector: Sector.SPORT, count: 1 },
      { sector: Sector.CIVIL_SOCIETY, count: 0 },
    ]);
  });
});
