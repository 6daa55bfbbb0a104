import { Role } from '../../../src/auth/role';
import { NETWORK_FORMAT } from '../../../src/network-document/network-document';
import { failingRunner } from '../../support/failing-runner';
import { startTestServer, type TestServer } from '../../support/test-server';
import { uniqueId } from '../../support/test-database';

const prefix = uniqueId('mut');
const id = (name: string): string => `${prefix}-${name}`;

/** A region, a community, a school and a sport club, and one project between them. */
const document = {
  format: NETWORK_FORMAT,
  regions: [{ id: id('r'), name: 'Friuli', country: 'IT' }],
  communities: [{ id: id('c'), name: 'Udine', country: 'IT', kind: 'CITY', region: id('r') }],
  stakeholders: [
    { id: id('school'), name: 'Udine Primary School', sector: 'EDUCATION', community: id('c') },
    { id: id('club'), name: 'Udine Volley Club', sector: 'SPORT', community: id('c') },
  ],
  partnerships: [
    {
      id: id('p'),
      name: 'Sport at school',
      kind: 'PROJECT',
      startedOn: '2022-09-01',
      members: [
        { stakeholder: id('school'), role: 'LEAD' },
        { stakeholder: id('club'), role: 'PARTNER' },
      ],
    },
  ],
};

const IMPORT = `mutation Import($document: JSON!, $dryRun: Boolean) {
  importNetwork(document: $document, dryRun: $dryRun) {
    dryRun
    regions { created updated unchanged }
    stakeholders { created updated unchanged }
    partnerships { created updated unchanged }
    memberships { created updated unchanged removed }
    rows
  }
}`;

interface Result {
  importNetwork: {
    dryRun: boolean;
    regions: Record<string, number>;
    stakeholders: Record<string, number>;
    partnerships: Record<string, number>;
    memberships: Record<string, number>;
    rows: number;
  };
}

describe('importNetwork mutation', () => {
  let api: TestServer;
  const stored = async (): Promise<number> => {
    const [row] = await api.runner.read<{ n: number }>(
      { name: 'test/count-prefixed', text: 'MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n' },
      { prefix },
    );
    return row!.n;
  };

  beforeAll(async () => {
    api = await startTestServer();
  });

  afterAll(async () => {
    await api.runner.write(
      { name: 'test/cleanup-prefixed', text: 'MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n' },
      { prefix },
    );
    await api.close();
  });

  it('is refused to viewers', async () => {
    const response = await api.gql(IMPORT, { document }, { as: Role.VIEWER });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stored()).toBe(0);
  });

  it('reports what a dry run would create and writes nothing', async () => {
    const response = await api.gql<Result>(IMPORT, { document, dryRun: true }, { as: Role.EDITOR });
    expect(response.errors).toBeUndefined();
    expect(response.data?.importNetwork).toMatchObject({
      dryRun: true,
      regions: { created: 1, updated: 0, unchanged: 0 },
      stakeholders: { created: 2, updated: 0, unchanged: 0 },
      memberships: { created: 2, updated: 0, unchanged: 0, removed: 0 },
      rows: 7,
    });
    expect(await stored()).toBe(0);
  });

  it('imports for editors, then finds everything unchanged', async () => {
    const first = await api.gql<Result>(IMPORT, { document }, { as: Role.EDITOR });
    expect(first.errors).toBeUndefined();
    expect(first.data?.importNetwork.partnerships).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await stored()).toBe(5);
    const second = await api.gql<Result>(IMPORT, { document }, { as: Role.EDITOR });
    expect(second.errors).toBeUndefined();
    expect(second.data?.importNetwork.partnerships).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(second.data?.importNetwork.memberships).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
      removed: 0,
    });
  });

  it('fails with BAD_USER_INPUT listing every problem with its JSON path, and writes nothing', async () => {
    const broken = structuredClone(document);
    broken.stakeholders.push({ id: id('bank'), name: '', sector: 'BANK', community: id('c') });
    broken.partnerships[0]!.members[1]!.stakeholder = id('nobody');
    broken.partnerships[0]!.startedOn = '2022-13-01';
    const response = await api.gql(IMPORT, { document: broken }, { as: Role.EDITOR });
    expect(response.data?.importNetwork ?? null).toBeNull();
    const error = response.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = error?.extensions?.problems as { code: string; location: string }[];
    expect(problems.map((p) => [p.code, p.location])).toEqual([
      ['EMPTY_NAME', '$.stakeholders[2].name'],
      ['BAD_ENUM', '$.stakeholders[2].sector'],
      ['BAD_DATE', '$.partnerships[0].startedOn'],
      ['UNKNOWN_REFERENCE', '$.partnerships[0].members[1].stakeholder'],
    ]);
    const [row] = await api.runner.read<{ n: number }>(
      { name: 'test/count-bank', text: 'MATCH (s:Stakeholder {id: $id}) RETURN count(s) AS n' },
      { id: id('bank') },
    );
    expect(row!.n).toBe(0);
  });
});

describe('importNetwork when Neo4j fails halfway', () => {
  const other = uniqueId('mut');
  const moved = JSON.parse(JSON.stringify(document).replaceAll(prefix, other)) as typeof document;
  let failing: TestServer;
  let api: TestServer;

  beforeAll(async () => {
    // The third write transaction (the stakeholders, after the region and the community) fails.
    failing = await startTestServer(undefined, {}, { wrapRunner: (runner) => failingRunner(runner, 3) });
    api = await startTestServer();
  });

  afterAll(async () => {
    await api.runner.write(
      { name: 'test/cleanup-prefixed', text: 'MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n' },
      { prefix: other },
    );
    await failing.close();
    await api.close();
  });

  it('answers SERVICE_UNAVAILABLE saying what was written, and the same import again completes it', async () => {
    const response = await failing.gql(IMPORT, { document: moved }, { as: Role.EDITOR });
    expect(response.data?.importNetwork ?? null).toBeNull();
    const error = response.errors?.[0];
    expect(error?.extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      written: { phase: 'stakeholders', batches: 2, rows: 2, rowsTotal: 7, dryRun: false },
    });
    expect(error?.message).toMatch(
      /^the import stopped while writing stakeholders after 2 batches in all \(at least 2 of 7 rows written\): Neo4j is not reachable\./,
    );

    const again = await api.gql<Result>(IMPORT, { document: moved }, { as: Role.EDITOR });
    expect(again.data?.importNetwork.regions).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(again.data?.importNetwork.stakeholders).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(again.data?.importNetwork.partnerships).toEqual({ created: 1, updated: 0, unchanged: 0 });
  });
});
