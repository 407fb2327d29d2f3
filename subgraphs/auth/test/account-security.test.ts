import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import {
  SESSION_FIELDS,
  STRONG_PASSWORD,
  emailsTo,
  eventually,
  hang,
  registerShopper,
  serviceOf,
  sqlRows,
  startPlatform,
  uniqueEmail,
  type Platform,
  type SentEmail,
  type TestAccount,
} from '@zero/testing';

// Password change and reset through the router, with the reset link read from the email the notifications subgraph
// writes. Every service logs at debug level to one file, searched at the end for addresses and tokens.
let platform: Platform;
const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zero-auth-log-')), 'services.log');
const STOREFRONT = 'https://shop.example.test/store';
/** Reset tokens the tests saw: none may reach a log line. */
const tokens: string[] = [];

beforeAll(async () => {
  platform = await startPlatform({ env: { LOG_LEVEL: 'debug', LOG_FILE: logFile, STOREFRONT_URL: STOREFRONT } });
});
afterAll(async () => {
  await platform?.stop();
  fs.rmSync(path.dirname(logFile), { recursive: true, force: true });
});

const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { ${SESSION_FIELDS} } }`;
const REQUEST_RESET = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const RESET = `mutation($t: String!, $n: String!) { resetPassword(token: $t, newPassword: $n) { ${SESSION_FIELDS} } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { ${SESSION_FIELDS} } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { ${SESSION_FIELDS} } }`;
const NEW_PASSWORD = 'Brand-New-Pass-42';

const codes = (payload: { userErrors: { code: string }[] }) => payload.userErrors.map((e) => e.code);
const login = (email: string, password: string) => platform.request(LOGIN, { input: { email, password } }).then((r) => r.data.login);
const refresh = (token: string) => platform.request(REFRESH, { t: token }).then((r) => r.data.refreshSession);
const requestReset = (email: string) => platform.request(REQUEST_RESET, { e: email });
const reset = (token: string, password: string) => platform.request(RESET, { t: token, n: password }).then((r) => r.data.resetPassword);

/** The reset emails `email` has received, once there are `count`. */
async function resetEmails(email: string, count: number): Promise<SentEmail[]> {
  return eventually(() => {
    const found = emailsTo(platform, email).filter((m) => m.subject === 'Reset your password');
    return found.length >= count ? found : null;
  });
}

/** The token in a reset email's link, which points at the storefront's reset page. */
function tokenOf(mail: SentEmail): string {
  const link = /Choose a new password: (\S+)/.exec(mail.text)?.[1];
  expect(link).toBeDefined();
  const url = new URL(link!);
  expect(`${url.origin}${url.pathname}`).toBe(`${STOREFRONT}/reset-password`);
  expect(mail.html).toContain(`href="${link!.replace(/&/g, '&amp;')}"`);
  const token = url.searchParams.get('token')!;
  tokens.push(token);
  return token;
}

describe('changePassword', () => {
  let shopper: TestAccount;
  beforeAll(async () => {
    shopper = await registerShopper(platform);
  });

  test('signed in only', async () => {
    const res = await platform.request(CHANGE, { c: STRONG_PASSWORD, n: NEW_PASSWORD });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('refuses a wrong current password and a weak new one, changing nothing', async () => {
    const wrong = (await platform.request(CHANGE, { c: 'Not-The-Password-1', n: NEW_PASSWORD }, { token: shopper.token })).data.changePassword;
    expect(wrong).toMatchObject({ session: null, userErrors: [{ code: 'INVALID_CREDENTIALS', field: ['currentPassword'] }] });
    const weak = (await platform.request(CHANGE, { c: STRONG_PASSWORD, n: 'weakpass' }, { token: shopper.token })).data.changePassword;
    expect(weak).toMatchObject({ session: null, userErrors: [{ code: 'WEAK_PASSWORD', field: ['newPassword'] }] });
    expect(codes(await login(shopper.email, STRONG_PASSWORD))).toEqual([]);
  });

  test('signs in afresh and revokes every other session; the user is told', async () => {
    const other = await login(shopper.email, STRONG_PASSWORD);
    const changed = (await platform.request(CHANGE, { c: STRONG_PASSWORD, n: NEW_PASSWORD }, { token: shopper.token })).data.changePassword;
    expect(changed.userErrors).toEqual([]);
    expect(changed.session.user.id).toBe(shopper.userId);
    // Every session from before is revoked; the new one lives on.
    expect(codes(await refresh(shopper.refreshToken))).toEqual(['INVALID_REFRESH_TOKEN']);
    expect(codes(await refresh(other.session.refreshToken))).toEqual(['INVALID_REFRESH_TOKEN']);
    // So are the access tokens issued before, within a revocation poll; the new session's token, issued just after, is not.
    for (const token of [shopper.token, other.session.accessToken]) {
      await eventually(async () => (await platform.request('{ me { id } }', {}, { token })).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED');
    }
    expect((await platform.request('{ me { id } }', {}, { token: changed.session.accessToken })).data.me.id).toBe(shopper.userId);
    const renewed = await refresh(changed.session.refreshToken);
    expect(renewed.userErrors).toEqual([]);
    expect(codes(await login(shopper.email, STRONG_PASSWORD))).toEqual(['INVALID_CREDENTIALS']);
    expect(codes(await login(shopper.email, NEW_PASSWORD))).toEqual([]);

    const mail = await eventually(() => emailsTo(platform, shopper.email).find((m) => m.subject === 'Your password was changed'));
    expect(mail.text).toContain('Your password was changed on');
    const inbox = await eventually(async () => {
      const res = await platform.request('{ me { notifications { edges { node { kind title } } } } }', {}, { token: renewed.session.accessToken });
      const kinds = res.data?.me?.notifications.edges.map((e: { node: { kind: string } }) => e.node.kind) ?? [];
      return kinds.includes('PASSWORD_CHANGED') ? kinds : null;
    });
    expect(inbox.filter((k: string) => k === 'PASSWORD_CHANGED')).toHaveLength(1);
  });
});

describe('requestPasswordReset and resetPassword', () => {
  test('answers true alike for an unknown email, which gets nothing', async () => {
    const shopper = await registerShopper(platform);
    const unknown = uniqueEmail('nobody');
    for (const email of [unknown, shopper.email, 'not an email']) {
      const res = await requestReset(email);
      expect(res).toMatchObject({ status: 200, data: { requestPasswordReset: true } });
    }
    await serviceOf<{ idle(): Promise<void> }>(platform, 'auth', 'security').idle();
    // One reset link was issued (the known account's), through the outbox.
    const issued = await sqlRows<{ n: number }>(platform, 'auth', sql`SELECT count(*)::int AS n FROM outbox WHERE topic = 'notify.passwordReset' AND payload->>'userId' = ${shopper.userId}`);
    expect(issued[0]!.n).toBe(1);
    await resetEmails(shopper.email, 1);
    expect(emailsTo(platform, unknown)).toEqual([]);
  });

  test('answers before it has looked the email up', async () => {
    const shopper = await registerShopper(platform);
    const security = serviceOf<object>(platform, 'auth', 'security');
    const held = hang(security as { issueResetLink: () => Promise<void> }, 'issueResetLink');
    try {
      const res = await requestReset(shopper.email);
      expect(res.data.requestPasswordReset).toBe(true);
      // The lookup, the token and the email wait behind the answer: its time says nothing about the account.
      expect(held.calls).toBe(1);
    } finally {
      held.restore();
    }
    await resetEmails(shopper.email, 1);
  });

  test('end to end from the email: old sessions revoked, the lockout lifted, a second use refused', async () => {
    const shopper = await registerShopper(platform);
    const other = await login(shopper.email, STRONG_PASSWORD);
    // Five failures lock the account.
    for (let i = 0; i < 5; i++) await login(shopper.email, 'Wrong-Password-1');
    expect(codes(await login(shopper.email, STRONG_PASSWORD))).toEqual(['ACCOUNT_LOCKED']);

    await requestReset(`  ${shopper.email.toUpperCase()} `);
    const [mail] = await resetEmails(shopper.email, 1);
    expect(mail!.text).toMatch(/works once, until .*UTC/);
    const token = tokenOf(mail!);

    expect(await reset(token, 'weak')).toMatchObject({ session: null, userErrors: [{ code: 'WEAK_PASSWORD', field: ['newPassword'] }] });
    const done = await reset(token, NEW_PASSWORD);
    expect(done.userErrors).toEqual([]);
    expect(done.session.user.id).toBe(shopper.userId);
    const me = await platform.request('{ me { id } }', {}, { token: done.session.accessToken });
    expect(me.data.me.id).toBe(shopper.userId);

    expect(codes(await refresh(shopper.refreshToken))).toEqual(['INVALID_REFRESH_TOKEN']);
    expect(codes(await refresh(other.session.refreshToken))).toEqual(['INVALID_REFRESH_TOKEN']);
    expect(codes(await login(shopper.email, NEW_PASSWORD))).toEqual([]);
    expect(await reset(token, 'Another-Pass-77')).toMatchObject({ session: null, userErrors: [{ code: 'INVALID_TOKEN', field: ['token'] }] });

    const changed = await eventually(() => emailsTo(platform, shopper.email).find((m) => m.subject === 'Your password was changed'));
    expect(changed.text).toContain('Your password was reset on');
  });

  test('a newer link voids the older; an expired or unknown token is INVALID_TOKEN', async () => {
    const shopper = await registerShopper(platform);
    await requestReset(shopper.email);
    const [first] = await resetEmails(shopper.email, 1);
    await requestReset(shopper.email);
    const [, second] = await resetEmails(shopper.email, 2);
    expect(codes(await reset(tokenOf(first!), NEW_PASSWORD))).toEqual(['INVALID_TOKEN']);
    const newest = tokenOf(second!);
    await sqlRows(platform, 'auth', sql`UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE user_id = ${shopper.userId}`);
    expect(codes(await reset(newest, NEW_PASSWORD))).toEqual(['INVALID_TOKEN']);
    expect(codes(await reset('not-a-token', NEW_PASSWORD))).toEqual(['INVALID_TOKEN']);
    expect(codes(await login(shopper.email, STRONG_PASSWORD))).toEqual([]);
  });

  test('at most 3 reset emails per address an hour, answered alike beyond', async () => {
    const shopper = await registerShopper(platform);
    for (let i = 0; i < 5; i++) expect((await requestReset(shopper.email)).data.requestPasswordReset).toBe(true);
    await serviceOf<{ idle(): Promise<void> }>(platform, 'auth', 'security').idle();
    const issued = await sqlRows<{ n: number }>(platform, 'auth', sql`SELECT count(*)::int AS n FROM outbox WHERE topic = 'notify.passwordReset' AND payload->>'userId' = ${shopper.userId}`);
    expect(issued[0]!.n).toBe(3);
  });
});

test('the sessions a change and a reset open record where they came from, as a sign-in does (the data export)', async () => {
  const shopper = await registerShopper(platform);
  const changed = (await platform.request(CHANGE, { c: STRONG_PASSWORD, n: NEW_PASSWORD }, { token: shopper.token })).data.changePassword;
  expect(changed.userErrors).toEqual([]);
  await requestReset(shopper.email);
  const [mail] = await resetEmails(shopper.email, 1);
  const done = await reset(tokenOf(mail!), 'Reset-New-Pass-43');
  expect(done.userErrors).toEqual([]);

  const res = await platform.request('mutation { exportMyData { export { json } userErrors { code } } }', {}, { token: done.session.accessToken });
  expect(res.data.exportMyData.userErrors).toEqual([]);
  const { sessions } = JSON.parse(res.data.exportMyData.export.json).sections.auth;
  // The registration's, the change's and the reset's: each from the address the router saw (every test's is local).
  expect(sessions).toHaveLength(3);
  const registeredFrom = sessions[0].startedFrom;
  expect(registeredFrom).toEqual(expect.stringMatching(/127\.0\.0\.1|::1/));
  expect(sessions.map((s: { startedFrom: string | null }) => s.startedFrom)).toEqual([registeredFrom, registeredFrom, registeredFrom]);
});

test('no email address or reset token in any log line', async () => {
  const emails = (await sqlRows<{ email: string }>(platform, 'auth', sql`SELECT email FROM users`)).map((r) => r.email);
  expect(emails.length).toBeGreaterThan(3);
  expect(tokens.length).toBeGreaterThan(2);
  const log = fs.readFileSync(logFile, 'utf8');
  expect(log).toContain('password reset link issued');
  for (const secret of [...emails, ...tokens]) expect(log).not.toContain(secret);
});
