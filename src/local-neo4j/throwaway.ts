import type { ConnectOptions } from '../db/query-runner';
import { neo4jRoot } from '../paths';
import { freePort, LocalNeo4j, type InstanceOptions, type LocalInstance } from './local-neo4j';

/**
 * A Neo4j for one test run or benchmark run: its own data directory and free port, thrown away
 * afterwards. The test suite (one per jest project that needs one) and the benchmarks start theirs
 * here; nothing else in the project starts a throwaway server.
 */
export interface ThrowawayNeo4j {
  instance: LocalInstance;
  options: InstanceOptions;
  connection: ConnectOptions;
  /** Kills the server and deletes its data. */
  destroy(): Promise<void>;
}

/** What another process needs to reach (and stop, restart, destroy) the same throwaway server. */
export interface ThrowawayHandle {
  name: string;
  port: number;
  heap: string;
  pageCache: string;
}

export interface ThrowawayOptions {
  /** Part of the instance's folder name under .neo4j/ (test, outage, bench…). */
  purpose: string;
  heap: string;
  pageCache: string;
  /** Driver settings of the returned connection (the defaults suit a busy machine). */
  queryTimeoutMs?: number;
  connectTimeoutMs?: number;
  log?: (message: string) => void;
}

function connectionOf(
  instance: LocalInstance,
  port: number,
  given: Partial<ThrowawayOptions>,
): ConnectOptions {
  return {
    uri: `bolt://127.0.0.1:${port}`,
    username: 'neo4j',
    password: instance.password(),
    database: 'neo4j',
    queryTimeoutMs: given.queryTimeoutMs ?? 30_000,
    connectTimeoutMs: given.connectTimeoutMs ?? 5_000,
  };
}

function wrap(
  instance: LocalInstance,
  options: InstanceOptions,
  given: Partial<ThrowawayOptions>,
): ThrowawayNeo4j {
  return {
    instance,
    options,
    connection: connectionOf(instance, options.port, given),
    destroy: () => instance.destroy(),
  };
}

export async function startThrowawayNeo4j(given: ThrowawayOptions): Promise<ThrowawayNeo4j> {
  const name = `${given.purpose}-${Date.now().toString(36)}-${process.pid}`;
  const instance = new LocalNeo4j(neo4jRoot(), given.log).instance(name);
  const options: InstanceOptions = { port: await freePort(), heap: given.heap, pageCache: given.pageCache };
  await instance.start(options);
  return wrap(instance, options, given);
}

export function handleOf(neo4j: ThrowawayNeo4j): ThrowawayHandle {
  return { name: neo4j.instance.name, ...neo4j.options };
}

/** The same server from its handle, e.g. in a test worker or a global teardown. */
export function attachThrowawayNeo4j(
  handle: ThrowawayHandle,
  given: Partial<ThrowawayOptions> = {},
): ThrowawayNeo4j {
  const instance = new LocalNeo4j(neo4jRoot(), given.log).instance(handle.name);
  const { port, heap, pageCache } = handle;
  return wrap(instance, { port, heap, pageCache }, given);
}
