/**
 * Import throughput: a generated region of 100,000 stakeholders (20 communities × 5,000) and about
 * 500,000 memberships, imported into an empty Neo4j of its own, then imported again (which must create
 * and update nothing). Target: ≥ 25,000 memberships/s, the re-import no slower.
 *
 *   npm run bench:import
 *   BENCH_BATCH_SIZE=2000 BENCH_COMMUNITIES=4 npm run bench:import   (other batch size, smaller region)
 *   BENCH_WARM_UP_ROUNDS=0 npm run bench:import                      (on a cold server)
 */
import 'reflect-metadata';
import { CypherCatalog } from '../src/db/cypher-catalog';
import { SchemaSetup } from '../src/db/schema-setup';
import { generateNetwork } from '../src/generator/generator';
import { countMemberships } from '../src/network-document/network-document';
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

/** Runs an import and notes when each list's last batch finished, for a per-phase breakdown. */
async function timedRun(
  importer: NetworkImporter,
  document: Parameters<NetworkImporter['run']>[0],
  options: { batchSize: number; concurrency: number },
): Promise<{ summary: ImportSummary; phases: string }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const ends = new Map<string, number>();
  const summary = await importer.run(document, {
    ...options,
    onProgress: (p) => void ends.set(p.phase, performance.now() - started),
  });
  let previous = 0;
  const phases = [...ends]
    .map(([phase, end]) => {
      const label = phase === 'regions' ? 'validation and regions' : phase;
      const text = `${label} ${((end - previous) / 1000).toFixed(1)} s`;
      previous = end;
      return text;
    })
    .join(', ');
  const used = process.cpuUsage(cpu);
  return {
    summary,
    phases: `${phases}; this process used ${((used.user + used.system) / 1e6).toFixed(1)} s of CPU`,
  };
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
  // BENCH_WARM_UP_ROUNDS=0 measures the import on a cold server.
  const maxWarmUpRounds = process.env.BENCH_WARM_UP_ROUNDS === '0' ? 0 : envInt('BENCH_WARM_UP_ROUNDS', 12);
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

    // A fresh JVM compiles Neo4j's write path as it goes: its first 20,000 stakeholders import at a
    // fifth of the warm rate, and the rate keeps rising, in steps, for several rounds. Warm it up on
    // separate regions (other ids), as a long-running server would be, until two rounds in a row are
    // not 5 % faster than the best so far; the first round is the cold-start figure.
    let best = 0;
    let flat = 0;
    for (let round = 1; round <= maxWarmUpRounds; round += 1) {
      const warmUp = generateNetwork({
        communities: 4,
        stakeholdersPerCommunity: 5_000,
        seed: round,
        idPrefix: `warmup${round}`,
      });
      const summary = await importer.run(warmUp, { batchSize, concurrency });
      process.stdout.write(`${line(round === 1 ? 'cold start' : `warm-up ${round}`, summary)}\n`);
      const rate = summary.membershipsPerSecond;
      if (rate >= best * 1.05) {
        best = rate;
        flat = 0;
      } else flat += 1;
      if (flat >= 2) break;
    }

    const { summary: first, phases: firstPhases } = await timedRun(importer, document, {
      batchSize,
      concurrency,
    });
    process.stdout.write(`${line('import', first)}\n           ${firstPhases}\n`);
    const { summary: again, phases: againPhases } = await timedRun(importer, document, {
      batchSize,
      concurrency,
    });
    process.stdout.write(`${line('re-import', again)}\n           ${againPhases}\n`);

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
