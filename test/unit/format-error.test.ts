import { GraphQLError } from 'graphql';
import { ServiceUnavailableError } from '../../src/errors';
import { createFormatError } from '../../src/graphql/format-error';
import { ImportInterruptedError } from '../../src/importer/network-importer';
import type { Logger } from '../../src/logger';

const written = { phase: 'partnerships' as const, rowsDone: 40, rowsTotal: 100, batchesDone: 4 };

function format(error: Error): {
  formatted: ReturnType<ReturnType<typeof createFormatError>>;
  logged: unknown[];
} {
  const logged: unknown[] = [];
  const logger = { error: (...args: unknown[]) => logged.push(args) } as unknown as Logger;
  const wrapped = new GraphQLError(error.message, { path: ['importNetwork'], originalError: error });
  const formatted = createFormatError(logger)(
    {
      message: wrapped.message,
      path: ['importNetwork'],
      extensions: { ...(error as GraphQLError).extensions },
    },
    wrapped,
  );
  return { formatted, logged };
}

describe('formatting an interrupted import', () => {
  it('passes a Neo4j outage through with its code and what was written', () => {
    const { formatted, logged } = format(
      new ImportInterruptedError(new ServiceUnavailableError('Neo4j is not reachable'), written),
    );
    expect(formatted.extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      written: { phase: 'partnerships', batches: 4, rows: 40, rowsTotal: 100, dryRun: false },
    });
    expect(formatted.message).toMatch(
      /after 4 batches in all \(at least 40 of 100 rows written\): Neo4j is not reachable\./,
    );
    expect(logged).toEqual([]);
  });

  it('masks an unexpected cause and logs it whole', () => {
    const { formatted, logged } = format(
      new ImportInterruptedError(new Error('Cypher blew up at line 3'), written),
    );
    expect(formatted.message).toBe('Internal server error');
    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(formatted)).not.toContain('Cypher');
    expect(logged).toHaveLength(1);
  });
});
