import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import { DomainError } from '../errors';
import type { Logger } from '../logger';
import { currentRequestId } from '../request-scope';

/** Apollo's request-level codes: the client sent something malformed, so they surface as-is. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export interface FieldProblem {
  field: string;
  problems: string[];
}

/** class-validator's nested errors → flat "input.members[1].role" paths with their messages. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const isIndex = /^\d+$/.test(error.property);
    const field =
      prefix === ''
        ? error.property
        : isIndex
          ? `${prefix}[${error.property}]`
          : `${prefix}.${error.property}`;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * Domain errors and client mistakes pass through with their code; everything else is logged whole and
 * masked as INTERNAL_SERVER_ERROR, so no driver message, Cypher or stack reaches a client.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const fields = flattenValidationErrors(original.extensions.validationErrors);
      const summary = fields.map((f) => `${f.field}: ${f.problems.join('; ')}`).join(' | ');
      return {
        message: `invalid input — ${summary}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', fields },
      };
    }
    if (original instanceof AuthenticationError) {
      return { ...formatted, extensions: { code: 'UNAUTHENTICATED' } };
    }
    if (original instanceof AuthorizationError) {
      return { ...formatted, extensions: { code: 'FORBIDDEN' } };
    }
    if (original instanceof DomainError && original.code !== 'INTERNAL_SERVER_ERROR') {
      // Neo4j failing inside itself is answered as SERVICE_UNAVAILABLE, and operators hear of it.
      const cause = original.extensions.cause;
      if (typeof cause === 'string' && cause.startsWith('Neo.DatabaseError.'))
        logger.warn({ err: original, cause, requestId: currentRequestId() }, 'Neo4j failed internally');
      return formatted;
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      return { ...formatted, extensions: { ...formatted.extensions, stacktrace: undefined } };
    }
    // A GraphQLError raised by graphql-js itself while coercing variables or arguments is the client's.
    if (
      original instanceof GraphQLError &&
      original.originalError === undefined &&
      formatted.path === undefined
    ) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: 'BAD_USER_INPUT' },
      };
    }
    const requestId = currentRequestId();
    logger.error(
      { err: original, requestId, path: formatted.path },
      'unexpected error while resolving a request',
    );
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}
