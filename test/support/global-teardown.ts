import { destroyUnlessKept } from './outage-neo4j';

/** Throws away the instance the global setup started (never one given through NEO4J_TEST_URI). */
export default async function globalTeardown(): Promise<void> {
  await destroyUnlessKept(process.env.PG_TEST_NEO4J);
}
