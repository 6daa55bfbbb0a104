import { loadConfig } from '../config';
import { CypherCatalog } from '../db/cypher-catalog';
import { QueryRunner } from '../db/query-runner';
import { SchemaSetup } from '../db/schema-setup';
import { resolveNeo4j } from '../local-neo4j/connection';
import { createLogger } from '../logger';
import { cypherDir } from '../paths';

export interface Database {
  runner: QueryRunner;
  catalog: CypherCatalog;
}

export const say = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

/**
 * Runs a CLI command's work against the configured Neo4j (NEO4J_URI, or the local one, started if
 * needed) and closes the connection afterwards. A command that writes gets the constraints put in
 * place first; a read-only one (`applySchema: false`) leaves the database's schema alone.
 */
export async function withDatabase<T>(
  work: (db: Database) => Promise<T>,
  { applySchema = true }: { applySchema?: boolean } = {},
): Promise<T> {
  const config = loadConfig();
  const runner = QueryRunner.connect(await resolveNeo4j(config, say));
  const catalog = CypherCatalog.load(cypherDir());
  try {
    if (applySchema) await new SchemaSetup(runner, catalog, createLogger('silent')).apply();
    return await work({ runner, catalog });
  } finally {
    await runner.close();
  }
}

/** commander parser for options that take a whole number ≥ 1. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a whole number of at least 1, got '${value}'`);
  return n;
}

/** commander parser for options that take a whole number ≥ 0. */
export function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`expected a whole number, got '${value}'`);
  return n;
}
