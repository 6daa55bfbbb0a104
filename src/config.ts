import { parseApiKeys, type ApiKey } from './auth/api-keys';

/**
 * Environment → typed, validated configuration, read once by the composition root.
 * Every bad variable is reported at once, each with what was expected.
 */

export type NodeEnv = 'development' | 'production' | 'test';

export interface Neo4jConfig {
  /** Null means "run the project's own local Neo4j under .neo4j/". */
  uri: string | null;
  username: string;
  password: string | null;
  database: string;
  /** Per-transaction timeout sent to Neo4j; never above 30 s so one query cannot pin the server. */
  queryTimeoutMs: number;
  /** How long a request waits for a connection before failing with SERVICE_UNAVAILABLE. */
  connectTimeoutMs: number;
  local: { port: number; heap: string; pageCache: string };
}

export interface AuthConfig {
  apiKeys: ApiKey[];
  /** Whether callers without credentials may run queries (never mutations). */
  anonymousRead: boolean;
}

export interface Config {
  env: NodeEnv;
  auth: AuthConfig;
  host: string;
  port: number;
  logLevel: string;
  neo4j: Neo4jConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  string(name: string, fallback: string): string {
    const value = this.env[name]?.trim();
    return value === undefined || value === '' ? fallback : value;
  }

  optional(name: string): string | null {
    const value = this.env[name]?.trim();
    return value === undefined || value === '' ? null : value;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.string(name, fallback);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problems.push(`${name}=${value}: expected one of ${allowed.join(', ')}`);
    return fallback;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.optional(name);
    if (raw === null) return fallback;
    const value = Number(raw);
    if (Number.isInteger(value) && value >= min && value <= max) return value;
    this.problems.push(`${name}=${raw}: expected a whole number from ${min} to ${max}`);
    return fallback;
  }

  pattern(name: string, fallback: string, re: RegExp, expected: string): string {
    const value = this.string(name, fallback);
    if (re.test(value)) return value;
    this.problems.push(`${name}=${value}: expected ${expected}`);
    return fallback;
  }
}

const NEO4J_SCHEMES = /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^/\s]+$/;
const MEMORY = /^\d+[kmg]$/i;

export function loadConfig(env: Env = process.env): Config {
  const r = new Reader(env);
  const uri = r.optional('NEO4J_URI');
  if (uri !== null && !NEO4J_SCHEMES.test(uri)) {
    r.problems.push(
      `NEO4J_URI=${uri}: expected neo4j://, neo4j+s://, bolt:// or bolt+s:// followed by host[:port]`,
    );
  }
  const password = r.optional('NEO4J_PASSWORD');
  if (uri !== null && password === null) {
    r.problems.push('NEO4J_PASSWORD is required when NEO4J_URI is set');
  }
  const apiKeys = parseApiKeys(r.optional('API_KEYS'));
  r.problems.push(...apiKeys.problems);
  const config: Config = {
    auth: {
      apiKeys: apiKeys.keys,
      anonymousRead: r.oneOf('ANONYMOUS_READ', ['true', 'false'] as const, 'false') === 'true',
    },
    env: r.oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development'),
    host: r.string('HOST', '127.0.0.1'),
    port: r.int('PORT', 4000, 0, 65535),
    logLevel: r.oneOf(
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      'info',
    ),
    neo4j: {
      uri,
      username: r.string('NEO4J_USERNAME', 'neo4j'),
      password,
      database: r.pattern('NEO4J_DATABASE', 'neo4j', /^[a-z][a-z0-9.-]{2,62}$/, 'a Neo4j database name'),
      queryTimeoutMs: r.int('NEO4J_QUERY_TIMEOUT_MS', 30_000, 100, 30_000),
      connectTimeoutMs: r.int('NEO4J_CONNECT_TIMEOUT_MS', 5_000, 100, 60_000),
      local: {
        port: r.int('NEO4J_LOCAL_PORT', 7687, 1, 65535),
        heap: r.pattern('NEO4J_LOCAL_HEAP', '1g', MEMORY, 'a size such as 512m or 1g'),
        pageCache: r.pattern('NEO4J_LOCAL_PAGECACHE', '512m', MEMORY, 'a size such as 512m or 1g'),
      },
    },
  };
  if (r.problems.length > 0) throw new ConfigError(r.problems);
  return config;
}
