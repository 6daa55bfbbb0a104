import { LocalNeo4j } from '../../src/local-neo4j/local-neo4j';
import { neo4jRoot } from '../../src/paths';

/** Throws away the instance the global setup started (never one given through NEO4J_TEST_URI). */
export default async function globalTeardown(): Promise<void> {
  const name = process.env.PG_TEST_INSTANCE;
  if (name && process.env.PG_KEEP_TEST_NEO4J !== '1')
    await new LocalNeo4j(neo4jRoot()).instance(name).destroy();
}
