import { availableParallelism } from 'node:os';
import { poolSizeFor } from '../../src/analytics/network/worker-pool';
import { assertServable, ConfigError, loadConfig } from '../../src/config';
import { shouldSeed } from '../../src/cli/serve.command';

describe('loadConfig', () => {
  it('defaults to the local Neo4j on 127.0.0.1:4000 with a 30 s query timeout', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      host: '127.0.0.1',
      port: 4000,
      neo4j: {
        uri: null,
        username: 'neo4j',
        database: 'neo4j',
        queryTimeoutMs: 30_000,
        local: { port: 7687, heap: '1g' },
      },
    });
  });

  it('accepts a neo4j+s:// cluster URI with its password', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.example:7687',
      NEO4J_PASSWORD: 'secret',
    });
    expect(config.neo4j.uri).toBe('neo4j+s://abc.databases.example:7687');
    expect(config.neo4j.password).toBe('secret');
  });

  it('reports every bad variable at once, each with what was expected', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        NEO4J_URI: 'http://x',
        NEO4J_QUERY_TIMEOUT_MS: '60000',
        NEO4J_LOCAL_HEAP: 'lots',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'NEO4J_URI=http://x: expected neo4j://, neo4j+s://, bolt:// or bolt+s:// followed by host[:port]',
      'NEO4J_PASSWORD is required when NEO4J_URI is set',
      'PORT=eighty: expected a whole number from 0 to 65535',
      'NEO4J_QUERY_TIMEOUT_MS=60000: expected a whole number from 100 to 30000',
      'NEO4J_LOCAL_HEAP=lots: expected a size such as 512m or 1g',
    ]);
  });
});

describe('loadConfig: access and limits', () => {
  it('runs the loopback-only local mode without credentials: a generated EDITOR key and anonymous reads', () => {
    expect(loadConfig({}).auth).toMatchObject({ generateLocalKey: true, anonymousRead: true, apiKeys: [] });
    expect(loadConfig({ ANONYMOUS_READ: 'false' }).auth).toMatchObject({
      generateLocalKey: true,
      anonymousRead: false,
    });
  });

  it('leaves the local mode off on a network interface, with credentials configured, or in production', () => {
    for (const env of [
      { HOST: '0.0.0.0' },
      { API_KEYS: 'dash:VIEWER:dashboard-key-1234567' },
      { JWT_SECRET: 'x'.repeat(32) },
      { NODE_ENV: 'production' },
    ]) {
      expect(loadConfig(env).auth).toMatchObject({ generateLocalKey: false, anonymousRead: false });
    }
  });

  it('defaults to limits that dashboard and analytics queries fit under', () => {
    expect(loadConfig({}).limits).toEqual({
      maxDepth: 12,
      maxAliases: 30,
      maxObjects: 50_000,
      maxResponseObjects: 100_000,
      maxDirectives: 50,
      maxTokens: 5_000,
      bodyLimitBytes: 1024 * 1024,
      rateLimitMax: 600,
      rateLimitWindowMs: 60_000,
      trustProxyHops: 0,
    });
    expect(loadConfig({ HTTP_BODY_LIMIT: '512kb' }).limits.bodyLimitBytes).toBe(512 * 1024);
  });

  it('turns introspection off in production unless asked for', () => {
    expect(loadConfig({}).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it('sizes the analytics worker pool to the machine unless ANALYTICS_WORKERS says', () => {
    // One per core on one or two cores, one per core but one from three up.
    expect([1, 2, 3, 4, 8].map(poolSizeFor)).toEqual([1, 2, 2, 3, 7]);
    expect(loadConfig({}).analyticsWorkers).toBe(poolSizeFor(availableParallelism()));
    expect(loadConfig({ ANALYTICS_WORKERS: '3' }).analyticsWorkers).toBe(3);
    expect(() => loadConfig({ ANALYTICS_WORKERS: '0' })).toThrow(
      'ANALYTICS_WORKERS=0: expected a whole number from 1 to 64',
    );
  });

  it('reports bad JWT and limit settings, each with what was expected', () => {
    let error: unknown;
    try {
      loadConfig({
        JWT_SECRET: 'short',
        JWT_JWKS_URL: 'http://keys.example.org/jwks.json',
        HTTP_BODY_LIMIT: 'huge',
        GRAPHQL_MAX_DEPTH: '0',
        INTROSPECTION: 'yes',
      });
    } catch (caught) {
      error = caught;
    }
    expect((error as ConfigError).problems).toEqual([
      'JWT_SECRET and JWT_JWKS_URL are both set: set one of them',
      'JWT_SECRET: expected at least 32 bytes (HS256 needs a 256-bit secret)',
      'JWT_JWKS_URL=http://keys.example.org/jwks.json: expected an https:// URL (http:// only on loopback)',
      'GRAPHQL_MAX_DEPTH=0: expected a whole number from 1 to 100',
      'HTTP_BODY_LIMIT=huge: expected a size such as 100kb or 1mb, at most 100mb',
      'INTROSPECTION=yes: expected one of true, false',
    ]);
  });
});

describe('CORS_ORIGINS', () => {
  it('defaults to null: the own origin and loopback, never *', () => {
    expect(loadConfig({}).cors).toEqual({ origins: null });
  });

  it('reads a comma list, trimming spaces and a trailing slash', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, http://b.example:8080/' }).cors).toEqual({
      origins: ['https://a.example', 'http://b.example:8080'],
    });
  });

  it('refuses something that is not an origin, naming it', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example/path' })).toThrow(
      "CORS_ORIGINS: 'https://a.example/path' is not an origin",
    );
  });
});

describe('production start-up', () => {
  it('stops a production server without API_KEYS or JWT, naming the variables', () => {
    expect(() => assertServable(loadConfig({ NODE_ENV: 'production' }))).toThrow(
      /NODE_ENV=production and no credentials are configured.*set API_KEYS .* or JWT_SECRET \/ JWT_JWKS_URL/,
    );
  });

  it('starts a production server that has API keys', () => {
    expect(() =>
      assertServable(loadConfig({ NODE_ENV: 'production', API_KEYS: 'ops:ADMIN:0123456789abcdef0123' })),
    ).not.toThrow();
  });

  it('seeds the demo by default outside production only; SEED_DEMO or --seed-demo opt in, --no-seed wins', () => {
    expect(loadConfig({}).seedDemo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(shouldSeed(false, { seed: true })).toBe(false);
    expect(shouldSeed(false, { seed: true, seedDemo: true })).toBe(true);
    expect(shouldSeed(true, { seed: false, seedDemo: true })).toBe(false);
  });
});
