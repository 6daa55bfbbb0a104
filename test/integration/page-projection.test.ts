import { deleteEntitiesWithPrefix, mutate, seedCommunity } from '../support/entities';
import { uniqueId } from '../support/test-database';
import { startTestServer, waitForReady, type TestServer } from '../support/test-server';

/**
 * A page of stakeholders reads only the properties its selection asks for, in one query with its
 * nested levels. These answers must not depend on that: a property selected at one level only, a
 * derived field (`status`, computed from the dates) selected without the dates.
 */
describe('a page of stakeholders with its nested levels reads what the selection needs', () => {
  let api: TestServer;
  const run = uniqueId('proj');
  let communityId: string;

  beforeAll(async () => {
    api = await startTestServer();
    await waitForReady(api.url);
    ({ communityId } = await seedCommunity(api, run));
    await mutate(
      api,
      'mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }',
      {
        input: {
          id: `${run}-a`,
          name: `${run} Alpha school`,
          sector: 'EDUCATION',
          type: 'school',
          description: 'Primary school',
          website: 'https://alpha.example.org',
          communityId,
        },
      },
    );
    await mutate(
      api,
      'mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }',
      {
        input: { id: `${run}-b`, name: `${run} Beta bank`, sector: 'FINANCIAL', communityId },
      },
    );
    // Planned at 2021-01-01 (starts 2022), ended at 2021-01-01 (ended 2020): status needs both dates.
    await mutate(
      api,
      'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
      {
        input: {
          id: `${run}-p1`,
          name: `${run} p1 planned`,
          kind: 'PROJECT',
          startedOn: '2022-03-01',
          themes: ['reading'],
          members: [{ stakeholderId: `${run}-a` }, { stakeholderId: `${run}-b` }],
        },
      },
    );
    await mutate(
      api,
      'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
      {
        input: {
          id: `${run}-p2`,
          name: `${run} p2 ended`,
          kind: 'SPONSORSHIP',
          startedOn: '2019-01-01',
          endedOn: '2020-12-31',
          members: [{ stakeholderId: `${run}-a` }, { stakeholderId: `${run}-b` }],
        },
      },
    );
  }, 120_000);

  afterAll(async () => {
    await deleteEntitiesWithPrefix(api.runner, run);
    await api.close();
  });

  it('gives each level the fields it selected, and status from dates no level selected', async () => {
    const response = await api.gql<{
      stakeholders: { nodes: { id: string; partnerships: unknown[] }[] };
    }>(
      `query($communityId: ID!) {
        stakeholders(communityId: $communityId) {
          nodes {
            id
            partnerships {
              partnership {
                status(asOf: "2021-01-01")
                themes
                members { role stakeholder { name type description website sector } }
              }
            }
          }
        }
      }`,
      { communityId },
    );
    expect(response.errors).toBeUndefined();
    const alpha = {
      role: 'PARTNER',
      stakeholder: {
        name: `${run} Alpha school`,
        type: 'school',
        description: 'Primary school',
        website: 'https://alpha.example.org',
        sector: 'EDUCATION',
      },
    };
    const beta = {
      role: 'PARTNER',
      stakeholder: {
        name: `${run} Beta bank`,
        type: null,
        description: null,
        website: null,
        sector: 'FINANCIAL',
      },
    };
    const partnerships = [
      { partnership: { status: 'PLANNED', themes: ['reading'], members: [alpha, beta] } },
      { partnership: { status: 'ENDED', themes: [], members: [alpha, beta] } },
    ];
    expect(response.data!.stakeholders.nodes).toEqual([
      { id: `${run}-a`, partnerships },
      { id: `${run}-b`, partnerships },
    ]);
  });

  it('gives the page its own fields when the nested levels select only ids', async () => {
    const response = await api.gql<{ stakeholders: { nodes: unknown[] } }>(
      `query($communityId: ID!) {
        stakeholders(communityId: $communityId) {
          nodes { website description partnerships { partnership { id startedOn endedOn members { stakeholder { id } } } } }
        }
      }`,
      { communityId },
    );
    expect(response.errors).toBeUndefined();
    const partnerships = [
      {
        partnership: {
          id: `${run}-p1`,
          startedOn: '2022-03-01',
          endedOn: null,
          members: [{ stakeholder: { id: `${run}-a` } }, { stakeholder: { id: `${run}-b` } }],
        },
      },
      {
        partnership: {
          id: `${run}-p2`,
          startedOn: '2019-01-01',
          endedOn: '2020-12-31',
          members: [{ stakeholder: { id: `${run}-a` } }, { stakeholder: { id: `${run}-b` } }],
        },
      },
    ];
    expect(response.data!.stakeholders.nodes).toEqual([
      { website: 'https://alpha.example.org', description: 'Primary school', partnerships },
      { website: null, description: null, partnerships },
    ]);
  });
});
