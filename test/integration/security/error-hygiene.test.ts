import { Writable } from 'node:stream';
import { SignJWT } from 'jose';
import { pino } from 'pino';
import { Role } from '../../../src/auth/role';
import { startTestServer, TEST_KEYS, waitForReady, type TestServer } from '../../support/test-server';

const SECRET = 'a-test-secret-of-at-least-thirty-two-bytes!';

/** A logger that keeps its JSON lines in memory. */
function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(
        ...chunk
          .toString('utf8')
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as Record<string, unknown>),
      );
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

const rolelessToken = (): Promise<string> =>
  new SignJWT({ sub: 'nobody' })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(SECRET));

describe('error hygiene', () => {
  const logs = memoryLogger();
  let api: TestServer;
  let production: TestServer;
  let development: TestServer;

  beforeAll(async () => {
    api = await startTestServer(undefined, {}, { logger: logs.logger });
    production = await startTestServer(undefined, { NODE_ENV: 'production', JWT_SECRET: SECRET });
    development = await startTestServer(undefined, { NODE_ENV: 'development', JWT_SECRET: SECRET });
    await waitForReady(api.url);
  });

  afterAll(async () => {
    await Promise.all([api, production, development].map((server) => server?.close()));
  });

  it('masks an unexpected error as INTERNAL_SERVER_ERROR and logs it whole with the request id', async () => {
    const system = api.server.services.system;
    const original = system.database.bind(system);
    system.database = () =>
      Promise.reject(new Error('driver exploded running MATCH (s:Stakeholder) RETURN s.secret'));
    try {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `ApiKey ${TEST_KEYS.VIEWER}`,
          'x-request-id': 'req-hygiene-1',
        },
        body: JSON.stringify({ query: '{ serviceInfo { name database { version } } }' }),
      });
      const text = await response.text();
      expect(response.status).toBe(200);
      expect(text).not.toMatch(/MATCH|secret|exploded|at .*\.ts/);
      expect(JSON.parse(text)).toEqual({
        data: null,
        errors: [
          {
            message: 'Internal server error',
            locations: [{ line: 1, column: 22 }],
            path: ['serviceInfo', 'database'],
            extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-hygiene-1' },
          },
        ],
      });
      const line = logs.lines.find((l) => l.requestId === 'req-hygiene-1');
      expect(line).toMatchObject({
        level: 50,
        msg: 'unexpected error while resolving a request',
        requestId: 'req-hygiene-1',
        path: ['serviceInfo', 'database'],
        err: { type: 'Error', message: 'driver exploded running MATCH (s:Stakeholder) RETURN s.secret' },
      });
      expect((line?.err as { stack: string }).stack).toMatch(/error-hygiene\.test\.ts/);
    } finally {
      system.database = original;
    }
  });

  it('keeps field suggestions out of production errors, and in development ones', async () => {
    const asViewer = { as: Role.VIEWER };
    const prod = await production.gql('{ serviceInfo { nam } }', {}, asViewer);
    expect(prod.status).toBe(400);
    expect(prod.errors?.[0]?.message).toBe('Cannot query field "nam" on type "ServiceInfo".');
    const dev = await development.gql('{ serviceInfo { nam } }', {}, asViewer);
    expect(dev.errors?.[0]?.message).toBe(
      'Cannot query field "nam" on type "ServiceInfo". Did you mean "name"?',
    );
  });

  it('sends stack traces only in development', async () => {
    const headers = { authorization: `Bearer ${await rolelessToken()}` };
    const prod = await production.gql('{ serviceInfo { name } }', {}, { as: 'anonymous', headers });
    expect(prod.status).toBe(403);
    expect(prod.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
    const dev = await development.gql('{ serviceInfo { name } }', {}, { as: 'anonymous', headers });
    expect(dev.errors?.[0]?.extensions?.stacktrace).toEqual(
      expect.arrayContaining([expect.stringMatching(/ForbiddenError/)]),
    );
  });

  it('turns introspection off in production unless INTROSPECTION=true, and on elsewhere', async () => {
    const introspect = '{ __schema { queryType { name } } }';
    const prod = await production.gql(introspect, {}, { as: Role.VIEWER });
    expect(prod.status).toBe(400);
    expect(prod.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(prod.errors?.[0]?.message).toMatch(/introspection is not allowed/);
    expect((await api.gql(introspect, {}, { as: Role.VIEWER })).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });

    const opened = await startTestServer(undefined, { NODE_ENV: 'production', INTROSPECTION: 'true' });
    const closed = await startTestServer(undefined, { INTROSPECTION: 'false' });
    try {
      expect((await opened.gql(introspect, {}, { as: Role.VIEWER })).status).toBe(200);
      expect((await closed.gql(introspect, {}, { as: Role.VIEWER })).status).toBe(400);
    } finally {
      await opened.close();
      await closed.close();
    }
  });

  describe("Apollo's CSRF prevention", () => {
    const auth = { authorization: `ApiKey ${TEST_KEYS.VIEWER}` };
    const query = encodeURIComponent('{ serviceInfo { name } }');

    it('refuses a GET without a preflight header', async () => {
      const response = await fetch(`${api.url}/graphql?query=${query}`, { headers: auth });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(
        /This operation has been blocked as a potential Cross-Site Request Forgery/,
      );
    });

    it('answers a GET that carries apollo-require-preflight', async () => {
      const response = await fetch(`${api.url}/graphql?query=${query}`, {
        headers: { ...auth, 'apollo-require-preflight': 'true' },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { serviceInfo: { name: 'partnership-graph' } } });
    });

    it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
      'refuses a POST sent as %s (a "simple" request a browser sends without preflight)',
      async (contentType) => {
        const response = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { ...auth, 'content-type': contentType },
          body: JSON.stringify({ query: '{ serviceInfo { name } }' }),
        });
        expect(response.status).toBe(400);
        expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
      },
    );
  });
});
