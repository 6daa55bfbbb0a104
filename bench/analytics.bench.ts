/**
 * Gap analytics through the API (HTTP, as a dashboard calls it): profile + gaps + recommendations +
 * brokers of one community, for synthetic communities of 500, 2,000 and 8,000 stakeholders, and for a
 * region of 20 communities of 2,000. Prints p50/p95 per size, where the time goes (the one Neo4j fetch
 * versus the TypeScript measures) and how it grows against edges × average degree.
 *
 *   npm run bench:analytics            (BENCH_SAMPLES=40, BENCH_NEO4J_URI/… to use a running Neo4j)
 */
import 'reflect-metadata';
import { Analysis } from '../src/analytics/analysis';
import { AnalyticsService } from '../src/analytics/analytics.service';
import { rankBrokers } from '../src/analytics/brokerage';
import { loadConfig } from '../src/config';
import { CypherCatalog } from '../src/db/cypher-catalog';
import type { QueryEvent } from '../src/db/query-runner';
import { SchemaSetup } from '../src/db/schema-setup';
import { generateNetwork } from '../src/importer/generator';
import { NetworkImporter } from '../src/importer/network-importer';
import { createLogger } from '../src/logger';
import { cypherDir } from '../src/paths';
import { startServer } from '../src/server';
import { percentiles, startBenchNeo4j } from './support/bench-neo4j';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 40);
const WARMUP = 5;
const API_KEY = 'bench-viewer-key-0123456789';
const TODAY = new Date().toISOString().slice(0, 10);

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
  });
  const server = await startServer({ config, runner, catalog, logger });
  const service = new AnalyticsService(runner, catalog);

  const dbTime: number[] = [];
  runner.onQuery((event: QueryEvent) => {
    if (event.name === 'analytics/fetch-scope-subgraph') dbTime.push(event.durationMs);
  });

  const rows: string[][] = [];
  const growth: { label: string; edges: number; work: number; p50: number }[] = [];
  for (const scenario of scenarios) {
    const query = DASHBOARD.replace('SCOPE', scenario.scope);
    const call = async (): Promise<number> => {
      const started = performance.now();
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `ApiKey ${API_KEY}` },
        body: JSON.stringify({ query, variables: { id: scenario.id, asOf: TODAY } }),
      });
      const body = (await response.json()) as { errors?: unknown[]; data?: Record<string, unknown> };
      if (body.errors || !body.data?.[scenario.scope]) throw new Error(JSON.stringify(body.errors ?? body));
      return performance.now() - started;
    };
    for (let i = 0; i < (scenario.scope === 'region' ? 2 : WARMUP); i += 1) await call();
    dbTime.length = 0;
    const samples: number[] = [];
    const n = scenario.scope === 'region' ? Math.max(5, Math.floor(SAMPLES / 4)) : SAMPLES;
    for (let i = 0; i < n; i += 1) samples.push(await call());
    const total = percentiles(samples);
    const db = percentiles(dbTime);

    // The same work in-process, split: fetch (Neo4j + transfer) vs the TypeScript measures.
    const fetchStarted = performance.now();
    const subgraph = await service.subgraph({ kind: scenario.scope, id: scenario.id }, TODAY, TODAY);
    const fetchMs = performance.now() - fetchStarted;
    const computeStarted = performance.now();
    const analysis = new Analysis(subgraph, TODAY);
    void analysis.profile;
    void analysis.gaps;
    analysis.recommendations(null, 10, false);
    rankBrokers(analysis.graph, analysis.roles, 10).forEach((v) => analysis.brokerageOf(v));
    const computeMs = performance.now() - computeStarted;

    const edges = analysis.graph.edges.length;
    const nodes = analysis.graph.stakeholders.length;
    const avgDegree = nodes === 0 ? 0 : (2 * edges) / nodes;
    const work = edges * avgDegree;
    growth.push({ label: scenario.label, edges, work, p50: total.p50 });
    rows.push([
      scenario.label,
      String(nodes),
      String(edges),
      avgDegree.toFixed(1),
      String(subgraph.partnerships.reduce((sum, p) => sum + p.members.length, 0)),
      total.p50.toFixed(1),
      total.p95.toFixed(1),
      db.p50.toFixed(1),
      fetchMs.toFixed(1),
      computeMs.toFixed(1),
      String(n),
    ]);
    process.stderr.write(`[bench] ${rows[rows.length - 1]!.join(' ')}\n`);
  }

  const header = [
    'scenario',
    'N',
    '|E|',
    'avg deg',
    'memberships',
    'p50 ms',
    'p95 ms',
    'db p50',
    'fetch',
    'compute',
    'n',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  console.log('\nprofile + gaps + recommendations + brokers through POST /graphql (asOf today)\n');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(
    '\n"db p50" = the one fetch query as timed by the runner inside the requests; "fetch"/"compute" = one in-process run split.',
  );

  const base = growth[0]!;
  console.log('\ngrowth relative to the 500-stakeholder community\n');
  console.log(line2(['scenario', '|E| ×', '|E|·avg deg ×', 'p50 ×']));
  for (const g of growth)
    console.log(
      line2([
        g.label,
        (g.edges / base.edges).toFixed(1),
        (g.work / base.work).toFixed(1),
        (g.p50 / base.p50).toFixed(1),
      ]),
    );

  await server.close();
}

function line2(cells: string[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(18) : c.padStart(14))).join('');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
