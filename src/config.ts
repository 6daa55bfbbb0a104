import { defaultPoolSize } from './analytics/network/worker-pool';
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
  /** How long a transaction that hit a transient error (a deadlock) is retried before giving up. */
  maxRetryTimeMs: number;
  local: { port: number; heap: string; pageCache: string };
}

export interface JwtConfig {
  /** HS256 shared secret; exclusive with jwksUrl. */
  secret: string | null;
  /** Where the issuer publishes its public keys (RS256, ES256, EdDSA …); exclusive with secret. */
  jwksUrl: string | null;
  /** When set, tokens must carry exactly this `iss` / an `aud` including this value. */
  issuer: string | null;
  audience: string | null;
  /** The claim holding the caller's roles: an array of role names or a single one. */
  rolesClaim: string;
}

export interface AuthConfig {
  apiKeys: ApiKey[];
  jwt: JwtConfig;
  /** Whether callers without credentials may run queries (never mutations). */
  anonymousRead: boolean;
  /**
   * No API key and no JWT configured, served on a loopback address outside production: start-up adds
   * a generated EDITOR key (printed once) so the README's `npm run serve` works without setup.
   */
  generateLocalKey: boolean;
}

/** Limits that keep one client or one operation from pinning the service (each a 4xx when exceeded). */
export interface LimitsConfig {
  maxDepth: number;
  maxAliases: number;
  /** The most objects an operation may be estimated to produce (src/graphql/limits.ts), else 400. */
  maxObjects: number;
  /** The most objects an answer may hold, counted before it is sent (last line behind maxObjects). */
  maxResponseObjects: number;
  maxDirectives: number;
  maxTokens: number;
  bodyLimitBytes: number;
  /** Requests per client (API key, token subject, else IP) per window; 0 turns the limit off. */
  rateLimitMax: number;
  rateLimitWindowMs: number;
  /** Reverse proxies in front of the service whose X-Forwarded-For is trusted (0 = none). */
  trustProxyHops: number;
}

export interface CorsConfig {
  /**
   * Origins whose browsers may call the API (CORS_ORIGINS, comma-separated; `*` for any, only when
   * asked for). Null: the server's own origin and loopback origins (http://localhost:<any port> …).
   */
  origins: string[] | null;
}

export interface Config {
  env: NodeEnv;
  cors: CorsConfig;
  auth: AuthConfig;
  limits: LimitsConfig;
  /**
   * Whether `serve` loads the demo network into an empty database (SEED_DEMO; default on except in
   * production, where it is opt-in: SEED_DEMO=true or `serve --seed-demo`).
   */
  seedDemo: boolean;
  /** Whether the schema can be introspected (default: on except in production). */
  introspection: boolean;
  /** Worker threads for the network measures (ANALYTICS_WORKERS; default one per core but one, one per core on two cores or fewer). */
  analyticsWorkers: number;
  host: string;
  port: number;
  logLevel: string;
  /** What a browser opening GET /graphql gets: the bundled GraphiQL, or Apollo's CDN-hosted landing page. */
  graphqlIde: 'graphiql' | 'apollo';
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
    return this.optional(name) ?? fallback;
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

  bool(name: string, fallback: boolean): boolean {
    return this.oneOf(name, ['true', 'false'] as const, fallback ? 'true' : 'false') === 'true';
  }

  /** A size such as 512kb or 1mb, in bytes. */
  bytes(name: string, fallback: number, max: number): number {
    const raw = this.optional(name);
    if (raw === null) return fallback;
    const match = /^(\d+)(b|kb|mb)$/i.exec(raw);
    const value = match ? Number(match[1]) * UNIT[match[2]!.toLowerCase()]! : NaN;
    if (value >= 1 && value <= max) return value;
    this.problems.push(`${name}=${raw}: expected a size such as 100kb or 1mb, at most ${max / MB}mb`);
    return fallback;
  }

  pattern(name: string, fallback: string, re: RegExp, expected: string): string {
    const value = this.string(name, fallback);
    if (re.test(value)) return value;
    this.problems.push(`${name}=${value}: expected ${expected}`);
    return fallback;
  }
}

const MB = 1024 * 1024;
const UNIT: Readonly<Record<string, number>> = { b: 1, kb: 1024, mb: MB };

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host);
}

function readJwt(r: Reader): JwtConfig {
  const secret = r.optional('JWT_SECRET');
  const jwksUrl = r.optional('JWT_JWKS_URL');
  if (secret !== null && jwksUrl !== null) {
    r.problems.push('JWT_SECRET and JWT_JWKS_URL are both set: set one of them');
  }
  if (secret !== null && Buffer.byteLength(secret) < 32) {
    r.problems.push('JWT_SECRET: expected at least 32 bytes (HS256 needs a 256-bit secret)');
  }
  if (jwksUrl !== null) {
    let url: URL | null = null;
    try {
      url = new URL(jwksUrl);
    } catch {
      // reported below
    }
    const secure = url?.protocol === 'https:' || (url?.protocol === 'http:' && isLoopbackHost(url.hostname));
    if (!secure) {
      r.problems.push(`JWT_JWKS_URL=${jwksUrl}: expected an https:// URL (http:// only on loopback)`);
    }
  }
  return {
    secret,
    jwksUrl,
    issuer: r.optional('JWT_ISSUER'),
    audience: r.optional('JWT_AUDIENCE'),
    rolesClaim: r.pattern('JWT_ROLES_CLAIM', 'roles', /^[\w:/.-]{1,200}$/, 'a claim name'),
  };
}

/**
 * A server in production without any credentials would refuse every request without a word: it must
 * not start. (The CLI's import and export need no API credentials, so this is checked by the server.)
 */
export function assertServable(config: Config): void {
  const { apiKeys, jwt } = config.auth;
  if (config.env !== 'production' || apiKeys.length > 0 || jwt.secret !== null || jwt.jwksUrl !== null)
    return;
  throw new ConfigError([
    'NODE_ENV=production and no credentials are configured, so every request would be refused: set API_KEYS ' +
      '(name:ROLE:key,…) or JWT_SECRET / JWT_JWKS_URL',
  ]);
}

const ORIGIN = /^https?:\/\/[^/\s?#]+$/i;

function readCors(r: Reader): CorsConfig {
  const raw = r.optional('CORS_ORIGINS');
  if (raw === null) return { origins: null };
  const origins = raw
    .split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter((o) => o !== '');
  for (const origin of origins) {
    if (origin !== '*' && !ORIGIN.test(origin)) {
      r.problems.push(
        `CORS_ORIGINS: '${origin}' is not an origin; expected scheme://host[:port] such as https://dashboard.example.org, or *`,
      );
    }
  }
  return { origins };
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
  const jwt = readJwt(r);
  const nodeEnv = r.oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const host = r.string('HOST', '127.0.0.1');
  const generateLocalKey =
    apiKeys.keys.length === 0 &&
    apiKeys.problems.length === 0 &&
    jwt.secret === null &&
    jwt.jwksUrl === null &&
    isLoopbackHost(host) &&
    nodeEnv !== 'production';
  const config: Config = {
    cors: readCors(r),
    auth: {
      apiKeys: apiKeys.keys,
      jwt,
      // Unset: open for reads only in the loopback-only local mode, where only this machine can connect.
      anonymousRead: r.bool('ANONYMOUS_READ', generateLocalKey),
      generateLocalKey,
    },
    limits: {
      maxDepth: r.int('GRAPHQL_MAX_DEPTH', 12, 1, 100),
      maxAliases: r.int('GRAPHQL_MAX_ALIASES', 30, 0, 1000),
      maxObjects: r.int('GRAPHQL_MAX_OBJECTS', 50_000, 1, 10_000_000),
      maxResponseObjects: r.int('GRAPHQL_MAX_RESPONSE_OBJECTS', 100_000, 1, 10_000_000),
      maxDirectives: r.int('GRAPHQL_MAX_DIRECTIVES', 50, 0, 1000),
      maxTokens: r.int('GRAPHQL_MAX_TOKENS', 5_000, 100, 1_000_000),
      bodyLimitBytes: r.bytes('HTTP_BODY_LIMIT', MB, 100 * MB),
      rateLimitMax: r.int('RATE_LIMIT_MAX', 600, 0, 1_000_000),
      rateLimitWindowMs: r.int('RATE_LIMIT_WINDOW_MS', 60_000, 1_000, 3_600_000),
      trustProxyHops: r.int('TRUST_PROXY', 0, 0, 10),
    },
    introspection: r.bool('INTROSPECTION', nodeEnv !== 'production'),
    analyticsWorkers: r.int('ANALYTICS_WORKERS', defaultPoolSize(), 1, 64),
    seedDemo: r.bool('SEED_DEMO', nodeEnv !== 'production'),
    env: nodeEnv,
    host,
    port: r.int('PORT', 4000, 0, 65535),
    logLevel: r.oneOf(
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      'info',
    ),
    graphqlIde: r.oneOf('GRAPHQL_IDE', ['graphiql', 'apollo'] as const, 'graphiql'),
    neo4j: {
      uri,
      username: r.string('NEO4J_USERNAME', 'neo4j'),
      password,
      database: r.pattern('NEO4J_DATABASE', 'neo4j', /^[a-z][a-z0-9.-]{2,62}$/, 'a Neo4j database name'),
      queryTimeoutMs: r.int('NEO4J_QUERY_TIMEOUT_MS', 30_000, 100, 30_000),
      connectTimeoutMs: r.int('NEO4J_CONNECT_TIMEOUT_MS', 5_000, 100, 60_000),
      maxRetryTimeMs: r.int('NEO4J_MAX_RETRY_TIME_MS', 30_000, 0, 300_000),
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
