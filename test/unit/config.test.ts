import { ConfigError, loadConfig } from '../../src/config';

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
