import type { IncomingHttpHeaders } from 'node:http';
import type { AuthConfig } from '../config';
import { UnauthenticatedError } from '../errors';
import { viewerForApiKey } from './api-keys';
import { ANONYMOUS, type Viewer } from './viewer';

/** Raised before execution, so Apollo answers with this HTTP status (and strips the `http` key). */
const UNAUTHORIZED = { http: { status: 401 } };

/**
 * The caller behind a request: `Authorization: ApiKey <key>` or `X-API-Key: <key>`. No credentials
 * means anonymous; credentials that match nothing are refused outright rather than downgraded.
 */
export function authenticate(headers: IncomingHttpHeaders, auth: AuthConfig): Viewer {
  const header = headers.authorization;
  const apiKey = /^ApiKey\s+(\S+)$/i.exec(header ?? '')?.[1] ?? (headers['x-api-key'] as string | undefined);
  if (apiKey !== undefined) {
    const viewer = viewerForApiKey(auth.apiKeys, apiKey);
    if (!viewer) throw new UnauthenticatedError('the API key is not valid', UNAUTHORIZED);
    return viewer;
  }
  if (header !== undefined && header !== '') {
    throw new UnauthenticatedError('unsupported Authorization header: use "ApiKey <key>"', UNAUTHORIZED);
  }
  return ANONYMOUS;
}
