/**
 * The one module that talks to neo4j-driver (neo4j/graphql's Executor is the model). It routes reads
 * and writes, always names the database, turns driver values into plain ones, tags every transaction
 * with metadata and a timeout, reports each query to listeners, and maps driver errors onto the
 * service's error codes.
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  Neo4jError,
  isRetryableError,
  isDate,
  isDateTime,
  isLocalDateTime,
  isNode,
  isRelationship,
  isInt,
} from 'neo4j-driver';
import { ConflictError, QueryTimeoutError, ServiceUnavailableError } from '../errors';
import { currentRequestId } from '../request-scope';
import type { Query } from './cypher-catalog';

export type Params = Record<string, unknown>;
export type AccessMode = 'READ' | 'WRITE';

export interface RunOptions {
  /** Lower than the configured timeout only; the configured one is the ceiling. */
  timeoutMs?: number;
}

export interface QueryEvent {
  name: string;
  mode: AccessMode;
  durationMs: number;
  rows: number;
  requestId?: string;
  error?: string;
}

export interface Transaction {
  run<T>(query: Query<T>, params?: Params): Promise<T[]>;
}

export interface ConnectOptions {
  uri: string;
  username: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
  connectTimeoutMs: number;
}

export interface ServerVersion {
  name: string;
  version: string;
  edition: string;
}

export class QueryRunner {
  private readonly listeners = new Set<(event: QueryEvent) => void>();

  private constructor(
    private readonly driver: Driver,
    private readonly options: ConnectOptions,
  ) {}

  static connect(options: ConnectOptions): QueryRunner {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
      disableLosslessIntegers: true,
      connectionTimeout: options.connectTimeoutMs,
      connectionAcquisitionTimeout: options.connectTimeoutMs,
      // Retrying for the driver's default 30 s would hold requests while Neo4j is down; fail fast instead.
      maxTransactionRetryTime: Math.min(options.connectTimeoutMs, 5_000),
      userAgent: 'partnership-graph',
    });
    return new QueryRunner(driver, options);
  }

  get database(): string {
    return this.options.database;
  }

  /** Subscribe to every query run (logging, round-trip counting); returns the unsubscribe function. */
  onQuery(listener: (event: QueryEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  read<T>(query: Query<T>, params: Params = {}, options: RunOptions = {}): Promise<T[]> {
    return this.transaction('READ', (tx) => tx.run<T>(query, params), options, query.name);
  }

  write<T>(query: Query<T>, params: Params = {}, options: RunOptions = {}): Promise<T[]> {
    return this.transaction('WRITE', (tx) => tx.run<T>(query, params), options, query.name);
  }

  readTransaction<R>(work: (tx: Transaction) => Promise<R>, options: RunOptions = {}): Promise<R> {
    return this.transaction('READ', work, options, 'transaction');
  }

  writeTransaction<R>(work: (tx: Transaction) => Promise<R>, options: RunOptions = {}): Promise<R> {
    return this.transaction('WRITE', work, options, 'transaction');
  }

  /** EXPLAIN a statement: checks syntax, labels and parameters against the real database without running it. */
  async explain(query: Query): Promise<void> {
    await this.transaction(
      'WRITE',
      async (tx) => {
        await tx.run({ name: `explain:${query.name}`, text: `EXPLAIN ${query.text}` }, {});
      },
      {},
      `explain:${query.name}`,
    );
  }

  /** A cheap round trip; throws ServiceUnavailableError when the database cannot be reached. */
  async ping(timeoutMs = 2_000): Promise<void> {
    await this.read({ name: 'system/ping', text: 'RETURN 1 AS ok' }, {}, { timeoutMs });
  }

  async serverVersion(): Promise<ServerVersion> {
    const [row] = await this.read<{ name: string; versions: string[]; edition: string }>({
      name: 'system/components',
      text: 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
    });
    return {
      name: row?.name ?? 'unknown',
      version: row?.versions[0] ?? 'unknown',
      edition: row?.edition ?? 'unknown',
    };
  }

  /** Waits until the server answers (used after starting a local Neo4j). */
  async waitUntilReachable(timeoutMs: number, isAlive: () => boolean = () => true): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        await this.driver.verifyConnectivity({ database: this.options.database });
        await this.ping(5_000);
        return;
      } catch (error) {
        if (!isAlive()) throw new Error('the Neo4j process exited while starting');
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async transaction<R>(
    mode: AccessMode,
    work: (tx: Transaction) => Promise<R>,
    options: RunOptions,
    label: string,
  ): Promise<R> {
    const timeout = Math.min(options.timeoutMs ?? this.options.queryTimeoutMs, this.options.queryTimeoutMs);
    const requestId = currentRequestId();
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = {
      timeout,
      metadata: { app: 'partnership-graph', query: label, ...(requestId ? { requestId } : {}) },
    };
    try {
      const run = (managed: ManagedTransaction) => work(this.wrap(managed, mode, requestId));
      return mode === 'READ'
        ? await session.executeRead(run, config)
        : await session.executeWrite(run, config);
    } catch (error) {
      throw mapDriverError(error, label, timeout);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private wrap(tx: ManagedTransaction, mode: AccessMode, requestId: string | undefined): Transaction {
    return {
      run: async <T>(query: Query<T>, params: Params = {}): Promise<T[]> => {
        const started = performance.now();
        try {
          const result = await tx.run(query.text, params);
          const rows = result.records.map((record) => toPlain(record.toObject()) as T);
          this.emit({
            name: query.name,
            mode,
            durationMs: performance.now() - started,
            rows: rows.length,
            requestId,
          });
          return rows;
        } catch (error) {
          this.emit({
            name: query.name,
            mode,
            durationMs: performance.now() - started,
            rows: 0,
            requestId,
            error: error instanceof Error ? error.message : String(error),
          });
          throw error;
        }
      },
    };
  }

  private emit(event: QueryEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

/** Driver values → plain JSON-friendly values: integers to numbers, dates to ISO strings, nodes to properties. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return value.toString();
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toPlain(inner);
    return out;
  }
  return value;
}

const UNAVAILABLE_CODES = new Set([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

export function mapDriverError(error: unknown, label: string, timeoutMs: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code;
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    const match = /label `(\w+)` and property `(\w+)` = (.+)$/m.exec(error.message);
    const what = match ? `${match[1]} with ${match[2]} ${match[3]?.trim()}` : 'an entity with that id';
    return new ConflictError(`${what} already exists`);
  }
  if (
    code.includes('TransactionTimedOut') ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
  ) {
    return new QueryTimeoutError(
      `the query '${label}' took longer than ${timeoutMs} ms and was stopped; narrow it down`,
    );
  }
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError') || isRetryableError(error)) {
    return new ServiceUnavailableError('the database is unavailable right now; try again shortly', {
      cause: code,
    });
  }
  return error;
}
