import { parse } from 'graphql';
import { buildAppSchema } from '../../src/graphql/schema';
import {
  ANALYSIS_WEIGHT,
  ASSUMED_LIST_SIZE,
  countObjects,
  estimateOperation,
  SUMMARY_WEIGHT,
} from '../../src/graphql/limits';

async function estimate(query: string, variables: Record<string, unknown> = {}): Promise<number> {
  return estimateOperation({ schema: await buildAppSchema(), query: parse(query), variables });
}

/**
 * The estimate counts every object an answer could hold: 1 per object (a membership's stakeholder and
 * partnership come in its row, so they are free), times the effective list size (first/limit after
 * variables, else the default 20 of nested lists), plus the weight of analysis fields.
 */
describe('the object estimate of an operation', () => {
  // README dashboard: 100 × (1 connection + 1 pageInfo + 1 node + 20 memberships × (1 + 20 members)).
  const DASHBOARD = `query($first: Int!) {
    stakeholders(communityId: "sines", sector: EDUCATION, first: $first) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id name type partnerships(asOf: "2025-06-30") {
        role partnership { name kind startedOn status members { role stakeholder { name sector } } } } }
    }
  }`;

  it('reads first from a literal and from a variable alike (the README dashboard: 42,300)', async () => {
    expect(await estimate(DASHBOARD, { first: 100 })).toBe(42_300);
    expect(await estimate(DASHBOARD.replace('($first: Int!)', '').replace('$first', '100'))).toBe(42_300);
    // 10 × (3 + 420)
    expect(await estimate(DASHBOARD, { first: 10 })).toBe(4_230);
  });

  it('uses the default page size when first is absent (20 top-level, 20 per nested list)', async () => {
    // 20 × (1 + 1 + 20 partners × (1 + 20 partners))
    expect(await estimate('{ stakeholders { nodes { partners { partners { id } } } } }')).toBe(
      20 * (2 + 20 * 21),
    );
  });

  it('multiplies through every level of nesting (partners of partners of partners)', async () => {
    const query = `query($n: Int!) { stakeholders(first: $n) { nodes {
      partners(first: $n) { partners(first: $n) { partners(first: $n) { id } } } } } }`;
    // n × (2 + n × (1 + n × (1 + n)))
    expect(await estimate(query, { n: 5 })).toBe(5 * (2 + 5 * (1 + 5 * 6)));
    expect(await estimate(query, { n: 100 })).toBe(100 * (2 + 100 * (1 + 100 * 101)));
  });

  it('weighs a summary as a read of everything it counts, plus its groups (7 sectors, 6 kinds, else 100)', async () => {
    const weight = SUMMARY_WEIGHT['Query.stakeholdersSummary']!;
    // 1 summary + weight; bySector 7; byCommunity 100 × (1 group + 1 community); byType 100
    expect(
      await estimate(
        '{ stakeholdersSummary(sectors: [EDUCATION]) { total bySector { sector count } byCommunity { community { id } count } byType { type count } } }',
      ),
    ).toBe(1 + weight + 7 + ASSUMED_LIST_SIZE * 2 + ASSUMED_LIST_SIZE);
    // 1 + weight; byKind 6; byYear 100
    expect(
      await estimate('{ partnershipsSummary { total byKind { kind count } byYear { year count } } }'),
    ).toBe(1 + SUMMARY_WEIGHT['Query.partnershipsSummary']! + 6 + ASSUMED_LIST_SIZE);
    // Only the total: the read still counts.
    expect(await estimate('{ partnershipsSummary { total } }')).toBe(
      1 + SUMMARY_WEIGHT['Query.partnershipsSummary']!,
    );
  });

  it('counts one read per scope and date: analysis fields at one asOf share it, a trend is its own', async () => {
    // 1 community + profile 1 + 21 gaps; profile and gaps at the same (default) date: one read
    expect(await estimate('{ community(id: "c") { profile { edges } gaps { kind } } }')).toBe(
      1 + 1 + 21 + ANALYSIS_WEIGHT.Community!,
    );
    // two dates are two reads
    const twoDates = `{ community(id: "c") { a: profile(asOf: "2024-12-31") { edges }
      b: profile(asOf: "2025-12-31") { edges } } }`;
    expect(await estimate(twoDates)).toBe(1 + 2 + 2 * ANALYSIS_WEIGHT.Community!);
    // 1 region + weight (one read over the range) + 5 points
    const trend = await estimate('{ region(id: "r") { trend(fromYear: 2020, toYear: 2024) { year } } }');
    expect(trend).toBe(1 + ANALYSIS_WEIGHT.Region! + 5);
    // fragments are looked into: the same as the first query
    const viaFragment = `{ community(id: "c") { ...F } } fragment F on Community { profile { edges } gaps { kind } }`;
    expect(await estimate(viaFragment)).toBe(1 + 1 + 21 + ANALYSIS_WEIGHT.Community!);
  });

  it('counts the rows of an analysis at most at its weight, however they nest', async () => {
    // needs (100) × asset holders (100) × assets (100) would be over a million; the answer comes from
    // one community's graph: 1 community + min(…, 2,000) objects + 2,000 of analysis work.
    const query = `{ community(id: "c") { needCoverage(asOf: "2025-06-30") {
      total needs { need { id } assetHolders { stakeholder { id } assets { id } } } } } }`;
    expect(await estimate(query)).toBe(1 + ANALYSIS_WEIGHT.Community! + ANALYSIS_WEIGHT.Community!);
  });

  it("counts the analyses of a region's own communities together as one region's", async () => {
    // 1 region + 20 communities (nested default) × (1 + 1 profile) objects
    // + the 20 communities' profiles weighed as 5 communities = one region (10,000)
    expect(await estimate('{ region(id: "r") { communities { profile { edges } } } }')).toBe(
      1 + 20 * 2 + (ANALYSIS_WEIGHT.Region! / ANALYSIS_WEIGHT.Community!) * ANALYSIS_WEIGHT.Community!,
    );
    // Any 20 communities of the whole network do not share one region's graph: 20 × 2,000.
    expect(await estimate('{ communities { nodes { profile { edges } } } }')).toBe(
      20 * 3 + 20 * ANALYSIS_WEIGHT.Community!,
    );
  });

  it('leaves introspection out', async () => {
    expect(await estimate('{ __schema { types { name fields { name args { name } } } } }')).toBe(0);
  });
});

describe('countObjects', () => {
  it('counts the maps of an answer, nested in lists or not', () => {
    expect(countObjects({ a: [{ b: 1 }, { c: { d: null } }], e: 'x' }, 100)).toBe(4);
  });

  it('stops counting once past the limit', () => {
    const wide = { list: Array.from({ length: 10_000 }, () => ({})) };
    expect(countObjects(wide, 10)).toBe(11);
  });
});
