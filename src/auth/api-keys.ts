import { createHash, timingSafeEqual } from 'node:crypto';
import { isRole, type Role } from './role';
import type { Viewer } from './viewer';

export interface ApiKey {
  /** Shown in logs instead of the key. */
  name: string;
  role: Role;
  /** sha256 of the key: the key itself is never kept in memory after start-up. */
  hash: Buffer;
}

const sha256 = (value: string): Buffer => createHash('sha256').update(value).digest();

/**
 * API_KEYS = comma-separated `name:ROLE:key` entries, e.g. `dashboard:VIEWER:3f9…,seeder:EDITOR:a71…`.
 * Returns the keys and the problems found (each naming the entry), so config can report all at once.
 */
export function parseApiKeys(raw: string | null): { keys: ApiKey[]; problems: string[] } {
  const keys: ApiKey[] = [];
  const problems: string[] = [];
  if (raw === null) return { keys, problems };
  raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .forEach((entry, index) => {
      const [name, role, key, ...rest] = entry.split(':');
      const where = `API_KEYS entry ${index + 1}${name ? ` (${name})` : ''}`;
      if (!name || !role || !key || rest.length > 0) problems.push(`${where}: expected name:ROLE:key`);
      else if (!isRole(role)) problems.push(`${where}: role ${role} is not one of VIEWER, EDITOR, ADMIN`);
      else if (key.length < 16) problems.push(`${where}: the key must be at least 16 characters`);
      else keys.push({ name, role, hash: sha256(key) });
    });
  return { keys, problems };
}

/** An API key made at run time (the generated local key). */
export function apiKey(name: string, role: Role, key: string): ApiKey {
  return { name, role, hash: sha256(key) };
}

/** The viewer an API key stands for, or null when no key matches (compared in constant time). */
export function viewerForApiKey(keys: readonly ApiKey[], presented: string): Viewer | null {
  const hash = sha256(presented);
  const match = keys.find((key) => timingSafeEqual(key.hash, hash));
  return match ? { id: `api-key:${match.name}`, roles: [match.role], via: 'api-key' } : null;
}
