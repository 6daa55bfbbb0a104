import { Role } from '../../src/auth/role';
import { deleteEntitiesWithPrefix, mutate, seedCommunity } from '../support/entities';
import { uniqueId } from '../support/test-database';
import { startTestServer, waitForReady, type TestServer } from '../support/test-server';

const FIELDS = 'id name kind startedOn endedOn themes description members { role stakeholder { id } }';
const CREATE = `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePartnershipInput!) {
  updatePartnership(id: $id, input: $input) { id name kind startedOn endedOn themes description }
}`;
const END =
  'mutation($id: ID!, $endedOn: LocalDate) { endPartnership(id: $id, endedOn: $endedOn) { id endedOn } }';
const DELETE = 'mutation($id: ID!) { deletePartnership(id: $id) { deletedId removedMemberships } }';
const ADD = `mutation($p: ID!, $s: ID!, $role: MemberRole) {
  addPartnershipMember(partnershipId: $p, stakeholderId: $s, role: $role) { id members { role stakeholder { id } } }
}`;
const REMOVE = `mutation($p: ID!, $s: ID!) {
  removePartnershipMember(partnershipId: $p, stakeholderId: $s) { id members { stakeholder { id } } }
}`;
const LIST = `query($kind: PartnershipKind, $theme: String, $memberId: ID, $communityId: ID, $asOf: LocalDate,
  $orderBy: PartnershipOrder, $first: Int, $after: String, $search: String) {
  partnerships(kind: $kind, theme: $theme, memberId: $memberId, communityId: $communityId, asOf: $asOf,
    orderBy: $orderBy, first: $first, after: $after, search: $search) {
    totalCount nodes { id } pageInfo { hasNextPage endCursor }
  }
}`;

interface ListResult {
  partnerships: {
    totalCount: number;
    nodes: { id: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

function codeOf(response: { errors?: { extensions?: Record<string, unknown> }[] }): unknown {
  return response.errors?.[0]?.extensions?.code;
}

describe('partnerships over GraphQL', () => {
  let api: TestServer;
  const run = uniqueId('pt');
  const s = (name: string): string => `${run}-${name}`;
  let communityId: string;

  beforeAll(async () => {
    api = await startTestServer();
    await waitForReady(api.url);
    ({ communityId } = await seedCommunity(api, run, [
      { id: s('school'), name: 'School', sector: 'EDUCATION' },
      { id: s('insurer'), name: 'Insurer', sector: 'FINANCIAL' },
      { id: s('club'), name: 'Club', sector: 'SPORT' },
      { id: s('council'), name: 'Council', sector: 'PUBLIC' },
    ]));
  });

  afterAll(async () => {
    await deleteEntitiesWithPrefix(api.runner, run);
    await api.close();
  });

  describe('createPartnership', () => {
    it('creates a partnership with its members and roles', async () => {
      const id = s('p-create');
      const created = await mutate(api, CREATE, {
        input: {
          id,
          name: 'Swim for all',
          kind: 'PROJECT',
          startedOn: '2024-01-15',
          endedOn: '2024-12-31',
          themes: ['sport', 'inclusion'],
          description: 'Swimming lessons for kindergarten children',
          members: [
            { stakeholderId: s('club'), role: 'LEAD' },
            { stakeholderId: s('insurer'), role: 'FUNDER' },
            { stakeholderId: s('school') },
          ],
        },
      });
      expect(created).toEqual({
        createPartnership: {
          id,
          name: 'Swim for all',
          kind: 'PROJECT',
          startedOn: '2024-01-15',
          endedOn: '2024-12-31',
          themes: ['sport', 'inclusion'],
          description: 'Swimming lessons for kindergarten children',
          members: [
            { role: 'LEAD', stakeholder: { id: s('club') } },
            { role: 'FUNDER', stakeholder: { id: s('insurer') } },
            { role: 'PARTNER', stakeholder: { id: s('school') } },
          ],
        },
      });
    });

    it('answers NOT_FOUND naming every unknown member, and creates nothing', async () => {
      const id = s('p-ghosts');
      const response = await api.gql(CREATE, {
        input: {
          id,
          name: 'Ghost pact',
          kind: 'AGREEMENT',
          members: [
            { stakeholderId: s('school') },
            { stakeholderId: s('ghost-1') },
            { stakeholderId: s('ghost-2') },
          ],
        },
      });
      expect(codeOf(response)).toBe('NOT_FOUND');
      expect(response.errors?.[0]?.message).toBe(
        `stakeholders '${s('ghost-1')}', '${s('ghost-2')}' not found`,
      );
      expect((await api.gql('query($id: ID!) { partnership(id: $id) { id } }', { id })).data).toEqual({
        partnership: null,
      });
    });

    it.each([
      ['no member', { members: [] }, 'members', 'members must name at least one member'],
      [
        'a duplicate member',
        { members: [{ stakeholderId: 'a' }, { stakeholderId: 'a', role: 'LEAD' }] },
        'members',
        'members names a stakeholder more than once',
      ],
      [
        'an end before the start',
        { startedOn: '2024-05-01', endedOn: '2024-04-30', members: [{ stakeholderId: 'a' }] },
        'endedOn',
        'endedOn is before startedOn',
      ],
      [
        'an empty theme',
        { themes: ['ok', ''], members: [{ stakeholderId: 'a' }] },
        'themes',
        'each of themes must be 1 to 100 characters long',
      ],
      ['a blank name', { name: '   ', members: [{ stakeholderId: 'a' }] }, 'name', 'name must not be blank'],
      [
        "a theme with ';', the CSV separator of themes",
        { themes: ['arts; crafts'], members: [{ stakeholderId: 'a' }] },
        'themes',
        "each of themes must not contain ';'",
      ],
      [
        'a 51st theme',
        { themes: Array.from({ length: 51 }, (_, i) => `theme ${i}`), members: [{ stakeholderId: 'a' }] },
        'themes',
        'themes must contain no more than 50 elements',
      ],
      [
        'a malformed member id',
        { members: [{ stakeholderId: 'bad id!' }] },
        'members[0].stakeholderId',
        'stakeholderId must be 1–100 letters, digits, ".", "_" or "-", starting with a letter or digit',
      ],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, overrides, field, problem) => {
      const response = await api.gql(CREATE, { input: { name: 'Invalid', kind: 'PROJECT', ...overrides } });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.fields).toEqual([{ field, problems: [problem] }]);
    });

    it('refuses an impossible date with BAD_USER_INPUT naming the field', async () => {
      const response = await api.gql(CREATE, {
        input: {
          name: 'Bad date',
          kind: 'PROJECT',
          startedOn: '2024-02-30',
          members: [{ stakeholderId: 'a' }],
        },
      });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/input\.startedOn/);
    });

    it('refuses a duplicate id with CONFLICT', async () => {
      const input = {
        id: s('p-dup'),
        name: 'Dup',
        kind: 'NETWORK',
        members: [{ stakeholderId: s('school') }],
      };
      await mutate(api, CREATE, { input });
      const response = await api.gql(CREATE, { input });
      expect(codeOf(response)).toBe('CONFLICT');
      expect(response.errors?.[0]?.message).toBe(`Partnership with id '${s('p-dup')}' already exists`);
    });

    it('needs the EDITOR role', async () => {
      const response = await api.gql(
        CREATE,
        { input: { name: 'Viewer pact', kind: 'PROJECT', members: [{ stakeholderId: s('school') }] } },
        { as: Role.VIEWER },
      );
      expect(codeOf(response)).toBe('FORBIDDEN');
    });
  });

  describe('partnership(id)', () => {
    it('answers null for an unknown id and a status at any date', async () => {
      const id = s('p-status');
      await mutate(api, CREATE, {
        input: {
          id,
          name: 'Status',
          kind: 'PROJECT',
          startedOn: '2022-01-01',
          endedOn: '2022-12-31',
          members: [{ stakeholderId: s('school') }],
        },
      });
      const response = await api.gql(
        `query($id: ID!) {
          missing: partnership(id: "no-such-partnership") { id }
          p: partnership(id: $id) {
            before: status(asOf: "2021-12-31") during: status(asOf: "2022-12-31") after: status(asOf: "2023-01-01") today: status
          }
        }`,
        { id },
      );
      expect(response.data).toEqual({
        missing: null,
        p: { before: 'PLANNED', during: 'ACTIVE', after: 'ENDED', today: 'ENDED' },
      });
    });
  });

  describe('partnerships (list)', () => {
    const ids = { a: s('l-a'), b: s('l-b'), c: s('l-c'), d: s('l-d') };

    beforeAll(async () => {
      const create = (input: Record<string, unknown>) => mutate(api, CREATE, { input });
      await create({
        id: ids.a,
        name: `${run} Alpha`,
        kind: 'PROJECT',
        startedOn: '2021-03-01',
        endedOn: '2022-02-28',
        themes: ['Literacy'],
        members: [{ stakeholderId: s('school') }, { stakeholderId: s('insurer') }],
      });
      await create({
        id: ids.b,
        name: `${run} beta`,
        kind: 'SPONSORSHIP',
        startedOn: '2023-01-01',
        themes: ['sport'],
        members: [{ stakeholderId: s('club') }, { stakeholderId: s('insurer'), role: 'FUNDER' }],
      });
      await create({
        id: ids.c,
        name: `${run} Gamma`,
        kind: 'PROJECT',
        themes: ['literacy', 'sport'],
        members: [{ stakeholderId: s('council') }],
      });
      await create({
        id: ids.d,
        name: `${run} Delta`,
        kind: 'AGREEMENT',
        startedOn: '2020-06-01',
        members: [{ stakeholderId: s('council') }, { stakeholderId: s('school') }],
      });
    });

    const names = (r: { data?: ListResult | null }): string[] => r.data!.partnerships.nodes.map((n) => n.id);

    it('filters by kind, by theme (case-insensitive), by member and by community', async () => {
      const search = run;
      expect(names(await api.gql<ListResult>(LIST, { search, kind: 'PROJECT' }))).toEqual([ids.a, ids.c]);
      expect(names(await api.gql<ListResult>(LIST, { search, theme: 'LITERACY' }))).toEqual([ids.a, ids.c]);
      expect(names(await api.gql<ListResult>(LIST, { search, memberId: s('insurer') }))).toEqual([
        ids.a,
        ids.b,
      ]);
      const inCommunity = await api.gql<ListResult>(LIST, { search, communityId });
      expect(inCommunity.data?.partnerships.totalCount).toBe(4);
      const elsewhere = await api.gql<ListResult>(LIST, { search, communityId: `${run}-nowhere` });
      expect(elsewhere.data?.partnerships.totalCount).toBe(0);
    });

    it('keeps only partnerships active at a date, both ends inclusive', async () => {
      expect(names(await api.gql<ListResult>(LIST, { search: run, asOf: '2022-02-28' }))).toEqual([
        ids.a,
        ids.d,
        ids.c,
      ]);
      expect(names(await api.gql<ListResult>(LIST, { search: run, asOf: '2023-01-01' }))).toEqual([
        ids.b,
        ids.d,
        ids.c,
      ]);
    });

    it('orders by start date either way, undated first when ascending', async () => {
      expect(names(await api.gql<ListResult>(LIST, { search: run, orderBy: 'STARTED_ON_ASC' }))).toEqual([
        ids.c,
        ids.d,
        ids.a,
        ids.b,
      ]);
      expect(names(await api.gql<ListResult>(LIST, { search: run, orderBy: 'STARTED_ON_DESC' }))).toEqual([
        ids.b,
        ids.a,
        ids.d,
        ids.c,
      ]);
    });

    it('pages by start date with cursors and a stable totalCount', async () => {
      const first = await api.gql<ListResult>(LIST, { search: run, orderBy: 'STARTED_ON_DESC', first: 3 });
      expect(first.data?.partnerships.totalCount).toBe(4);
      expect(first.data?.partnerships.pageInfo.hasNextPage).toBe(true);
      const rest = await api.gql<ListResult>(LIST, {
        search: run,
        orderBy: 'STARTED_ON_DESC',
        first: 3,
        after: first.data?.partnerships.pageInfo.endCursor,
      });
      expect(names(rest)).toEqual([ids.c]);
      expect(rest.data?.partnerships.totalCount).toBe(4);
      expect(rest.data?.partnerships.pageInfo.hasNextPage).toBe(false);
    });

    it('refuses first over 100 and a cursor from another ordering', async () => {
      expect(codeOf(await api.gql(LIST, { search: run, first: 1000 }))).toBe('BAD_USER_INPUT');
      const page = await api.gql<ListResult>(LIST, { search: run, first: 1 });
      const response = await api.gql(LIST, {
        search: run,
        orderBy: 'STARTED_ON_ASC',
        after: page.data?.partnerships.pageInfo.endCursor,
      });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
    });
  });

  describe('updatePartnership', () => {
    const id = s('p-update');

    beforeEach(async () => {
      await mutate(api, CREATE, {
        input: {
          id,
          name: 'Before',
          kind: 'PROJECT',
          startedOn: '2024-01-01',
          themes: ['a'],
          description: 'text',
          members: [{ stakeholderId: s('school') }],
        },
      });
    });

    afterEach(async () => {
      await api.gql(DELETE, { id });
    });

    it('changes the fields given and clears description with null', async () => {
      const updated = await mutate(api, UPDATE, {
        id,
        input: { name: 'After', themes: ['b', 'c'], description: null, endedOn: '2024-06-30' },
      });
      expect(updated).toEqual({
        updatePartnership: {
          id,
          name: 'After',
          kind: 'PROJECT',
          startedOn: '2024-01-01',
          endedOn: '2024-06-30',
          themes: ['b', 'c'],
          description: null,
        },
      });
    });

    it('refuses an endedOn before the stored startedOn, and a startedOn after the stored endedOn', async () => {
      const early = await api.gql(UPDATE, { id, input: { endedOn: '2023-12-31' } });
      expect(codeOf(early)).toBe('BAD_USER_INPUT');
      expect(early.errors?.[0]?.extensions?.fields).toEqual([
        { field: 'endedOn', problems: ['endedOn 2023-12-31 is before startedOn 2024-01-01'] },
      ]);
      await mutate(api, UPDATE, { id, input: { endedOn: '2024-03-31' } });
      const late = await api.gql(UPDATE, { id, input: { startedOn: '2024-04-01' } });
      expect(codeOf(late)).toBe('BAD_USER_INPUT');
      expect(late.errors?.[0]?.message).toBe('startedOn: endedOn 2024-03-31 is before startedOn 2024-04-01');
      const stored = await api.gql('query($id: ID!) { partnership(id: $id) { startedOn endedOn } }', { id });
      expect(stored.data).toEqual({ partnership: { startedOn: '2024-01-01', endedOn: '2024-03-31' } });
    });

    it('answers NOT_FOUND for an unknown partnership', async () => {
      const response = await api.gql(UPDATE, { id: s('ghost'), input: { name: 'X' } });
      expect(codeOf(response)).toBe('NOT_FOUND');
      expect(response.errors?.[0]?.message).toBe(`partnership '${s('ghost')}' not found`);
    });
  });

  describe('endPartnership', () => {
    it('ends an open partnership on the given date and refuses to end it twice', async () => {
      const id = s('p-end');
      await mutate(api, CREATE, {
        input: {
          id,
          name: 'Ending',
          kind: 'NETWORK',
          startedOn: '2020-01-01',
          members: [{ stakeholderId: s('club') }],
        },
      });
      expect(await mutate(api, END, { id, endedOn: '2025-06-30' })).toEqual({
        endPartnership: { id, endedOn: '2025-06-30' },
      });
      const again = await api.gql(END, { id, endedOn: '2025-07-31' });
      expect(codeOf(again)).toBe('CONFLICT');
      expect(again.errors?.[0]?.message).toBe(
        `partnership '${id}' already ended on 2025-06-30; change the date with updatePartnership`,
      );
    });

    it('ends today by default and refuses a date before the start', async () => {
      const id = s('p-end-today');
      await mutate(api, CREATE, {
        input: {
          id,
          name: 'Ending today',
          kind: 'NETWORK',
          startedOn: '2020-01-01',
          members: [{ stakeholderId: s('club') }],
        },
      });
      const early = await api.gql(END, { id, endedOn: '2019-12-31' });
      expect(codeOf(early)).toBe('BAD_USER_INPUT');
      const ended = await mutate<{ endPartnership: { endedOn: string } }>(api, END, { id });
      expect(ended.endPartnership.endedOn).toBe(new Date().toISOString().slice(0, 10));
    });

    it('answers NOT_FOUND for an unknown partnership', async () => {
      expect(codeOf(await api.gql(END, { id: s('ghost') }))).toBe('NOT_FOUND');
    });
  });

  describe('members', () => {
    const id = s('p-members');

    beforeAll(async () => {
      await mutate(api, CREATE, {
        input: {
          id,
          name: 'Members',
          kind: 'CONSORTIUM',
          members: [{ stakeholderId: s('school'), role: 'LEAD' }],
        },
      });
    });

    it('adds a member, and a second add of the same member only changes its role', async () => {
      await mutate(api, ADD, { p: id, s: s('insurer'), role: 'FUNDER' });
      const again = await mutate(api, ADD, { p: id, s: s('insurer'), role: 'PARTNER' });
      expect(again).toEqual({
        addPartnershipMember: {
          id,
          members: [
            { role: 'PARTNER', stakeholder: { id: s('insurer') } },
            { role: 'LEAD', stakeholder: { id: s('school') } },
          ],
        },
      });
    });

    it('answers NOT_FOUND naming an unknown partnership or stakeholder', async () => {
      const noPartnership = await api.gql(ADD, { p: s('ghost'), s: s('club') });
      expect(noPartnership.errors?.[0]?.message).toBe(`partnership '${s('ghost')}' not found`);
      const noStakeholder = await api.gql(ADD, { p: id, s: s('ghost') });
      expect(codeOf(noStakeholder)).toBe('NOT_FOUND');
      expect(noStakeholder.errors?.[0]?.message).toBe(`stakeholder '${s('ghost')}' not found`);
    });

    it('removes a member, answers NOT_FOUND for a non-member and refuses to remove the last one', async () => {
      await mutate(api, ADD, { p: id, s: s('club') });
      expect(await mutate(api, REMOVE, { p: id, s: s('club') })).toEqual({
        removePartnershipMember: {
          id,
          members: [{ stakeholder: { id: s('insurer') } }, { stakeholder: { id: s('school') } }],
        },
      });
      const notMember = await api.gql(REMOVE, { p: id, s: s('club') });
      expect(codeOf(notMember)).toBe('NOT_FOUND');
      expect(notMember.errors?.[0]?.message).toBe(
        `stakeholder '${s('club')}' is not a member of partnership '${id}'`,
      );

      await mutate(api, REMOVE, { p: id, s: s('insurer') });
      const last = await api.gql(REMOVE, { p: id, s: s('school') });
      expect(codeOf(last)).toBe('CONFLICT');
      expect(last.errors?.[0]?.message).toMatch(/is the last member of partnership/);
      const members = await api.gql(
        'query($id: ID!) { partnership(id: $id) { members { stakeholder { id } } } }',
        {
          id,
        },
      );
      expect(members.data).toEqual({ partnership: { members: [{ stakeholder: { id: s('school') } }] } });
    });

    it('needs the EDITOR role to change members', async () => {
      expect(codeOf(await api.gql(ADD, { p: id, s: s('club') }, { as: Role.VIEWER }))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(REMOVE, { p: id, s: s('school') }, { as: 'anonymous' }))).toBe(
        'UNAUTHENTICATED',
      );
    });
  });

  describe('concurrent writers', () => {
    it('lose no member: 24 concurrent adds to one partnership leave every member exactly once', async () => {
      const id = s('p-crowd');
      const crowd = Array.from({ length: 24 }, (_, i) => s(`crowd-${String(i).padStart(2, '0')}`));
      for (const member of crowd) {
        await mutate(
          api,
          'mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }',
          {
            input: { id: member, name: `${run} crowd member`, sector: 'CIVIL_SOCIETY', communityId },
          },
        );
      }
      await mutate(api, CREATE, {
        input: { id, name: 'Crowd', kind: 'NETWORK', members: [{ stakeholderId: s('council') }] },
      });

      const results = await Promise.all(crowd.map((member) => api.gql(ADD, { p: id, s: member })));
      expect(results.filter((r) => r.errors !== undefined)).toEqual([]);

      const response = await api.gql<{ partnership: { members: { stakeholder: { id: string } }[] } }>(
        'query($id: ID!) { partnership(id: $id) { members(first: 100) { stakeholder { id } } } }',
        { id },
      );
      const ids = response.data!.partnership.members.map((m) => m.stakeholder.id).sort();
      expect(ids).toEqual([s('council'), ...crowd].sort());
      // Without first, the nested list holds its default 20 (of 25).
      const capped = await api.gql<{ partnership: { members: unknown[] } }>(
        'query($id: ID!) { partnership(id: $id) { members { role } } }',
        { id },
      );
      expect(capped.data!.partnership.members).toHaveLength(20);
    });

    it('exactly one of two concurrent creates of one id succeeds', async () => {
      const input = {
        id: s('p-race'),
        name: 'Race',
        kind: 'PROJECT',
        members: [{ stakeholderId: s('club') }],
      };
      const results = await Promise.all([api.gql(CREATE, { input }), api.gql(CREATE, { input })]);
      expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
      expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    });
  });

  describe('deletePartnership', () => {
    it('deletes a partnership with its memberships, keeping the stakeholders', async () => {
      const id = s('p-delete');
      await mutate(api, CREATE, {
        input: {
          id,
          name: 'Doomed',
          kind: 'PROJECT',
          members: [{ stakeholderId: s('club') }, { stakeholderId: s('school') }],
        },
      });
      expect(await mutate(api, DELETE, { id })).toEqual({
        deletePartnership: { deletedId: id, removedMemberships: 2 },
      });
      const after = await api.gql(
        'query($id: ID!, $s: ID!) { partnership(id: $id) { id } stakeholder(id: $s) { id } }',
        {
          id,
          s: s('club'),
        },
      );
      expect(after.data).toEqual({ partnership: null, stakeholder: { id: s('club') } });
    });

    it('answers NOT_FOUND for an unknown partnership and needs the EDITOR role', async () => {
      expect(codeOf(await api.gql(DELETE, { id: s('ghost') }))).toBe('NOT_FOUND');
      expect(codeOf(await api.gql(DELETE, { id: s('ghost') }, { as: Role.VIEWER }))).toBe('FORBIDDEN');
    });
  });
});
