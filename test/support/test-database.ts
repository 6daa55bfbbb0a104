import { QueryRunner, type ConnectOptions } from '../../src/db/query-runner';
import { testCatalog } from './test-catalog';

/** Set by the global setup for every test worker. */
export function testConnection(): ConnectOptions {
  const uri = process.env.NEO4J_TEST_URI;
  const password = process.env.NEO4J_TEST_PASSWORD;
  if (!uri || !password)
    throw new Error('NEO4J_TEST_URI and NEO4J_TEST_PASSWORD are not set: run the tests with `npm test`');
  return {
    uri,
    username: process.env.NEO4J_TEST_USERNAME ?? 'neo4j',
    password,
    database: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
    queryTimeoutMs: 30_000,
    connectTimeoutMs: 5_000,
  };
}

export class NotATestDatabaseError extends Error {}

/**
 * The suite's guard: a database it created itself is empty and gets marked; any other database must
 * already carry the marker. A database with data and no marker is never written to.
 */
export async function claimTestDatabase(runner: QueryRunner, runId: string): Promise<void> {
  const catalog = testCatalog();
  const [state] = await runner.read<{ marked: boolean; nodes: number }>(
    catalog.require('inspect-test-database'),
  );
  if (!state?.marked && (state?.nodes ?? 0) > 0) {
    throw new NotATestDatabaseError(
      `refusing to run tests: the database at ${process.env.NEO4J_TEST_URI ?? 'the given URI'} holds ${state?.nodes} nodes ` +
        'and is not marked as a test database. Point NEO4J_TEST_URI at an empty database, or unset it to let the suite start its own.',
    );
  }
  await runner.write(catalog.require('mark-test-database'), { runId });
}

let shared: QueryRunner | null = null;

/** One runner per test file, closed by `closeTestRunner` in afterAll. */
export function testRunner(): QueryRunner {
  shared ??= QueryRunner.connect(testConnection());
  return shared;
}

export async function closeTestRunner(): Promise<void> {
  await shared?.close();
  shared = null;
}

let counter = 0;
/** Ids unique to this test run and file, so tests never see each other's data. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid.toString(36)}-${Date.now().toString(36)}-${counter}`;
}
