import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyOptions } from 'jose';
import type { JwtConfig } from '../config';
import { ServiceUnavailableError, UnauthenticatedError } from '../errors';
import { isRole, type Role } from './role';
import type { Viewer } from './viewer';

/** Raised before execution, so the HTTP layer answers with this status. */
export const UNAUTHORIZED = { http: { status: 401 } };

/** Asymmetric algorithms accepted from a JWKS; HS256 only with the shared secret (no algorithm confusion). */
const JWKS_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'EdDSA'];

export type VerifyToken = (token: string) => Promise<Viewer>;

/** A bearer-token verifier for the configured secret or JWKS, or null when JWTs are not configured. */
export function createJwtVerifier(jwt: JwtConfig): VerifyToken | null {
  const options: JWTVerifyOptions = {
    ...(jwt.issuer !== null ? { issuer: jwt.issuer } : {}),
    ...(jwt.audience !== null ? { audience: jwt.audience } : {}),
    requiredClaims: ['sub', 'exp'],
    clockTolerance: 5,
  };
  if (jwt.secret !== null) {
    const key = new TextEncoder().encode(jwt.secret);
    return (token) =>
      verified(jwtVerify(token, key, { ...options, algorithms: ['HS256'] }), jwt.rolesClaim, false);
  }
  if (jwt.jwksUrl !== null) {
    const keys = createRemoteJWKSet(new URL(jwt.jwksUrl), { timeoutDuration: 5_000 });
    return (token) =>
      verified(jwtVerify(token, keys, { ...options, algorithms: JWKS_ALGORITHMS }), jwt.rolesClaim, true);
  }
  return null;
}

async function verified(
  verifying: Promise<{ payload: JWTPayload }>,
  rolesClaim: string,
  remoteKeys: boolean,
): Promise<Viewer> {
  let payload: JWTPayload;
  try {
    ({ payload } = await verifying);
  } catch (error) {
    throw tokenError(error, remoteKeys);
  }
  return { id: `jwt:${String(payload.sub)}`, roles: rolesOf(payload[rolesClaim]), via: 'jwt' };
}

/** `roles: ["EDITOR"]`, `roles: "EDITOR"` or `roles: "VIEWER EDITOR"`; names that are no role are ignored. */
export function rolesOf(claim: unknown): Role[] {
  const names = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
  return names.filter((name): name is Role => typeof name === 'string' && isRole(name));
}

function tokenError(error: unknown, remoteKeys: boolean): Error {
  if (error instanceof errors.JWTExpired) {
    return new UnauthenticatedError('the bearer token has expired: get a new one', UNAUTHORIZED);
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new UnauthenticatedError(
      `the bearer token's "${error.claim}" claim is not accepted (${error.reason}): ${error.message}`,
      UNAUTHORIZED,
    );
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JOSEAlgNotAllowed ||
    error instanceof errors.JOSENotSupported
  ) {
    return new UnauthenticatedError(
      'the bearer token is not signed by a key this service trusts',
      UNAUTHORIZED,
    );
  }
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid) {
    return new UnauthenticatedError('the bearer token is not a well-formed JWT', UNAUTHORIZED);
  }
  // Fetching or reading the issuer's keys failed: our side (or the issuer's), not the caller's.
  if (remoteKeys) {
    return new ServiceUnavailableError(
      'the signing keys for bearer tokens cannot be fetched right now; try again shortly',
      { http: { status: 503 } },
    );
  }
  return new UnauthenticatedError('the bearer token is not valid', UNAUTHORIZED);
}
