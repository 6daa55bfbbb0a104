import { Analysis } from '../../../src/analytics/analysis';
import {
  buildPartnerGraph,
  edgesOf,
  partnerGraphSteps,
  restrictSubgraph,
} from '../../../src/analytics/partner-graph';
import { MemberRole, PartnershipKind, SECTORS } from '../../../src/domain/enums';
import { ALENTEJO, AS_OF, subgraphOf } from '../../support/analytics-fixtures';

const evora = subgraphOf(ALENTEJO, { community: 'evora' });
const names = (graph: ReturnType<typeof buildPartnerGraph>): string[] =>
  edgesOf(graph.edges)
    .map(({ u, v }) => [graph.stakeholders[u]!.id, graph.stakeholders[v]!.id].sort().join('-'))
    .sort();

describe('the partner graph G(C, d)', () => {
  const graph = buildPartnerGraph(evora, AS_OF);

  it('joins every two stakeholders of the community sharing a partnership active at d', () => {
    // P1 gives the clique p1 e1 e2 e3 (6 edges), P2 the clique s1 s2 s3 (3), P3 e1s1, P4 f1s2, P5 f1c1, P6 c1p1.
    expect(names(graph)).toEqual([
      'c1-f1',
      'c1-p1',
      'e1-e2',
      'e1-e3',
      'e1-p1',
      'e1-s1',
      'e2-e3',
      'e2-p1',
      'e3-p1',
      'f1-s2',
      's1-s2',
      's1-s3',
      's2-s3',
    ]);
  });

  it('ignores partnerships planned (P7) or ended (P8) at d, so f2 has no edge', () => {
    const f2 = graph.stakeholders.findIndex((s) => s.id === 'f2');
    expect(graph.neighbours[f2]).toEqual([]);
    expect(graph.activeMemberships[f2]).toBe(0);
    // On 2023-06-30 P8 (2022-01-01 … 2023-12-31) is active and joins e2 and f2.
    const earlier = buildPartnerGraph(evora, '2023-06-30');
    expect(names(earlier)).toContain('e2-f2');
  });

  it('counts a one-member partnership as a membership but not an edge (P9)', () => {
    const c1 = graph.stakeholders.findIndex((s) => s.id === 'c1');
    expect(graph.activeMemberships[c1]).toBe(3); // P5, P6, P9
    expect(graph.neighbours[c1]!.map((v) => graph.stakeholders[v]!.id)).toEqual(['f1', 'p1']);
  });

  it('makes members in other communities external ties, never edges', () => {
    // P2 also has x1 of Beja: the pairs s1x1, s2x1, s3x1.
    expect(graph.externalTies).toBe(3);
    expect(graph.stakeholders.map((s) => s.id)).not.toContain('x1');
  });

  it('marks an edge substantive only when a shared partnership is substantive for both ends', () => {
    const charitable = edgesOf(graph.edges)
      .filter((e) => !e.substantive)
      .map(({ u, v }) => [graph.stakeholders[u]!.id, graph.stakeholders[v]!.id].sort().join('-'));
    // f1 is FUNDER in P4 (a SPONSORSHIP) and in P5 (a CHARITY).
    expect(charitable.sort()).toEqual(['c1-f1', 'f1-s2']);
  });

  it('counts the partnerships two stakeholders share as the weight', () => {
    // e1 and s1 share only P3; s1 and s2 only P2.
    expect(edgesOf(graph.edges).every((e) => e.weight === 1)).toBe(true);
    const twice = buildPartnerGraph(
      {
        ...evora,
        partnerships: [
          ...evora.partnerships,
          {
            id: 'extra',
            kind: PartnershipKind.PROJECT,
            startedOn: null,
            endedOn: null,
            memberIds: ['s1', 's2'],
            roles: [MemberRole.PARTNER, MemberRole.PARTNER],
          },
        ],
      },
      AS_OF,
    );
    const s1s2 = edgesOf(twice.edges).find(
      ({ u, v }) => [twice.stakeholders[u]!.id, twice.stakeholders[v]!.id].sort().join('-') === 's1-s2',
    );
    expect(s1s2?.weight).toBe(2);
  });

  it('restricts a region subgraph to one of its communities', () => {
    const region = subgraphOf(ALENTEJO, { region: 'alentejo' });
    const beja = restrictSubgraph(region, (s) => s.communityId === 'beja', {
      scope: 'community',
      id: 'beja',
      name: 'Beja',
      communities: region.communities.filter((c) => c.id === 'beja'),
    });
    const bejaGraph = buildPartnerGraph(beja, AS_OF);
    expect(bejaGraph.stakeholders.map((s) => s.id)).toEqual(['x1', 'x2']);
    expect(bejaGraph.edges.count).toBe(1); // P10
    expect(bejaGraph.externalTies).toBe(3); // x1 with s1, s2, s3 through P2
    expect(bejaGraph.partnerships.map((p) => p.id)).toEqual(['P10', 'P2']);
  });

  it('gives the same graph whatever order the rows come in', () => {
    const reversed = buildPartnerGraph(
      {
        ...evora,
        stakeholders: [...evora.stakeholders].reverse(),
        partnerships: [...evora.partnerships].reverse(),
      },
      AS_OF,
    );
    expect(reversed.stakeholders.map((s) => s.id)).toEqual(graph.stakeholders.map((s) => s.id));
    // Edges in order of first appearance over the partnerships in id order: P1's clique first.
    expect(reversed.edges).toEqual(graph.edges);
    expect(reversed.neighbours).toEqual(graph.neighbours);
    expect(reversed.partnerships.map((p) => p.id)).toEqual(graph.partnerships.map((p) => p.id));
  });

  it('counts a member listed twice in a partnership once, substantive when either listing is', () => {
    // s1 is FUNDER (charitable) and PARTNER of "twice"; x1 (outside) is listed twice too, and shares P2
    // with s1 and s2 already: no new external tie.
    const twice = buildPartnerGraph(
      {
        ...evora,
        partnerships: [
          ...evora.partnerships,
          {
            id: 'twice',
            kind: PartnershipKind.PROJECT,
            startedOn: null,
            endedOn: null,
            memberIds: ['s1', 'f1', 's1', 'x1', 'x1'],
            roles: [
              MemberRole.FUNDER,
              MemberRole.PARTNER,
              MemberRole.PARTNER,
              MemberRole.PARTNER,
              MemberRole.FUNDER,
            ],
          },
        ],
      },
      AS_OF,
    );
    const active = twice.partnerships.find((p) => p.id === 'twice')!;
    expect(active.members.map((v) => twice.stakeholders[v]!.id)).toEqual(['f1', 's1']);
    expect(active.substantive).toEqual([true, true]);
    expect(active.outsiders).toBe(1);
    const s1 = twice.stakeholders.findIndex((s) => s.id === 's1');
    expect(twice.activeMemberships[s1]).toBe(3); // P2, P3, twice
    expect(twice.charitableMemberships[s1]).toBe(0);
    // s1x1, s2x1, s3x1 from P2, and f1x1 new.
    expect(twice.externalTies).toBe(4);
    const f1s1 = edgesOf(twice.edges).find(
      ({ u, v }) => [twice.stakeholders[u]!.id, twice.stakeholders[v]!.id].sort().join('-') === 'f1-s1',
    );
    expect(f1s1).toMatchObject({ weight: 1, substantive: true, substantiveWeight: 1 });
  });

  it('gives each vertex the position of its sector in SECTORS', () => {
    expect([...graph.sectorIndexes]).toEqual(graph.sectors.map((s) => SECTORS.indexOf(s)));
  });

  it('builds the same graph a step at a time, pausing after every perStep partnerships', () => {
    // Évora's fixture has 9 partnerships: with 2 per step, pauses once the stakeholders are indexed,
    // after the 2nd, 4th, 6th and 8th partnership, before the neighbour lists are made, and twice
    // while they are made (10 vertices: fewer than VERTICES_PER_STEP).
    expect(evora.partnerships).toHaveLength(9);
    const steps = partnerGraphSteps(evora, AS_OF, undefined, 2);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses += 1;
    expect(pauses).toBe(8);
    expect(step.value).toEqual(graph);
  });
});

describe('Analysis.prepare', () => {
  const counting = () => {
    const seen = { turns: 0 };
    const nextTurn = (): Promise<void> => {
      seen.turns += 1;
      return Promise.resolve();
    };
    return { seen, nextTurn };
  };

  it('builds G and the sector matrix over turns, as the measures would at once', async () => {
    const analysis = new Analysis(evora, AS_OF);
    const { seen, nextTurn } = counting();
    await analysis.prepare(nextTurn);
    // The matrix starts in a turn of its own; the steps take more turns only when they outrun the
    // time budget (src/analytics/steps.ts), which a fixture this small need not.
    expect(seen.turns).toBeGreaterThanOrEqual(1);
    const once = new Analysis(evora, AS_OF);
    expect(analysis.graph).toEqual(once.graph);
    expect(analysis.matrix.cells).toEqual(once.matrix.cells);
  });

  it('with structure, also posts the network measures after G, in a turn of their own', async () => {
    const analysis = new Analysis(evora, AS_OF);
    const { seen, nextTurn } = counting();
    await analysis.prepare(nextTurn, { structure: true });
    // The structure's turn and the matrix's.
    expect(seen.turns).toBeGreaterThanOrEqual(2);
    const structure = await analysis.structure();
    expect(structure.betweenness).toHaveLength(analysis.graph.stakeholders.length);
  });
});
