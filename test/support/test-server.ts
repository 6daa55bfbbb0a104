import { Role } from '../../src/auth/role';
import { loadConfig } from '../../src/config';
import { QueryRunner, type ConnectOptions } from '../../src/db/query-runner';
import { createLogger, type Logger } from '../../src/logger';
import { startServer, type RunningServer } from '../../src/server';
import { testConnection } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** API keys the test server accepts, one per role. */
export const TEST_KEYS: Readonly<Record<Role, string>> = {
  [Role.VIEWER]: 'test-viewer-key-0123456789',
  [Role.EDITOR]: 'test-editor-key-0123456789',
  [Role.ADMIN]: 'test-admin-key-01234567890',
};
const API_KEYS = Object.entries(TEST_KEYS)
  .map(([role, key]) => `test-${role.toLowerCase()}:${role}:${key}`)
  .join(',');

export interface GqlOptions {
  /** Whose API key to send; 'anonymous' sends none. Default ADMIN. */
  as?: Role | 'anonymous';
  headers?: Record<string, string>;
}

export interface TestServer {
  server: RunningServer;
  runner: QueryRunner;
  url: string;
  /** POST /graphql with JSON, as a dashboard would. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: GqlOptions,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Where the server logs (default: a JSON logger at TEST_LOG_LEVEL, silent unless set). */
  logger?: Logger;
  /** What the server talks to Neo4j through (default: the runner itself), e.g. to inject a fault. */
  wrapRunner?: (runner: QueryRunner) => QueryRunner;
}

/** The real server on an ephemeral port, against the suite's Neo4j (or the given connection). */
export async function startTestServer(
  connection: ConnectOptions = testConnection(),
  env: Record<string, string> = {},
  options: TestServerOptions = {},
): Promise<TestServer> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    API_KEYS,
    // Suites send many requests from one key; the rate-limit tests set their own limit.
    RATE_LIMIT_MAX: '0',
    ...env,
  });
  const runner = QueryRunner.connect(connection);
  const server = await startServer({
    config,
    runner: options.wrapRunner?.(runner) ?? runner,
    logger: options.logger ?? createLogger(config.logLevel),
  });
  const url = server.url;
  return {
    server,
    runner,
    url,
    gql: async (query, variables = {}, { as = Role.ADMIN, headers = {} } = {}) => {
      const auth: Record<string, string> =
        as === 'anonymous' ? {} : { authorization: `ApiKey ${TEST_KEYS[as]}` };
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: response.status, ...body } as GraphQLResponse<never>;
    },
    close: async () => {
      await server.close();
      await runner.close();
    },
  };
}

/**
 * Polls until /ready answers the given status (schema setup runs in the background). The deadline only
 * catches a server that never gets there; a busy machine may need most of it.
 */
export async function waitForReady(url: string, status = 200, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${url}/ready`).catch(() => null);
    if (response?.status === status) return;
    if (Date.now() > deadline)
      throw new Error(`/ready did not answer ${status} within ${timeoutMs} ms (last: ${response?.status})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
