import { ensureRunning, outageHandle, restart } from '../support/outage-neo4j';
import { startTestServer, waitForReady, type TestServer } from '../support/test-server';

/**
 * Stops and restarts a Neo4j under a running API: the outage project's private one, so the
 * integration tests keep their database while this one goes down.
 */
describe('when Neo4j goes away and comes back', () => {
  const neo4j = outageHandle();
  const { instance } = neo4j;
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer(neo4j.connection);
    await waitForReady(api.url);
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await ensureRunning(neo4j);
  }, 360_000);

  it('answers /ready 503 and fails GraphQL fields with SERVICE_UNAVAILABLE, then recovers without a restart', async () => {
    await instance.stop();

    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', database: false, schema: true });
    expect((await fetch(`${api.url}/health`)).status).toBe(200);

    const failed = await api.gql('{ serviceInfo { database { version } } }');
    expect(failed.status).toBe(200);
    expect(failed.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(failed.errors?.[0]?.message).toMatch(/database is unavailable/);

    await restart(neo4j);
    await waitForReady(api.url);
    const recovered = await api.gql<{ serviceInfo: { database: { version: string } } }>(
      '{ serviceInfo { database { version } } }',
    );
    expect(recovered.errors).toBeUndefined();
    expect(recovered.data?.serviceInfo.database.version).toMatch(/^5\.26\./);
  }, 600_000);
});
