import neo4j, { Neo4jError } from 'neo4j-driver';
import { describeTransient, type DriverErrorClass } from '../../../src/db/driver-errors';
import { classifyDriverError, mapDriverError } from '../../../src/db/query-runner';
import { ConflictError, QueryTimeoutError, ServiceUnavailableError } from '../../../src/errors';

const driverError = (code: string, message = 'from Neo4j'): Neo4jError =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception');

/** Every family of status codes Neo4j 5 and the driver raise, with the class each belongs to. */
const TABLE: [string, DriverErrorClass][] = [
  // transient: the same transaction may succeed when tried again
  ['Neo.TransientError.Transaction.DeadlockDetected', 'transient'],
  ['Neo.TransientError.Transaction.LockAcquisitionTimeout', 'transient'],
  ['Neo.TransientError.Transaction.Outdated', 'transient'],
  ['Neo.TransientError.Transaction.ConstraintsChanged', 'transient'],
  ['Neo.TransientError.Cluster.ReplicationFailure', 'transient'],
  ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'transient'],
  ['Neo.ClientError.Security.AuthorizationExpired', 'transient'],
  // terminated: stopped from outside (shutdown, kill), under the server's and the driver's spelling
  ['Neo.ClientError.Transaction.LockClientStopped', 'terminated'],
  ['Neo.TransientError.Transaction.LockClientStopped', 'terminated'],
  ['Neo.ClientError.Transaction.Terminated', 'terminated'],
  ['Neo.TransientError.Transaction.Terminated', 'terminated'],
  // unavailable: nothing to talk to
  [neo4j.error.SERVICE_UNAVAILABLE, 'unavailable'],
  [neo4j.error.SESSION_EXPIRED, 'unavailable'],
  ['Neo.TransientError.General.DatabaseUnavailable', 'unavailable'],
  ['Neo.ClientError.Database.DatabaseNotFound', 'unavailable'],
  ['Neo.ClientError.Security.Unauthorized', 'unavailable'],
  ['Neo.ClientError.Security.AuthenticationRateLimit', 'unavailable'],
  // timeout: the transaction outlived its timeout
  ['Neo.ClientError.Transaction.TransactionTimedOut', 'timeout'],
  ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'timeout'],
  // constraint
  ['Neo.ClientError.Schema.ConstraintValidationFailed', 'constraint'],
  // other client errors: a bug in the request
  ['Neo.ClientError.Statement.SyntaxError', 'client'],
  ['Neo.ClientError.Statement.ParameterMissing', 'client'],
  ['Neo.ClientError.Statement.TypeError', 'client'],
  ['Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists', 'client'],
  // database errors: Neo4j failed inside
  ['Neo.DatabaseError.General.UnknownError', 'database'],
  ['Neo.DatabaseError.Statement.ExecutionFailed', 'database'],
  // not a Neo4j status code
  [neo4j.error.PROTOCOL_ERROR, 'other'],
  ['N/A', 'other'],
];

describe('classifying neo4j-driver errors', () => {
  it.each(TABLE)('%s is %s', (code, expected) => {
    expect(classifyDriverError(driverError(code))).toBe(expected);
  });

  it('treats the driver\'s "Connection acquisition timed out" (code N/A) as unavailable', () => {
    const error = new Neo4jError(
      'Connection acquisition timed out in 5000 ms. Pool status: …',
      'N/A',
      '50N42',
      '',
    );
    expect(classifyDriverError(error)).toBe('unavailable');
  });

  it('treats an error that is not a Neo4jError as other', () => {
    expect(classifyDriverError(new Error('Neo.TransientError.Transaction.DeadlockDetected'))).toBe('other');
    expect(classifyDriverError('Neo.ClientError.Transaction.LockClientStopped')).toBe('other');
  });

  it('describes a deadlock in words, with its code', () => {
    expect(describeTransient('Neo.TransientError.Transaction.DeadlockDetected')).toBe(
      'deadlock detected with another write to the same records (Neo.TransientError.Transaction.DeadlockDetected)',
    );
  });
});

describe('mapping driver errors onto the service errors', () => {
  const map = (code: string, message?: string): unknown =>
    mapDriverError(driverError(code, message), 'stakeholders/list', 30_000, {
      attempts: 7,
      elapsedMs: 31_400,
    });

  it('answers a transaction stopped by a shutting-down Neo4j with SERVICE_UNAVAILABLE, not INTERNAL', () => {
    const mapped = map('Neo.ClientError.Transaction.LockClientStopped');
    expect(mapped).toBeInstanceOf(ServiceUnavailableError);
    expect((mapped as ServiceUnavailableError).message).toMatch(/^Neo4j stopped the transaction/);
    expect((mapped as ServiceUnavailableError).extensions.cause).toBe(
      'Neo.ClientError.Transaction.LockClientStopped',
    );
  });

  it('answers a transaction stopped after its own time-out, while it waited for a lock, as a time-out', () => {
    const stopped = driverError('Neo.ClientError.Transaction.LockClientStopped');
    const late = mapDriverError(stopped, 'importer/merge-stakeholders', 30_000, {
      attempts: 1,
      elapsedMs: 30_012,
      lastAttemptMs: 30_012,
    });
    expect(late).toBeInstanceOf(QueryTimeoutError);
    expect((late as QueryTimeoutError).message).toBe(
      "the query 'importer/merge-stakeholders' took longer than 30000 ms and was stopped, waiting for locks " +
        'that other writes held; try again when fewer writes run at once',
    );
    const early = mapDriverError(stopped, 'importer/merge-stakeholders', 30_000, {
      attempts: 1,
      elapsedMs: 1_200,
      lastAttemptMs: 1_200,
    });
    expect(early).toBeInstanceOf(ServiceUnavailableError);
  });

  it('answers an internal Neo4j failure (as raised while it shuts down) with SERVICE_UNAVAILABLE naming the code', () => {
    const mapped = map('Neo.DatabaseError.Transaction.TransactionStartFailed');
    expect(mapped).toBeInstanceOf(ServiceUnavailableError);
    expect((mapped as ServiceUnavailableError).message).toBe(
      "Neo4j failed while running 'stakeholders/list' (Neo.DatabaseError.Transaction.TransactionStartFailed); try again shortly",
    );
  });

  it('says how long it retried a deadlock and what happened, instead of "unavailable"', () => {
    const mapped = map('Neo.TransientError.Transaction.DeadlockDetected');
    expect(mapped).toBeInstanceOf(ServiceUnavailableError);
    expect((mapped as ServiceUnavailableError).message).toBe(
      'gave up after 7 attempts over 31.4 s: deadlock detected with another write to the same records ' +
        '(Neo.TransientError.Transaction.DeadlockDetected); try again',
    );
  });

  it('names the entity a uniqueness constraint refused', () => {
    const mapped = map(
      'Neo.ClientError.Schema.ConstraintValidationFailed',
      "Node(12) already exists with label `Region` and property `id` = 'alentejo'",
    );
    expect(mapped).toBeInstanceOf(ConflictError);
    expect((mapped as ConflictError).message).toBe("Region with id 'alentejo' already exists");
  });

  it('maps a timed-out transaction to QueryTimeoutError and passes other errors on untouched', () => {
    expect(map('Neo.ClientError.Transaction.TransactionTimedOut')).toBeInstanceOf(QueryTimeoutError);
    const syntax = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(mapDriverError(syntax, 'x', 1_000)).toBe(syntax);
    expect(map(neo4j.error.SERVICE_UNAVAILABLE)).toBeInstanceOf(ServiceUnavailableError);
  });
});
