import { Neo4jError } from 'neo4j-driver';
import { mapDriverError } from '../../../src/db/query-runner';
import { QueryTimeoutError, ServiceUnavailableError } from '../../../src/errors';
import { ImportInterruptedError } from '../../../src/importer/network-importer';

const written = { phase: 'partnerships' as const, rowsDone: 40_000, rowsTotal: 766_000, batchesDone: 12 };

describe('an import stopped by a transaction timeout', () => {
  it('maps the timeout to QueryTimeoutError, a SERVICE_UNAVAILABLE error', () => {
    const timeout = new Neo4jError(
      'The transaction has been terminated.',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      '25N06',
      'error: transaction rollback - transaction timed out',
    );
    const mapped = mapDriverError(timeout, 'transaction', 30_000);
    expect(mapped).toBeInstanceOf(QueryTimeoutError);
    expect((mapped as QueryTimeoutError).code).toBe('SERVICE_UNAVAILABLE');
  });

  it('advises a smaller batch size instead of passing the query message on', () => {
    const reason = new QueryTimeoutError("the query 'transaction' took longer than 30000 ms and was stopped");
    expect(new ImportInterruptedError(reason, written).message).toBe(
      'the import stopped while writing partnerships after 12 batches in all (at least 40,000 of 766,000 ' +
        'rows written): a batch took longer than the transaction timeout; import with a smaller batch size ' +
        '(--batch-size). Each batch is stored whole or not at all; run the same import again to finish it ' +
        '(nothing is created twice).',
    );
  });

  it('passes other outages on as they are', () => {
    const reason = new ServiceUnavailableError('the database is unavailable right now; try again shortly');
    expect(new ImportInterruptedError(reason, written).message).toContain(
      'rows written): the database is unavailable right now; try again shortly.',
    );
  });
});
