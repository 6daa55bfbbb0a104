import { parseApiKeys, viewerForApiKey } from '../../src/auth/api-keys';
import { createAuthenticator } from '../../src/auth/authenticate';
import { grants, Role } from '../../src/auth/role';
import { UnauthenticatedError } from '../../src/errors';

describe('API keys', () => {
  const { keys, problems } = parseApiKeys(
    'dash:VIEWER:dashboard-key-1234567,seed:EDITOR:seeder-key-123456789',
  );

  it('parses name:ROLE:key entries', () => {
    expect(problems).toEqual([]);
    expect(keys.map((k) => [k.name, k.role])).toEqual([
      ['dash', Role.VIEWER],
      ['seed', Role.EDITOR],
    ]);
  });

  it('names each bad entry and what is wrong with it', () => {
    expect(parseApiKeys('a:OWNER:0123456789abcdef,b:EDITOR:short,broken').problems).toEqual([
      'API_KEYS entry 1 (a): role OWNER is not one of VIEWER, EDITOR, ADMIN',
      'API_KEYS entry 2 (b): the key must be at least 16 characters',
      'API_KEYS entry 3 (broken): expected name:ROLE:key',
    ]);
  });

  it('maps a presented key to its viewer, and an unknown key to nothing', () => {
    expect(viewerForApiKey(keys, 'seeder-key-123456789')).toEqual({
      id: 'api-key:seed',
      roles: [Role.EDITOR],
      via: 'api-key',
    });
    expect(viewerForApiKey(keys, 'seeder-key-12345678X')).toBeNull();
  });

  it('reads the key from Authorization: ApiKey or X-API-Key, and refuses a wrong one', async () => {
    const authenticate = createAuthenticator({
      apiKeys: keys,
      jwt: { secret: null, jwksUrl: null, issuer: null, audience: null, rolesClaim: 'roles' },
      anonymousRead: false,
      generateLocalKey: false,
    });
    expect((await authenticate({ authorization: 'ApiKey dashboard-key-1234567' })).roles).toEqual([
      Role.VIEWER,
    ]);
    expect((await authenticate({ 'x-api-key': 'seeder-key-123456789' })).roles).toEqual([Role.EDITOR]);
    expect(await authenticate({})).toEqual({ id: null, roles: [], via: 'anonymous' });
    await expect(authenticate({ authorization: 'ApiKey nope-nope-nope-nope' })).rejects.toThrow(
      UnauthenticatedError,
    );
    await expect(authenticate({ authorization: 'Bearer a.b.c' })).rejects.toThrow(
      /bearer tokens are not accepted here/,
    );
  });

  it('orders roles so that ADMIN holds EDITOR and VIEWER rights', () => {
    expect(grants([Role.ADMIN], Role.EDITOR)).toBe(true);
    expect(grants([Role.EDITOR], Role.VIEWER)).toBe(true);
    expect(grants([Role.VIEWER], Role.EDITOR)).toBe(false);
    expect(grants([], Role.VIEWER)).toBe(false);
  });
});
