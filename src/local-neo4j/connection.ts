import type { Config } from '../config';
import { neo4jConnection } from '../db/connection';
import type { ConnectOptions } from '../db/query-runner';
import { neo4jRoot } from '../paths';
import { LocalNeo4j, type LocalInstance } from './local-neo4j';

/** The instance `serve`, `start` and the CLI's database commands share. Tests use their own. */
export const DEV_INSTANCE = 'dev';

export function devInstance(log: (message: string) => void): LocalInstance {
  return new LocalNeo4j(neo4jRoot(), log).instance(DEV_INSTANCE);
}

/**
 * The CLI's choice of Neo4j. NEO4J_URI set: that server, as configured. Not set: the project's local
 * Neo4j, provisioned and started if needed (an already running one is reused).
 */
export async function resolveNeo4j(config: Config, log: (message: string) => void): Promise<ConnectOptions> {
  if (config.neo4j.uri !== null) return neo4jConnection(config);
  const instance = devInstance(log);
  const { uri, reused, seconds } = await instance.start(config.neo4j.local);
  log(
    reused
      ? `Reusing the local Neo4j on ${uri}.`
      : `Started the local Neo4j on ${uri} in ${seconds.toFixed(1)} s.`,
  );
  return neo4jConnection(config, { uri, username: 'neo4j', password: instance.password() });
}
