import type { ApolloServerPlugin } from '@apollo/server';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { AppContext } from '../graphql/context';
import { grants, Role } from './role';

/**
 * Reads are authorized per operation, not per field: a query needs at least VIEWER unless anonymous
 * reads are configured, so a new query field is protected without a decorator of its own. Mutations
 * always need a caller; the role each one needs is its `@Authorized(Role.X)`, checked by the auth checker.
 */
export function operationAccessPlugin(anonymousRead: boolean): ApolloServerPlugin<AppContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, contextValue }) {
          const { viewer } = contextValue;
          const kind = operation?.operation ?? 'query';
          const isQuery = kind === 'query';
          if (viewer.id === null) {
            if (isQuery && anonymousRead) return Promise.resolve();
            throw new UnauthenticatedError(
              isQuery
                ? 'queries need an API key or a bearer token (Authorization: ApiKey <key> or Bearer <token>)'
                : `a ${kind} needs an API key or a bearer token`,
              { http: { status: 401 } },
            );
          }
          if (!grants(viewer.roles, Role.VIEWER)) {
            throw new ForbiddenError(`${viewer.id} holds no role: reading needs at least VIEWER`, {
              http: { status: 403 },
            });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
