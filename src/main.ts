/**
 * The process: config → query runner on the given Neo4j connection → the composition root
 * (src/app.ts) inside the HTTP server. `node dist/src/main.js` needs NEO4J_URI; the CLI's `serve`
 * decides on the local Neo4j first and then starts the same app.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { apiKey } from './auth/api-keys';
import { Role } from './auth/role';
import { assertServable, loadConfig, type Config } from './config';
import { neo4jConnection } from './db/connection';
import { QueryRunner, type ConnectOptions } from './db/query-runner';
import { createLogger, type Logger } from './logger';
import { startServer, type RunningServer } from './server';

export interface App {
  config: Config;
  logger: Logger;
  runner: QueryRunner;
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

export async function startApp(
  given: Config = loadConfig(),
  connection: ConnectOptions = neo4jConnection(given),
  options: StartOptions = {},
): Promise<App> {
  assertServable(given);
  const { config, localKey } = withLocalKey(given, options.localKeyRole ?? Role.EDITOR);
  const logger = createLogger(config.logLevel);
  const runner = QueryRunner.connect(connection);
  runner.onQuery((event) => logger.debug(event, 'query'));
  const server = await startServer({ config, runner, logger });
  return {
    config,
    logger,
    runner,
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
