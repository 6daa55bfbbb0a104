/**
 * What a neo4j-driver error means for the service, decided in one place from the error's status code
 * (`Neo.<Classification>.<Category>.<Title>`) rather than from lists of codes scattered around. It
 * works on the code alone, so the query runner stays the only module importing neo4j-driver; the
 * runner's `classifyDriverError` hands it the code of each Neo4jError.
 *
 * - transient: Neo4j says trying the same transaction again may succeed (deadlock, lock wait, an
 *   outdated read, a leader switch). The query runner retries these with jittered back-off.
 * - terminated: the transaction was stopped from outside it: Neo4j shutting down (LockClientStopped),
 *   an administrator or a dropped client (Terminated). The driver reclassifies both from TransientError
 *   to ClientError so it does not retry them; neither do we, but the caller may try again.
 * - unavailable: no database to talk to (connection refused or lost, session expired, the database
 *   stopped or not found, credentials refused): SERVICE_UNAVAILABLE.
 * - timeout: the transaction outlived its timeout: the work is too big, Neo4j is fine.
 * - constraint: a uniqueness (or other) constraint refused the write: CONFLICT.
 * - client: any other mistake in the request (syntax, types, parameters): a bug on our side.
 * - database: Neo4j failed internally (also while shutting down): SERVICE_UNAVAILABLE, logged.
 * - other: not a Neo4j error at all (thrown by our own code, or a driver error without a code).
 */

export type DriverErrorClass =
  'transient' | 'terminated' | 'unavailable' | 'timeout' | 'constraint' | 'client' | 'database' | 'other';

/** Titles (the last part of the code) that mean "stopped from outside", under either classification. */
const TERMINATED_TITLES = new Set(['Terminated', 'LockClientStopped']);

/** Codes that mean "no database to talk to", whatever their classification says. */
const UNAVAILABLE_CODES = new Set<string>([
  // the driver's own codes (neo4j.error.SERVICE_UNAVAILABLE, SESSION_EXPIRED)
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

/** The driver's own errors without a status code ('N/A') that mean "no connection to be had". */
const NO_CONNECTION = /^Connection acquisition timed out/;

export function classifyStatusCode(code: string, message = ''): DriverErrorClass {
  if ((code === 'N/A' || code === '') && NO_CONNECTION.test(message)) return 'unavailable';
  if (UNAVAILABLE_CODES.has(code)) return 'unavailable';
  const [prefix, classification, category, title] = code.split('.');
  if (prefix !== 'Neo' || title === undefined) return 'other';
  if (category === 'Transaction' && title.startsWith('TransactionTimedOut')) return 'timeout';
  if (category === 'Transaction' && TERMINATED_TITLES.has(title)) return 'terminated';
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return 'constraint';
  // The driver retries an expired authorization like a transient error; so do we.
  if (classification === 'TransientError' || code === 'Neo.ClientError.Security.AuthorizationExpired') {
    return 'transient';
  }
  if (classification === 'ClientError') return 'client';
  if (classification === 'DatabaseError') return 'database';
  return 'other';
}

/** A short account of a transient error for people ("deadlock detected with another write"). */
export function describeTransient(code: string): string {
  const title = code.split('.').at(-1) ?? '';
  const what: Readonly<Record<string, string>> = {
    DeadlockDetected: 'deadlock detected with another write to the same records',
    LockAcquisitionTimeout: 'timed out waiting for a lock held by another write',
    Outdated: 'the transaction read data that another write changed meanwhile',
    LeaderSwitch: 'the cluster changed its leader',
  };
  return `${what[title] ?? 'Neo4j reported a transient error'} (${code || 'no code'})`;
}
