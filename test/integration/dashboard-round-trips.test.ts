import type { QueryEvent } from '../../src/db/query-runner';
import { deleteEntitiesWithPrefix, mutate, seedCommunity } from '../support/entities';
import { uniqueId } from '../support/test-database';
import { startTestServer, waitForReady, type TestServer } from '../support/test-server';

/** The nested dashboard query of issue 4: stakeholders, their partnerships, each partnership's members. */
const DASHBOARD = `query($communityId: ID!, $first: Int!) {
  stakeholders(communityId: $communityId, first: $first) {
    totalCount
    nodes {
      id name sector
      community { id region { id } }
      partnerships { role partnership { id name kind status members { role stakeholder { id name sector } } } }
      partners { id }
    }
  }
}`;

interface Dashboard {
  stakeholders: {
    totalCount: number;
    nodes: { id: string; partnerships: { partnership: { members: unknown[] } }[]; partners: unknown[] }[];
  };
}

describe('the nested dashboard query', () => {
  let api: TestServer;
  const run = uniqueId('db');
  let communityId: string;
  const size = 100;

  beforeAll(async () => {
    api = await startTestServer();
    await waitForReady(api.url);
    ({ communityId } = await seedCommunity(api, run));
    const ids = Array.from({ length: size }, (_, i) => `${run}-s${String(i).padStart(3, '0')}`);
    await Promise.all(
      ids.map((id, i) =>
        mutate(api, 'mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }', {
          input: {
            id,
            name: `${run} member ${String(i).padStart(3, '0')}`,
            sector: 'EDUCATION',
            communityId,
          },
        }),
      ),
    );
    // Partnership k joins stakeholders k, k+1 and k+2 (mod 100): every stakeholder is in three.
    await Promise.all(
      ids.map((_, k) =>
        mutate(api, 'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }', {
          input: {
            id: `${run}-p${k}`,
            name: `${run} partnership ${k}`,
            kind: 'PROJECT',
            members: [0, 1, 2].map((d) => ({ stakeholderId: ids[(k + d) % size] })),
          },
        }),
      ),
    );
  }, 120_000);

  afterAll(async () => {
    await deleteEntitiesWithPrefix(api.runner, run);
    await api.close();
  });

  async function roundTrips(first: number): Promise<{ queries: string[]; data: Dashboard }> {
    const queries: string[] = [];
    const stop = api.runner.onQuery((event: QueryEvent) => queries.push(event.name));
    try {
      const response = await api.gql<Dashboard>(DASHBOARD, { communityId, first });
      expect(response.errors).toBeUndefined();
      return { queries, data: response.data! };
    } finally {
      stop();
    }
  }

  it('answers with every stakeholder, its three partnerships and their three members each', async () => {
    const { data } = await roundTrips(100);
    expect(data.stakeholders.totalCount).toBe(100);
    expect(data.stakeholders.nodes).toHaveLength(100);
    for (const node of data.stakeholders.nodes) {
      expect(node.partnerships).toHaveLength(3);
      for (const membership of node.partnerships) expect(membership.partnership.members).toHaveLength(3);
      expect(node.partners).toHaveLength(4);
    }
  });

  it('takes the same database round trips for 10 stakeholders as for 100: memberships and members come with the page', async () => {
    const ten = await roundTrips(10);
    const hundred = await roundTrips(100);
    expect(hundred.queries.length).toBe(ten.queries.length);
    expect([...hundred.queries].sort()).toEqual([
      'communities/get-communities-of-stakeholders',
      'regions/get-regions-of-communities',
      'stakeholders/get-partners-of-stakeholders',
      'stakeholders/list-stakeholders',
      'stakeholders/summarize-stakeholders',
    ]);
  });
});
