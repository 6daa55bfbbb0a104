import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../config';
import { formatSummary } from '../importer/import-report';
import { seedDemoIfEmpty } from '../importer/demo';
import { resolveNeo4j } from '../local-neo4j/connection';
import { startApp, stopOnSignals, type App } from '../main';
import { say } from './database';
import { webDir } from '../paths';
import { serveBanner } from './banner';

/** An empty database gets the demo network, so a first `npm run serve` has something to show. */
async function seedIfEmpty(app: App): Promise<void> {
  try {
    const { services, schemaSetup } = app.server.app;
    const summary = await seedDemoIfEmpty({ ...services, ensureSchema: () => schemaSetup.whenApplied() });
    if (summary === null) return;
    process.stderr.write(
      `The database was empty: loaded the demo network (seed/demo.json).\n${formatSummary(summary)}\n`,
    );
  } catch (error) {
    app.logger.warn({ err: error }, 'could not load the demo network into the empty database');
  }
}

export function serveCommand(): Command {
  return new Command('serve')
    .description(
      'Serve the dashboard (/), the GraphQL IDE and API (/graphql) on HOST:PORT (default http://127.0.0.1:4000). Without NEO4J_URI it starts the local Neo4j first. ' +
        'An empty database is seeded with the demo network (seed/demo.json) unless --no-seed is given.',
    )
    .option('--no-seed', 'do not load the demo network into an empty database')
    .action(async (options: { seed: boolean }) => {
      const config = loadConfig();
      const app = await startApp(config, await resolveNeo4j(config, say));
      stopOnSignals(app);
      if (options.seed) await seedIfEmpty(app);
      process.stderr.write(
        serveBanner({
          url: app.server.url,
          localEditorKey: app.localEditorKey,
          dashboardBuilt: existsSync(join(webDir(), 'index.html')),
          pid: process.pid,
        }) + '\n',
      );
    });
}
