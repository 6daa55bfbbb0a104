import type { ConnectOptions } from '../../src/db/query-runner';
import {
  freePort,
  LocalNeo4j,
  type InstanceOptions,
  type LocalInstance,
} from '../../src/local-neo4j/local-neo4j';
import { neo4jRoot } from '../../src/paths';

export interface OwnNeo4j {
  instance: LocalInstance;
  options: InstanceOptions;
  connection: ConnectOptions;
}

/**
 * A Neo4j of the test file's own (data directory and port), for tests that stop the server or need
 * a database no other test file writes to. Destroy it in afterAll with `instance.destroy()`.
 */
export async function startOwnNeo4j(
  label: string,
  connection: Partial<ConnectOptions> = {},
): Promise<OwnNeo4j> {
  const instance = new LocalNeo4j(neo4jRoot()).instance(
    `test-${label}-${process.pid}-${Date.now().toString(36)}`,
  );
  const options: InstanceOptions = { heap: '512m', pageCache: '128m', port: await freePort() };
  const { uri } = await instance.start(options);
  return {
    instance,
    options,
    connection: {
      uri,
      username: 'neo4j',
      password: instance.password(),
      database: 'neo4j',
      queryTimeoutMs: 10_000,
      connectTimeoutMs: 1_000,
      ...connection,
    },
  };
}
