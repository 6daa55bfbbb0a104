/**
 * The nested dashboard query (100 stakeholders, their partnerships, each partnership's members) through
 * the GraphQL API versus the same data from one hand-written Cypher query through the QueryRunner, side
 * by side on one Neo4j. It also runs the GraphQL operation in-process (no HTTP) and sums the database
 * time per request, so a gap can be put down to HTTP+JSON, GraphQL execution or loader round trips.
 *
 *   npm run bench:dashboard        BENCH_ITERATIONS=300 BENCH_STAKEHOLDERS=2000 npm run bench:dashboard
 */
import 'reflect-metadata';
import { execute, parse } from 'graphql';
import { Role } from '../src/auth/role';
import { loadConfig } from '../src/config';
import { CypherCatalog } from '../src/db/cypher-catalog';
import { QueryRunner } from '../src/db/query-runner';
import { SchemaSetup } from '../src/db/schema-setup';
import type { AppContext } from '../src/graphql/context';
import { createLoaders } from '../src/graphql/loaders';
import { buildAppSchema } from '../src/graphql/schema';
import { generateNetwork } from '../src/generator/generator';
import { countMemberships } from '../src/network-document/network-document';
import { NetworkImporter } from '../src/importer/network-importer';
import { createLogger } from '../src/logger';
import { cypherDir } from '../src/paths';
import { benchCatalog } from './support/bench-catalog';
import { startServer } from '../src/server';
import { percentiles, startBenchNeo4j } from './support/bench-neo4j';

const STAKEHOLDERS = Number(process.env.BENCH_STAKEHOLDERS ?? 1000);
const COMMUNITIES = 10;
const PAGE = 100;
const WARMUP = Number(process.env.BENCH_WARMUP ?? 30);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const API_KEY = 'bench-viewer-key-0123456789';

const DASHBOARD = `query Dashboard($communityId: ID!, $first: Int!) {
  stakeholders(communityId: $communityId, first: $first) {
    nodes {
      id name sector
      partnerships { role partnership { id name kind members { role stakeholder { id name sector } } } }
    }
  }
}`;

/** Maps with their keys sorted: Cypher does not keep a map literal's key order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const fmt = (ms: number): string => ms.toFixed(2).padStart(8);

async function main(): Promise<void> {
  const neo4j = await startBenchNeo4j();
  const catalog = CypherCatalog.load(cypherDir());
  const logger = createLogger('silent');
  try {
    await new SchemaSetup(neo4j.runner, catalog, logger).apply();
    // The same generator and importer users have (seeded, so every run loads the same network).
    const network = generateNetwork({
      communities: COMMUNITIES,
      stakeholdersPerCommunity: Math.round(STAKEHOLDERS / COMMUNITIES),
      seed: 42,
      idPrefix: 'bench',
      membershipsPerStakeholder: 6,
    });
    const loadMs = await time(() => new NetworkImporter(neo4j.runner, catalog).run(network));
    process.stdout.write(
      `loaded ${network.stakeholders.length} stakeholders in ${COMMUNITIES} communities, ` +
        `${network.partnerships.length} partnerships, ${countMemberships(network)} memberships ` +
        `in ${(loadMs / 1000).toFixed(1)} s\n`,
    );

    // The API gets a runner of its own, as in production; the raw query uses the bench runner.
    const apiRunner = QueryRunner.connect(neo4j.connection);
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '0',
      LOG_LEVEL: 'silent',
      API_KEYS: `bench:${Role.VIEWER}:${API_KEY}`,
    });
    const server = await startServer({ config, runner: apiRunner, catalog, logger });
    const variables = { communityId: network.communities[0]!.id, first: PAGE };
    const body = JSON.stringify({ query: DASHBOARD, variables });
    const schema = await buildAppSchema();
    const document = parse(DASHBOARD);
    const getDashboard = benchCatalog().require('get-dashboard');

    let dbMs = 0;
    let roundTrips = 0;
    const byQuery = new Map<string, number[]>();
    apiRunner.onQuery((event) => {
      dbMs += event.durationMs;
      roundTrips += 1;
      byQuery.set(event.name, [...(byQuery.get(event.name) ?? []), event.durationMs]);
    });

    const viaHttp = async (): Promise<unknown> => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `ApiKey ${API_KEY}` },
        body,
      });
      const json = (await response.json()) as { errors?: unknown };
      if (json.errors) throw new Error(`the API answered errors: ${JSON.stringify(json.errors)}`);
      return json;
    };
    const inProcess = async (): Promise<unknown> => {
      const contextValue: AppContext = {
        services: server.services,
        loaders: createLoaders(server.services),
        viewer: { id: 'bench', roles: [Role.VIEWER], via: 'api-key' },
        analytics: server.services.analytics.session(),
      };
      const result = await execute({ schema, document, variableValues: variables, contextValue });
      if (result.errors) throw new Error(`execution failed: ${JSON.stringify(result.errors)}`);
      return result;
    };
    const raw = (): Promise<unknown> => neo4j.runner.read(getDashboard, variables);

    // Same answer both ways before timing anything.
    const apiNodes = ((await viaHttp()) as { data: { stakeholders: { nodes: unknown[] } } }).data.stakeholders
      .nodes;
    const rawRows = (await raw()) as unknown[];
    if (JSON.stringify(canonical(apiNodes)) !== JSON.stringify(canonical(rawRows))) {
      throw new Error('the API and the raw Cypher query disagree; the comparison would be meaningless');
    }
    const entries = (rawRows as { partnerships: { partnership: { members: unknown[] } }[] }[]).reduce(
      (sum, row) => sum + row.partnerships.reduce((s, p) => s + p.partnership.members.length, 0),
      0,
    );
    process.stdout.write(
      `dashboard: ${rawRows.length} stakeholders, ${entries} member entries, ${body.length} B request, ` +
        `${JSON.stringify({ data: { stakeholders: { nodes: apiNodes } } }).length} B response\n`,
    );

    for (let i = 0; i < WARMUP; i += 1) {
      await raw();
      await inProcess();
      await viaHttp();
    }
    const samples = { raw: [] as number[], inProcess: [] as number[], http: [] as number[] };
    const db: number[] = [];
    dbMs = 0;
    roundTrips = 0;
    byQuery.clear();
    // Interleaved, so drift on a shared machine hits all three alike.
    for (let i = 0; i < ITERATIONS; i += 1) {
      samples.raw.push(await time(raw));
      samples.inProcess.push(await time(inProcess));
      const before = dbMs;
      samples.http.push(await time(viaHttp));
      db.push(dbMs - before);
    }
    const perRequest = roundTrips / (2 * ITERATIONS);

    const r = percentiles(samples.raw);
    const p = percentiles(samples.inProcess);
    const h = percentiles(samples.http);
    const d = percentiles(db);
    const lines = [
      `${ITERATIONS} runs each after ${WARMUP} warm-up runs (ms)       p50       p95      mean`,
      `raw Cypher (one query, QueryRunner)           ${fmt(r.p50)}  ${fmt(r.p95)}  ${fmt(r.mean)}`,
      `GraphQL in-process (no HTTP)                  ${fmt(p.p50)}  ${fmt(p.p95)}  ${fmt(p.mean)}`,
      `GraphQL API over HTTP                         ${fmt(h.p50)}  ${fmt(h.p95)}  ${fmt(h.mean)}`,
      `  of which database (${perRequest.toFixed(0)} loader round trips) ${fmt(d.p50)}  ${fmt(d.p95)}  ${fmt(d.mean)}`,
      `ratio API / raw Cypher: p50 ${(h.p50 / r.p50).toFixed(2)}x, p95 ${(h.p95 / r.p95).toFixed(2)}x (target ≤ 1.20x)`,
      `breakdown at p50: database ${fmt(d.p50).trim()}, GraphQL execution ${(p.p50 - d.p50).toFixed(2)}, ` +
        `HTTP+JSON ${(h.p50 - p.p50).toFixed(2)}`,
    ];
    for (const [name, durations] of byQuery) {
      const q = percentiles(durations);
      lines.push(`  ${name.padEnd(44)}${fmt(q.p50)}  ${fmt(q.p95)}  ${fmt(q.mean)}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);

    await server.close();
    await apiRunner.close();
  } finally {
    await neo4j.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
