import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, type JWK } from 'jose';
import { AccessTokens, InvalidTokenError, KeysUnavailableError } from './access-tokens';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from './identity';

let jwk: JWK;
let privateKey: CryptoKey;
beforeAll(async () => {
  const pair = await generateKeyPair('ES256', { extractable: true });
  privateKey = pair.privateKey as CryptoKey;
  jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
});

function token(claims: { sub?: string; roles?: unknown; exp?: number; iat?: number; kid?: string } = {}, key: CryptoKey = privateKey): Promise<string> {
  const exp = claims.exp ?? Math.floor(Date.now() / 1000) + 900;
  const jwt = new SignJWT({ roles: claims.roles ?? ['CUSTOMER'] })
    .setProtectedHeader({ alg: 'ES256', kid: claims.kid ?? 'k1' })
    .setSubject(claims.sub ?? 'u1')
    .setJti('j')
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt(claims.iat ?? exp - 900)
    .setExpirationTime(exp);
  return jwt.sign(key);
}

test('a valid token gives its viewer, with only the roles the platform knows', async () => {
  const tokens = AccessTokens.local({ keys: [jwk] });
  const verified = await tokens.verify(await token({ roles: ['CUSTOMER', 'ADMIN', 'ROOT'] }));
  expect(verified.viewer).toEqual({ id: 'u1', roles: ['CUSTOMER', 'ADMIN'] });
  expect(typeof verified.issuedAt).toBe('number');
});

test('headers: none is anonymous, anything but Bearer is refused', async () => {
  const tokens = AccessTokens.local({ keys: [jwk] });
  expect(await tokens.fromHeader(undefined)).toBeNull();
  expect(await tokens.fromHeader('')).toBeNull();
  await expect(tokens.fromHeader('Basic dXNlcjpwYXNz')).rejects.toThrow(InvalidTokenError);
  const bearer = await token();
  expect(await tokens.fromHeader(`bearer ${bearer}`)).toMatchObject({ token: bearer, viewer: { id: 'u1' } });
});

test('expiry: refused past exp plus the tolerance, also once remembered', async () => {
  const now = Math.floor(Date.now() / 1000);
  const strict = AccessTokens.local({ keys: [jwk] });
  const tolerant = AccessTokens.local({ keys: [jwk] }, { clockToleranceSeconds: 60 });
  const justExpired = await token({ exp: now - 5 });
  await expect(strict.verify(justExpired)).rejects.toThrow('The access token has expired');
  expect((await tolerant.verify(justExpired)).viewer.id).toBe('u1');
  await expect(tolerant.verify(await token({ exp: now - 120 }))).rejects.toThrow(InvalidTokenError);

  // A remembered token is not taken past its expiry either.
  jest.useFakeTimers({ now: Date.now(), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'performance'] });
  try {
    const soon = await token({ exp: now + 10 });
    expect((await strict.verify(soon)).viewer.id).toBe('u1');
    jest.advanceTimersByTime(5_000);
    expect((await strict.verify(soon)).viewer.id).toBe('u1');
    jest.advanceTimersByTime(10_000);
    await expect(strict.verify(soon)).rejects.toThrow('The access token has expired');
  } finally {
    jest.useRealTimers();
  }
});

test('a foreign key, a tampered payload and HMAC are refused as invalid', async () => {
  const tokens = AccessTokens.local({ keys: [jwk] });
  const other = await generateKeyPair('ES256');
  const foreign = await new SignJWT({ roles: ['ADMIN'] }).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setSubject('u1').setJti('j')
    .setIssuer(ACCESS_TOKEN_ISSUER).setAudience(ACCESS_TOKEN_AUDIENCE).setExpirationTime('10m').sign(other.privateKey);
  await expect(tokens.verify(foreign)).rejects.toThrow('The access token is invalid');
  const [header, , signature] = (await token()).split('.');
  const tampered = `${header}.${Buffer.from(JSON.stringify({ sub: 'u1', roles: ['ADMIN'], jti: 'j', exp: 9e9, iss: ACCESS_TOKEN_ISSUER, aud: ACCESS_TOKEN_AUDIENCE })).toString('base64url')}.${signature}`;
  await expect(tokens.verify(tampered)).rejects.toThrow(InvalidTokenError);
  const hmac = await new SignJWT({ roles: ['ADMIN'] }).setProtectedHeader({ alg: 'HS256', kid: 'k1' }).setSubject('u1').setJti('j')
    .setIssuer(ACCESS_TOKEN_ISSUER).setAudience(ACCESS_TOKEN_AUDIENCE).setExpirationTime('10m').sign(new TextEncoder().encode(JSON.stringify(jwk)));
  await expect(tokens.verify(hmac)).rejects.toThrow(InvalidTokenError);
  // A wrong audience or issuer is someone else's token.
  const otherAudience = await new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setSubject('u1').setJti('j')
    .setIssuer(ACCESS_TOKEN_ISSUER).setAudience('another-api').setExpirationTime('10m').sign(privateKey);
  await expect(tokens.verify(otherAudience)).rejects.toThrow(InvalidTokenError);
});

test('a token that claims to live longer than auth issues them for is refused, whoever signed it', async () => {
  const tokens = AccessTokens.local({ keys: [jwk] });
  const now = Math.floor(Date.now() / 1000);
  await expect(tokens.verify(await token({ iat: now, exp: now + 30 * 24 * 3600 }))).rejects.toThrow('The access token is invalid');
  expect((await tokens.verify(await token({ iat: now, exp: now + 900 }))).viewer.id).toBe('u1');
});

test('malformed tokens are invalid, not a failure to load keys', async () => {
  const tokens = AccessTokens.local({ keys: [jwk] });
  for (const bad of ['abc', 'a.b.c', `${Buffer.from('{"alg":"ES256"}').toString('base64url')}..`]) {
    await expect(tokens.verify(bad)).rejects.toThrow(InvalidTokenError);
  }
});

test('an unknown kid: invalid at the router, keys behind at a subgraph (a rotation it has not seen)', async () => {
  const token2 = await token({ kid: 'k2' });
  await expect(AccessTokens.local({ keys: [jwk] }).verify(token2)).rejects.toThrow(InvalidTokenError);
  await expect(AccessTokens.local({ keys: [jwk] }, { unknownKeyIsStale: true }).verify(token2)).rejects.toThrow(KeysUnavailableError);
});

test('a token is verified once, then remembered', async () => {
  let lookups = 0;
  const local = createLocalJWKSet({ keys: [jwk] });
  const tokens = new AccessTokens((header, t) => {
    lookups++;
    return local(header, t);
  });
  const first = await token({ sub: 'a' });
  for (let i = 0; i < 3; i++) expect((await tokens.verify(first)).viewer.id).toBe('a');
  expect(lookups).toBe(1);
  await tokens.verify(await token({ sub: 'b' }));
  expect(lookups).toBe(2);
});

/** Moves `Date.now()` (what jose's and our key caches go by) `ms` ahead; `jest.restoreAllMocks()` undoes it. */
function later(ms: number): void {
  const now = Date.now.bind(Date);
  jest.spyOn(Date, 'now').mockImplementation(() => now() + ms);
}

describe('remote keys', () => {
  let server: Server;
  let fetches = 0;
  let answer: 'keys' | 'error' | 'not a key set' = 'keys';
  let served: JWK[] = [];
  beforeAll(async () => {
    served = [jwk];
    server = createServer((_req, res) => {
      fetches++;
      if (answer === 'error') return void res.writeHead(500).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer === 'keys' ? { keys: served } : {}));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const url = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;

  test('are fetched once for many tokens', async () => {
    fetches = 0;
    const tokens = AccessTokens.remote(url, 5_000);
    const first = await token({ sub: 'a' });
    expect((await tokens.verify(first)).viewer.id).toBe('a');
    expect((await tokens.verify(first)).viewer.id).toBe('a');
    expect((await tokens.verify(await token({ sub: 'b' }))).viewer.id).toBe('b');
    expect(fetches).toBe(1);
  });

  test('keys that cannot be had are not the token’s fault', async () => {
    try {
      for (const failure of ['error', 'not a key set'] as const) {
        answer = failure;
        await expect(AccessTokens.remote(url(), 5_000).verify(await token())).rejects.toThrow(KeysUnavailableError);
      }
    } finally {
      answer = 'keys';
    }
    await expect(AccessTokens.remote('http://127.0.0.1:1/.well-known/jwks.json', 5_000).verify(await token())).rejects.toThrow(KeysUnavailableError);
  });

  test('when the JWKS fails, the keys fetched last keep serving, and it is not asked again for 30 s', async () => {
    const tokens = AccessTokens.remote(url, 5_000);
    expect((await tokens.verify(await token({ sub: 'a' }))).viewer.id).toBe('a');
    // A rotation the keys fetched do not know, while auth answers errors: the new kid is asked for, once.
    const { privateKey: rotated } = await generateKeyPair('ES256');
    answer = 'error';
    later(31_000); // past jose's 30 s between fetches for an unknown kid
    try {
      fetches = 0;
      // Not "invalid": it may be a rotation's, and auth cannot be asked.
      await expect(tokens.verify(await token({ kid: 'k2' }, rotated as CryptoKey))).rejects.toThrow(KeysUnavailableError);
      expect(fetches).toBe(1);
      // New tokens of the known key verify with the keys at hand, without asking again.
      for (const sub of ['b', 'c']) expect((await tokens.verify(await token({ sub }))).viewer.id).toBe(sub);
      expect(fetches).toBe(1);
    } finally {
      answer = 'keys';
      jest.restoreAllMocks();
    }
  });

  test('a forged kid right after a fetch is invalid (asked for once, at most once a second), not "try again"', async () => {
    const tokens = AccessTokens.remote(url, 5_000);
    expect((await tokens.verify(await token({ sub: 'a' }))).viewer.id).toBe('a');
    const { privateKey: forger } = await generateKeyPair('ES256');
    fetches = 0;
    later(1_001);
    try {
      await expect(tokens.verify(await token({ kid: 'attacker' }, forger as CryptoKey))).rejects.toThrow(InvalidTokenError);
      expect(fetches).toBe(1);
      // Another at once: the keys are not a second old, so no fetch; still invalid.
      await expect(tokens.verify(await token({ kid: 'attacker-2' }, forger as CryptoKey))).rejects.toThrow(InvalidTokenError);
      expect(fetches).toBe(1);
    } finally {
      jest.restoreAllMocks();
    }
  });

  test('a key rotation is fetched for the new kid', async () => {
    const tokens = AccessTokens.remote(url, 5_000);
    expect((await tokens.verify(await token({ sub: 'a' }))).viewer.id).toBe('a');
    const pair = await generateKeyPair('ES256', { extractable: true });
    served = [jwk, { ...(await exportJWK(pair.publicKey)), kid: 'k3', alg: 'ES256', use: 'sig' }];
    later(31_000);
    try {
      expect((await tokens.verify(await token({ sub: 'r', kid: 'k3' }, pair.privateKey as CryptoKey))).viewer.id).toBe('r');
    } finally {
      served = [jwk];
      jest.restoreAllMocks();
    }
  });

  test('at most maxRemembered tokens are kept', async () => {
    const tokens = AccessTokens.remote(url(), 5_000, { maxRemembered: 2 });
    const remembered = (tokens as unknown as { remembered: Map<string, unknown> }).remembered;
    for (const sub of ['a', 'b', 'c']) await tokens.verify(await token({ sub }));
    expect(remembered.size).toBe(2);
  });
});
