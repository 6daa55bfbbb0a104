import { loadConfig } from '../../src/config';
import { CypherCatalog } from '../../src/db/cypher-catalog';
import { SchemaSetup } from '../../src/db/schema-setup';
import { generateNetwork } from '../../src/generator/generator';
import { NetworkImporter } from '../../src/importer/network-importer';
import { createLogger } from '../../src/logger';
import { cypherDir } from '../../src/paths';
import { startServer } from '../../src/server';
import { ensureWebBuilt, launch, type Browser } from '../../test/browser/browser';
import { startBenchNeo4j } from './bench-neo4j';

export interface ServedCommunity {
  /** The server's base URL (anonymous reads, no rate limit). */
  url: string;
  /** The generated community's id. */
  community: string;
  browser: Browser;
}

/**
 * A generated community of `stakeholders` in a throwaway Neo4j, served by the real server with
 * anonymous reads, and Chromium to look at it: `use` runs with them, then all three are stopped.
 * The browser benches (the dashboard's network, the printable report) start from here.
 */
export async function withServedCommunity<T>(
  options: { stakeholders: number; idPrefix: string },
  use: (served: ServedCommunity) => Promise<T>,
): Promise<T> {
  ensureWebBuilt();
  const neo = await startBenchNeo4j();
  const catalog = CypherCatalog.load(cypherDir());
  const logger = createLogger('silent');
  try {
    await new SchemaSetup(neo.runner, catalog, logger).apply();
    const doc = generateNetwork({
      communities: 1,
      stakeholdersPerCommunity: options.stakeholders,
      seed: 2_000,
      idPrefix: options.idPrefix,
    });
    await new NetworkImporter(neo.runner, catalog).run(doc);
    const config = loadConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      ANONYMOUS_READ: 'true',
      RATE_LIMIT_MAX: '0',
    });
    const server = await startServer({ config, runner: neo.runner, catalog, logger });
    const browser = await launch();
    try {
      return await use({ url: server.url, community: doc.communities[0]!.id, browser });
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await neo.close();
  }
}
