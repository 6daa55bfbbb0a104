import { Role } from '../../src/auth/role';
import { deleteEntitiesWithPrefix, mutate } from '../support/entities';
import { uniqueId } from '../support/test-database';
import { startTestServer, waitForReady, type TestServer } from '../support/test-server';

const CREATE = `mutation($input: CreateCommunityInput!) {
  createCommunity(input: $input) { id name country kind population region { id } }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateCommunityInput!) {
  updateCommunity(id: $id, input: $input) { id name kind population region { id } }
}`;
const DELETE = `mutation($id: ID!, $cascade: Boolean) {
  deleteCommunity(id: $id, cascade: $cascade) { deletedId deletedStakeholders removedMemberships }
}`;
const CREATE_REGION = 'mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }';
const CREATE_STAKEHOLDER =
  'mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }';

describe('communities over GraphQL', () => {
  let api: TestServer;
  const run = uniqueId('cm');
  const north = `${run}-north`;
  const south = `${run}-south`;

  beforeAll(async () => {
    api = await startTestServer();
    await waitForReady(api.url);
    await mutate(api, CREATE_REGION, { input: { id: north, name: `${run} North`, country: 'PT' } });
    await mutate(api, CREATE_REGION, { input: { id: south, name: `${run} South`, country: 'PT' } });
  });

  afterAll(async () => {
    await deleteEntitiesWithPrefix(api.runner, run);
    await api.close();
  });

  it('creates a community in a region and resolves the region both ways', async () => {
    const id = `${run}-braga`;
    const created = await mutate(api, CREATE, {
      input: { id, name: 'Braga', country: 'PT', kind: 'CITY', population: 193_000, regionId: north },
    });
    expect(created).toEqual({
      createCommunity: {
        id,
        name: 'Braga',
        country: 'PT',
        kind: 'CITY',
        population: 193000,
        region: { id: north },
      },
    });
    const region = await api.gql('query($id: ID!) { region(id: $id) { communities { id name } } }', {
      id: north,
    });
    expect(region.data).toEqual({ region: { communities: [{ id, name: 'Braga' }] } });
  });

  it('answers NOT_FOUND naming the region when it does not exist, and writes nothing', async () => {
    const id = `${run}-orphan`;
    const response = await api.gql(CREATE, {
      input: { id, name: 'Orphan', country: 'PT', kind: 'TOWN', regionId: `${run}-nowhere` },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(response.errors?.[0]?.message).toBe(`region '${run}-nowhere' not found`);
    expect((await api.gql('query($id: ID!) { community(id: $id) { id } }', { id })).data).toEqual({
      community: null,
    });
  });

  it('refuses a negative population and an unknown kind', async () => {
    const negative = await api.gql(CREATE, {
      input: { name: 'Negative', country: 'PT', kind: 'TOWN', population: -1, regionId: north },
    });
    expect(negative.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'population', problems: ['population must not be negative'] },
    ]);
    const badKind = await api.gql(CREATE, {
      input: { name: 'Metropolis', country: 'PT', kind: 'METROPOLIS', regionId: north },
    });
    expect(badKind.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badKind.errors?.[0]?.message).toMatch(/input\.kind/);
  });

  it('refuses a duplicate id with CONFLICT', async () => {
    const id = `${run}-dup`;
    await mutate(api, CREATE, { input: { id, name: 'Dup', country: 'PT', kind: 'TOWN', regionId: north } });
    const again = await api.gql(CREATE, {
      input: { id, name: 'Dup 2', country: 'PT', kind: 'TOWN', regionId: north },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toBe(`Community with id '${id}' already exists`);
  });

  describe('updateCommunity', () => {
    it('changes the fields given, clears population with null and moves the community to another region', async () => {
      const id = `${run}-mover`;
      await mutate(api, CREATE, {
        input: { id, name: 'Mover', country: 'PT', kind: 'TOWN', population: 5000, regionId: north },
      });
      const updated = await mutate(api, UPDATE, {
        id,
        input: { kind: 'CITY', population: null, regionId: south },
      });
      expect(updated).toEqual({
        updateCommunity: { id, name: 'Mover', kind: 'CITY', population: null, region: { id: south } },
      });
      const regions = await api.gql(
        'query($n: ID!, $s: ID!) { n: region(id: $n) { communities { id } } s: region(id: $s) { communities { id } } }',
        { n: north, s: south },
      );
      expect((regions.data as { n: { communities: { id: string }[] } }).n.communities).not.toContainEqual({
        id,
      });
      expect((regions.data as { s: { communities: { id: string }[] } }).s.communities).toContainEqual({ id });
    });

    it('answers NOT_FOUND for an unknown community or an unknown target region', async () => {
      const unknown = await api.gql(UPDATE, { id: `${run}-ghost`, input: { name: 'X' } });
      expect(unknown.errors?.[0]?.message).toBe(`community '${run}-ghost' not found`);
      const id = `${run}-stay`;
      await mutate(api, CREATE, {
        input: { id, name: 'Stay', country: 'PT', kind: 'TOWN', regionId: north },
      });
      const badRegion = await api.gql(UPDATE, { id, input: { regionId: `${run}-atlantis` } });
      expect(badRegion.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(badRegion.errors?.[0]?.message).toBe(`region '${run}-atlantis' not found`);
      const after = await api.gql('query($id: ID!) { community(id: $id) { region { id } } }', { id });
      expect(after.data).toEqual({ community: { region: { id: north } } });
    });
  });

  describe('communities (list)', () => {
    it('filters by region and kind, and pages with totalCount', async () => {
      const region = `${run}-listed`;
      await mutate(api, CREATE_REGION, { input: { id: region, name: `${run} Listed`, country: 'ES' } });
      for (const [i, kind] of ['TOWN', 'CITY', 'TOWN', 'VILLAGE'].entries()) {
        await mutate(api, CREATE, {
          input: { id: `${region}-${i}`, name: `Place ${i}`, country: 'ES', kind, regionId: region },
        });
      }
      const towns = await api.gql(
        `query($r: ID!) { communities(regionId: $r, kind: TOWN) { totalCount nodes { id } pageInfo { hasNextPage } } }`,
        { r: region },
      );
      expect(towns.data).toEqual({
        communities: {
          totalCount: 2,
          nodes: [{ id: `${region}-0` }, { id: `${region}-2` }],
          pageInfo: { hasNextPage: false },
        },
      });
      const page = await api.gql(
        `query($r: ID!) { communities(regionId: $r, first: 3, orderBy: NAME_DESC) { totalCount nodes { name } pageInfo { hasNextPage } } }`,
        { r: region },
      );
      expect(page.data).toEqual({
        communities: {
          totalCount: 4,
          nodes: [{ name: 'Place 3' }, { name: 'Place 2' }, { name: 'Place 1' }],
          pageInfo: { hasNextPage: true },
        },
      });
    });
  });

  describe('deleteCommunity', () => {
    async function communityWithMember(name: string): Promise<string> {
      const id = `${run}-${name}`;
      await mutate(api, CREATE, { input: { id, name, country: 'PT', kind: 'TOWN', regionId: north } });
      for (const n of [1, 2]) {
        await mutate(api, CREATE_STAKEHOLDER, {
          input: { id: `${id}-s${n}`, name: `${run} s${n}`, sector: 'PUBLIC', communityId: id },
        });
      }
      await mutate(
        api,
        'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }',
        {
          input: {
            id: `${id}-p`,
            name: `${run} pact`,
            kind: 'AGREEMENT',
            members: [{ stakeholderId: `${id}-s1` }, { stakeholderId: `${id}-s2` }],
          },
        },
      );
      return id;
    }

    it('refuses while stakeholders are based in it, with CONFLICT, and deletes nothing', async () => {
      const id = await communityWithMember('busy');
      const response = await api.gql(DELETE, { id });
      expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(response.errors?.[0]?.message).toBe(
        `community '${id}' still holds 2 stakeholders; move or delete them first, or pass cascade: true to delete them too`,
      );
      const still = await api.gql('query($id: ID!) { community(id: $id) { stakeholders { id } } }', { id });
      expect(still.data).toEqual({ community: { stakeholders: [{ id: `${id}-s1` }, { id: `${id}-s2` }] } });
    });

    it('with cascade deletes its stakeholders and their memberships, keeping the partnership', async () => {
      const id = await communityWithMember('gone');
      const deleted = await mutate(api, DELETE, { id, cascade: true });
      expect(deleted).toEqual({
        deleteCommunity: { deletedId: id, deletedStakeholders: 2, removedMemberships: 2 },
      });
      const after = await api.gql(
        'query($c: ID!, $p: ID!) { community(id: $c) { id } partnership(id: $p) { id members { role } } }',
        { c: id, p: `${id}-p` },
      );
      expect(after.data).toEqual({ community: null, partnership: { id: `${id}-p`, members: [] } });
    });

    it('answers NOT_FOUND for an unknown community', async () => {
      const response = await api.gql(DELETE, { id: `${run}-ghost` });
      expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('needs the ADMIN role', async () => {
      const id = `${run}-guarded`;
      await mutate(api, CREATE, {
        input: { id, name: 'Guarded', country: 'PT', kind: 'TOWN', regionId: north },
      });
      const asEditor = await api.gql(DELETE, { id }, { as: Role.EDITOR });
      expect(asEditor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const asViewer = await api.gql(UPDATE, { id, input: { name: 'x' } }, { as: Role.VIEWER });
      expect(asViewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
});
