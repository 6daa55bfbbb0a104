import { Analysis } from '../../../src/analytics/analysis';
import { brokerage, brokerageRoles, bridges, rankBrokers } from '../../../src/analytics/brokerage';
import { Sector } from '../../../src/domain/enums';
import { AS_OF, GHENT, subgraphOf } from '../../support/analytics-fixtures';

/*
 * Ghent (drawing in test/support/analytics-fixtures.ts).
 *
 * v (PUBLIC): Γ(v) = {a1, a2 (PUBLIC), b1, b2 (EDUCATION), c1 (SPORT)}, n = 5, 10 pairs, one closed (a2–b2):
 *   coordinator  {a1,a2}                                  both PUBLIC = σ(v)         → 1
 *   consultant   {b1,b2}                                  both EDUCATION ≠ σ(v)      → 1
 *   gatekeeper   {a1,b1} {a1,b2} {a2,b1} [{a2,b2} closed] {a1,c1} {a2,c1}            → 5
 *   liaison      {b1,c1} {b2,c1}                          three different sectors    → 2
 *   effective size n − 2t/n = 5 − 2·1/5 = 4.6
 *   constraint: p_vj = 1/5. Only a2 and b2 have an indirect path inside Γ(v), through each other:
 *     j = a2: (1/5 + p_v,b2·p_b2,a2)² = (0.2 + 0.2·½)² = 0.09; j = b2 likewise 0.09;
 *     j = a1, b1, c1: 0.2² = 0.04 each → c_v = 0.18 + 0.12 = 0.30
 * c1 (SPORT): Γ = {v (PUBLIC), d1 (FINANCIAL), d2 (CULTURAL)}, no pair closed, all three sectors differ
 *   from SPORT and from each other → liaison 3; effective size 3; constraint 3·(1/3)² = 1/3.
 * a2 (PUBLIC): Γ = {v, b2}, and v–b2 is an edge → no brokerage; effective size 2 − 2·1/2 = 1;
 *   constraint j = v: (½ + p_a2,b2·p_b2,v)² = (½ + ½·½)² = 0.5625; j = b2: (½ + p_a2,v·p_v,b2)² =
 *   (½ + ½·⅕)² = 0.36 → 0.9225.
 * a1: one neighbour → effective size 1, constraint 1² = 1.
 * Brokers by liaison: c1 (3), then v (2); nobody else brokers.
 */
describe('brokerage', () => {
  const ghent = new Analysis(subgraphOf(GHENT, { community: 'ghent' }), AS_OF);
  const at = (id: string): number => ghent.graph.stakeholders.findIndex((s) => s.id === id);

  it('counts every Gould–Fernandez role with effective size and constraint', () => {
    expect(ghent.brokerageOf(at('v'))).toEqual({
      coordinator: 1,
      consultant: 1,
      gatekeeper: 5,
      liaison: 2,
      effectiveSize: expect.closeTo(4.6, 12) as number,
      constraint: expect.closeTo(0.3, 12) as number,
    });
    expect(ghent.brokerageOf(at('c1'))).toEqual({
      coordinator: 0,
      consultant: 0,
      gatekeeper: 0,
      liaison: 3,
      effectiveSize: 3,
      constraint: expect.closeTo(1 / 3, 12) as number,
    });
  });

  it("computes Burt's measures for stakeholders in closed or single ties", () => {
    expect(ghent.brokerageOf(at('a2'))).toEqual({
      coordinator: 0,
      consultant: 0,
      gatekeeper: 0,
      liaison: 0,
      effectiveSize: 1,
      constraint: expect.closeTo(0.9225, 12) as number,
    });
    expect(ghent.brokerageOf(at('a1'))).toMatchObject({ effectiveSize: 1, constraint: 1 });
  });

  it('computes the same for every vertex at once as one by one', () => {
    expect(brokerage(ghent.graph)).toEqual(ghent.graph.stakeholders.map((_s, v) => ghent.brokerageOf(v)));
  });

  it('leaves effective size and constraint null for a stakeholder without edges', () => {
    const noEdges = new Analysis({ ...subgraphOf(GHENT, { community: 'ghent' }), partnerships: [] }, AS_OF);
    expect(noEdges.brokerageOf(0)).toEqual({
      coordinator: 0,
      consultant: 0,
      gatekeeper: 0,
      liaison: 0,
      effectiveSize: null,
      constraint: null,
    });
  });

  it('ranks brokers by liaison, then gatekeeper, then id', () => {
    expect(rankBrokers(ghent.graph, ghent.roles, 10).map((v) => ghent.graph.stakeholders[v]!.id)).toEqual([
      'c1',
      'v',
    ]);
    // Equal liaison counts: more gatekeeping first; equal in both: the smaller id first.
    const roles = ghent.graph.stakeholders.map(() => ({
      coordinator: 0,
      consultant: 0,
      gatekeeper: 0,
      liaison: 0,
      effectiveSize: null,
      constraint: null,
    }));
    roles[at('d2')] = { ...roles[at('d2')]!, liaison: 1, gatekeeper: 2 };
    roles[at('b1')] = { ...roles[at('b1')]!, liaison: 1, gatekeeper: 1 };
    roles[at('a1')] = { ...roles[at('a1')]!, liaison: 1, gatekeeper: 1 };
    expect(rankBrokers(ghent.graph, roles, 2).map((v) => ghent.graph.stakeholders[v]!.id)).toEqual([
      'd2',
      'a1',
    ]);
  });

  it('finds the bridges of a sector pair ranked by the product of their neighbours', () => {
    // PUBLIC × EDUCATION: v has a1, a2 and b1, b2 → 2·2 = 4; a2 has v and b2 → 1·1 = 1; b2 has no
    // EDUCATION neighbour.
    expect(
      bridges(ghent.graph, Sector.PUBLIC, Sector.EDUCATION, 10).map((b) => [
        ghent.graph.stakeholders[b.vertex]!.id,
        b.neighboursA,
        b.neighboursB,
        b.score,
      ]),
    ).toEqual([
      ['v', 2, 2, 4],
      ['a2', 1, 1, 1],
    ]);
    expect(bridges(ghent.graph, Sector.PUBLIC, Sector.EDUCATION, 1)).toHaveLength(1);
  });

  it('takes each triangle off all three of its corners once', () => {
    // a, b, c, d: a clique of PUBLIC (sector 0) stakeholders, 4 triangles, 3 through each corner;
    // e (EDUCATION, sector 1) hangs off a. a: 3 PUBLIC neighbours, all pairs closed → coordinator 0,
    // and 3 open pairs with e → gatekeeper 3. b, c, d: every pair closed → nothing.
    const roles = brokerageRoles({
      neighbours: [[1, 2, 3, 4], [0, 2, 3], [0, 1, 3], [0, 1, 2], [0]],
      sectorIndexes: Uint8Array.from([0, 0, 0, 0, 1]),
    });
    expect(roles).toEqual([
      { coordinator: 0, consultant: 0, gatekeeper: 3, liaison: 0, closed: 3 },
      { coordinator: 0, consultant: 0, gatekeeper: 0, liaison: 0, closed: 3 },
      { coordinator: 0, consultant: 0, gatekeeper: 0, liaison: 0, closed: 3 },
      { coordinator: 0, consultant: 0, gatekeeper: 0, liaison: 0, closed: 3 },
      { coordinator: 0, consultant: 0, gatekeeper: 0, liaison: 0, closed: 0 },
    ]);
  });

  it('takes a closed pair off the role of its sectors at each corner', () => {
    // Triangle u (0), w (1), x (2), all sectors different, plus y (1) on u: at u the pairs w–x
    // (closed, liaison), w–y (consultant), x–y (liaison) → liaison 1, consultant 1; at w the closed
    // pair u–x is a liaison → 0; at x the closed pair u–w likewise → 0.
    const roles = brokerageRoles({
      neighbours: [[1, 2, 3], [0, 2], [0, 1], [0]],
      sectorIndexes: Uint8Array.from([0, 1, 2, 1]),
    });
    expect(roles.map(({ consultant, liaison, closed }) => [consultant, liaison, closed])).toEqual([
      [1, 1, 1],
      [0, 0, 1],
      [0, 0, 1],
      [0, 0, 0],
    ]);
  });
});
