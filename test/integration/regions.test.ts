import { Role } from '../../src/auth/role';
import { deleteEntitiesWithPrefix, mutate } from '../support/entities';
import { uniqueId } from '../support/test-database';
import { startTestServer, waitForReady, type TestServer } from '../support/test-server';

const CREATE = 'mutation($input: CreateRegionInput!) { createRegion(input: $input) { id name country } }';
const UPDATE =
  'mutation($id: ID!, $input: UpdateRegionInput!) { updateRegion(id: $id, input: $input) { id name country } }';
const DELETE = `mutation($id: ID!, $cascade: Boolean) {
  deleteRegion(id: $id, cascade: $cascade) { deletedId deletedCommunities deletedStakeholders removedMemberships }
}`;
const LIST = `query($search: String, $first: Int, $after: String, $orderBy: NameOrder) {
  regions(search: $search, first: $first, after: $after, orderBy: $orderBy) {
    totalCount nodes { id name } edges { cursor } pageInfo { hasNextPage endCursor }
  }
}`;

interface ListResult {
  regions: {
    totalCount: number;
    nodes: { id: string; name: string }[];
    edges: { cursor: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('regions over GraphQL', () => {
  let api: TestServer;
  const run = uniqueId('rg');

  beforeAll(async () => {
    api = await startTestServer();
    await waitForReady(api.url);
  });

  afterAll(async () => {
    await deleteEntitiesWithPrefix(api.runner, run);
    await api.close();
  });

  describe('createRegion', () => {
    it('creates a region with the given id and reads it back by id', async () => {
      const id = `${run}-algarve`;
      const created = await mutate(api, CREATE, { input: { id, name: 'Algarve', country: 'PT' } });
      expect(created).toEqual({ createRegion: { id, name: 'Algarve', country: 'PT' } });
      const read = await api.gql('query($id: ID!) { region(id: $id) { id name country } }', { id });
      expect(read.data).toEqual({ region: { id, name: 'Algarve', country: 'PT' } });
    });

    it('generates a readable id from the name when none is given', async () => {
      const created = await mutate<{ createRegion: { id: string } }>(api, CREATE, {
        input: { name: `${run} Região Norte`, country: 'PT' },
      });
      expect(created.createRegion.id).toMatch(new RegExp(`^${run}-regiao-norte-[0-9a-f]{6}$`));
    });

    it('refuses an id that is already taken with CONFLICT naming the id', async () => {
      const id = `${run}-taken`;
      await mutate(api, CREATE, { input: { id, name: 'First', country: 'PT' } });
      const again = await api.gql(CREATE, { input: { id, name: 'Second', country: 'ES' } });
      expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(again.errors?.[0]?.message).toBe(`Region with id '${id}' already exists`);
    });

    it('lets exactly one of two concurrent creates of one id succeed', async () => {
      const id = `${run}-race`;
      const results = await Promise.all([
        api.gql(CREATE, { input: { id, name: 'Racer A', country: 'PT' } }),
        api.gql(CREATE, { input: { id, name: 'Racer B', country: 'PT' } }),
      ]);
      const succeeded = results.filter((r) => r.errors === undefined);
      const failed = results.filter((r) => r.errors !== undefined);
      expect(succeeded).toHaveLength(1);
      expect(failed.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(['CONFLICT']);
      const count = await api.gql<ListResult>(LIST, { search: 'Racer' });
      expect(count.data?.regions.nodes.filter((n) => n.id === id)).toHaveLength(1);
    });

    it.each([
      [
        'country',
        { name: 'X', country: 'pt' },
        'country must be an ISO 3166-1 alpha-2 code in capitals, e.g. PT',
      ],
      ['name', { name: '', country: 'PT' }, 'name must be 1 to 200 characters long'],
      ['name', { name: 'x'.repeat(201), country: 'PT' }, 'name must be 1 to 200 characters long'],
      [
        'id',
        { id: '-starts-with-dash', name: 'X', country: 'PT' },
        'id must be 1–100 letters, digits, ".", "_" or "-", starting with a letter or digit',
      ],
    ])('refuses an invalid %s with BAD_USER_INPUT naming the field', async (field, input, problem) => {
      const response = await api.gql(CREATE, { input });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.fields).toEqual([{ field, problems: [problem] }]);
    });

    it('needs the EDITOR role: VIEWER gets FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
      const input = { id: `${run}-nope`, name: 'Nope', country: 'PT' };
      const asViewer = await api.gql(CREATE, { input }, { as: Role.VIEWER });
      expect(asViewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const anonymous = await api.gql(CREATE, { input }, { as: 'anonymous' });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const asEditor = await api.gql(CREATE, { input }, { as: Role.EDITOR });
      expect(asEditor.errors).toBeUndefined();
    });
  });

  describe('region(id)', () => {
    it('answers null for an unknown id', async () => {
      const response = await api.gql('{ region(id: "no-such-region") { id } }');
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ region: null });
    });
  });

  describe('regions (list)', () => {
    const names = ['Beira', 'alentejo', 'Douro', 'Centro', 'Minho'];
    const prefix = `${run} L`;

    beforeAll(async () => {
      for (const [i, name] of names.entries()) {
        await mutate(api, CREATE, {
          input: { id: `${run}-list-${i}`, name: `${prefix} ${name}`, country: 'PT' },
        });
      }
    });

    it('pages through every match in case-insensitive name order with totalCount and cursors', async () => {
      const first = await api.gql<ListResult>(LIST, { search: prefix, first: 2 });
      expect(first.data?.regions.totalCount).toBe(5);
      expect(first.data?.regions.nodes.map((n) => n.name)).toEqual([`${prefix} alentejo`, `${prefix} Beira`]);
      expect(first.data?.regions.pageInfo.hasNextPage).toBe(true);
      expect(first.data?.regions.pageInfo.endCursor).toBe(first.data?.regions.edges[1]?.cursor);

      const second = await api.gql<ListResult>(LIST, {
        search: prefix,
        first: 2,
        after: first.data?.regions.pageInfo.endCursor,
      });
      expect(second.data?.regions.nodes.map((n) => n.name)).toEqual([`${prefix} Centro`, `${prefix} Douro`]);

      const third = await api.gql<ListResult>(LIST, {
        search: prefix,
        first: 2,
        after: second.data?.regions.pageInfo.endCursor,
      });
      expect(third.data?.regions.nodes.map((n) => n.name)).toEqual([`${prefix} Minho`]);
      expect(third.data?.regions.pageInfo).toEqual({
        hasNextPage: false,
        endCursor: third.data?.regions.edges[0]?.cursor,
      });
      expect(third.data?.regions.totalCount).toBe(5);
    });

    it('orders by name descending', async () => {
      const response = await api.gql<ListResult>(LIST, { search: prefix, orderBy: 'NAME_DESC', first: 3 });
      expect(response.data?.regions.nodes.map((n) => n.name)).toEqual([
        `${prefix} Minho`,
        `${prefix} Douro`,
        `${prefix} Centro`,
      ]);
    });

    it('filters by country', async () => {
      await mutate(api, CREATE, { input: { id: `${run}-es`, name: `${prefix} Galicia`, country: 'ES' } });
      const response = await api.gql<ListResult>(
        'query($s: String) { regions(search: $s, country: "ES") { totalCount nodes { id } } }',
        { s: prefix },
      );
      expect(response.data?.regions).toEqual({ totalCount: 1, nodes: [{ id: `${run}-es` }] });
    });

    it(`refuses first over 100 with BAD_USER_INPUT naming first`, async () => {
      const response = await api.gql(LIST, { search: prefix, first: 101 });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'first', problems: ['first must be at most 100; page with `after`'] },
      ]);
    });

    it('refuses a cursor it did not issue with BAD_USER_INPUT naming after', async () => {
      const response = await api.gql(LIST, { search: prefix, after: 'bm90LWEtY3Vyc29y' });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toBe(
        'after: not a cursor issued by this API; pass the endCursor of a previous page',
      );
    });

    it('refuses a cursor from another ordering', async () => {
      const page = await api.gql<ListResult>(LIST, { search: prefix, first: 1 });
      const response = await api.gql(LIST, {
        search: prefix,
        orderBy: 'NAME_DESC',
        after: page.data?.regions.pageInfo.endCursor,
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/belongs to the ordering NAME_ASC, not NAME_DESC/);
    });
  });

  describe('updateRegion', () => {
    it('changes only the fields given', async () => {
      const id = `${run}-upd`;
      await mutate(api, CREATE, { input: { id, name: 'Old name', country: 'PT' } });
      const updated = await mutate(api, UPDATE, { id, input: { name: 'New name' } });
      expect(updated).toEqual({ updateRegion: { id, name: 'New name', country: 'PT' } });
    });

    it('answers NOT_FOUND naming an unknown id', async () => {
      const response = await api.gql(UPDATE, { id: `${run}-ghost`, input: { name: 'X' } });
      expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(response.errors?.[0]?.message).toBe(`region '${run}-ghost' not found`);
    });

    it('validates the new values', async () => {
      const id = `${run}-upd-bad`;
      await mutate(api, CREATE, { input: { id, name: 'Fine', country: 'PT' } });
      const response = await api.gql(UPDATE, { id, input: { country: 'Portugal' } });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'country', problems: ['country must be an ISO 3166-1 alpha-2 code in capitals, e.g. PT'] },
      ]);
    });
    it('refuses null for a field every region has, instead of erasing it', async () => {
      const id = `${run}-upd-null`;
      await mutate(api, CREATE, { input: { id, name: 'Keeps its name', country: 'PT' } });
      const response = await api.gql(UPDATE, { id, input: { name: null } });
      expect(response.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'name', problems: ['name cannot be null; leave it out to keep the stored value'] },
      ]);
      const stored = await api.gql('query($id: ID!) { region(id: $id) { name } }', { id });
      expect(stored.data).toEqual({ region: { name: 'Keeps its name' } });
    });
  });

  describe('deleteRegion', () => {
    async function regionWithCommunity(name: string): Promise<string> {
      const id = `${run}-${name}`;
      await mutate(api, CREATE, { input: { id, name, country: 'PT' } });
      await mutate(api, 'mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }', {
        input: { id: `${id}-town`, name: `${run} town`, country: 'PT', kind: 'TOWN', regionId: id },
      });
      await mutate(
        api,
        'mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }',
        {
          input: {
            id: `${id}-school`,
            name: `${run} school`,
            sector: 'EDUCATION',
            communityId: `${id}-town`,
          },
        },
      );
      return id;
    }

    it('deletes an empty region', async () => {
      const id = `${run}-empty`;
      await mutate(api, CREATE, { input: { id, name: 'Empty', country: 'PT' } });
      const deleted = await mutate(api, DELETE, { id });
      expect(deleted).toEqual({
        deleteRegion: { deletedId: id, deletedCommunities: 0, deletedStakeholders: 0, removedMemberships: 0 },
      });
      expect((await api.gql('query($id: ID!) { region(id: $id) { id } }', { id })).data).toEqual({
        region: null,
      });
    });

    it('refuses to delete a region that holds communities, with CONFLICT, and keeps it', async () => {
      const id = await regionWithCommunity('held');
      const response = await api.gql(DELETE, { id });
      expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(response.errors?.[0]?.message).toBe(
        `region '${id}' still holds 1 communities; move or delete them first, or pass cascade: true to delete them with their stakeholders`,
      );
      const still = await api.gql('query($id: ID!) { region(id: $id) { communities { id } } }', { id });
      expect(still.data).toEqual({ region: { communities: [{ id: `${id}-town` }] } });
    });

    it('deletes the region with its communities and their stakeholders when asked to cascade', async () => {
      const id = await regionWithCommunity('cascade');
      const deleted = await mutate(api, DELETE, { id, cascade: true });
      expect(deleted).toEqual({
        deleteRegion: { deletedId: id, deletedCommunities: 1, deletedStakeholders: 1, removedMemberships: 0 },
      });
      const gone = await api.gql(
        'query($c: ID!, $s: ID!) { community(id: $c) { id } stakeholder(id: $s) { id } }',
        { c: `${id}-town`, s: `${id}-school` },
      );
      expect(gone.data).toEqual({ community: null, stakeholder: null });
    });

    it('answers NOT_FOUND for an unknown region', async () => {
      const response = await api.gql(DELETE, { id: `${run}-ghost` });
      expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(response.errors?.[0]?.message).toBe(`region '${run}-ghost' not found`);
    });

    it('needs the ADMIN role: an EDITOR gets FORBIDDEN', async () => {
      const id = `${run}-admin-only`;
      await mutate(api, CREATE, { input: { id, name: 'Admin only', country: 'PT' } });
      const response = await api.gql(DELETE, { id }, { as: Role.EDITOR });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(response.errors?.[0]?.message).toBe('Mutation.deleteRegion needs the role ADMIN');
    });
  });
});
