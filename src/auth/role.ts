import { registerEnumType } from 'type-graphql';

/** VIEWER reads; EDITOR also creates, updates, deletes and imports; ADMIN may do everything. */
export enum Role {
  VIEWER = 'VIEWER',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}

export const RANK: Readonly<Record<Role, number>> = { [Role.VIEWER]: 1, [Role.EDITOR]: 2, [Role.ADMIN]: 3 };

/** Roles are ordered: holding a role grants every role below it. */
export function grants(held: readonly Role[], required: Role): boolean {
  return held.some((role) => RANK[role] >= RANK[required]);
}

export function isRole(value: string): value is Role {
  return value in RANK;
}

registerEnumType(Role, { name: 'Role', description: 'What a caller may do: VIEWER < EDITOR < ADMIN.' });
