/**
 * The one module that talks to neo4j-driver (neo4j/graphql's Executor is the model). It routes reads
 * and writes, always names the database, turns driver values into plain ones, tags every transaction
 * with metadata and a timeout, reports each query to listeners, and maps driver errors onto the
 * service's error codes.
 */
import neo4j, {
  type Config as DriverConfig,
  type Driver,
  type Transaction as DriverTransaction,
  Neo4jError,
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
import { classifyStatusCode, describeTransient, type DriverErrorClass } from './driver-errors';
import { advanceGraphVersion, changedData } from './graph-version';

export type Params = Record<string, unknown>;
export type AccessMode = 'READ' | 'WRITE';

export interface RunOptions {
  /** Lower than the configured timeout only; the configured one is the ceiling. */
  timeoutMs?: number;
  /**
   * A write that changes no region, community or stakeholder (only partnerships, their members, needs
   * or assets) says so, and the graph's base version is left as it is: the analytics keep a scope's
   * stakeholders per base version (src/db/graph-version.ts). Unsaid, a write advances both versions.
   */
  leavesBase?: boolean;
}

/** The options of a write of partnerships, members, needs or assets only (RunOptions.leavesBase). */
export const LEAVES_BASE: RunOptions = { leavesBase: true };

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
  /**
   * Each row's values by position, as the driver decoded them (no toPlain: the query must return only
   * strings, numbers, booleans, nulls and lists of them), handed to `onRow` as the records arrive;
   * resolves with the row count.
   */
  each(query: Query, params: Params, onRow: (values: unknown[]) => void): Promise<number>;
}

export interface ConnectOptions {
  uri: string;
  username: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
  /** A request fails within this long when Neo4j cannot be reached (NEO4J_CONNECT_TIMEOUT_MS). */
  connectTimeoutMs: number;
  /** How long transient errors (deadlocks) are retried before giving up (NEO4J_MAX_RETRY_TIME_MS). */
  maxRetryTimeMs?: number;
}

export const DEFAULT_MAX_RETRY_TIME_MS = 30_000;

/**
 * The driver settings derived from ours. The runner uses explicit transactions, not the driver's
 * executeRead/executeWrite: their retry loop starts a retry as long as the first failure is younger
 * than maxTransactionRetryTime and then waits 1 s, 2 s, 4 s … between attempts, so with Neo4j down a
 * request took 6–8 s to fail instead of the 5 s documented (and 0 still allows one retry). The runner
 * retries by itself (see `retryDelay`), and each attempt may spend half the connect budget on opening a
 * connection, so a retry of a lost connection still fits in it. Waiting for a free pooled connection is
 * another matter: with Neo4j up, a burst of concurrent requests queues for the pool (100 creates at once
 * waited over 2.5 s on a busy machine), so that wait gets POOL_WAIT_MS; with Neo4j down no wait is spent
 * there, since opening a connection fails within connectionTimeout.
 */
export function driverConfig(options: Pick<ConnectOptions, 'connectTimeoutMs'>): DriverConfig {
  const perAttempt = attemptConnectMs(options.connectTimeoutMs);
  return {
    disableLosslessIntegers: true,
    connectionTimeout: perAttempt,
    connectionAcquisitionTimeout: Math.max(perAttempt, POOL_WAIT_MS),
    userAgent: 'partnership-graph',
  };
}

/** How long a request may queue for a pooled connection while Neo4j is up (the transaction timeout's span). */
export const POOL_WAIT_MS = 30_000;

const attemptConnectMs = (connectTimeoutMs: number): number => Math.max(50, Math.floor(connectTimeoutMs / 2));

export interface RetryBudget {
  connectTimeoutMs: number;
  maxRetryTimeMs: number;
}

/**
 * Whether to try a failed transaction again, and after how long (null: give up). Transient errors
 * (deadlocks above all, which two overlapping imports cause) get exponential back-off from 50 ms up
 * to 2 s with full jitter (each wait is drawn from 50–150 % of the step, so two writers that
 * deadlocked do not retry in lock-step) for up to maxRetryTimeMs. A lost connection is tried again
 * only while another attempt, connection included, still ends inside the connect timeout.
 * `random` is a number in [0, 1).
 */
export function retryDelay(
  kind: DriverErrorClass,
  attempt: number,
  elapsedMs: number,
  budget: RetryBudget,
  random: number = Math.random(),
): number | null {
  const jittered = (initialMs: number, maxMs: number): number =>
    Math.round(Math.min(maxMs, initialMs * 2 ** (attempt - 1)) * (0.5 + random));
  if (kind === 'transient') {
    const delay = jittered(50, 2_000);
    return elapsedMs + delay <= budget.maxRetryTimeMs ? delay : null;
  }
  if (kind === 'unavailable') {
    const delay = jittered(100, 1_000);
    const fits = elapsedMs + delay + attemptConnectMs(budget.connectTimeoutMs) <= budget.connectTimeoutMs;
    return fits ? delay : null;
  }
  return null;
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
    const driver = neo4j.driver(
      options.uri,
      neo4j.auth.basic(options.username, options.password),
      driverConfig(options),
    );
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

  /**
   * A read whose rows are folded into a state as they stream in (see Transaction.each), for results too
   * large to hold twice: decoding then overlaps the server's work, and the event loop is taken in small
   * steps rather than once for the whole result. Each attempt folds from a fresh `start()`, so a
   * retried read never keeps rows of the attempt that failed.
   */
  readFold<S>(
    query: Query,
    params: Params,
    start: () => S,
    fold: (state: S, values: unknown[]) => void,
    options: RunOptions = {},
  ): Promise<S> {
    return this.transaction(
      'READ',
      async (tx) => {
        const state = start();
        await tx.each(query, params, (values) => fold(state, values));
        return state;
      },
      options,
      query.name,
    );
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
    const budget: RetryBudget = {
      connectTimeoutMs: this.options.connectTimeoutMs,
      maxRetryTimeMs: this.options.maxRetryTimeMs ?? DEFAULT_MAX_RETRY_TIME_MS,
    };
    const started = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      const attemptStarted = Date.now();
      try {
        return await this.attempt(mode, work, timeout, label, options.leavesBase === true);
      } catch (error) {
        const kind = classifyDriverError(error);
        const delay = retryDelay(kind, attempt, Date.now() - started, budget);
        if (delay === null) {
          throw mapDriverError(error, label, timeout, {
            attempts: attempt,
            elapsedMs: Date.now() - started,
            lastAttemptMs: Date.now() - attemptStarted,
          });
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  /** One try in a fresh session: a retry gets a new connection when the old one was lost. */
  private async attempt<R>(
    mode: AccessMode,
    work: (tx: Transaction) => Promise<R>,
    timeout: number,
    label: string,
    leavesBase: boolean,
  ): Promise<R> {
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
      const tx = session.beginTransaction(config);
      try {
        const changes = { data: false };
        const result = await work(this.wrap(tx, mode, requestId, changes));
        // Every write that changed data advances the graph version before it commits (src/db/graph-version.ts).
        if (changes.data)
          await this.wrap(tx, mode, requestId).run(advanceGraphVersion(), { base: !leavesBase });
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      }
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private wrap(
    tx: DriverTransaction,
    mode: AccessMode,
    requestId: string | undefined,
    changes: { data: boolean } = { data: false },
  ): Transaction {
    return {
      run: async <T>(query: Query<T>, params: Params = {}): Promise<T[]> => {
        const started = performance.now();
        try {
          const result = await tx.run(query.text, params);
          if (mode === 'WRITE' && changedData(result.summary.counters.updates())) changes.data = true;
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
          this.failed(query, mode, started, requestId, error);
          throw error;
        }
      },
      each: async (query: Query, params: Params, onRow: (values: unknown[]) => void): Promise<number> => {
        const started = performance.now();
        let rows = 0;
        try {
          await new Promise<void>((resolve, reject) => {
            // After onRow throws, the rest of the stream is drained unseen and the error is the answer.
            let failure: Error | null = null;
            tx.run(query.text, params).subscribe({
              onNext: (record) => {
                if (failure) return;
                const values = new Array<unknown>(record.length);
                for (let i = 0; i < record.length; i += 1) values[i] = record.get(i);
                rows += 1;
                try {
                  onRow(values);
                } catch (error) {
                  failure = error instanceof Error ? error : new Error(String(error));
                  reject(failure);
                }
              },
              onCompleted: () => resolve(),
              onError: reject,
            });
          });
          this.emit({ name: query.name, mode, durationMs: performance.now() - started, rows, requestId });
          return rows;
        } catch (error) {
          this.failed(query, mode, started, requestId, error);
          throw error;
        }
      },
    };
  }

  private failed(
    query: Query,
    mode: AccessMode,
    started: number,
    requestId: string | undefined,
    error: unknown,
  ): void {
    this.emit({
      name: query.name,
      mode,
      durationMs: performance.now() - started,
      rows: 0,
      requestId,
      error: error instanceof Error ? error.message : String(error),
    });
  }

  private emit(event: QueryEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

/** Driver values → plain JSON-friendly values: integers to numbers, dates to ISO strings, nodes to properties. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans first: most values are, and the driver's type tests are not free.
  if (typeof value !== 'object') return value;
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

/** The class of any error thrown while running a transaction ('other' unless neo4j-driver raised it). */
export function classifyDriverError(error: unknown): DriverErrorClass {
  if (!(error instanceof Neo4jError)) return 'other';
  // The pool's own time-out carries no status code (N/A): every connection stayed busy, so the server
  // is overloaded or unreachable — the caller should try again later, as for an outage.
  return classifyStatusCode(error.code, error.message);
}

export interface Attempts {
  attempts: number;
  elapsedMs: number;
  /** How long the failing attempt ran. */
  lastAttemptMs?: number;
}

/** A driver error → the service's error, by its class (src/db/driver-errors.ts); anything else as is. */
export function mapDriverError(
  error: unknown,
  label: string,
  timeoutMs: number,
  tried: Attempts = { attempts: 1, elapsedMs: 0 },
): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const cause = error.code;
  switch (classifyDriverError(error)) {
    case 'constraint': {
      const match = /label `(\w+)` and property `(\w+)` = (.+)$/m.exec(error.message);
      const what = match ? `${match[1]} with ${match[2]} ${match[3]?.trim()}` : 'an entity with that id';
      return new ConflictError(`${what} already exists`);
    }
    case 'timeout':
      return new QueryTimeoutError(
        `the query '${label}' took longer than ${timeoutMs} ms and was stopped; narrow it down`,
      );
    case 'transient': {
      const seconds = (tried.elapsedMs / 1000).toFixed(1);
      const attempts = `${tried.attempts} attempt${tried.attempts === 1 ? '' : 's'}`;
      return new ServiceUnavailableError(
        `gave up after ${attempts} over ${seconds} s: ${describeTransient(cause)}; try again`,
        { cause },
      );
    }
    case 'terminated':
      // Neo4j reports its own transaction time-out as LockClientStopped/Terminated when it strikes
      // while the transaction waits for a lock: past the time-out, that is what happened.
      if ((tried.lastAttemptMs ?? 0) >= timeoutMs)
        return new QueryTimeoutError(
          `the query '${label}' took longer than ${timeoutMs} ms and was stopped, waiting for locks that other ` +
            'writes held; try again when fewer writes run at once',
        );
      return new ServiceUnavailableError(
        'Neo4j stopped the transaction (the database is shutting down, or the transaction was terminated); ' +
          'nothing of it was written; try again shortly',
        { cause },
      );
    case 'unavailable':
      return new ServiceUnavailableError('the database is unavailable right now; try again shortly', {
        cause,
      });
    case 'database':
      // Neo4j failed inside itself (it raises these while shutting down, among other times): the
      // dependency failed, not this service, and the same request may well succeed a moment later.
      return new ServiceUnavailableError(
        `Neo4j failed while running '${label}' (${cause}); try again shortly`,
        {
          cause,
        },
      );
    default:
      return error;
  }
}
