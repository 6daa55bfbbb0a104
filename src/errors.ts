import { GraphQLError } from 'graphql';

/** The closed set of error codes a client can see (STYLE.md). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export abstract class DomainError extends GraphQLError {
  abstract readonly code: ErrorCode;
}

function codedError(code: ErrorCode) {
  return class extends DomainError {
    readonly code = code;
    constructor(message: string, extensions: Record<string, unknown> = {}) {
      super(message, { extensions: { ...extensions, code } });
    }
  };
}

export class BadUserInputError extends codedError('BAD_USER_INPUT') {}
export class NotFoundError extends codedError('NOT_FOUND') {}
export class ConflictError extends codedError('CONFLICT') {}
export class UnauthenticatedError extends codedError('UNAUTHENTICATED') {}
export class ForbiddenError extends codedError('FORBIDDEN') {}
export class ServiceUnavailableError extends codedError('SERVICE_UNAVAILABLE') {}
/** A transaction stopped by its timeout: Neo4j is up, but the work asked of it was too big or slow. */
export class QueryTimeoutError extends ServiceUnavailableError {}
