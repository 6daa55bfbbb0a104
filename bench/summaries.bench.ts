/**
 * What the summaries cost beside the list they summarise, on one Neo4j with a generated region of
 * 10 communities × 1,000 stakeholders (about 30,000 memberships): through the services, interleaved
 * (round-robin, so drift on a shared machine hits all alike), p50/p95 of the database round trip.
 *
 *   total only      summarize with no groups: what a list's totalCount runs
 *   one group       bySector (stakeholders) / byKind (partnerships)
 *   every group     bySector + byCommunity + byType / byKind + byYear + byCommunity + bySector
 *   page of 100     the list's first page, for scale
 *
 * Each filtered by the whole region (regionIds) and, second, by two communities with a list filter.
 *
 *   npm run bench:summaries        BENCH_ITERATIONS=100 BENCH_STAKEHOLDERS=20000 npm run bench:summaries
 */
import 'reflect-metadata';
import { CypherCatalog } from '../src/db/cypher-catalog';
import { SchemaSetup } from '../src/db/schema-setup';
import { PartnershipKind, Sector } from '../src/domain/enums';
import { generateNetwork } from '../src/generator/generator';
import { NetworkImporter } from '../src/importer/network-importer';
import { createLogger } from '../src/logger';
import { countMemberships } from '../src/network-document/network-document';
import { PartnershipService } from '../src/partnerships/partnership.service';
import { PartnershipOrder } from '../src/partnerships/partnership.input';
import { cypherDir } from '../src/paths';
import { StakeholderService } from '../src/stakeholders/stakeholder.service';
import { percentiles, startBenchNeo4j } from './support/bench-neo4j';

const STAKEHOLDERS = Number(process.env.BENCH_STAKEHOLDERS ?? 10_000);
const COMMUNITIES = 10;
const WARMUP = Number(process.env.BENCH_WARMUP ?? 10);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 50);

const NONE = { bySector: false, byCommunity: false, byType: false };
const NO_KINDS = { byKind: false, byYear: false, byCommunity: false, bySector: false };
const PAGE = { first: 100, after: null, order: 'NAME_ASC', withTotal: false };

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function main(): Promise<void> {
  const neo4j = await startBenchNeo4j();
  const catalog = CypherCatalog.load(cypherDir());
  try {
    await new SchemaSetup(neo4j.runner, catalog, createLogger('silent')).apply();
    const network = generateNetwork({
      communities: COMMUNITIES,
      stakeholdersPerCommunity: Math.round(STAKEHOLDERS / COMMUNITIES),
      seed: 42,
      idPrefix: 'bench',
    });
    await new NetworkImporter(neo4j.runner, catalog).run(network);
    process.stdout.write(
      `loaded ${network.stakeholders.length} stakeholders in ${COMMUNITIES} communities, ` +
        `${network.partnerships.length} partnerships, ${countMemberships(network)} memberships\n`,
    );
    const stakeholders = new StakeholderService(neo4j.runner, catalog);
    const partnerships = new PartnershipService(neo4j.runner, catalog);
    const region = { regionIds: [network.regions[0]!.id] };
    const two = {
      communityIds: network.communities.slice(0, 2).map((c) => c.id),
      sectors: [Sector.EDUCATION, Sector.PRIVATE, Sector.FINANCIAL],
    };
    const twoKinds = {
      communityIds: two.communityIds,
      kinds: [PartnershipKind.PROJECT, PartnershipKind.CONSORTIUM],
    };

    const cases: [string, () => Promise<unknown>][] = [];
    for (const [scope, s, p] of [
      ['region', region, region],
      ['2 communities', two, twoKinds],
    ] as const) {
      cases.push(
        [`stakeholders ${scope}: total only`, () => stakeholders.summarize(s, NONE)],
        [`stakeholders ${scope}: bySector`, () => stakeholders.summarize(s, { ...NONE, bySector: true })],
        [
          `stakeholders ${scope}: every group`,
          () => stakeholders.summarize(s, { bySector: true, byCommunity: true, byType: true }),
        ],
        [`stakeholders ${scope}: page of 100`, () => stakeholders.list(s, PAGE)],
        [`partnerships ${scope}: total only`, () => partnerships.summarize(p, NO_KINDS)],
        [`partnerships ${scope}: byKind`, () => partnerships.summarize(p, { ...NO_KINDS, byKind: true })],
        [
          `partnerships ${scope}: every group`,
          () => partnerships.summarize(p, { byKind: true, byYear: true, byCommunity: true, bySector: true }),
        ],
        [`partnerships ${scope}: page of 100`, () => partnerships.list(p, PartnershipOrder.NAME_ASC, PAGE)],
      );
    }
    for (let i = 0; i < WARMUP; i += 1) for (const [, work] of cases) await work();
    const samples = new Map<string, number[]>(cases.map(([name]) => [name, []]));
    for (let i = 0; i < ITERATIONS; i += 1)
      for (const [name, work] of cases) samples.get(name)!.push(await time(work));

    const rows = cases.map(([name]) => {
      const { p50, p95 } = percentiles(samples.get(name)!);
      return { name, p50, p95 };
    });
    const width = Math.max(...rows.map((r) => r.name.length));
    process.stdout.write(`\n${'case'.padEnd(width)}   p50 ms   p95 ms   (${ITERATIONS} runs each)\n`);
    for (const r of rows)
      process.stdout.write(
        `${r.name.padEnd(width)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)}\n`,
      );
  } finally {
    await neo4j.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
