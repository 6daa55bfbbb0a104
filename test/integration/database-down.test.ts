import { freePort } from '../../src/local-neo4j/local-neo4j';
import { testConnection } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

/** The API pointed at a port where no Neo4j listens: the database is unreachable from the start. */
describe('while Neo4j cannot be reached', () => {
  let api: TestServer;

  beforeAll(async () => {
    const port = await freePort();
    api = await startTestServer({
      ...testConnection(),
      uri: `bolt://127.0.0.1:${port}`,
      connectTimeoutMs: 1_000,
    });
  });

  afterAll(() => api?.close());

  it('answers serviceInfo { name version } without touching the database', async () => {
    const response = await api.gql<{ serviceInfo: { name: string; version: string } }>(
      '{ serviceInfo { name version } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.serviceInfo.name).toBe('partnership-graph');
    expect(response.data?.serviceInfo.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('fails serviceInfo { database } alone with SERVICE_UNAVAILABLE, keeping the fields that need no data', async () => {
    const response = await api.gql('{ serviceInfo { name database { version } } }');
    expect(response.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['serviceInfo', 'database'], 'SERVICE_UNAVAILABLE'],
    ]);
  });

  it('answers /ready 503 naming the database as the cause', async () => {
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', database: false, schema: false });
  });
});
