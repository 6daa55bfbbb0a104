import {
  attachThrowawayNeo4j,
  type ThrowawayHandle,
  type ThrowawayNeo4j,
} from '../../src/local-neo4j/throwaway';

/**
 * The outage project's private Neo4j, which its files stop and restart in turn. Short driver
 * timeouts, so requests fail fast while it is down. Leave it running in afterAll with
 * `ensureRunning`, so the next file finds it up.
 */
export function outageHandle(): ThrowawayNeo4j {
  const handle = process.env.PG_OUTAGE_NEO4J;
  if (!handle)
    throw new Error('PG_OUTAGE_NEO4J is not set: run outage tests with `npm test` or `npm run test:outage`');
  return attachThrowawayNeo4j(JSON.parse(handle) as ThrowawayHandle, {
    queryTimeoutMs: 10_000,
    connectTimeoutMs: 1_000,
  });
}

/**
 * Starts the outage Neo4j again after a test stopped it. A loaded 2-core machine can take minutes to
 * bring a JVM back, so the deadline is generous: it is a hang detector, not a speed requirement.
 */
export async function restart(neo4j: ThrowawayNeo4j): Promise<void> {
  await neo4j.instance.start(neo4j.options, 300_000);
}

/** Starts the outage Neo4j again if a test left it stopped (a no-op while it runs). */
export const ensureRunning = restart;

/** Global teardown: destroys the throwaway named by a handle, unless PG_KEEP_TEST_NEO4J=1. */
export async function destroyUnlessKept(handle: string | undefined): Promise<void> {
  if (handle && process.env.PG_KEEP_TEST_NEO4J !== '1')
    await attachThrowawayNeo4j(JSON.parse(handle) as ThrowawayHandle).destroy();
}
