import type { Config } from '../config';
import type { ConnectOptions } from './query-runner';

/**
 * The driver settings of the configured Neo4j (NEO4J_URI and friends), or of a server found
 * elsewhere (`at`: the local one the CLI provisions). The service itself only ever takes a connection.
 */
export function neo4jConnection(
  config: Config,
  at?: { uri: string; username: string; password: string },
): ConnectOptions {
  const { neo4j } = config;
  const common = {
    database: neo4j.database,
    queryTimeoutMs: neo4j.queryTimeoutMs,
    connectTimeoutMs: neo4j.connectTimeoutMs,
    maxRetryTimeMs: neo4j.maxRetryTimeMs,
  };
  if (at) return { ...common, ...at };
  if (neo4j.uri === null)
    throw new Error(
      'NEO4J_URI is not set: point it (with NEO4J_USERNAME and NEO4J_PASSWORD) at a Neo4j 5, ' +
        'or start through the CLI (`partnership-graph serve`), which runs the local Neo4j for you.',
    );
  return { ...common, uri: neo4j.uri, username: neo4j.username, password: neo4j.password ?? '' };
}
