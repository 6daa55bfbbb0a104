import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { AppContext } from '../graphql/context';
import { grants, type Role } from './role';

/**
 * The one auth checker behind every `@Authorized(Role.X)`: anonymous callers get UNAUTHENTICATED,
 * authenticated callers without the role get FORBIDDEN naming the role needed.
 */
export const authChecker: AuthChecker<AppContext, Role> = ({ context, info }, roles) => {
  const viewer = context.viewer;
  if (viewer.id === null) {
    throw new UnauthenticatedError(
      `${info.parentType.name}.${info.fieldName} needs an API key or a bearer token`,
    );
  }
  if (roles.length > 0 && !roles.some((role) => grants(viewer.roles, role))) {
    throw new ForbiddenError(
      `${info.parentType.name}.${info.fieldName} needs the role ${roles.join(' or ')}`,
    );
  }
  return true;
};
