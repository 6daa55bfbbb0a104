import type { IncomingHttpHeaders } from 'node:http';
import type { AuthConfig } from '../config';
import { UnauthenticatedError } from '../errors';
import { viewerForApiKey } from './api-keys';
import { createJwtVerifier, UNAUTHORIZED } from './jwt';
import { ANONYMOUS, type Viewer } from './viewer';

export type Authenticate = (headers: IncomingHttpHeaders) => Promise<Viewer>;

/**
 * The caller behind a request: `Authorization: ApiKey <key>`, `X-API-Key: <key>` or
 * `Authorization: Bearer <JWT>`. No credentials means anonymous; credentials that match nothing are
 * refused outright (UNAUTHENTICATED, HTTP 401) rather than downgraded.
 */
export function createAuthenticator(auth: AuthConfig): Authenticate {
  const verifyToken = createJwtVerifier(auth.jwt);
  return async (headers) => {
    const header = headers.authorization?.trim();
    const xApiKey = headers['x-api-key'];
    const apiKey =
      /^ApiKey\s+(\S+)$/i.exec(header ?? '')?.[1] ?? (typeof xApiKey === 'string' ? xApiKey : undefined);
    if (apiKey !== undefined) {
      const viewer = viewerForApiKey(auth.apiKeys, apiKey);
      if (!viewer) throw new UnauthenticatedError('the API key is not valid', UNAUTHORIZED);
      return viewer;
    }
    const token = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
    if (token !== undefined) {
      if (verifyToken === null) {
        throw new UnauthenticatedError(
          'bearer tokens are not accepted here (no JWT_SECRET or JWT_JWKS_URL configured): use "ApiKey <key>"',
          UNAUTHORIZED,
        );
      }
      return verifyToken(token);
    }
    if (header !== undefined && header !== '') {
      throw new UnauthenticatedError(
        'unsupported Authorization header: use "ApiKey <key>" or "Bearer <token>"',
        UNAUTHORIZED,
      );
    }
    return ANONYMOUS;
  };
}
