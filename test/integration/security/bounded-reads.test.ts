import type { QueryEvent } from '../../../src/db/query-runner';
import { countObjects } from '../../../src/graphql/limits';
import { generateNetwork } from '../../../src/generator/generator';
import { deleteNetwork, loadNetwork } from '../../support/load-network';
import { uniqueId } from '../../support/test-database';
import { startTestServer, waitForReady, type TestServer } from '../../support/test-server';

const MAX_OBJECTS = 50_000;

/**
 * Hostile and careless reads on a generated community of 5,000 stakeholders (about 25,000
 * memberships): every nested query is either answered within the object limit or refused with 400
 * before any database work, and a cheap query answers right after.
 */
describe('bounded reads on a 5,000-stakeholder community', () => {
  let api: TestServer;
  const prefix = uniqueId('big');
  const network = generateNetwork({
    communities: 1,
    stakeholdersPerCommunity: 5_000,
    seed: 12,
    idPrefix: prefix,
  });
  const communityId = network.communities[0]!.id;
  const someone = network.stakeholders[0]!.id;

  beforeAll(async () => {
    api = await startTestServer();
    await waitForReady(api.url);
    await loadNetwork(api.runner, network);
  }, 180_000);

  afterAll(async () => {
    await deleteNetwork(api.runner, network);
    await api.close();
  });

  /** Runs an operation and says how many database round trips it took. */
  async function run(query: string, variables: Record<string, unknown> = {}) {
    const queries: string[] = [];
    const stop = api.runner.onQuery((event: QueryEvent) => queries.push(event.name));
    try {
      return { ...(await api.gql(query, variables)), queries };
    } finally {
      stop();
    }
  }

  const PARTNERS_3 = `query($id: ID!, $n: Int) { stakeholder(id: $id) {
    partners(first: $n) { partners(first: $n) { partners(first: $n) { id name } } } } }`;
  const MEMBERS_OF_PARTNERSHIPS_OF_MEMBERS = `query($c: ID!, $n: Int) {
    stakeholders(communityId: $c, first: $n) { nodes { partnerships(first: $n) { partnership {
      members(first: $n) { stakeholder { partnerships(first: $n) { partnership { members(first: $n) {
        stakeholder { id } } } } } } } } } } }`;
  const FIVE_LEVELS_NO_FIRST = `query($c: ID!) { community(id: $c) { stakeholders { partners { partners {
    partnerships { partnership { members { stakeholder { partners { id } } } } } } } } } }`;
  const literal = (query: string, n: number): string =>
    query.replace(/, \$n: Int/, '').replace(/\$n/g, String(n));

  const family: [string, string, Record<string, unknown>][] = [
    [
      'partners of partners of partners, defaults',
      PARTNERS_3.replace(/\(first: \$n\)/g, '').replace(', $n: Int', ''),
      { id: someone },
    ],
    ['partners of partners of partners, first 100 in a variable', PARTNERS_3, { id: someone, n: 100 }],
    ['partners of partners of partners, literal first 100', literal(PARTNERS_3, 100), { id: someone }],
    ['partners of partners of partners, first 10 in a variable', PARTNERS_3, { id: someone, n: 10 }],
    ['members of partnerships of members, defaults', MEMBERS_OF_PARTNERSHIPS_OF_MEMBERS, { c: communityId }],
    [
      'members of partnerships of members, first 100',
      MEMBERS_OF_PARTNERSHIPS_OF_MEMBERS,
      { c: communityId, n: 100 },
    ],
    [
      'members of partnerships of members, literal first 5',
      literal(MEMBERS_OF_PARTNERSHIPS_OF_MEMBERS, 5),
      { c: communityId },
    ],
    ['five levels deep without first', FIVE_LEVELS_NO_FIRST, { c: communityId }],
  ];

  it.each(family)(
    '%s: answered within the limit or refused with 400 before any database work',
    async (_name, query, variables) => {
      const response = await run(query, variables);
      if (response.status === 400) {
        expect(response.errors?.[0]?.message).toMatch(
          new RegExp(
            `could produce up to \\d+ objects, more than the limit of ${MAX_OBJECTS} \\(GRAPHQL_MAX_OBJECTS\\)`,
          ),
        );
        expect(response.queries).toEqual([]);
      } else {
        expect(response.status).toBe(200);
        expect(response.errors).toBeUndefined();
        expect(countObjects(response.data, MAX_OBJECTS)).toBeLessThanOrEqual(MAX_OBJECTS);
      }
    },
  );

  it('refuses the unbounded shapes and answers the small ones, literal and variable alike', async () => {
    const outcome = async (query: string, variables: Record<string, unknown>) =>
      (await run(query, variables)).status;
    // 1 + 100 × (1 + 100 × (1 + 100)) objects: refused either way.
    expect(await outcome(PARTNERS_3, { id: someone, n: 100 })).toBe(400);
    expect(await outcome(literal(PARTNERS_3, 100), { id: someone })).toBe(400);
    // 1 + 10 × (1 + 10 × (1 + 10)) = 1,111 objects: answered either way.
    expect(await outcome(PARTNERS_3, { id: someone, n: 10 })).toBe(200);
    expect(await outcome(literal(PARTNERS_3, 10), { id: someone })).toBe(200);
    expect(await outcome(FIVE_LEVELS_NO_FIRST, { c: communityId })).toBe(400);
  });

  it("answers the README's dashboard query with a literal first: 100", async () => {
    const response = await run(`{ stakeholders(communityId: "${communityId}", sector: EDUCATION, first: 100) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id name type partnerships(asOf: "2025-06-30") { role partnership {
        name kind startedOn status members { role stakeholder { name sector } } } } } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
    const data = response.data as { stakeholders: { nodes: unknown[]; pageInfo: { hasNextPage: boolean } } };
    expect(data.stakeholders.nodes).toHaveLength(100);
    expect(data.stakeholders.pageInfo.hasNextPage).toBe(true);
  });

  it('answers a cheap query right after the refused ones', async () => {
    await run(FIVE_LEVELS_NO_FIRST, { c: communityId });
    const response = await run('query($id: ID!) { stakeholder(id: $id) { id } }', { id: someone });
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ stakeholder: { id: someone } });
  });

  describe('the response guard', () => {
    let guarded: TestServer;
    beforeAll(async () => {
      guarded = await startTestServer(undefined, { GRAPHQL_MAX_RESPONSE_OBJECTS: '50' });
    });
    afterAll(async () => {
      await guarded?.close();
    });

    it('refuses with 400 an answer holding more objects than GRAPHQL_MAX_RESPONSE_OBJECTS', async () => {
      const query = 'query($c: ID!, $n: Int!) { stakeholders(communityId: $c, first: $n) { nodes { id } } }';
      const small = await guarded.gql(query, { c: communityId, n: 40 });
      expect(small.status).toBe(200);
      const large = await guarded.gql(query, { c: communityId, n: 60 });
      expect(large.status).toBe(400);
      expect(large.data).toBeUndefined();
      expect(large.errors).toEqual([
        {
          message:
            'the answer holds more than 50 objects (GRAPHQL_MAX_RESPONSE_OBJECTS) and was not sent; ask for fewer items with `first`',
          extensions: { code: 'RESPONSE_TOO_LARGE', limit: 50 },
        },
      ]);
    });
  });
});
