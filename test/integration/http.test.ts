import { startTestServer, waitForReady, type TestServer } from '../support/test-server';

describe('the HTTP endpoints', () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer();
    await waitForReady(api.url);
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers a GraphQL query over HTTP with data read from the real Neo4j', async () => {
    const response = await api.gql<{
      serviceInfo: { name: string; database: { version: string; edition: string } };
    }>('{ serviceInfo { name database { version edition } } }');
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data?.serviceInfo.name).toBe('partnership-graph');
    expect(response.data?.serviceInfo.database.version).toMatch(/^5\.26\./);
    expect(response.data?.serviceInfo.database.edition).toBe('community');
  });

  it('reports health and readiness once the schema is applied', async () => {
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: true, schema: true });
  });

  it('echoes a well-formed x-request-id and invents one otherwise', async () => {
    const given = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'dash-42' },
      body: JSON.stringify({ query: '{ serviceInfo { name } }' }),
    });
    expect(given.headers.get('x-request-id')).toBe('dash-42');
    const invented = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'bad id with spaces' },
      body: JSON.stringify({ query: '{ serviceInfo { name } }' }),
    });
    expect(invented.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects a query against an unknown field with a validation error, not a 5xx', async () => {
    const response = await api.gql('{ nope }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
