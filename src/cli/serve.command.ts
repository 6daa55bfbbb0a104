import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { Role } from '../auth/role';
import { loadConfig } from '../config';
import { formatSummary } from '../importer/import-report';
import { seedDemoIfEmpty } from '../generator/demo';
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
        'An empty database is seeded with the demo network (seed/demo.json) unless --no-seed is given; with ' +
        'NODE_ENV=production only when --seed-demo (or SEED_DEMO=true) is given.',
    )
    .option('--no-seed', 'do not load the demo network into an empty database')
    .option('--seed-demo', 'load the demo network into an empty database, also in production')
    .option(
      '--admin',
      'in local mode (no API_KEYS or JWT, loopback only), print an ADMIN key instead of an EDITOR key',
    )
    .action(async (options: { seed: boolean; seedDemo?: boolean; admin?: boolean }) => {
      const config = loadConfig();
      const app = await startApp(config, await resolveNeo4j(config, say), {
        localKeyRole: options.admin ? Role.ADMIN : Role.EDITOR,
      });
      stopOnSignals(app);
      if (shouldSeed(config.seedDemo, options)) await seedIfEmpty(app);
      process.stderr.write(
        serveBanner({
          url: app.server.url,
          localKey: app.localKey,
          dashboardBuilt: existsSync(join(webDir(), 'index.html')),
          pid: process.pid,
        }) + '\n',
      );
    });
}

/** --no-seed always wins; --seed-demo always seeds; otherwise SEED_DEMO (off in production). */
export function shouldSeed(seedDemo: boolean, options: { seed: boolean; seedDemo?: boolean }): boolean {
  if (!options.seed) return false;
  return options.seedDemo === true || seedDemo;
}
