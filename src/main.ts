/**
 * Composition root: config → Neo4j connection → query runner → services → schema → server.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { apiKey } from './auth/api-keys';
import { Role } from './auth/role';
import { assertServable, loadConfig, type Config } from './config';
import { CypherCatalog } from './db/cypher-catalog';
import { QueryRunner } from './db/query-runner';
import { resolveNeo4j } from './local-neo4j/connection';
import { createLogger, type Logger } from './logger';
import { cypherDir } from './paths';
import { startServer, type RunningServer } from './server';

export interface App {
  config: Config;
  logger: Logger;
  runner: QueryRunner;
  catalog: CypherCatalog;
  server: RunningServer;
  /** The key generated for the loopback-only local mode (config.auth.generateLocalKey), else null. */
  localKey: { key: string; role: Role } | null;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Role of the key generated in local mode: EDITOR unless `serve --admin` asks for ADMIN. */
  localKeyRole?: Role;
}

/** Adds a fresh key (EDITOR by default), valid for this process only, when the local mode asks for one. */
function withLocalKey(config: Config, role: Role): { config: Config; localKey: App['localKey'] } {
  if (!config.auth.generateLocalKey) return { config, localKey: null };
  const key = randomBytes(24).toString('base64url');
  const apiKeys = [...config.auth.apiKeys, apiKey('local', role, key)];
  return { config: { ...config, auth: { ...config.auth, apiKeys } }, localKey: { key, role } };
}

export async function startApp(given: Config = loadConfig(), options: StartOptions = {}): Promise<App> {
  assertServable(given);
  const { config, localKey } = withLocalKey(given, options.localKeyRole ?? Role.EDITOR);
  const logger = createLogger(config.logLevel);
  const catalog = CypherCatalog.load(cypherDir());
  const connection = await resolveNeo4j(config, (message) => logger.info(message));
  const runner = QueryRunner.connect(connection);
  runner.onQuery((event) => logger.debug(event, 'query'));
  const server = await startServer({ config, runner, catalog, logger });
  return {
    config,
    logger,
    runner,
    catalog,
    server,
    localKey,
    stop: async () => {
      await server.close();
      await runner.close();
    },
  };
}

/** Drain HTTP, then close the driver, on SIGTERM or SIGINT; a second signal exits at once. */
export function stopOnSignals(app: App): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(1);
    stopping = true;
    app.logger.info({ signal }, 'shutting down');
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        app.logger.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

if (require.main === module) {
  startApp().then(stopOnSignals, (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
