/**
 * The nested dashboard query (100 stakeholders, their partnerships, each partnership's members) three
 * ways on one Neo4j and one data set: through this API over HTTP, through Neo4j's generic
 * @neo4j/graphql 7 behind Apollo Server, and as one hand-written Cypher query through the QueryRunner.
 * Nested lists are capped the same way in all three (the first 20 partnerships of each stakeholder,
 * the first 20 members of each partnership, by name then id). The answers are compared for equality first; then the three run interleaved (round-robin, so drift
 * on a shared machine hits all alike) at 1 and at 8 requests in flight. It also times the operation
 * in-process (no HTTP) with its database time, and page 50 against page 1 of a 10,000-stakeholder list.
 *
 *   npm run bench:dashboard        BENCH_ITERATIONS=300 BENCH_STAKEHOLDERS=10000 npm run bench:dashboard
 */
import './support/production-env';
import 'reflect-metadata';
import { parse, type ExecutionResult, type OperationDefinitionNode } from 'graphql';
import { Role } from '../src/auth/role';
import { loadConfig } from '../src/config';
import { CypherCatalog } from '../src/db/cypher-catalog';
import { QueryRunner } from '../src/db/query-runner';
import { SchemaSetup } from '../src/db/schema-setup';
import type { AppContext } from '../src/graphql/context';
import { createLoaders } from '../src/graphql/loaders';
import { compiledExecution } from '../src/graphql/compiled-execution';
import { buildAppSchema } from '../src/graphql/schema';
import { generateNetwork } from '../src/generator/generator';
import { countMemberships } from '../src/network-document/network-document';
import { NetworkImporter } from '../src/importer/network-importer';
import { createLogger } from '../src/logger';
import { cypherDir } from '../src/paths';
import { benchCatalog } from './support/bench-catalog';
import { startServer } from '../src/server';
import { asApiShape, LIBRARY_DASHBOARD, startLibraryServer } from './dashboard-library';
import { percentiles, startBenchNeo4j } from './support/bench-neo4j';

const STAKEHOLDERS = Number(process.env.BENCH_STAKEHOLDERS ?? 10_000);
const COMMUNITIES = 10;
const PAGE = 100;
const WARMUP = Number(process.env.BENCH_WARMUP ?? 30);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 150);
const BURSTS = Number(process.env.BENCH_BURSTS ?? 12);
const IN_FLIGHT = 8;
const PER_WORKER = 5;
const API_KEY = 'bench-viewer-key-0123456789';

/** Nested lists are capped (the API's default, spelled out): each answer holds the first 20 by name. */
const NESTED = 20;

const DASHBOARD = `query Dashboard($communityId: ID!, $first: Int!, $nested: Int!) {
  stakeholders(communityId: $communityId, first: $first) {
    nodes {
      id name sector
      partnerships(first: $nested) {
        role partnership { id name kind members(first: $nested) { role stakeholder { id name sector } } }
      }
    }
  }
}`;

const LIST_PAGE = `query Page($after: String) {
  stakeholders(first: 100, after: $after) { pageInfo { endCursor } nodes { id name sector } }
}`;

/** Maps with sorted keys and lists in a canonical order: the library sorts names case-sensitively. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** Throws, naming the first stakeholder that differs, unless both answers hold the same data. */
function agree(other: string, api: unknown[], theirs: unknown[]): void {
  const ours = canonical(api) as unknown[];
  const them = canonical(theirs) as unknown[];
  if (JSON.stringify(ours) === JSON.stringify(them)) return;
  const at = ours.findIndex((row, i) => JSON.stringify(row) !== JSON.stringify(them[i]));
  throw new Error(
    `the API and ${other} disagree (${ours.length} against ${them.length} stakeholders; first difference ` +
      `at ${at}: ${JSON.stringify(ours[at]).slice(0, 400)} against ${JSON.stringify(them[at]).slice(0, 400)}); ` +
      'the comparison would be meaningless',
  );
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const fmt = (ms: number): string => ms.toFixed(2).padStart(8);

async function postJson(url: string, body: string, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const json = (await response.json()) as { errors?: unknown; data?: unknown };
  if (json.errors) throw new Error(`${url} answered errors: ${JSON.stringify(json.errors)}`);
  return json.data;
}

/** IN_FLIGHT workers each sending PER_WORKER requests; the latencies and the requests per second. */
async function burst(work: () => Promise<unknown>): Promise<{ latencies: number[]; perSecond: number }> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      for (let i = 0; i < PER_WORKER; i += 1) latencies.push(await time(work));
    }),
  );
  return { latencies, perSecond: (IN_FLIGHT * PER_WORKER * 1000) / (performance.now() - started) };
}

async function main(): Promise<void> {
  const neo4j = await startBenchNeo4j();
  const catalog = CypherCatalog.load(cypherDir());
  const logger = createLogger('silent');
  try {
    await new SchemaSetup(neo4j.runner, catalog, logger).apply();
    // The same generator and importer users have (seeded, so every run loads the same network).
    const generated = generateNetwork({
      communities: COMMUNITIES,
      stakeholdersPerCommunity: Math.round(STAKEHOLDERS / COMMUNITIES),
      seed: 42,
      idPrefix: 'bench',
      membershipsPerStakeholder: 6,
    });
    // Names in one case: the API orders by lower-cased name, @neo4j/graphql by the name as stored
    // ("… NGO 5" before "… bank 3"), so with mixed case the first 100 (or 20) would differ.
    const network = {
      ...generated,
      stakeholders: generated.stakeholders.map((s) => ({ ...s, name: s.name.toLowerCase() })),
      partnerships: generated.partnerships.map((p) => ({ ...p, name: p.name.toLowerCase() })),
    };
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
      // The bench is one client sending thousands of requests a minute; the limit is not what it measures.
      RATE_LIMIT_MAX: '0',
    });
    const server = await startServer({ config, runner: apiRunner, catalog, logger });
    const variables = { communityId: network.communities[0]!.id, first: PAGE, nested: NESTED };
    const body = JSON.stringify({ query: DASHBOARD, variables });
    const schema = await buildAppSchema();
    const document = parse(DASHBOARD);
    const { executor } = await compiledExecution<AppContext>(schema).load({
      apollo: { key: undefined, keyHash: undefined, graphRef: undefined },
    });
    const getDashboard = benchCatalog().require('get-dashboard');

    let dbMs = 0;
    let roundTrips = 0;
    let counting = false;
    const byQuery = new Map<string, number[]>();
    apiRunner.onQuery((event) => {
      if (!counting) return;
      dbMs += event.durationMs;
      roundTrips += 1;
      byQuery.set(event.name, [...(byQuery.get(event.name) ?? []), event.durationMs]);
    });

    const library = await startLibraryServer(neo4j.connection);
    const libraryBody = JSON.stringify({ query: LIBRARY_DASHBOARD, variables });
    const viaApi = async (): Promise<unknown> =>
      postJson(`${server.url}/graphql`, body, { authorization: `ApiKey ${API_KEY}` });
    const viaLibrary = (): Promise<unknown> => postJson(library.url, libraryBody);
    const raw = (): Promise<unknown> => neo4j.runner.read(getDashboard, variables);
    const inProcess = async (): Promise<unknown> => {
      const contextValue: AppContext = {
        services: server.services,
        loaders: createLoaders(server.services),
        viewer: { id: 'bench', roles: [Role.VIEWER], via: 'api-key' },
        analytics: server.services.analytics.session(),
      };
      // The executor the server runs (graphql-jit), given what Apollo would give it.
      const result = (await executor!({
        document,
        operation: document.definitions[0] as OperationDefinitionNode,
        request: { query: DASHBOARD, variables },
        context: contextValue,
      } as unknown as Parameters<NonNullable<typeof executor>>[0])) as ExecutionResult;
      if (result.errors) throw new Error(`execution failed: ${JSON.stringify(result.errors)}`);
      return result;
    };

    // Same answer all three ways before timing anything.
    const apiNodes = ((await viaApi()) as { stakeholders: { nodes: unknown[] } }).stakeholders.nodes;
    const libraryNodes = asApiShape((await viaLibrary()) as Parameters<typeof asApiShape>[0]);
    const rawRows = (await raw()) as unknown[];
    agree('the raw Cypher query', apiNodes, rawRows);
    agree('@neo4j/graphql', apiNodes, libraryNodes);
    const entries = (rawRows as { partnerships: { partnership: { members: unknown[] } }[] }[]).reduce(
      (sum, row) => sum + row.partnerships.reduce((n, p) => n + p.partnership.members.length, 0),
      0,
    );
    process.stdout.write(
      `dashboard: ${rawRows.length} stakeholders, ${entries} member entries, the same answer three ways; ` +
        `${JSON.stringify({ data: { stakeholders: { nodes: apiNodes } } }).length} B response\n`,
    );

    const targets = [
      { name: 'this API (HTTP)', work: viaApi },
      { name: '@neo4j/graphql 7 (HTTP)', work: viaLibrary },
      { name: 'raw Cypher (driver)', work: raw },
    ];
    for (let i = 0; i < WARMUP; i += 1) for (const t of targets) await t.work();

    // Concurrency 1, round-robin with a rotating start.
    const one = targets.map(() => [] as number[]);
    const inProc: number[] = [];
    const db: number[] = [];
    for (let i = 0; i < ITERATIONS; i += 1) {
      for (let k = 0; k < targets.length; k += 1) {
        const t = (i + k) % targets.length;
        one[t]!.push(await time(targets[t]!.work));
      }
      const before = dbMs;
      counting = true;
      inProc.push(await time(inProcess));
      counting = false;
      db.push(dbMs - before);
    }
    // Concurrency 8: bursts, round-robin.
    const eight = targets.map(() => ({ latencies: [] as number[], rates: [] as number[] }));
    for (let i = 0; i < BURSTS; i += 1) {
      for (let k = 0; k < targets.length; k += 1) {
        const t = (i + k) % targets.length;
        const result = await burst(targets[t]!.work);
        eight[t]!.latencies.push(...result.latencies);
        eight[t]!.rates.push(result.perSecond);
      }
    }
    const median = (xs: number[]): number => percentiles(xs).p50;
    const lines = [
      `${ITERATIONS} runs each at 1 in flight, ${BURSTS} bursts of ${IN_FLIGHT}×${PER_WORKER} at ${IN_FLIGHT} in flight (ms)`,
      `                                 c=1 p50      p95    req/s    c=8 p50      p95    req/s`,
    ];
    const row1 = targets.map((_t, i) => {
      const a = percentiles(one[i]!);
      const b = percentiles(eight[i]!.latencies);
      return { a, b, rate1: 1000 / a.mean, rate8: median(eight[i]!.rates) };
    });
    targets.forEach((t, i) => {
      const r = row1[i]!;
      lines.push(
        `${t.name.padEnd(28)} ${fmt(r.a.p50)} ${fmt(r.a.p95)} ${r.rate1.toFixed(0).padStart(8)} ${fmt(r.b.p50)} ${fmt(r.b.p95)} ${r.rate8.toFixed(0).padStart(8)}`,
      );
    });
    const [api, lib, cy] = row1 as [(typeof row1)[0], (typeof row1)[0], (typeof row1)[0]];
    const p = percentiles(inProc);
    const d = percentiles(db);
    lines.push(
      `API p50 / @neo4j/graphql p50: ${(api.a.p50 / lib.a.p50).toFixed(2)} at c=1, ${(api.b.p50 / lib.b.p50).toFixed(2)} at c=8 (target ≤ 0.33)`,
      `API p50 / raw Cypher p50:     ${(api.a.p50 / cy.a.p50).toFixed(2)} at c=1, ${(api.b.p50 / cy.b.p50).toFixed(2)} at c=8 (target ≤ 1.5)`,
      `API req/s / @neo4j/graphql req/s at c=8: ${(api.rate8 / lib.rate8).toFixed(2)} (target ≥ 3)`,
      `where the API's time goes at c=1 (p50): database ${d.p50.toFixed(2)} (${(roundTrips / ITERATIONS).toFixed(1)} round trips), ` +
        `GraphQL execution ${(p.p50 - d.p50).toFixed(2)}, HTTP + JSON ${(api.a.p50 - p.p50).toFixed(2)}`,
    );
    for (const [name, durations] of byQuery) {
      const q = percentiles(durations);
      lines.push(`  ${name.padEnd(44)}${fmt(q.p50)}  ${fmt(q.p95)}`);
    }

    // Keyset paging: page 50 of the whole list against page 1.
    let after: string | null = null;
    for (let i = 1; i < 50; i += 1) {
      const data = (await viaPage(after)) as { stakeholders: { pageInfo: { endCursor: string } } };
      after = data.stakeholders.pageInfo.endCursor;
    }
    const page50Cursor = after;
    const pages = { first: [] as number[], fiftieth: [] as number[] };
    for (let i = 0; i < ITERATIONS; i += 1) {
      pages.first.push(await time(() => viaPage(null)));
      pages.fiftieth.push(await time(() => viaPage(page50Cursor)));
    }
    const p1 = percentiles(pages.first);
    const p50 = percentiles(pages.fiftieth);
    lines.push(
      `list of ${network.stakeholders.length} stakeholders, 100 a page: page 1 p50 ${p1.p50.toFixed(2)} p95 ${p1.p95.toFixed(2)}, ` +
        `page 50 p50 ${p50.p50.toFixed(2)} p95 ${p50.p95.toFixed(2)} (ratio ${(p50.p50 / p1.p50).toFixed(2)})`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
    await library.close();

    async function viaPage(cursor: string | null): Promise<unknown> {
      return postJson(
        `${server.url}/graphql`,
        JSON.stringify({ query: LIST_PAGE, variables: { after: cursor } }),
        {
          authorization: `ApiKey ${API_KEY}`,
        },
      );
    }
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
