import 'reflect-metadata';
import { QueryRunner } from '../../src/db/query-runner';
import { handleOf, startThrowawayNeo4j } from '../../src/local-neo4j/throwaway';
import { claimTestDatabase } from './test-database';

const log = (message: string): void => void process.stderr.write(`[neo4j outage] ${message}\n`);

/**
 * The outage project's one private Neo4j, shared by its files in turn (they stop and restart it, or
 * need a database nobody else writes to). Always a throwaway: nothing given from outside is stopped.
 */
export default async function outageGlobalSetup(): Promise<void> {
  const neo4j = await startThrowawayNeo4j({ purpose: 'outage', heap: '512m', pageCache: '128m', log });
  process.env.PG_OUTAGE_NEO4J = JSON.stringify(handleOf(neo4j));
  const runner = QueryRunner.connect(neo4j.connection);
  try {
    await claimTestDatabase(runner, neo4j.instance.name);
  } finally {
    await runner.close();
  }
}
