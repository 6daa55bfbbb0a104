import { getIntrospectionQuery } from 'graphql';
import { Role } from '../../../src/auth/role';
import { startTestServer, TEST_KEYS, waitForReady, type TestServer } from '../../support/test-server';

/** Over any limit: a 4xx with a code and a message naming the limit, never a 5xx. */
describe('limits', () => {
  let api: TestServer;
  let tight: TestServer;
  let fewObjects: TestServer;

  beforeAll(async () => {
    api = await startTestServer();
    tight = await startTestServer(undefined, {
      GRAPHQL_MAX_DEPTH: '2',
      HTTP_BODY_LIMIT: '2kb',
      RATE_LIMIT_MAX: '3',
      RATE_LIMIT_WINDOW_MS: '60000',
    });
    fewObjects = await startTestServer(undefined, { GRAPHQL_MAX_OBJECTS: '6' });
    await waitForReady(api.url);
  });

  afterAll(async () => {
    await tight?.close();
    await fewObjects?.close();
    await api?.close();
  });

  const post = (server: TestServer, body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `ApiKey ${TEST_KEYS.ADMIN}`, ...headers },
      body,
    });

  it('accepts a full introspection query under the default limits (tools like GraphiQL need it)', async () => {
    const response = await api.gql<{ __schema: { types: unknown[] } }>(getIntrospectionQuery());
    expect(response.status).toBe(200);
    expect(response.data?.__schema.types.length).toBeGreaterThan(5);
  });

  it('refuses an operation deeper than GRAPHQL_MAX_DEPTH with 400', async () => {
    const response = await tight.gql('{ serviceInfo { database { version } } }');
    expect(response.status).toBe(400);
    expect(response.errors?.map((e) => e.extensions?.code)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.map((e) => e.message)).toContain('Query depth limit of 2 exceeded, found 3.');
  });

  it('refuses an operation that could produce more than GRAPHQL_MAX_OBJECTS objects with 400, literal or variable', async () => {
    // first: 7 makes 7 objects (one per item asked for) over a limit of 6.
    const message =
      'the operation could produce up to 7 objects, more than the limit of 6 (GRAPHQL_MAX_OBJECTS); ask for fewer items with `first` or fewer nested lists';
    const literal = await fewObjects.gql('{ regions(first: 7) { totalCount } }');
    expect(literal.status).toBe(400);
    expect(literal.errors?.[0]?.message).toBe(message);
    expect(literal.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 6,
      estimate: 7,
    });
    const variable = await fewObjects.gql('query($n: Int!) { regions(first: $n) { totalCount } }', { n: 7 });
    expect(variable.status).toBe(400);
    expect(variable.errors?.[0]?.message).toBe(message);
    // 6 objects: within the limit.
    expect((await fewObjects.gql('{ regions(first: 6) { totalCount } }')).status).toBe(200);
  });

  it('refuses more than 30 aliases with 400', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: serviceInfo { name }`).join(' ');
    const response = await api.gql(`{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toBe('Aliases limit of 30 exceeded, found 31.');
    const thirty = Array.from({ length: 30 }, (_, i) => `a${i}: serviceInfo { name }`).join(' ');
    expect((await api.gql(`{ ${thirty} }`)).status).toBe(200);
  });

  it('refuses more than 50 directives with 400', async () => {
    const directives = Array.from({ length: 51 }, () => '@include(if: true)').join(' ');
    const response = await api.gql(`{ serviceInfo ${directives} { name } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toBe('Directives limit of 50 exceeded, found 51.');
  });

  it('refuses a document of more than 5000 tokens with 400 before validating it', async () => {
    const fields = Array.from({ length: 5100 }, () => '__typename').join(' ');
    const response = await api.gql(`{ serviceInfo { ${fields} } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/contains more tha[nt] 5000 tokens/); // graphql-js spells it "more that";
  });

  it('refuses a body over HTTP_BODY_LIMIT with 413 and a JSON error', async () => {
    const response = await post(
      tight,
      JSON.stringify({ query: `{ serviceInfo { name } } #${'x'.repeat(3000)}` }),
    );
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({
      errors: [
        {
          message:
            'the request body is larger than 2048 bytes (HTTP_BODY_LIMIT); send a smaller document or split it',
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
  });

  it('refuses a body that is not JSON with 400 and a JSON error', async () => {
    const response = await post(api, '{"query": "{ serviceInfo { name } }"');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('limits each client to RATE_LIMIT_MAX requests per window with 429, counting clients apart', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1)
      statuses.push((await tight.gql('{ serviceInfo { name } }', {}, { as: Role.VIEWER })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);

    const limited = await tight.gql('{ serviceInfo { name } }', {}, { as: Role.VIEWER });
    expect(limited.status).toBe(429);
    expect(limited.errors?.[0]).toEqual({
      message: 'too many requests: at most 3 per 60 s per client; retry later',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 60 },
    });
    // Another key has a budget of its own.
    expect((await tight.gql('{ serviceInfo { name } }', {}, { as: Role.EDITOR })).status).toBe(200);
  });

  it('counts failed credentials against the caller address, so keys cannot be guessed without limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const response = await tight.gql(
        '{ serviceInfo { name } }',
        {},
        {
          as: 'anonymous',
          headers: { authorization: `ApiKey guess-${i}-0123456789abcdef` },
        },
      );
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
