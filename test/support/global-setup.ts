import 'reflect-metadata';
import { QueryRunner } from '../../src/db/query-runner';
import { freePort, LocalNeo4j } from '../../src/local-neo4j/local-neo4j';
import { neo4jRoot } from '../../src/paths';
import { claimTestDatabase, testConnection } from './test-database';

/**
 * Starts a throwaway Neo4j for this run (own data directory and port), unless NEO4J_TEST_URI names one,
 * and claims it as a test database. Workers inherit the connection through the environment.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `test-${Date.now().toString(36)}-${process.pid}`;
  if (!process.env.NEO4J_TEST_URI) {
    const log = (message: string): void => void process.stderr.write(`[neo4j] ${message}\n`);
    const instance = new LocalNeo4j(neo4jRoot(), log).instance(runId);
    const port = await freePort();
    await instance.start({
      port,
      heap: process.env.NEO4J_TEST_HEAP ?? '768m',
      pageCache: process.env.NEO4J_TEST_PAGECACHE ?? '256m',
    });
    process.env.NEO4J_TEST_URI = `bolt://127.0.0.1:${port}`;
    process.env.NEO4J_TEST_USERNAME = 'neo4j';
    process.env.NEO4J_TEST_PASSWORD = instance.password();
    process.env.PG_TEST_INSTANCE = runId;
  }
  const runner = QueryRunner.connect(testConnection());
  try {
    await claimTestDatabase(runner, runId);
  } finally {
    await runner.close();
  }
}
