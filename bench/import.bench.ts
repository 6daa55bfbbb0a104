/**
 * Import throughput: a generated region of 100,000 stakeholders (20 communities × 5,000) and about
 * 500,000 memberships, imported into an empty Neo4j of its own, then imported again (which must create
 * and update nothing). Target: ≥ 25,000 memberships/s, the re-import no slower.
 *
 *   npm run bench:import
 *   BENCH_BATCH_SIZE=2000 BENCH_COMMUNITIES=4 npm run bench:import   (other batch size, smaller region)
 */
import 'reflect-metadata';
import { CypherCatalog } from '../src/db/cypher-catalog';
import { SchemaSetup } from '../src/db/schema-setup';
import { generateNetwork } from '../src/importer/generator';
import { countMemberships } from '../src/importer/network-document';
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_CONCURRENCY,
  NetworkImporter,
  type ImportSummary,
} from '../src/importer/network-importer';
import { createLogger } from '../src/logger';
import { cypherDir } from '../src/paths';
import { startBenchNeo4j } from './support/bench-neo4j';

const TARGET_MEMBERSHIPS_PER_SECOND = 25_000;
const envInt = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

function line(label: string, summary: ImportSummary): string {
  const s = (summary.durationMs / 1000).toFixed(1);
  return (
    `${label.padEnd(10)} ${s.padStart(6)} s  ${summary.rowsPerSecond.toLocaleString('en-US').padStart(8)} rows/s  ` +
    `${summary.membershipsPerSecond.toLocaleString('en-US').padStart(8)} memberships/s  ` +
    `created ${summary.stakeholders.created + summary.partnerships.created + summary.memberships.created}, ` +
    `updated ${summary.stakeholders.updated + summary.partnerships.updated + summary.memberships.updated}, ` +
    `unchanged ${summary.stakeholders.unchanged + summary.partnerships.unchanged + summary.memberships.unchanged}`
  );
}

function createdOrUpdated(summary: ImportSummary): number {
  return (['regions', 'communities', 'stakeholders', 'partnerships', 'memberships'] as const).reduce(
    (n, type) => n + summary[type].created + summary[type].updated,
    summary.memberships.removed,
  );
}

async function main(): Promise<void> {
  const communities = envInt('BENCH_COMMUNITIES', 20);
  const stakeholdersPerCommunity = envInt('BENCH_STAKEHOLDERS_PER_COMMUNITY', 5_000);
  const batchSize = envInt('BENCH_BATCH_SIZE', DEFAULT_BATCH_SIZE);
  const concurrency = envInt('BENCH_CONCURRENCY', DEFAULT_CONCURRENCY);
  const document = generateNetwork({ communities, stakeholdersPerCommunity, seed: 1, idPrefix: 'bench' });
  const memberships = countMemberships(document);
  process.stdout.write(
    `generated ${document.stakeholders.length.toLocaleString('en-US')} stakeholders, ` +
      `${document.partnerships.length.toLocaleString('en-US')} partnerships, ` +
      `${memberships.toLocaleString('en-US')} memberships; batch size ${batchSize}, ${concurrency} in flight\n`,
  );

  const neo4j = await startBenchNeo4j();
  let failed = false;
  try {
    const catalog = CypherCatalog.load(cypherDir());
    await new SchemaSetup(neo4j.runner, catalog, createLogger('silent')).apply();
    const importer = new NetworkImporter(neo4j.runner, catalog);

    // A fresh JVM compiles Neo4j's write path as it goes: the first 20,000 stakeholders import at a third
    // of the warm rate. Warm it up on a separate region (other ids), as a long-running server would be.
    for (let round = 1; round <= 2; round += 1) {
      const warmUp = generateNetwork({
        communities: 4,
        stakeholdersPerCommunity: 5_000,
        seed: round,
        idPrefix: `warmup${round}`,
      });
      const summary = await importer.run(warmUp, { batchSize, concurrency });
      process.stdout.write(`${line(`warm-up ${round}`, summary)}\n`);
    }

    const first = await importer.run(document, { batchSize, concurrency });
    process.stdout.write(`${line('import', first)}\n`);
    const again = await importer.run(document, { batchSize, concurrency });
    process.stdout.write(`${line('re-import', again)}\n`);

    const changed = createdOrUpdated(again);
    process.stdout.write(
      `re-import created or updated ${changed} records (must be 0): ${changed === 0 ? 'ok' : 'FAILED'}\n` +
        `first import ${first.membershipsPerSecond >= TARGET_MEMBERSHIPS_PER_SECOND ? 'meets' : 'misses'} the target of ` +
        `${TARGET_MEMBERSHIPS_PER_SECOND.toLocaleString('en-US')} memberships/s; ` +
        `re-import is ${again.durationMs <= first.durationMs ? 'no slower' : 'SLOWER'} (${(first.durationMs / Math.max(again.durationMs, 1)).toFixed(1)}× as fast)\n`,
    );
    failed = changed !== 0;
  } finally {
    await neo4j.close();
  }
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
