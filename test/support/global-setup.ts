import 'reflect-metadata';
import { QueryRunner } from '../../src/db/query-runner';
import { handleOf, startThrowawayNeo4j } from '../../src/local-neo4j/throwaway';
import { claimTestDatabase, testConnection } from './test-database';

const log = (message: string): void => void process.stderr.write(`[neo4j] ${message}\n`);

/**
 * The integration project's Neo4j: a throwaway one for this run, unless NEO4J_TEST_URI names one,
 * claimed as a test database. Workers inherit the connection through the environment.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `test-${Date.now().toString(36)}-${process.pid}`;
  if (!process.env.NEO4J_TEST_URI) {
    const neo4j = await startThrowawayNeo4j({
      purpose: 'test',
      heap: process.env.NEO4J_TEST_HEAP ?? '768m',
      pageCache: process.env.NEO4J_TEST_PAGECACHE ?? '256m',
      log,
    });
    process.env.NEO4J_TEST_URI = neo4j.connection.uri;
    process.env.NEO4J_TEST_USERNAME = neo4j.connection.username;
    process.env.NEO4J_TEST_PASSWORD = neo4j.connection.password;
    process.env.PG_TEST_NEO4J = JSON.stringify(handleOf(neo4j));
  }
  const runner = QueryRunner.connect(testConnection());
  try {
    await claimTestDatabase(runner, runId);
  } finally {
    await runner.close();
  }
}
