/**
 * Composition root: config → Neo4j connection → query runner → services → schema → server.
 */
import 'reflect-metadata';
import { loadConfig, type Config } from './config';
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
  stop(): Promise<void>;
}

export async function startApp(config: Config = loadConfig()): Promise<App> {
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
