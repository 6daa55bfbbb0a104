import { Role } from '../../src/auth/role';
import { buildAppSchema } from '../../src/graphql/schema';
import { requiredRoles, rolesBelow, weakestRole } from '../support/mutation-guards';
import { ensureRunning, outageHandle } from '../support/outage-neo4j';
import { probeOperation, type ProbeOperation } from '../support/schema-operations';
import { testCatalog } from '../support/test-catalog';
import { startTestServer, waitForReady, type TestServer } from '../support/test-server';

/**
 * Every mutation in the schema, under every role below the one it needs and anonymously: refused
 * with UNAUTHENTICATED or FORBIDDEN, and the database unchanged. The mutations and their arguments
 * come from the built schema and type-graphql's metadata, so mutations added later are covered.
 * On the outage project's private Neo4j, which no other file writes to while this one runs, so
 * "unchanged" can be checked node by node.
 */
const PROBE = { id: 'probe-authz', text: 'probe-authz text' };
const AUTH_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

describe('every mutation under every role', () => {
  const neo4j = outageHandle();
  let api: TestServer;
  let openReads: TestServer;
  let mutations: ProbeOperation[];
  const catalog = testCatalog();

  const snapshot = (): Promise<unknown[]> => api.runner.read(catalog.require('snapshot-graph'));
  const seed = (): Promise<unknown[]> =>
    api.runner.write(catalog.require('seed-probe-entities'), { id: PROBE.id });

  beforeAll(async () => {
    api = await startTestServer(neo4j.connection);
    openReads = await startTestServer(neo4j.connection, { ANONYMOUS_READ: 'true' });
    await waitForReady(api.url);
    const mutationType = (await buildAppSchema()).getMutationType();
    mutations = Object.values(mutationType?.getFields() ?? {}).map((field) =>
      probeOperation('mutation', field, PROBE),
    );
  }, 120_000);

  afterAll(async () => {
    await openReads?.close();
    await api?.close();
    await ensureRunning(neo4j);
  });

  it('guards every mutation with @Authorized naming EDITOR or ADMIN', () => {
    const unguarded = mutations
      .map(({ field }) => ({ field, roles: requiredRoles(field) }))
      .filter(({ roles }) => roles === null || roles.length === 0 || roles.includes(Role.VIEWER));
    expect(unguarded).toEqual([]);
  });

  it('refuses each mutation to anonymous callers and lower roles, and writes nothing', async () => {
    const problems: string[] = [];
    for (const operation of mutations) {
      // An unguarded mutation is held to EDITOR here, so VIEWER getting through shows up as well.
      const needed = weakestRole(requiredRoles(operation.field) ?? [Role.EDITOR]);
      await seed();
      const before = await snapshot();

      const callers: { as: Role | 'anonymous'; server: TestServer; code: string; status: number }[] = [
        { as: 'anonymous', server: api, code: 'UNAUTHENTICATED', status: 401 },
        // Anonymous reads allowed must not mean anonymous writes.
        { as: 'anonymous', server: openReads, code: 'UNAUTHENTICATED', status: 401 },
        ...rolesBelow(needed).map((role) => ({ as: role, server: api, code: 'FORBIDDEN', status: 200 })),
      ];
      for (const caller of callers) {
        const response = await caller.server.gql(operation.query, operation.variables, { as: caller.as });
        const codes = (response.errors ?? []).map((e) => e.extensions?.code);
        const refused =
          response.status === caller.status &&
          codes.length > 0 &&
          codes.every((code) => code === caller.code) &&
          (response.data ?? null) === null;
        if (!refused) {
          problems.push(
            `${operation.field} as ${caller.as}${caller.server === openReads ? ' (ANONYMOUS_READ)' : ''}: ` +
              `expected ${caller.code} (${caller.status}), got ${response.status} ${JSON.stringify(response.errors ?? response.data)}`,
          );
        }
      }
      expect({ field: operation.field, graph: await snapshot() }).toEqual({
        field: operation.field,
        graph: before,
      });

      // The role it needs gets past authorization (whatever the probe values then lead to).
      const allowed = await api.gql(operation.query, operation.variables, { as: needed });
      const authErrors = (allowed.errors ?? []).filter((e) => AUTH_CODES.has(String(e.extensions?.code)));
      if (allowed.status >= 500 || authErrors.length > 0) {
        problems.push(`${operation.field} as ${needed}: refused with ${JSON.stringify(allowed.errors)}`);
      }
    }
    expect(problems).toEqual([]);
    process.stderr.write(
      `authz: ${mutations.length} mutations checked under every lower role and anonymously\n`,
    );
  });

  it('refuses every operation to anonymous callers when anonymous reads are off', async () => {
    const response = await api.gql('{ serviceInfo { name } }', {}, { as: 'anonymous' });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.message).toMatch(/needs an API key or a bearer token/);
    expect(response.data).toBeUndefined();
  });

  it('lets anonymous callers read when ANONYMOUS_READ=true', async () => {
    const response = await openReads.gql<{ serviceInfo: { name: string } }>(
      '{ serviceInfo { name } }',
      {},
      {
        as: 'anonymous',
      },
    );
    expect(response.status).toBe(200);
    expect(response.data?.serviceInfo.name).toBe('partnership-graph');
  });

  it('lets every role read', async () => {
    for (const role of Object.values(Role)) {
      const response = await api.gql<{ serviceInfo: { name: string } }>(
        '{ serviceInfo { name } }',
        {},
        { as: role },
      );
      expect(response.data?.serviceInfo.name).toBe('partnership-graph');
    }
  });
});
