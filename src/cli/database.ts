import { composeApp, type AppParts } from '../app';
import { loadConfig } from '../config';
import { QueryRunner } from '../db/query-runner';
import { resolveNeo4j } from '../local-neo4j/connection';
import { createLogger } from '../logger';

export const say = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

/**
 * Runs a CLI command's work, with the parts of the composition root (src/app.ts), against the configured Neo4j (NEO4J_URI, or the local one, started if
 * needed) and closes the connection afterwards. A command that writes gets the constraints put in
 * place first; a read-only one (`applySchema: false`) leaves the database's schema alone.
 */
export async function withDatabase<T>(
  work: (app: AppParts) => Promise<T>,
  { applySchema = true }: { applySchema?: boolean } = {},
): Promise<T> {
  const config = loadConfig();
  const runner = QueryRunner.connect(await resolveNeo4j(config, say));
  const app = composeApp({ config, runner, logger: createLogger('silent') });
  try {
    if (applySchema) await app.schemaSetup.apply();
    return await work(app);
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
