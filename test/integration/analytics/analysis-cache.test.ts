import { Analysis } from '../../../src/analytics/analysis';
import type { GraphVersions } from '../../../src/analytics/analytics.service';
import { advanceGraphVersion } from '../../../src/db/graph-version';
import type { Transaction } from '../../../src/db/query-runner';
import { AS_OF, BRUGGE } from '../../support/analytics-fixtures';
import { deleteNetwork, loadNetwork, prefixed } from '../../support/load-network';
import { closeTestRunner, testRunner, uniqueId } from '../../support/test-database';
import { startTestServer, type TestServer } from '../../support/test-server';

/*
 * The analysis cache is keyed by (scope, asOf, graph version), and every write transaction that changes
 * data replaces the graph version before it commits. Other test files write to the same database in
 * parallel, so "no write in between" is checked by reading the version around the two requests.
 */
const prefix = uniqueId('cache');
const doc = prefixed(BRUGGE, prefix);
const id = (x: string): string => `${prefix}-${x}`;

describe('analysis cache and graph version', () => {
  let api: TestServer;
  const analyses = (): number => api.server.services.analytics.stats.analyses;
  const versions = (): Promise<GraphVersions> => api.server.services.analytics.graphVersions();
  const version = async (): Promise<string> => (await versions()).version;

  beforeAll(async () => {
    api = await startTestServer();
    await loadNetwork(testRunner(), doc);
  });
  afterAll(async () => {
    await deleteNetwork(testRunner(), doc);
    await closeTestRunner();
    await api.close();
  });

  const dashboard = async (asOf: string): Promise<{ edges: number; top: string }> => {
    const response = await api.gql<{
      community: { profile: { edges: number }; centrality: { positions: { stakeholder: { id: string } }[] } };
    }>(
      `query ($id: ID!, $asOf: LocalDate) { community(id: $id) {
        profile(asOf: $asOf) { edges }
        centrality(asOf: $asOf, by: DEGREE, first: 1) { positions { stakeholder { id } } }
        clusters(asOf: $asOf) { modularity }
        components(asOf: $asOf) { count }
      } }`,
      { id: id('brugge'), asOf },
    );
    expect(response.errors).toBeUndefined();
    const { profile, centrality } = response.data!.community;
    return { edges: profile.edges, top: centrality.positions[0]!.stakeholder.id };
  };

  it('computes one analysis for all the fields of one request', async () => {
    const before = analyses();
    await dashboard('2019-03-01');
    expect(analyses() - before).toBe(1);
  });

  it('starts the worker measures before the fields listed ahead of them compute theirs', async () => {
    const run = jest.spyOn(api.server.services.analytics.engine, 'run');
    const profile = jest.spyOn(Analysis.prototype, 'profile', 'get');
    try {
      // profile comes first in the query, so its resolver runs first once the analysis is fetched.
      await dashboard('2019-04-01');
      expect(run).toHaveBeenCalled();
      expect(profile).toHaveBeenCalled();
      expect(run.mock.invocationCallOrder[0]!).toBeLessThan(profile.mock.invocationCallOrder[0]!);
    } finally {
      run.mockRestore();
      profile.mockRestore();
    }
  });

  it('shares one computation between two requests with no write in between', async () => {
    // A fresh date per attempt, so the first request always misses; retried only while another test
    // file's write changed the version between the two requests (then a second analysis is correct).
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const asOf = `2018-01-${String(attempt + 1).padStart(2, '0')}`;
      const versionBefore = await version();
      const before = analyses();
      const first = await dashboard(asOf);
      const second = await dashboard(asOf);
      if ((await version()) !== versionBefore) continue;
      expect(analyses() - before).toBe(1);
      expect(second).toEqual(first);
      return;
    }
    throw new Error('the graph version changed during each of 20 attempts');
  });

  it('answers the next request from the new data after a write (no stale analysis)', async () => {
    expect(await dashboard(AS_OF)).toEqual({ edges: 7, top: id('a3') });
    const versionBefore = await version();
    // z joins b1 and b2: b1 now has 4 partners, the most; Brugge has 9 edges.
    const created = await api.gql(
      `mutation ($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`,
      {
        input: {
          id: id('zb'),
          name: 'Stadhuis sport and enterprise',
          kind: 'PROJECT',
          members: [{ stakeholderId: id('z') }, { stakeholderId: id('b1') }, { stakeholderId: id('b2') }],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    expect(await version()).not.toBe(versionBefore);
    expect(await dashboard(AS_OF)).toEqual({ edges: 9, top: id('b1') });
    const deleted = await api.gql(`mutation ($id: ID!) { deletePartnership(id: $id) { deletedId } }`, {
      id: id('zb'),
    });
    expect(deleted.errors).toBeUndefined();
    expect(await dashboard(AS_OF)).toEqual({ edges: 7, top: id('a3') });
  });

  it('answers a new date after a write to a stakeholder from its new data (the kept stakeholders go too)', async () => {
    const coverage = async (asOf: string): Promise<number> => {
      const response = await api.gql<{ community: { profile: { spectrumCoverage: number } } }>(
        `query ($id: ID!, $asOf: LocalDate) { community(id: $id) { profile(asOf: $asOf) { spectrumCoverage } } }`,
        { id: id('brugge'), asOf },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.community.profile.spectrumCoverage;
    };
    const sectorOfB3 = async (sector: string): Promise<void> => {
      const updated = await api.gql(
        `mutation ($id: ID!, $sector: Sector) { updateStakeholder(id: $id, input: { sector: $sector }) { id } }`,
        { id: id('b3'), sector },
      );
      expect(updated.errors).toBeUndefined();
    };
    // Cross-sector pairs tied: EDUCATION–PRIVATE, PRIVATE–SPORT, PRIVATE–CULTURAL, SPORT–CULTURAL.
    expect(await coverage('2019-05-01')).toBeCloseTo(4 / 21, 12);
    // The concert hall made a sport club: of those pairs only EDUCATION–PRIVATE and PRIVATE–SPORT are left.
    await sectorOfB3('SPORT');
    try {
      expect(await coverage('2019-05-02')).toBeCloseTo(2 / 21, 12);
    } finally {
      await sectorOfB3('CULTURAL');
    }
    expect(await coverage('2019-05-03')).toBeCloseTo(4 / 21, 12);
  });

  it('gives a write that leaves the base a new graph version and the same base version', async () => {
    const read = {
      name: 'test/versions',
      text: "MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS version, v.baseVersion AS baseVersion",
    };
    const advance = (base: boolean) => async (tx: Transaction) => {
      await tx.run({ name: 'test/advance', text: advanceGraphVersion().text }, { base });
      const [after] = await tx.run<GraphVersions>(read);
      return after!;
    };
    // One transaction: the first advance locks the version node, so no other test file's write comes
    // between the reads.
    await testRunner().writeTransaction(async (tx) => {
      const first = await advance(true)(tx);
      expect(first.baseVersion).toBe(first.version);
      const leaving = await advance(false)(tx);
      expect(leaving.version).not.toBe(first.version);
      expect(leaving.baseVersion).toBe(first.baseVersion);
      const again = await advance(true)(tx);
      expect(again.baseVersion).toBe(again.version);
      expect(again.baseVersion).not.toBe(first.baseVersion);
    });
  });

  it('fetches the partnerships after a partnership write, and the stakeholders too after a stakeholder write', async () => {
    const fetch = jest.spyOn(api.runner, 'readFold');
    /**
     * The rows the dashboard fetched after `write`, the one before it having kept Brugge's base;
     * undefined when another test file's write came in between (checked by reading the versions).
     */
    const rowsAfter = async (
      write: () => Promise<unknown>,
      attempt: number,
      leavesBase: boolean,
    ): Promise<string[] | undefined> => {
      const before = await versions();
      await dashboard(`2019-07-${String(attempt + 1).padStart(2, '0')}`);
      await write();
      const after = await versions();
      fetch.mockClear();
      await dashboard(`2019-08-${String(attempt + 1).padStart(2, '0')}`);
      const rows = fetch.mock.calls.map((call) => (call[1] as { rows: string }).rows);
      if ((await version()) !== after.version) return undefined;
      // Another file's write to a stakeholder would also change the base version.
      if (leavesBase && after.baseVersion !== before.baseVersion) return undefined;
      expect(after.version).not.toBe(before.version);
      if (!leavesBase) expect(after.baseVersion).not.toBe(before.baseVersion);
      return rows;
    };
    const retried = async (write: () => Promise<unknown>, leavesBase: boolean): Promise<string[]> => {
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const rows = await rowsAfter(write, attempt, leavesBase);
        if (rows) return rows;
      }
      throw new Error('another write came between the reads in each of 20 attempts');
    };
    const created: string[] = [];
    try {
      // z (town hall) joins b3 (concert hall): an edge more.
      const partnership = async (): Promise<void> => {
        const response = await api.gql<{ createPartnership: { id: string } }>(
          `mutation ($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`,
          {
            input: {
              name: 'Stadhuis en Concertgebouw',
              kind: 'PROJECT',
              members: [{ stakeholderId: id('z') }, { stakeholderId: id('b3') }],
            },
          },
        );
        expect(response.errors).toBeUndefined();
        created.push(response.data!.createPartnership.id);
      };
      expect(await retried(partnership, true)).toEqual(['partnerships']);
      // However many attempts it took, z and b3 are one pair: Brugge has 8 edges.
      expect((await dashboard('2019-09-01')).edges).toBe(8);
      const rename = async (): Promise<void> => {
        const response = await api.gql(
          `mutation ($id: ID!, $name: String) { updateStakeholder(id: $id, input: { name: $name }) { id } }`,
          { id: id('z'), name: `Stadhuis ${created.length}` },
        );
        expect(response.errors).toBeUndefined();
      };
      expect(await retried(rename, false)).toEqual(['stakeholders', 'partnerships']);
    } finally {
      fetch.mockRestore();
      for (const partnershipId of created)
        await api.gql(`mutation ($id: ID!) { deletePartnership(id: $id) { deletedId } }`, {
          id: partnershipId,
        });
      await api.gql(
        `mutation ($id: ID!) { updateStakeholder(id: $id, input: { name: "Stadhuis" }) { id } }`,
        {
          id: id('z'),
        },
      );
    }
  });

  it('advances the version in an import, and not in a read or a write transaction that changed nothing', async () => {
    const ran: string[] = [];
    const stopTest = testRunner().onQuery((event) => ran.push(event.name));
    const stopApi = api.runner.onQuery((event) => ran.push(event.name));
    try {
      await testRunner().write({ name: 'test/no-change', text: 'MATCH (n:NoSuchLabel) SET n.x = 1' });
      await version();
      expect(ran).toEqual(['test/no-change', 'system/get-graph-version']);

      const before = await version();
      const imported = await api.gql(
        `mutation ($document: JSON!) { importNetwork(document: $document) { stakeholders { created } } }`,
        {
          document: {
            format: 'partnership-graph/v1',
            regions: [],
            communities: [],
            stakeholders: [{ id: id('n1'), name: 'Nieuwe Club', sector: 'SPORT', community: id('brugge') }],
            partnerships: [],
          },
        },
      );
      expect(imported.errors).toBeUndefined();
      expect(ran).toContain('system/advance-graph-version');
      expect(await version()).not.toBe(before);
    } finally {
      stopTest();
      stopApi();
      await testRunner().write(
        { name: 'test/delete-n1', text: 'MATCH (s:Stakeholder {id: $id}) DETACH DELETE s' },
        { id: id('n1') },
      );
    }
  });
});
