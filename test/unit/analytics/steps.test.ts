import { brokerageRoles, brokerageRolesSteps } from '../../../src/analytics/brokerage';
import { buildPartnerGraph } from '../../../src/analytics/partner-graph';
import { recommend, recommendSteps, type Recommendation } from '../../../src/analytics/recommendations';
import { CROSS_SECTOR_PAIRS, sectorMatrix, sectorMatrixSteps } from '../../../src/analytics/sector-matrix';
import { adjacencyOf, adjacencySteps } from '../../../src/analytics/network/adjacency';
import { allAtOnce, filterSteps, stepByStep, type Steps } from '../../../src/analytics/steps';
import { ALENTEJO, AS_OF, subgraphOf } from '../../support/analytics-fixtures';

// Évora: 10 stakeholders, 13 edges, 7 partnerships active at AS_OF.
const graph = buildPartnerGraph(subgraphOf(ALENTEJO, { community: 'evora' }), AS_OF);

/** How many times the steps pause, and what they return. */
function pausesOf<T>(steps: Steps<T>): { pauses: number; value: T } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { pauses, value: step.value };
    pauses += 1;
  }
}

const withoutWording = (list: Recommendation[]) => list.map(({ wording: _wording, ...rest }) => rest);

describe('measures computed a step at a time', () => {
  it('checks the fixture it counts pauses on', () => {
    expect([graph.stakeholders.length, graph.edges.count, graph.partnerships.length]).toEqual([10, 13, 7]);
  });

  it('brokerage roles: the same counts, pausing every perStep vertices of each pass', () => {
    // 3 per step: at vertices 3, 6, 9 of the first pass, and 0, 3, 6, 9 of the second.
    const { pauses, value } = pausesOf(brokerageRolesSteps(graph, 3));
    expect(pauses).toBe(7);
    expect(value).toEqual(brokerageRoles(graph));
  });

  it('sector matrix: the same cells, pausing every perStep edges and partnerships', () => {
    // 5 per step: at edges 5 and 10, and before partnerships 0 and 5.
    const { pauses, value } = pausesOf(sectorMatrixSteps(graph, 5));
    expect(pauses).toBe(4);
    expect(value.cells).toEqual(sectorMatrix(graph).cells);
  });

  it('recommendations: the same ranking, pausing every perStep sources', () => {
    // Twice while grouping the neighbours by sector, once after ordering the cold targets, and with
    // 4 per step at sources 4 and 8.
    const { pauses, value } = pausesOf(recommendSteps(graph, CROSS_SECTOR_PAIRS, 5, true, 4));
    expect(pauses).toBe(5);
    expect(value.length).toBeGreaterThan(0);
    expect(withoutWording(value)).toEqual(withoutWording(recommend(graph, CROSS_SECTOR_PAIRS, 5, true)));
  });

  it('compressed rows: the same rows, pausing after counting, after filling and every perStep rows sorted', () => {
    // 4 per step: after counting, after filling, then before rows 4 and 8.
    const { pauses, value } = pausesOf(adjacencySteps(graph, 4));
    expect(pauses).toBe(4);
    expect(value).toEqual(adjacencyOf(graph));
  });

  it('a filter: the same rows in order, pausing every perStep rows', () => {
    // 3 per step over 10 rows: before rows 3, 6 and 9.
    const rows = Array.from({ length: 10 }, (_, i) => i);
    const { pauses, value } = pausesOf(filterSteps(rows, (i) => i % 4 !== 1, 3));
    expect(pauses).toBe(3);
    expect(value).toEqual([0, 2, 3, 4, 6, 7, 8]);
  });

  it('runs the steps at once, or giving the event loop a turn once a step ends past the budget', async () => {
    function* counting(): Steps<string> {
      yield;
      yield;
      return 'done';
    }
    expect(allAtOnce(counting())).toBe('done');
    let turns = 0;
    const nextTurn = (): Promise<void> => {
      turns += 1;
      return Promise.resolve();
    };
    // A budget of 0: every step ends past it, so a turn after each of the two.
    await expect(stepByStep(counting(), nextTurn, 0)).resolves.toBe('done');
    expect(turns).toBe(2);
    // An endless budget: never a turn.
    await expect(stepByStep(counting(), nextTurn, Infinity)).resolves.toBe('done');
    expect(turns).toBe(2);
  });
});
