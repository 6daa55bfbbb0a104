import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { Role } from '../../../src/auth/role';
import { freePort } from '../../../src/local-neo4j/local-neo4j';
import { startTestServer, waitForReady, type TestServer } from '../../support/test-server';

const SECRET = 'a-test-secret-of-at-least-thirty-two-bytes!';
const QUERY = '{ serviceInfo { name } }';

async function hs256(claims: JWTPayload, { secret = SECRET, expiresIn = '5m' } = {}): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

async function asBearer(api: TestServer, token: string, query = QUERY) {
  return api.gql<{ serviceInfo: { name: string } }>(
    query,
    {},
    {
      as: 'anonymous',
      headers: { authorization: `Bearer ${token}` },
    },
  );
}

describe('bearer tokens signed with JWT_SECRET (HS256)', () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer(undefined, {
      JWT_SECRET: SECRET,
      JWT_ISSUER: 'https://id.example.org',
      JWT_AUDIENCE: 'partnership-graph',
    });
    await waitForReady(api.url);
  });

  afterAll(async () => {
    await api.close();
  });

  const valid = { sub: 'ana', roles: ['VIEWER'], iss: 'https://id.example.org', aud: 'partnership-graph' };

  it('lets a token with a role read', async () => {
    const response = await asBearer(api, await hs256(valid));
    expect(response.status).toBe(200);
    expect(response.data?.serviceInfo.name).toBe('partnership-graph');
  });

  it('reads the roles claim as an array or as a single name', async () => {
    const response = await asBearer(api, await hs256({ ...valid, roles: 'EDITOR' }));
    expect(response.data?.serviceInfo.name).toBe('partnership-graph');
  });

  it.each([
    ['an expired token', () => hs256(valid, { expiresIn: '-1m' }), /the bearer token has expired/],
    [
      'a token signed with another secret',
      () => hs256(valid, { secret: `${SECRET}-other` }),
      /not signed by a key this service trusts/,
    ],
    [
      'a token from another issuer',
      () => hs256({ ...valid, iss: 'https://evil.example' }),
      /"iss" claim is not accepted/,
    ],
    [
      'a token for another audience',
      () => hs256({ ...valid, aud: 'billing' }),
      /"aud" claim is not accepted/,
    ],
    ['a token without a subject', () => hs256({ ...valid, sub: undefined }), /"sub" claim is not accepted/],
    ['something that is no JWT', () => Promise.resolve('not-a-jwt'), /not a well-formed JWT/],
    [
      'an unsigned token (alg none)',
      () =>
        Promise.resolve(
          `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ ...valid, exp: 9e9 })).toString('base64url')}.`,
        ),
      /not signed by a key this service trusts|not a well-formed JWT/,
    ],
  ])('refuses %s with UNAUTHENTICATED and HTTP 401', async (_name, token, message) => {
    const response = await asBearer(api, await token());
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(response.data).toBeUndefined();
  });

  it('refuses a valid token that carries no role with FORBIDDEN', async () => {
    const response = await asBearer(api, await hs256({ ...valid, roles: ['OWNER'] }));
    expect(response.status).toBe(403);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.errors?.[0]?.message).toBe('jwt:ana holds no role: reading needs at least VIEWER');
  });

  it('still accepts API keys next to tokens, and refuses an unknown key with 401', async () => {
    expect((await api.gql(QUERY, {}, { as: Role.VIEWER })).status).toBe(200);
    const wrong = await api.gql(
      QUERY,
      {},
      { as: 'anonymous', headers: { 'x-api-key': 'not-a-key-of-this-service' } },
    );
    expect(wrong.status).toBe(401);
    expect(wrong.errors?.[0]).toEqual({
      message: 'the API key is not valid',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses an Authorization scheme it does not know', async () => {
    const response = await api.gql(QUERY, {}, { as: 'anonymous', headers: { authorization: 'Basic YTpi' } });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.message).toMatch(/use "ApiKey <key>" or "Bearer <token>"/);
  });
});

describe('bearer tokens verified against JWT_JWKS_URL', () => {
  let jwks: Server;
  let api: TestServer;
  let unreachable: TestServer;
  let sign: (claims: JWTPayload) => Promise<string>;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    sign = (claims) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setExpirationTime('5m')
        .sign(privateKey);
    jwks = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    api = await startTestServer(undefined, {
      JWT_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    });
    unreachable = await startTestServer(undefined, {
      JWT_JWKS_URL: `http://127.0.0.1:${await freePort()}/.well-known/jwks.json`,
    });
    await waitForReady(api.url);
  });

  afterAll(async () => {
    await unreachable?.close();
    await api?.close();
    await new Promise((resolve) => jwks?.close(resolve));
  });

  it('lets a token signed by a published key read', async () => {
    const response = await asBearer(api, await sign({ sub: 'dashboard', roles: ['VIEWER'] }));
    expect(response.status).toBe(200);
    expect(response.data?.serviceInfo.name).toBe('partnership-graph');
  });

  it('refuses an HS256 token even when it is signed with the right bytes (no algorithm confusion)', async () => {
    const response = await asBearer(api, await hs256({ sub: 'mallory', roles: ['ADMIN'] }));
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers SERVICE_UNAVAILABLE (503), not a 500, while the key set cannot be fetched', async () => {
    const response = await asBearer(unreachable, await sign({ sub: 'dashboard', roles: ['VIEWER'] }));
    expect(response.status).toBe(503);
    expect(response.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(response.errors?.[0]?.message).toMatch(/signing keys for bearer tokens cannot be fetched/);
  });
});
