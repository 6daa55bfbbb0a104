/**
 * Analytics through the API (HTTP, as a dashboard calls it): profile + gaps + recommendations + brokers
 * + centrality + clusters of one scope, for synthetic communities of 500, 2,000 and 8,000 stakeholders
 * and a region of 20 communities of 2,000. Prints p50/p95 cold (every request a miss of the analysis
 * cache: a new asOf each time), written (a write to a stakeholder before each request, so nothing is
 * kept), p-written (a write of partnerships before each request: the stakeholders are kept) and warm
 * (the same asOf again: a cache hit), /health p99 while four cold, four written and four p-written region
 * analyses run at once, and how the cold time grows with the community's size.
 *
 *   npm run bench:analytics            (BENCH_SAMPLES=20, BENCH_NEO4J_URI/… to use a running Neo4j)
 */
import './support/production-env';
import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { CypherCatalog } from '../src/db/cypher-catalog';
import { LEAVES_BASE, type QueryEvent } from '../src/db/query-runner';
import { SchemaSetup } from '../src/db/schema-setup';
import { generateNetwork } from '../src/generator/generator';
import { NetworkImporter } from '../src/importer/network-importer';
import { createLogger } from '../src/logger';
import { cypherDir } from '../src/paths';
import { startServer } from '../src/server';
import { percentiles, startBenchNeo4j } from './support/bench-neo4j';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
/** Cold requests per scenario before its samples (BENCH_WARM_UP). */
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 10);
/** BENCH_SCENARIOS=2000,region runs only the scenarios whose label contains one of these (while iterating). */
const ONLY = process.env.BENCH_SCENARIOS?.split(',').filter(Boolean) ?? null;
const chosen = (label: string): boolean => !ONLY || ONLY.some((part) => label.includes(part));
const API_KEY = 'bench-viewer-key-0123456789';
const DAY_MS = 86_400_000;
/** A different date per cold request (so each misses the cache), going back from today. */
let coldDay = 0;
const nextColdDate = (): string => new Date(Date.now() - (coldDay += 1) * DAY_MS).toISOString().slice(0, 10);
const TODAY = new Date().toISOString().slice(0, 10);
/**
 * A write that changes data, so the graph version advances and nothing cached before it is used: run
 * as it is, like a write to a stakeholder (both versions advance); run with LEAVES_BASE, like a write
 * of partnerships (the base version stays, and the scope's stakeholders with it).
 */
const TOUCH = {
  name: 'bench/touch',
  text: "MATCH (v:GraphVersion {id: 'graph'}) SET v.touchedBy = 'bench'",
};

const DASHBOARD = `
  fragment Position on StakeholderPosition {
    stakeholder { id name sector }
    degree eiIndex sectorsReached effectiveSize constraint
    brokerage { coordinator consultant gatekeeper liaison total }
  }
  fragment Analytics on PartnerGraphProfile {
    stakeholders edges externalTies density spectrumCoverage eiIndex blau normalizedBlau assortativity
    dominance { dominantSector dominantShare dominated }
    businessEngagement { none charityOnly substantive }
    helixSynergy { triple quadruple }
    maturity { stage reasons }
  }
  query Dashboard($id: ID!, $asOf: LocalDate) {
    SCOPE(id: $id) {
      profile(asOf: $asOf) { ...Analytics }
      gaps(asOf: $asOf) { sectorA sectorB kind countA countB ties substantiveTies possible explanation }
      recommendations(asOf: $asOf) {
        source { ...Position } target { ...Position } adamicAdar commonNeighbours explanation
        introducers { position { stakeholder { id name } } contribution }
      }
      brokers(asOf: $asOf) { ...Position }
      centrality(asOf: $asOf, by: BETWEENNESS, first: 10) {
        betweennessSamples
        positions { stakeholder { id } degreeCentrality betweenness closeness pageRank cluster }
      }
      clusters(asOf: $asOf, first: 10) {
        modularity count silos
        clusters { size blau dominantSector dominantShare silo }
      }
    }
  }`;

interface Scenario {
  label: string;
  scope: 'community' | 'region';
  id: string;
  stakeholders: number;
}

async function main(): Promise<void> {
  const neo = await startBenchNeo4j();
  try {
    await run(neo);
  } finally {
    await neo.close();
  }
}

async function run(neo: Awaited<ReturnType<typeof startBenchNeo4j>>): Promise<void> {
  const catalog = CypherCatalog.load(cypherDir());
  const logger = createLogger('silent');
  const runner = neo.runner;
  await new SchemaSetup(runner, catalog, logger).apply();
  const importer = new NetworkImporter(runner, catalog);

  const scenarios: Scenario[] = [];
  const load = async (
    label: string,
    options: { communities: number; stakeholdersPerCommunity: number; seed: number; idPrefix: string },
    scope: Scenario['scope'],
  ): Promise<void> => {
    if (!chosen(label)) return;
    const started = performance.now();
    const doc = generateNetwork(options);
    await importer.run(doc);
    const id = scope === 'region' ? doc.regions[0]!.id : doc.communities[0]!.id;
    scenarios.push({
      label,
      scope,
      id,
      stakeholders: options.communities * options.stakeholdersPerCommunity,
    });
    process.stderr.write(
      `[bench] loaded ${label}: ${doc.stakeholders.length} stakeholders, ${doc.partnerships.length} partnerships in ${Math.round(performance.now() - started)} ms\n`,
    );
  };
  for (const size of [500, 2_000, 8_000])
    await load(
      `community ${size}`,
      { communities: 1, stakeholdersPerCommunity: size, seed: size, idPrefix: `c${size}` },
      'community',
    );
  await load(
    'region 20×2,000',
    { communities: 20, stakeholdersPerCommunity: 2_000, seed: 20, idPrefix: 'r20' },
    'region',
  );

  const config = loadConfig({
    NODE_ENV: 'production',
    PORT: '0',
    LOG_LEVEL: 'silent',
    API_KEYS: `bench:VIEWER:${API_KEY}`,
    ...(process.env.ANALYTICS_WORKERS ? { ANALYTICS_WORKERS: process.env.ANALYTICS_WORKERS } : {}),
  });
  process.stdout.write(`[bench] analytics worker pool: ${config.analyticsWorkers}\n`);
  const server = await startServer({ config, runner, catalog, logger });
  const call = async (scenario: Scenario, asOf: string): Promise<number> => {
    const started = performance.now();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `ApiKey ${API_KEY}` },
      body: JSON.stringify({
        query: DASHBOARD.replace('SCOPE', scenario.scope),
        variables: { id: scenario.id, asOf },
      }),
    });
    const body = (await response.json()) as { errors?: unknown[]; data?: Record<string, unknown> };
    if (body.errors || !body.data?.[scenario.scope]) throw new Error(JSON.stringify(body.errors ?? body));
    return performance.now() - started;
  };
  // A region is fetched by parallel queries: a request's fetch time is its slowest part.
  const fetchByRequest = new Map<string, number>();
  runner.onQuery((event: QueryEvent) => {
    if (event.name !== 'analytics/fetch-scope-subgraph') return;
    const key = event.requestId ?? `query ${fetchByRequest.size}`;
    fetchByRequest.set(key, Math.max(fetchByRequest.get(key) ?? 0, event.durationMs));
  });

  const writeStakeholder = () => runner.write(TOUCH);
  const writePartnership = () => runner.write(TOUCH, {}, LEAVES_BASE);
  /** SAMPLES cold requests, each at a new date right after `write`. */
  const afterEachWrite = async (write: () => Promise<unknown>, scenario: Scenario): Promise<number[]> => {
    const samples: number[] = [];
    for (let i = 0; i < SAMPLES; i += 1) {
      await write();
      samples.push(await call(scenario, nextColdDate()));
    }
    return samples;
  };

  const rows: string[][] = [];
  const growth: { label: string; n: number; cold: number }[] = [];
  for (const scenario of scenarios) {
    const region = scenario.scope === 'region';
    // Warm-up: the JIT of the server, the workers and Neo4j, and Neo4j's plans (cold requests). Two
    // were too few: a community of 2,000's first cold requests then took 500–850 ms, and only from
    // about the eighth on did they settle (at ~370 ms on a loaded machine).
    for (let i = 0; i < WARM_UP; i += 1) await call(scenario, nextColdDate());
    fetchByRequest.clear();
    const cold: number[] = [];
    // As many cold samples for the region as for the others: of 10, "p95" would be the slowest one.
    for (let i = 0; i < SAMPLES; i += 1) cold.push(await call(scenario, nextColdDate()));
    // After a write to a stakeholder nothing is kept: the stakeholders are fetched with the partnerships.
    fetchByRequest.clear();
    const written = await afterEachWrite(writeStakeholder, scenario);
    const fetchP50 = percentiles([...fetchByRequest.values()]).p50;
    // After a write of partnerships the stakeholders are kept: that date's partnerships are fetched.
    const tieWritten = await afterEachWrite(writePartnership, scenario);
    await call(scenario, TODAY);
    const warm: number[] = [];
    for (let i = 0; i < SAMPLES * 2; i += 1) warm.push(await call(scenario, TODAY));
    const c = percentiles(cold);
    const a = percentiles(written);
    const t = percentiles(tieWritten);
    const w = percentiles(warm);
    if (!region) growth.push({ label: scenario.label, n: scenario.stakeholders, cold: c.p50 });
    rows.push([
      scenario.label,
      String(scenario.stakeholders),
      c.p50.toFixed(0),
      c.p95.toFixed(0),
      a.p50.toFixed(0),
      a.p95.toFixed(0),
      fetchP50.toFixed(0),
      t.p50.toFixed(0),
      t.p95.toFixed(0),
      w.p50.toFixed(1),
      w.p95.toFixed(1),
      `${c.n}/${w.n}`,
    ]);
    process.stderr.write(`[bench] ${rows[rows.length - 1]!.join(' ')}\n`);
  }

  const regionScenario = scenarios.find((x) => x.scope === 'region');
  const analyseRegion = regionScenario && (() => call(regionScenario, nextColdDate()));
  const healthLines = analyseRegion
    ? [
        ...(await healthUnderRegionLoad(server.url, 'cold', analyseRegion)),
        // The same right after a write: the four fetch the region, its stakeholders once.
        ...(await writeStakeholder().then(() => healthUnderRegionLoad(server.url, 'written', analyseRegion))),
        // And right after a write of partnerships: the four fetch their dates' partnerships.
        ...(await writePartnership().then(() =>
          healthUnderRegionLoad(server.url, 'partnership-written', analyseRegion),
        )),
      ]
    : [];

  const header = [
    'scenario',
    'N',
    'cold p50',
    'cold p95',
    'written p50',
    'written p95',
    'fetch p50',
    'p-written p50',
    'p-written p95',
    'warm p50',
    'warm p95',
    'n cold/warm',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  console.log(
    '\nprofile + gaps + recommendations + brokers + centrality + clusters through POST /graphql (ms)\n',
  );
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(
    '\ncold = a new asOf per request (a miss of the analysis cache: the partner graph and the worker measures computed;',
  );
  console.log(
    "what no date changes, the scope's stakeholders, needs and assets, and from its second date its partnership history,",
  );
  console.log(
    'are kept per graph version); written = a write to a stakeholder before each request (nothing kept: the stakeholders',
  );
  console.log(
    "and that date's partnerships fetched, as on the first dashboard after an import); p-written = a write of partnerships",
  );
  console.log(
    "before each request (the stakeholders kept per base version: that date's partnerships fetched); warm = the same asOf again (cache hit);",
  );
  console.log(
    `each scenario's ${SAMPLES} cold samples follow ${WARM_UP} cold warm-up requests (BENCH_SAMPLES, BENCH_WARM_UP); p95 is sample ${Math.ceil(0.95 * SAMPLES)} of ${SAMPLES} in order.`,
  );
  console.log(
    "fetch p50 = the Neo4j fetch inside the written requests (analytics/fetch-scope-subgraph: the stakeholders and a region's two parts of partnerships at once, the slowest).",
  );
  for (const l of healthLines) console.log(l);

  const base = growth[0];
  if (base) {
    console.log('\ngrowth of the cold p50 with the community size\n');
    console.log(line2(['scenario', 'N ×', 'cold p50 ms', 'cold p50 ×']));
    for (const g of growth)
      console.log(
        line2([g.label, (g.n / base.n).toFixed(0), g.cold.toFixed(0), (g.cold / base.cold).toFixed(1)]),
      );
  }

  await server.close();
}

/** /health, polled every 5 ms, while four `what` region analyses run at once: the lines to print. */
async function healthUnderRegionLoad(
  url: string,
  what: 'cold' | 'written' | 'partnership-written',
  analyse: () => Promise<number>,
): Promise<string[]> {
  const health: number[] = [];
  let running = true;
  // An analysis that fails (say, its fetch outlasting the query time-out on a busy machine) is counted
  // and named below, so /health is still measured and printed.
  const failures: string[] = [];
  const regionLoad = Promise.all(
    Array.from({ length: 4 }, () =>
      analyse().catch((error: unknown) => {
        failures.push(error instanceof Error ? error.message : String(error));
        return NaN;
      }),
    ),
  ).finally(() => {
    running = false;
  });
  while (running) {
    const started = performance.now();
    const response = await fetch(`${url}/health`);
    await response.arrayBuffer();
    health.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const loadMs = await regionLoad;
  const sortedHealth = [...health].sort((a, b) => a - b);
  const p99 = sortedHealth[Math.min(sortedHealth.length - 1, Math.ceil(0.99 * sortedHealth.length) - 1)]!;

  const lines: string[] = [];
  const finished = loadMs.filter((ms) => !Number.isNaN(ms));
  lines.push(
    `/health while 4 ${what} region analyses ran at once (${finished.length} of 4 answered, the slowest in ${Math.max(0, ...finished).toFixed(0)} ms): p50 ${percentiles(health).p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${sortedHealth.at(-1)!.toFixed(1)} ms over ${health.length} requests`,
  );

  for (const failure of failures) lines.push(`  a region analysis failed: ${failure.slice(0, 300)}`);

  return lines;
}

function line2(cells: string[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(18) : c.padStart(14))).join('');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
