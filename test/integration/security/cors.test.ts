import { startTestServer, type TestServer } from '../../support/test-server';

const QUERY = JSON.stringify({ query: '{ serviceInfo { name } }' });

async function post(api: TestServer, origin: string): Promise<Response> {
  return fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin,
      authorization: 'ApiKey test-viewer-key-0123456789',
    },
    body: QUERY,
  });
}

describe('CORS by default (no CORS_ORIGINS)', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(undefined, { RATE_LIMIT_MAX: '1000' });
  });
  afterAll(() => api?.close());

  it("allows the server's own origin and exposes x-request-id and the RateLimit headers to it", async () => {
    const response = await post(api, api.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(api.url);
    expect(response.headers.get('access-control-allow-origin')).not.toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toBe(
      'x-request-id,RateLimit,RateLimit-Policy,Retry-After',
    );
    expect(response.headers.get('ratelimit')).toMatch(/limit=1000/);
  });

  it.each(['http://localhost:5173', 'http://127.0.0.1:8080', 'http://[::1]:3000'])(
    'allows the loopback origin %s',
    async (origin) => {
      const response = await post(api, origin);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    },
  );

  it('gives another origin no Access-Control-Allow-Origin, so its browser keeps the answer from the page', async () => {
    const response = await post(api, 'https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-expose-headers')).toBeNull();
  });

  it('answers a preflight from an allowed origin, and refuses one from another origin', async () => {
    const preflight = (origin: string): Promise<Response> =>
      fetch(`${api.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const allowed = await preflight('http://localhost:5173');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS with CORS_ORIGINS set', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer(undefined, {
      CORS_ORIGINS: 'https://dashboard.example.org, https://ops.example.org/',
    });
  });
  afterAll(() => api?.close());

  it('allows exactly the listed origins, and no longer loopback ones', async () => {
    expect(
      (await post(api, 'https://dashboard.example.org')).headers.get('access-control-allow-origin'),
    ).toBe('https://dashboard.example.org');
    expect((await post(api, 'https://ops.example.org')).headers.get('access-control-allow-origin')).toBe(
      'https://ops.example.org',
    );
    expect((await post(api, 'http://localhost:5173')).headers.get('access-control-allow-origin')).toBeNull();
  });
});
