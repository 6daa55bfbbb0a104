import type { Role } from './role';

/** Who is asking: an API key's or token's subject with its roles, or anonymous (no roles). */
export interface Viewer {
  id: string | null;
  roles: readonly Role[];
  /** How the caller proved who it is. */
  via: 'anonymous' | 'api-key' | 'jwt';
}

export const ANONYMOUS: Viewer = Object.freeze({ id: null, roles: [], via: 'anonymous' });
