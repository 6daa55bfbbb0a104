import { getMetadataStorage } from 'type-graphql';
import { isRole, RANK, Role } from '../../src/auth/role';

/**
 * The roles a mutation's `@Authorized(...)` names (on the method, else on its resolver class), read
 * from type-graphql's metadata; null when the mutation is not guarded at all.
 */
export function requiredRoles(mutation: string): Role[] | null {
  const storage = getMetadataStorage();
  const meta = storage.mutations.find((m) => m.schemaName === mutation);
  if (!meta) return null;
  const onField = storage.authorizedFields.find(
    (f) => f.target === meta.target && f.fieldName === meta.methodName,
  );
  const onClass = storage.authorizedResolver.find((c) => c.target === meta.target);
  const roles = onField?.roles ?? onClass?.roles;
  return roles === undefined ? null : roles.map(String).filter(isRole);
}

/** The weakest role that passes (`@Authorized(A, B)` lets either through). */
export function weakestRole(roles: readonly Role[]): Role {
  return [...roles].sort((a, b) => RANK[a] - RANK[b])[0] ?? Role.VIEWER;
}

/** Every role ranked below the given one. */
export function rolesBelow(role: Role): Role[] {
  return Object.values(Role).filter((r) => RANK[r] < RANK[role]);
}
