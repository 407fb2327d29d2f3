import { createHash } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair, decodeJwt, decodeProtectedHeader } from 'jose';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, InternalCredentials, type RunningService } from '@zero/service';
import { sql } from 'drizzle-orm';
import { SESSION_FIELDS, STRONG_PASSWORD, TEST_METRICS_TOKEN, asService, closedPort, graphqlRequest, databaseOf, eventually, registerShopper, serviceOf, sqlRows, startPlatform, uniqueEmail, type Platform } from '@zero/testing';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.stop());

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { ${SESSION_FIELDS} } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { ${SESSION_FIELDS} } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { ${SESSION_FIELDS} } }`;
const ME = '{ me { id email roles createdAt } }';

const register = (input: Record<string, unknown>) => platform.request(REGISTER, { input }).then((r) => r.data.register);
const login = (email: string, password: string) => platform.request(LOGIN, { input: { email, password } }).then((r) => r.data.login);
const refresh = (t: string) => platform.request(REFRESH, { t }).then((r) => r.data.refreshSession);
const codes = (payload: { userErrors: { code: string }[] }) => payload.userErrors.map((e) => e.code);

/** An admin token for the shopper, signed with a key that is not auth's, under the kid of auth's real key. */
function signedWithForeignKey(shopper: { userId: string; token: string }, privateKey: Parameters<SignJWT['sign']>[0]): Promise<string> {
  return new SignJWT({ roles: ['ADMIN'] })
    .setProtectedHeader({ alg: 'ES256', kid: decodeProtectedHeader(shopper.token).kid! })
    .setSubject(shopper.userId).setJti('x').setIssuer(ACCESS_TOKEN_ISSUER).setAudience(ACCESS_TOKEN_AUDIENCE)
    .setExpirationTime('10m')
    .sign(privateKey);
}

describe('register', () => {
  test('creates a signed-in CUSTOMER with a normalised email', async () => {
    const email = uniqueEmail('Mixed');
    const payload = await register({ email: `  ${email.toUpperCase()} `, password: STRONG_PASSWORD, name: 'Ada' });
    expect(payload.userErrors).toEqual([]);
    expect(payload.session.user).toMatchObject({ email: email.toLowerCase(), roles: ['CUSTOMER'] });
    const me = await platform.request(ME, {}, { token: payload.session.accessToken });
    expect(me.data.me).toMatchObject({ id: payload.session.user.id, email: email.toLowerCase() });
    expect(new Date(me.data.me.createdAt).toISOString()).toBe(me.data.me.createdAt);
  });

  test('the name given at registration becomes the profile\'s first and last name', async () => {
    const payload = await register({ email: uniqueEmail(), password: STRONG_PASSWORD, name: '  Ada King Lovelace ' });
    expect(payload.userErrors).toEqual([]);
    const token = payload.session.accessToken;
    const profile = await eventually(async () => {
      const res = await platform.request('{ me { profile { firstName lastName } } }', {}, { token });
      return res.data?.me?.profile?.firstName ? res.data.me.profile : null;
    });
    expect(profile).toEqual({ firstName: 'Ada', lastName: 'King Lovelace' });
    const hidden = await register({ email: uniqueEmail(), password: STRONG_PASSWORD, name: 'Bad\u0001\u202eName' });
    expect(hidden).toMatchObject({ session: null, userErrors: [{ code: 'INVALID_INPUT', field: ['input', 'name'] }] });
    const single = await register({ email: uniqueEmail(), password: STRONG_PASSWORD, name: 'Plato' });
    const singleProfile = await eventually(async () => {
      const res = await platform.request('{ me { profile { firstName lastName } } }', {}, { token: single.session.accessToken });
      return res.data?.me?.profile?.firstName ? res.data.me.profile : null;
    });
    expect(singleProfile).toEqual({ firstName: 'Plato', lastName: null });
  });

  test('refuses invalid emails', async () => {
    for (const email of ['', 'not-an-email', 'a@', '@b.com', `${'x'.repeat(250)}@example.com`]) {
      const payload = await register({ email, password: STRONG_PASSWORD });
      expect(payload.session).toBeNull();
      expect(payload.userErrors[0]).toMatchObject({ code: 'INVALID_EMAIL', field: ['input', 'email'] });
    }
  });

  test('enforces the password policy', async () => {
    const weak = ['Sh0rt', 'alllowercase1', 'ALLUPPERCASE1', 'NoDigitsHere', `Aa1${'é'.repeat(35)}`];
    for (const password of weak) {
      const payload = await register({ email: uniqueEmail(), password });
      expect(payload.userErrors[0]).toMatchObject({ code: 'WEAK_PASSWORD', field: ['input', 'password'] });
    }
    // exactly 72 bytes is allowed
    const payload = await register({ email: uniqueEmail(), password: `Aa1${'x'.repeat(69)}` });
    expect(payload.userErrors).toEqual([]);
  });

  test('refuses a taken email, whatever its case', async () => {
    const shopper = await registerShopper(platform);
    const payload = await register({ email: shopper.email.toUpperCase(), password: STRONG_PASSWORD });
    expect(codes(payload)).toEqual(['EMAIL_TAKEN']);
  });

  test('concurrent registrations of one email make exactly one account', async () => {
    const email = uniqueEmail('race');
    const results = await Promise.all(Array.from({ length: 10 }, () => register({ email, password: STRONG_PASSWORD })));
    expect(results.filter((r) => r.session).length).toBe(1);
    expect(results.filter((r) => codes(r).includes('EMAIL_TAKEN')).length).toBe(9);
  });
});

describe('login', () => {
  test('signs in with any case of the email', async () => {
    const shopper = await registerShopper(platform);
    const payload = await login(shopper.email.toUpperCase(), shopper.password);
    expect(payload.userErrors).toEqual([]);
    expect(payload.session.user.id).toBe(shopper.userId);
  });

  test('answers an unknown email and a wrong password alike', async () => {
    const shopper = await registerShopper(platform);
    const unknown = await login(uniqueEmail('nobody'), STRONG_PASSWORD);
    const wrong = await login(shopper.email, 'Wrong-Password-1');
    expect(unknown).toEqual(wrong);
    expect(unknown.userErrors).toEqual([{ code: 'INVALID_CREDENTIALS', message: expect.any(String), field: null }]);
  });

  test('five failures lock the account, even for the right password', async () => {
    const shopper = await registerShopper(platform);
    for (let i = 0; i < 5; i++) expect(codes(await login(shopper.email, 'Wrong-Password-1'))).toEqual(['INVALID_CREDENTIALS']);
    expect(codes(await login(shopper.email, shopper.password))).toEqual(['ACCOUNT_LOCKED']);
  });

  test('the 15 minutes slide: four failures late in one quarter hour and one early in the next lock; older ones do not count', async () => {
    // What earlier failures left, moved back in time (a fixed window would have started afresh at the 15th minute).
    const earlier = async (email: string, minutesAgo: number[]) => {
      const times = sql.raw(`ARRAY[${minutesAgo.map((m) => `now() - interval '${m} minutes'`).join(', ')}]::timestamptz[]`);
      await databaseOf(platform, 'auth').execute(
        sql`INSERT INTO login_failures (email_hash, failures, window_start, recent_failures) VALUES (${createHash('sha256').update(email).digest('hex')}, ${minutesAgo.length}, now() - make_interval(mins => ${Math.min(...minutesAgo)}), ${times})`,
      );
    };
    const lockout = serviceOf<{ lockout: { purgeExpired(): Promise<number> } }>(platform, 'auth', 'auth').lockout;
    const late = await registerShopper(platform);
    await earlier(late.email, [16, 14, 10, 5, 1].slice(1));
    await lockout.purgeExpired(); // the retention job keeps a row while its latest failure still counts
    expect(await sqlRows(platform, 'auth', sql`SELECT failures FROM login_failures WHERE email_hash = ${createHash('sha256').update(late.email).digest('hex')}`)).toEqual([{ failures: 4 }]);
    expect(codes(await login(late.email, 'Wrong-Password-1'))).toEqual(['INVALID_CREDENTIALS']);
    expect(codes(await login(late.email, late.password))).toEqual(['ACCOUNT_LOCKED']);
    const old = await registerShopper(platform);
    await earlier(old.email, [20, 18, 17, 16]);
    expect(codes(await login(old.email, 'Wrong-Password-1'))).toEqual(['INVALID_CREDENTIALS']);
    expect((await login(old.email, old.password)).session).not.toBeNull();
  });

  test('an unknown email locks exactly like an account: the answers never tell whether the email has one', async () => {
    const shopper = await registerShopper(platform);
    const nobody = uniqueEmail('nobody');
    const known: unknown[] = [];
    const unknown: unknown[] = [];
    for (let i = 0; i < 6; i++) {
      known.push(codes(await login(shopper.email, 'Wrong-Password-1')));
      unknown.push(codes(await login(nobody, 'Wrong-Password-1')));
    }
    expect(unknown).toEqual(known);
    expect(unknown.at(-1)).toEqual(['ACCOUNT_LOCKED']);
    // Case and spaces do not make a new email.
    expect(codes(await login(`  ${nobody.toUpperCase()} `, STRONG_PASSWORD))).toEqual(['ACCOUNT_LOCKED']);
  });

  test('a success resets the failure count', async () => {
    const shopper = await registerShopper(platform);
    for (let i = 0; i < 4; i++) await login(shopper.email, 'Wrong-Password-1');
    expect((await login(shopper.email, shopper.password)).session).not.toBeNull();
    for (let i = 0; i < 4; i++) await login(shopper.email, 'Wrong-Password-1');
    expect((await login(shopper.email, shopper.password)).session).not.toBeNull();
  });

  test('is rate limited per address and email', async () => {
    const limited = await startPlatform({ subgraphs: ['auth', 'users'], env: { LOGIN_RATE_PER_EMAIL: '3' } });
    try {
      const shopper = await registerShopper(limited);
      const attempt = () => limited.request(LOGIN, { input: { email: shopper.email, password: shopper.password } }).then((r) => r.data.login);
      for (let i = 0; i < 3; i++) expect((await attempt()).userErrors).toEqual([]);
      expect(codes(await attempt())).toEqual(['RATE_LIMITED']);
    } finally {
      await limited.stop();
    }
  });
});

describe('access tokens', () => {
  test('are ES256 JWTs with sub, roles, jti and a 15-minute exp, verifiable with the JWKS', async () => {
    const shopper = await registerShopper(platform);
    const header = decodeProtectedHeader(shopper.token);
    const claims = decodeJwt(shopper.token);
    expect(header.alg).toBe('ES256');
    expect(claims).toMatchObject({ sub: shopper.userId, roles: ['CUSTOMER'], iss: ACCESS_TOKEN_ISSUER, aud: ACCESS_TOKEN_AUDIENCE });
    expect(typeof claims.jti).toBe('string');
    expect(claims.exp! - claims.iat!).toBeCloseTo(15 * 60, 3);
    const jwks = (await (await fetch(`${platform.subgraphs.auth!.url}/.well-known/jwks.json`)).json()) as any;
    expect(jwks.keys.map((k: { kid: string }) => k.kid)).toContain(header.kid);
    expect(JSON.stringify(jwks)).not.toMatch(/"d":/); // no private parts
  });

  describe('forged or bad tokens are refused with 401 UNAUTHENTICATED, never treated as anonymous', () => {
    const expectRefused = async (token: string) => {
      const res = await platform.request(ME, {}, { token });
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data).toBeUndefined();
    };
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

    test('alg: none', async () => {
      const shopper = await registerShopper(platform);
      const claims = decodeJwt(shopper.token);
      await expectRefused(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`);
    });

    test('HS256 signed with the public key (algorithm confusion)', async () => {
      const shopper = await registerShopper(platform);
      const jwks = (await (await fetch(`${platform.subgraphs.auth!.url}/.well-known/jwks.json`)).json()) as any;
      const forged = await new SignJWT({ roles: ['ADMIN'] })
        .setProtectedHeader({ alg: 'HS256', kid: jwks.keys[0].kid })
        .setSubject(shopper.userId).setJti('x').setIssuer(ACCESS_TOKEN_ISSUER).setAudience(ACCESS_TOKEN_AUDIENCE)
        .setExpirationTime('10m')
        .sign(new TextEncoder().encode(JSON.stringify(jwks.keys[0])));
      await expectRefused(forged);
    });

    test('tampered claims', async () => {
      const shopper = await registerShopper(platform);
      const [header, , signature] = shopper.token.split('.');
      const claims = { ...decodeJwt(shopper.token), roles: ['CUSTOMER', 'ADMIN'] };
      await expectRefused(`${header}.${b64(claims)}.${signature}`);
    });

    test('a foreign key, even with a known kid', async () => {
      const shopper = await registerShopper(platform);
      const { privateKey } = await generateKeyPair('ES256');
      await expectRefused(await signedWithForeignKey(shopper, privateKey));
      const unknownKid = await new SignJWT({ roles: ['ADMIN'] })
        .setProtectedHeader({ alg: 'ES256', kid: 'attacker' })
        .setSubject(shopper.userId).setJti('x').setIssuer(ACCESS_TOKEN_ISSUER).setAudience(ACCESS_TOKEN_AUDIENCE)
        .setExpirationTime('10m')
        .sign(privateKey);
      await expectRefused(unknownKid);
      expect(await exportJWK(privateKey)).toHaveProperty('d');
    });

    test('expired', async () => {
      const shopper = await registerShopper(platform);
      const keys = (platform.subgraphs.auth!.services as { keys: { signAccessToken: Function } }).keys;
      const { token } = await keys.signAccessToken(shopper.userId, ['CUSTOMER'], new Date(Date.now() - 16 * 60_000));
      await expectRefused(token);
    });

    test('garbage and a malformed header', async () => {
      await expectRefused('not-a-jwt');
      const res = await platform.request(ME, {}, { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
      expect(res.status).toBe(401);
    });
  });

  test('no token means an anonymous shopper', async () => {
    const res = await platform.request(ME);
    expect(res.errors).toBeUndefined();
    expect(res.data.me).toBeNull();
  });
});

describe('sessions', () => {
  test('refreshSession rotates the refresh token', async () => {
    const shopper = await registerShopper(platform);
    const next = await refresh(shopper.refreshToken);
    expect(next.userErrors).toEqual([]);
    expect(next.session.refreshToken).not.toBe(shopper.refreshToken);
    expect(next.session.user.id).toBe(shopper.userId);
    const after = await refresh(next.session.refreshToken);
    expect(after.userErrors).toEqual([]);
  });

  test('reusing a rotated refresh token revokes the whole family', async () => {
    const shopper = await registerShopper(platform);
    const next = await refresh(shopper.refreshToken);
    expect(codes(await refresh(shopper.refreshToken))).toEqual(['INVALID_REFRESH_TOKEN']);
    // The thief's reuse also kills the legitimate descendant.
    expect(codes(await refresh(next.session.refreshToken))).toEqual(['INVALID_REFRESH_TOKEN']);
    // Another sign-in of the same user is a different family and survives.
    const other = await login(shopper.email, shopper.password);
    expect((await refresh(other.session.refreshToken)).userErrors).toEqual([]);
  });

  test('concurrent refreshes with one token: a reuse, so no session survives', async () => {
    const shopper = await registerShopper(platform);
    const results = await Promise.all(Array.from({ length: 5 }, () => refresh(shopper.refreshToken)));
    expect(results.filter((r) => r.session).length).toBeLessThanOrEqual(1);
    // Whichever request won, the family is revoked: no refresh token handed out survives.
    for (const result of results.filter((r) => r.session)) {
      expect(codes(await refresh(result.session.refreshToken))).toEqual(['INVALID_REFRESH_TOKEN']);
    }
  });

  test('demo and admin accounts cannot get a weak password', async () => {
    const auth = (platform.subgraphs.auth!.services as { auth: { upsertAccount: Function } }).auth;
    await expect(auth.upsertAccount(uniqueEmail('admin'), '', ['ADMIN'])).rejects.toThrow(/password/i);
    expect(codes(await login('admin@example.com', ''))).toEqual(['INVALID_CREDENTIALS']);
  });

  test('unknown refresh tokens are refused', async () => {
    expect(codes(await refresh('nonsense'))).toEqual(['INVALID_REFRESH_TOKEN']);
  });

  test('refresh tokens are stored hashed', async () => {
    const shopper = await registerShopper(platform);
    const db = (platform.subgraphs.auth!.services as { db: { execute: Function } }).db;
    const { rows } = await db.execute(`SELECT token_hash FROM refresh_tokens WHERE user_id = '${shopper.userId}'`);
    expect(rows).toEqual([{ token_hash: createHash('sha256').update(shopper.refreshToken).digest('hex') }]);
  });

  test('logout revokes that session only', async () => {
    const shopper = await registerShopper(platform);
    const other = await login(shopper.email, shopper.password);
    const res = await platform.request('mutation($t: String!) { logout(refreshToken: $t) }', { t: shopper.refreshToken });
    expect(res.data.logout).toBe(true);
    expect(codes(await refresh(shopper.refreshToken))).toEqual(['INVALID_REFRESH_TOKEN']);
    expect((await refresh(other.session.refreshToken)).userErrors).toEqual([]);
    const again = await platform.request('mutation($t: String!) { logout(refreshToken: $t) }', { t: 'unknown' });
    expect(again.data.logout).toBe(false);
  });

  test('logoutEverywhere needs a sign-in and revokes every session', async () => {
    const anonymous = await platform.request('mutation { logoutEverywhere }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const shopper = await registerShopper(platform);
    const other = await login(shopper.email, shopper.password);
    const res = await platform.request('mutation { logoutEverywhere }', {}, { token: shopper.token });
    expect(res.data.logoutEverywhere).toBe(true);
    expect(codes(await refresh(shopper.refreshToken))).toEqual(['INVALID_REFRESH_TOKEN']);
    expect(codes(await refresh(other.session.refreshToken))).toEqual(['INVALID_REFRESH_TOKEN']);
    // The access tokens issued before are refused too, within one of the router's revocation polls, not at their
    // expiry; a sign-in after is not.
    for (const token of [shopper.token, other.session.accessToken]) {
      await eventually(async () => (await platform.request('{ me { id } }', {}, { token })).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED');
    }
    const refused = await platform.request('{ me { id } }', {}, { token: shopper.token });
    expect(refused.errors?.[0]?.message).toBe('The session was signed out: sign in again');
    const fresh = await login(shopper.email, shopper.password);
    expect((await platform.request('{ me { id } }', {}, { token: fresh.session.accessToken })).data.me.id).toBe(shopper.userId);

    // What the router reads: bounded to one token lifetime back, whatever `since` it asks for.
    const stale = await registerShopper(platform);
    await databaseOf(platform, 'auth').execute(sql`UPDATE users SET tokens_valid_after = now() - interval '30 minutes' WHERE id = ${stale.userId}`);
    const REVOCATIONS = 'query($s: DateTime!) { tokenRevocations(since: $s) { asOf revocations { userId everyToken } } }';
    const answer = await asService(platform, 'auth', REVOCATIONS, { s: '1970-01-01T00:00:00.000Z' }, 'router');
    const users = answer.data.tokenRevocations.revocations.map((r: { userId: string }) => r.userId);
    expect(users).toContain(shopper.userId);
    expect(users).not.toContain(stale.userId);
    expect((await asService(platform, 'auth', REVOCATIONS, { s: 'yesterday' }, 'router')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await asService(platform, 'auth', REVOCATIONS, { s: '1970-01-01T00:00:00.000Z' }, 'service:orders')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('upsertAccount (create-admin, demo seeding)', () => {
  type Accounts = { upsertAccount(email: string, password: string, roles: string[]): Promise<{ id: string; roles: string[] }> };
  const upsert = (email: string, password: string, roles: string[]) => serviceOf<Accounts>(platform, 'auth', 'auth').upsertAccount(email, password, roles);
  const me = (token: string) => platform.request('{ me { id } }', {}, { token });
  const refused = async (token: string) => (await me(token)).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED';
  const stamped = async (userId: string) =>
    (await sqlRows<{ at: Date | null }>(platform, 'auth', sql`SELECT tokens_valid_after AS at FROM users WHERE id = ${userId}`))[0]!.at;
  const changeNotices = async (userId: string) =>
    (await sqlRows<{ reset: boolean }>(platform, 'auth', sql`SELECT (payload->>'reset')::boolean AS reset FROM outbox WHERE topic = 'notify.passwordChanged' AND payload->>'userId' = ${userId}`)).map((r) => r.reset);

  test('a new password signs every session out and voids the reset links, as a password reset does', async () => {
    // The operator locks out a compromised account: the attacker's sign-in and a reset link they asked for die with it.
    const victim = await registerShopper(platform);
    const attacker = await login(victim.email, victim.password);
    await platform.request('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: victim.email });
    await serviceOf<{ idle(): Promise<void> }>(platform, 'auth', 'security').idle();
    const links = sql`SELECT count(*)::int AS n FROM password_reset_tokens WHERE user_id = ${victim.userId}`;
    expect((await sqlRows<{ n: number }>(platform, 'auth', links))[0]!.n).toBe(1);

    const upserted = await upsert(victim.email.toUpperCase(), 'Operator-Set-Pass-9', ['CUSTOMER', 'ADMIN']);
    expect(upserted).toMatchObject({ id: victim.userId, roles: ['CUSTOMER', 'ADMIN'] });
    expect(codes(await refresh(victim.refreshToken))).toEqual(['INVALID_REFRESH_TOKEN']);
    expect(codes(await refresh(attacker.session.refreshToken))).toEqual(['INVALID_REFRESH_TOKEN']);
    for (const token of [victim.token, attacker.session.accessToken]) await eventually(() => refused(token));
    expect((await sqlRows<{ n: number }>(platform, 'auth', links))[0]!.n).toBe(0);
    expect(await changeNotices(victim.userId)).toEqual([true]);
    expect(codes(await login(victim.email, victim.password))).toEqual(['INVALID_CREDENTIALS']);
    const fresh = await login(victim.email, 'Operator-Set-Pass-9');
    expect(fresh.session.user.roles).toEqual(['CUSTOMER', 'ADMIN']);
    expect((await me(fresh.session.accessToken)).data.me.id).toBe(victim.userId);
  });

  test('a role taken away signs every session out; a role added or nothing changed signs none out', async () => {
    const shopper = await registerShopper(platform);
    // The same password and roles, then a role added: nothing to revoke (demo seeding does this on every start).
    await upsert(shopper.email, shopper.password, ['CUSTOMER']);
    await upsert(shopper.email, shopper.password, ['CUSTOMER', 'ADMIN']);
    expect(await stamped(shopper.userId)).toBeNull();
    expect(await changeNotices(shopper.userId)).toEqual([]);
    const renewed = await refresh(shopper.refreshToken);
    expect(renewed.userErrors).toEqual([]);
    expect(renewed.session.user.roles).toEqual(['CUSTOMER', 'ADMIN']);
    expect((await me(shopper.token)).data.me.id).toBe(shopper.userId);

    // ADMIN taken away: no token that carries it may be used or renewed. The password is the same: no notice.
    await upsert(shopper.email, shopper.password, ['CUSTOMER']);
    expect(await stamped(shopper.userId)).not.toBeNull();
    expect(codes(await refresh(renewed.session.refreshToken))).toEqual(['INVALID_REFRESH_TOKEN']);
    await eventually(() => refused(renewed.session.accessToken));
    expect(await changeNotices(shopper.userId)).toEqual([]);
    expect((await login(shopper.email, shopper.password)).session.user.roles).toEqual(['CUSTOMER']);
  });

  test('a new account revokes nothing and tells no one', async () => {
    const email = uniqueEmail('admin');
    const created = await upsert(email, STRONG_PASSWORD, ['CUSTOMER', 'ADMIN']);
    expect(await stamped(created.id)).toBeNull();
    expect(await changeNotices(created.id)).toEqual([]);
    expect((await login(email, STRONG_PASSWORD)).session.user.roles).toEqual(['CUSTOMER', 'ADMIN']);
  });
});

describe('authorization', () => {
  const USER = 'query($id: ID!) { user(id: $id) { id email profile { firstName } } }';

  test('admin-only fields: anonymous UNAUTHENTICATED, customer FORBIDDEN, admin allowed', async () => {
    const shopper = await registerShopper(platform);
    const anonymous = await platform.request(USER, { id: shopper.userId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const customer = await platform.request(USER, { id: shopper.userId }, { token: shopper.token });
    expect(customer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(customer.data ?? null).toBeNull();

    const auth = platform.subgraphs.auth!.services as { auth: { upsertAccount: Function } };
    const adminEmail = uniqueEmail('admin');
    await auth.auth.upsertAccount(adminEmail, STRONG_PASSWORD, ['CUSTOMER', 'ADMIN']);
    const admin = await login(adminEmail, STRONG_PASSWORD);
    expect(admin.session.user.roles).toEqual(['CUSTOMER', 'ADMIN']);
    const res = await platform.request(USER, { id: shopper.userId }, { token: admin.session.accessToken });
    expect(res.errors).toBeUndefined();
    expect(res.data.user).toEqual({ id: shopper.userId, email: shopper.email, profile: { firstName: null } });
  });

  test('errors carry no stack trace, in development too (where Apollo adds them unless told not to)', async () => {
    const development = await startPlatform({ subgraphs: ['auth'], env: { NODE_ENV: 'development' } });
    try {
      const answers = [
        await development.request('mutation { logoutEverywhere }'), // UNAUTHENTICATED, from the subgraph
        await development.request('mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }', { input: 'x' }), // BAD_USER_INPUT, from the router
        await development.request('{ nope }'), // GRAPHQL_VALIDATION_FAILED
      ];
      expect(answers.map((a) => a.errors?.[0]?.extensions?.code)).toEqual(['UNAUTHENTICATED', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']);
      for (const answer of answers) expect(JSON.stringify(answer)).not.toMatch(/stacktrace|\.ts:|at .*\(/);
    } finally {
      await development.stop();
    }
  });
});

describe('subgraphs refuse callers that are not the router', () => {
  const post = (url: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ me { id } }' }) });

  test('without a credential, or with one signed by another secret', async () => {
    for (const subgraph of Object.values(platform.subgraphs)) {
      const bare = await post(subgraph.url);
      expect(bare.status).toBe(401);
      expect(((await bare.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const forged = await new InternalCredentials('x'.repeat(64)).sign({ issuer: 'router', viewer: { id: 'someone', roles: ['ADMIN'] }, ip: null });
      expect((await post(subgraph.url, { 'x-zero-context': forged })).status).toBe(401);
      // A bare user-id header means nothing.
      expect((await post(subgraph.url, { 'x-user-id': 'someone' })).status).toBe(401);
    }
  });

  test('with the router’s credential they answer', async () => {
    const token = await new InternalCredentials(platform.internalSecret).sign({ issuer: 'router', viewer: null, ip: null });
    const res = await post(platform.subgraphs.auth!.url, { 'x-zero-context': token });
    expect(res.status).toBe(200);
  });
});

describe('subgraphs take the viewer from the access token, which each verifies itself', () => {
  const call = async (url: string, query: string, headers: Record<string, string>, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    return { status: res.status, body: (await res.json()) as any };
  };
  const PROFILE = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { profile { firstName } } } }';
  let router: string;
  const routerCredential = () => new InternalCredentials(platform.internalSecret).sign({ issuer: 'router', viewer: null, ip: null });
  beforeAll(async () => {
    router = await routerCredential();
  });

  test('a router credential naming a viewer, without their token, is anonymous', async () => {
    const shopper = await registerShopper(platform);
    const naming = await new InternalCredentials(platform.internalSecret).sign({ issuer: 'router', viewer: { id: shopper.userId, roles: ['CUSTOMER', 'ADMIN'] }, ip: null });
    expect((await call(platform.subgraphs.auth!.url, ME, { 'x-zero-context': naming })).body.data.me).toBeNull();
    const users = await call(platform.subgraphs.users!.url, PROFILE, { 'x-zero-context': naming }, { r: [{ __typename: 'User', id: shopper.userId }] });
    expect(users.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // With the shopper's own token, auth (its own keys) and users (auth's JWKS) both know the shopper.
    const bearer = { 'x-zero-context': router, authorization: `Bearer ${shopper.token}` };
    expect((await call(platform.subgraphs.auth!.url, ME, bearer)).body.data.me.id).toBe(shopper.userId);
    const own = await call(platform.subgraphs.users!.url, PROFILE, bearer, { r: [{ __typename: 'User', id: shopper.userId }] });
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data._entities).toHaveLength(1);
  });

  test('every subgraph refuses a forged, tampered, expired or malformed token, even beside the router’s credential', async () => {
    const shopper = await registerShopper(platform);
    const forged = await signedWithForeignKey(shopper, (await generateKeyPair('ES256')).privateKey);
    const [header, , signature] = shopper.token.split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...decodeJwt(shopper.token), roles: ['CUSTOMER', 'ADMIN'] })).toString('base64url')}.${signature}`;
    const keys = (platform.subgraphs.auth!.services as { keys: { signAccessToken: Function } }).keys;
    // Past the minute subgraphs allow beyond a token's expiry (the router checked it when the request arrived).
    const { token: expired } = await keys.signAccessToken(shopper.userId, ['CUSTOMER'], new Date(Date.now() - 17 * 60_000));
    expect(Object.keys(platform.subgraphs).sort()).toEqual(['auth', 'cart', 'catalog', 'notifications', 'orders', 'payments', 'users']);
    for (const [name, subgraph] of Object.entries(platform.subgraphs)) {
      const malformed = [['not a JWT', 'Bearer abc'], ['empty parts', 'Bearer a.b.c'], ['not Bearer', 'Basic dXNlcjpwYXNz']];
      for (const [what, authorization] of [['forged', `Bearer ${forged}`], ['tampered', `Bearer ${tampered}`], ['expired', `Bearer ${expired}`], ...malformed]) {
        const res = await call(subgraph.url, '{ __typename }', { 'x-zero-context': router, authorization: authorization! });
        expect({ name, what, status: res.status, code: res.body.errors?.[0]?.extensions?.code }).toEqual({ name, what, status: 401, code: 'UNAUTHENTICATED' });
      }
      const valid = await call(subgraph.url, '{ __typename }', { 'x-zero-context': router, authorization: `Bearer ${shopper.token}` });
      expect({ name, status: valid.status }).toEqual({ name, status: 200 });
    }
  });

  test('a credential from anyone but the router or a service is refused, whatever it names', async () => {
    const shopper = await registerShopper(platform);
    for (const issuer of ['routr', 'partner', 'service:', 'Service:orders', 'service:../auth']) {
      const credential = await new InternalCredentials(platform.internalSecret).sign({ issuer, viewer: { id: shopper.userId, roles: ['ADMIN'] }, ip: null });
      for (const [name, subgraph] of Object.entries(platform.subgraphs)) {
        const res = await call(subgraph.url, '{ __typename }', { 'x-zero-context': credential });
        expect({ issuer, name, status: res.status }).toEqual({ issuer, name, status: 401 });
      }
    }
  });

  test('a subgraph that cannot load the keys answers that request SERVICE_UNAVAILABLE, and stays up for the rest', async () => {
    const shopper = await registerShopper(platform);
    const closed = await closedPort();
    const { start } = require('@zero/users') as { start(env: Record<string, string | undefined>): Promise<RunningService> };
    const users = await start({ ...platform.env, USERS_PORT: '0', AUTH_JWKS_URL: `http://127.0.0.1:${closed}/.well-known/jwks.json` });
    const routed = await platform.startRouter({ USERS_SUBGRAPH_URL: `${users.url}/graphql` });
    try {
      const direct = await call(users.url, PROFILE, { 'x-zero-context': router, authorization: `Bearer ${shopper.token}` }, { r: [{ __typename: 'User', id: shopper.userId }] });
      expect(direct.status).toBe(200);
      expect(direct.body.errors[0]).toMatchObject({ message: 'Could not verify the access token right now; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } });
      // Through the router: what needs users is null, with that error.
      const me = await graphqlRequest(routed, '{ me { id profile { firstName } } }', {}, { token: shopper.token });
      expect(me.status).toBe(200);
      expect(me.data.me).toBeNull();
      expect(me.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      // Not a failure of the subgraph: the router neither retries it nor counts it, so its breaker stays closed, and
      // requests without a token are served as before.
      for (let i = 0; i < 12; i++) await graphqlRequest(routed, '{ me { id profile { firstName } } }', {}, { token: shopper.token });
      const metrics = await (await fetch(`${routed.url}/metrics`, { headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` } })).text();
      expect(metrics).not.toMatch(/router_subgraph_breaker_state\{subgraph="users"\} [12]/);
      expect(metrics).not.toMatch(/router_subgraph_retries_total\{subgraph="users"\}/);
      expect((await call(users.url, '{ __typename }', { 'x-zero-context': router })).body.data).toEqual({ __typename: 'Query' });
    } finally {
      await users.stop(); // the router goes with the platform
    }
  });

  test('a token just past its expiry is still taken from the router (its request arrived in time)', async () => {
    const shopper = await registerShopper(platform);
    const keys = (platform.subgraphs.auth!.services as { keys: { signAccessToken: Function } }).keys;
    const { token } = await keys.signAccessToken(shopper.userId, ['CUSTOMER'], new Date(Date.now() - 15 * 60_000 - 5_000));
    const res = await call(platform.subgraphs.auth!.url, ME, { 'x-zero-context': router, authorization: `Bearer ${token}` });
    expect(res.body.data.me.id).toBe(shopper.userId);
    // The router itself refuses it.
    expect((await platform.request(ME, {}, { token })).status).toBe(401);
  });
});
