import { QueryRunner, type ConnectOptions } from '../../src/db/query-runner';
import { startThrowawayNeo4j } from '../../src/local-neo4j/throwaway';

export interface BenchNeo4j {
  connection: ConnectOptions;
  runner: QueryRunner;
  close(): Promise<void>;
}

/**
 * A throwaway Neo4j for one benchmark run (the same helper the test suite starts its servers with),
 * or BENCH_NEO4J_URI with BENCH_NEO4J_PASSWORD. Memory defaults suit a 2-core, 24 GiB machine;
 * BENCH_NEO4J_HEAP and BENCH_NEO4J_PAGECACHE override them.
 */
export async function startBenchNeo4j(): Promise<BenchNeo4j> {
  const timeouts = { queryTimeoutMs: 30_000, connectTimeoutMs: 5_000 };
  if (process.env.BENCH_NEO4J_URI) {
    const connection = {
      ...timeouts,
      uri: process.env.BENCH_NEO4J_URI,
      username: 'neo4j',
      database: 'neo4j',
      password: process.env.BENCH_NEO4J_PASSWORD ?? '',
    };
    const runner = QueryRunner.connect(connection);
    return { connection, runner, close: () => runner.close() };
  }
  const neo4j = await startThrowawayNeo4j({
    purpose: 'bench',
    heap: process.env.BENCH_NEO4J_HEAP ?? '2g',
    pageCache: process.env.BENCH_NEO4J_PAGECACHE ?? '1g',
    log: (message) => void process.stderr.write(`[neo4j] ${message}\n`),
    ...timeouts,
  });
  const runner = QueryRunner.connect(neo4j.connection);
  return {
    connection: neo4j.connection,
    runner,
    close: async () => {
      await runner.close();
      await neo4j.destroy();
    },
  };
}

/** p50/p95/mean of a list of milliseconds. */
export function percentiles(samples: number[]): { p50: number; p95: number; mean: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  return { p50: at(0.5), p95: at(0.95), mean, n: sorted.length };
}
