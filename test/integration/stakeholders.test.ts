import { Role } from '../../src/auth/role';
import { deleteEntitiesWithPrefix, mutate, seedCommunity } from '../support/entities';
import { uniqueId } from '../support/test-database';
import { startTestServer, waitForReady, type TestServer } from '../support/test-server';

const FIELDS = 'id name sector type description website community { id }';
const CREATE = `mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateStakeholderInput!) {
  updateStakeholder(id: $id, input: $input) { ${FIELDS} }
}`;
const DELETE = 'mutation($id: ID!) { deleteStakeholder(id: $id) { deletedId removedMemberships } }';
const CREATE_PARTNERSHIP =
  'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }';
const LIST = `query($communityId: ID, $regionId: ID, $sector: Sector, $type: String, $search: String, $first: Int, $after: String) {
  stakeholders(communityId: $communityId, regionId: $regionId, sector: $sector, type: $type, search: $search, first: $first, after: $after) {
    totalCount nodes { id } pageInfo { hasNextPage endCursor }
  }
}`;

interface ListResult {
  stakeholders: {
    totalCount: number;
    nodes: { id: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

describe('stakeholders over GraphQL', () => {
  let api: TestServer;
  const run = uniqueId('sh');
  let communityId: string;
  let regionId: string;
  const other = `${run}-other`;

  beforeAll(async () => {
    api = await startTestServer();
    await waitForReady(api.url);
    ({ communityId, regionId } = await seedCommunity(api, run, [
      { id: `${run}-school`, name: 'Escola Básica', sector: 'EDUCATION', type: 'School' },
      { id: `${run}-kinder`, name: 'Kindergarten Sol', sector: 'EDUCATION', type: 'kindergarten' },
      { id: `${run}-bank`, name: 'Caixa Local', sector: 'FINANCIAL', type: 'bank' },
      { id: `${run}-club`, name: 'Clube Desportivo', sector: 'SPORT', type: 'sport club' },
      { id: `${run}-council`, name: 'Câmara Municipal', sector: 'PUBLIC' },
    ]));
    await mutate(api, 'mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }', {
      input: { id: other, name: `${run} Other`, country: 'PT', kind: 'VILLAGE', regionId },
    });
    await mutate(api, CREATE, {
      input: { id: `${run}-far-school`, name: 'Escola do Monte', sector: 'EDUCATION', communityId: other },
    });
  });

  afterAll(async () => {
    await deleteEntitiesWithPrefix(api.runner, run);
    await api.close();
  });

  describe('createStakeholder', () => {
    it('creates a stakeholder with every field, based in its community', async () => {
      const id = `${run}-museum`;
      const created = await mutate(api, CREATE, {
        input: {
          id,
          name: 'Museu Municipal',
          sector: 'CULTURAL',
          type: 'museum',
          description: 'Local history museum',
          website: 'https://museu.example.pt',
          communityId,
        },
      });
      expect(created).toEqual({
        createStakeholder: {
          id,
          name: 'Museu Municipal',
          sector: 'CULTURAL',
          type: 'museum',
          description: 'Local history museum',
          website: 'https://museu.example.pt',
          community: { id: communityId },
        },
      });
      await mutate(api, DELETE, { id });
    });

    it('answers NOT_FOUND naming the community when it does not exist', async () => {
      const response = await api.gql(CREATE, {
        input: { name: 'Nowhere Ltd', sector: 'PRIVATE', communityId: `${run}-atlantis` },
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(response.errors?.[0]?.message).toBe(`community '${run}-atlantis' not found`);
    });

    it('refuses a website without a protocol and an unknown sector', async () => {
      const website = await api.gql(CREATE, {
        input: { name: 'Web', sector: 'PRIVATE', website: 'example.com', communityId },
      });
      expect(website.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'website', problems: ['website must be a URL with http(s)://'] },
      ]);
      const long = await api.gql(CREATE, {
        input: {
          name: 'Web',
          sector: 'PRIVATE',
          website: `https://example.org/${'a'.repeat(500)}`,
          communityId,
        },
      });
      expect(long.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'website', problems: ['website must be 1 to 500 characters long'] },
      ]);
      const sector = await api.gql(CREATE, { input: { name: 'X', sector: 'MILITARY', communityId } });
      expect(sector.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(sector.errors?.[0]?.message).toMatch(/MILITARY/);
    });

    it('refuses a duplicate id with CONFLICT', async () => {
      const response = await api.gql(CREATE, {
        input: { id: `${run}-school`, name: 'Another school', sector: 'EDUCATION', communityId },
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(response.errors?.[0]?.message).toBe(`Stakeholder with id '${run}-school' already exists`);
    });

    it('needs the EDITOR role', async () => {
      const response = await api.gql(
        CREATE,
        { input: { name: 'Viewer Inc', sector: 'PRIVATE', communityId } },
        { as: Role.VIEWER },
      );
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('stakeholder(id)', () => {
    it('reads a stakeholder with its community and that community with its region', async () => {
      const response = await api.gql(
        'query($id: ID!) { stakeholder(id: $id) { name sector type community { id region { id } } } }',
        { id: `${run}-bank` },
      );
      expect(response.data).toEqual({
        stakeholder: {
          name: 'Caixa Local',
          sector: 'FINANCIAL',
          type: 'bank',
          community: { id: communityId, region: { id: regionId } },
        },
      });
    });

    it('answers null for an unknown id', async () => {
      expect((await api.gql('{ stakeholder(id: "nobody") { id } }')).data).toEqual({ stakeholder: null });
    });
  });

  describe('stakeholders (list)', () => {
    it('lists a community’s stakeholders by case-insensitive name, accented letters after unaccented ones', async () => {
      const response = await api.gql<ListResult>(LIST, { communityId });
      expect(response.data?.stakeholders.totalCount).toBe(5);
      expect(response.data?.stakeholders.nodes.map((n) => n.id)).toEqual([
        `${run}-bank`,
        `${run}-club`,
        `${run}-council`,
        `${run}-school`,
        `${run}-kinder`,
      ]);
    });

    it('filters by region across its communities', async () => {
      const response = await api.gql<ListResult>(LIST, { regionId, sector: 'EDUCATION' });
      expect(response.data?.stakeholders.nodes.map((n) => n.id)).toEqual([
        `${run}-school`,
        `${run}-far-school`,
        `${run}-kinder`,
      ]);
    });

    it('filters by sector, by type (case-insensitive) and by a case-insensitive part of the name', async () => {
      const bySector = await api.gql<ListResult>(LIST, { communityId, sector: 'FINANCIAL' });
      expect(bySector.data?.stakeholders.nodes).toEqual([{ id: `${run}-bank` }]);
      const byType = await api.gql<ListResult>(LIST, { communityId, type: 'SCHOOL' });
      expect(byType.data?.stakeholders.nodes).toEqual([{ id: `${run}-school` }]);
      const byName = await api.gql<ListResult>(LIST, { regionId, search: 'ESCOLA' });
      expect(byName.data?.stakeholders.nodes).toEqual([{ id: `${run}-school` }, { id: `${run}-far-school` }]);
    });

    it('pages with first/after until hasNextPage is false, seeing every stakeholder once', async () => {
      const seen: string[] = [];
      let after: string | undefined;
      for (let page = 0; page < 5; page += 1) {
        const response = await api.gql<ListResult>(LIST, { communityId, first: 2, after });
        seen.push(...response.data!.stakeholders.nodes.map((n) => n.id));
        if (!response.data!.stakeholders.pageInfo.hasNextPage) break;
        after = response.data!.stakeholders.pageInfo.endCursor;
      }
      expect(seen).toEqual([
        `${run}-bank`,
        `${run}-club`,
        `${run}-council`,
        `${run}-school`,
        `${run}-kinder`,
      ]);
    });

    it('answers an empty page for first: 0, with the total', async () => {
      const response = await api.gql<ListResult>(LIST, { communityId, first: 0 });
      expect(response.data?.stakeholders).toEqual({
        totalCount: 5,
        nodes: [],
        pageInfo: { hasNextPage: true, endCursor: null },
      });
    });

    it('refuses first over 100 and a negative first', async () => {
      for (const first of [101, -1]) {
        const response = await api.gql(LIST, { communityId, first });
        expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(response.errors?.[0]?.extensions?.fields).toEqual([
          {
            field: 'first',
            problems: [
              first > 0 ? 'first must be at most 100; page with `after`' : 'first must be at least 0',
            ],
          },
        ]);
      }
    });

    it('refuses a garbled cursor', async () => {
      const response = await api.gql(LIST, { communityId, after: '%%%' });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('partnerships and partners of a stakeholder', () => {
    beforeAll(async () => {
      await mutate(api, CREATE_PARTNERSHIP, {
        input: {
          id: `${run}-p-old`,
          name: 'Old sponsorship',
          kind: 'SPONSORSHIP',
          startedOn: '2019-01-01',
          endedOn: '2020-12-31',
          members: [
            { stakeholderId: `${run}-bank`, role: 'FUNDER' },
            { stakeholderId: `${run}-club`, role: 'LEAD' },
          ],
        },
      });
      await mutate(api, CREATE_PARTNERSHIP, {
        input: {
          id: `${run}-p-now`,
          name: 'Financial literacy',
          kind: 'PROJECT',
          startedOn: '2023-09-01',
          members: [
            { stakeholderId: `${run}-bank`, role: 'PARTNER' },
            { stakeholderId: `${run}-school`, role: 'LEAD' },
            { stakeholderId: `${run}-club`, role: 'PARTNER' },
          ],
        },
      });
    });

    it('lists its memberships with roles, and only those active at a date when asked', async () => {
      const response = await api.gql(
        `query($id: ID!) { stakeholder(id: $id) {
          all: partnerships { role partnership { id } stakeholder { id } }
          in2020: partnerships(asOf: "2020-06-01") { role partnership { id } }
        } }`,
        { id: `${run}-bank` },
      );
      expect(response.data).toEqual({
        stakeholder: {
          all: [
            { role: 'PARTNER', partnership: { id: `${run}-p-now` }, stakeholder: { id: `${run}-bank` } },
            { role: 'FUNDER', partnership: { id: `${run}-p-old` }, stakeholder: { id: `${run}-bank` } },
          ],
          in2020: [{ role: 'FUNDER', partnership: { id: `${run}-p-old` } }],
        },
      });
    });

    it('lists its partners once each, and only through active partnerships when asked', async () => {
      const response = await api.gql(
        `query($id: ID!) { stakeholder(id: $id) {
          all: partners { id }
          in2020: partners(asOf: "2020-06-01") { id }
          in2018: partners(asOf: "2018-06-01") { id }
        } }`,
        { id: `${run}-bank` },
      );
      expect(response.data).toEqual({
        stakeholder: {
          all: [{ id: `${run}-club` }, { id: `${run}-school` }],
          in2020: [{ id: `${run}-club` }],
          in2018: [],
        },
      });
    });
  });

  describe('updateStakeholder', () => {
    it('changes the fields given, clears type with null and moves it to another community', async () => {
      const id = `${run}-movable`;
      await mutate(api, CREATE, {
        input: {
          id,
          name: 'Movable',
          sector: 'CIVIL_SOCIETY',
          type: 'NGO',
          website: 'https://ngo.example',
          communityId,
        },
      });
      const updated = await mutate(api, UPDATE, {
        id,
        input: { name: 'Moved NGO', type: null, communityId: other },
      });
      expect(updated).toEqual({
        updateStakeholder: {
          id,
          name: 'Moved NGO',
          sector: 'CIVIL_SOCIETY',
          type: null,
          description: null,
          website: 'https://ngo.example',
          community: { id: other },
        },
      });
      await mutate(api, DELETE, { id });
    });

    it('answers NOT_FOUND for an unknown stakeholder or an unknown community', async () => {
      const unknown = await api.gql(UPDATE, { id: `${run}-ghost`, input: { name: 'X' } });
      expect(unknown.errors?.[0]?.message).toBe(`stakeholder '${run}-ghost' not found`);
      const badCommunity = await api.gql(UPDATE, {
        id: `${run}-club`,
        input: { communityId: `${run}-atlantis` },
      });
      expect(badCommunity.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(badCommunity.errors?.[0]?.message).toBe(`community '${run}-atlantis' not found`);
    });

    it('refuses an empty name with BAD_USER_INPUT', async () => {
      const response = await api.gql(UPDATE, { id: `${run}-club`, input: { name: '' } });
      expect(response.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'name', problems: ['name must be 1 to 200 characters long'] },
      ]);
    });
  });

  describe('deleteStakeholder', () => {
    it('deletes a stakeholder with its memberships and says how many were removed', async () => {
      const id = `${run}-leaving`;
      await mutate(api, CREATE, { input: { id, name: 'Leaving', sector: 'PRIVATE', communityId } });
      for (const n of [1, 2]) {
        await mutate(api, CREATE_PARTNERSHIP, {
          input: {
            id: `${id}-p${n}`,
            name: `${run} leaving ${n}`,
            kind: 'PROJECT',
            members: [{ stakeholderId: id }, { stakeholderId: `${run}-council` }],
          },
        });
      }
      const deleted = await mutate(api, DELETE, { id });
      expect(deleted).toEqual({ deleteStakeholder: { deletedId: id, removedMemberships: 2 } });
      const after = await api.gql(
        'query($p: ID!) { partnership(id: $p) { members { stakeholder { id } } } }',
        {
          p: `${id}-p1`,
        },
      );
      expect(after.data).toEqual({ partnership: { members: [{ stakeholder: { id: `${run}-council` } }] } });
    });

    it('answers NOT_FOUND for an unknown stakeholder', async () => {
      const response = await api.gql(DELETE, { id: `${run}-ghost` });
      expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(response.errors?.[0]?.message).toBe(`stakeholder '${run}-ghost' not found`);
    });

    it('needs the EDITOR role', async () => {
      const response = await api.gql(DELETE, { id: `${run}-club` }, { as: 'anonymous' });
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
