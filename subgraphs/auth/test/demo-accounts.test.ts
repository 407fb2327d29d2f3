import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportPKCS8, generateKeyPair } from 'jose';
import { randomBytes } from 'node:crypto';
import { dropDatabase } from '@zero/service';
import { sql } from 'drizzle-orm';
import { sqlRows, startPlatform, type Platform } from '@zero/testing';

const PASSWORD = 'Demo-Admin-Passw0rd';
/** One auth database for several starts: a folder of PGlite, or a database of its own on the test server. */
function databaseForRestarts(): { database: string; dispose: () => Promise<void> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'auth-demo-'));
  if (!process.env.TEST_DATABASE_URL) return { database: `pglite://${dir}`, dispose: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  fs.rmSync(dir, { recursive: true, force: true });
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/zero_test_demo_${randomBytes(4).toString('hex')}`;
  return { database: url.toString(), dispose: () => dropDatabase(url.toString()) };
}

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { session { accessToken } userErrors { code } } }';

test('a production start retires the demo accounts a development run seeded in the same database', async () => {
  const { database, dispose } = databaseForRestarts();
  const env = { AUTH_DATABASE_URL: database };
  let signedInAt = 0;
  try {
    const development = await startPlatform({ subgraphs: ['auth'], env: { ...env, NODE_ENV: 'development', SEED_DEMO: 'true', DEMO_ADMIN_PASSWORD: PASSWORD } });
    try {
      const signedIn = await development.request(LOGIN, { input: { email: 'admin@example.com', password: PASSWORD } });
      expect(signedIn.data.login.session.accessToken).toBeTruthy();
      signedInAt = Date.now();
    } finally {
      await development.stop();
    }
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const production = await startPlatform({
      subgraphs: ['auth'],
      env: { ...env, NODE_ENV: 'production', BCRYPT_COST: '12', JWT_PRIVATE_KEY: await exportPKCS8(privateKey), PUBLIC_OPERATIONS_MODE: 'freeform' },
    });
    try {
      const refused = await production.request(LOGIN, { input: { email: 'admin@example.com', password: PASSWORD } });
      expect(refused.data.login).toEqual({ session: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
      // The access tokens the development run issued are revoked too (the routers refuse those issued before this).
      const [admin] = await sqlRows<{ tokens_valid_after: Date | null }>(production, 'auth', sql`SELECT tokens_valid_after FROM users WHERE email = 'admin@example.com'`);
      expect(admin!.tokens_valid_after).not.toBeNull();
      expect(new Date(admin!.tokens_valid_after!).getTime()).toBeGreaterThan(signedInAt);
    } finally {
      await production.stop();
    }
  } finally {
    await dispose();
  }
});

test('demo accounts without configured passwords keep the one generated at creation across restarts (printed once)', async () => {
  const { database, dispose } = databaseForRestarts();
  // As docker-compose passes unset variables: empty.
  const env = { AUTH_DATABASE_URL: database, NODE_ENV: 'development', SEED_DEMO: 'true', DEMO_ADMIN_PASSWORD: '', DEMO_SHOPPER_PASSWORD: '' };
  const printed: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
  try {
    const first = await startPlatform({ subgraphs: ['auth'], env });
    await first.stop();
    const generated = printed.find((line) => line.startsWith('demo account admin@example.com / '))?.split(' / ')[1];
    expect(generated).toBeTruthy();
    printed.length = 0;
    const second = await startPlatform({ subgraphs: ['auth'], env });
    try {
      expect(printed.filter((line) => line.startsWith('demo account'))).toEqual([]);
      const signedIn = await second.request(LOGIN, { input: { email: 'admin@example.com', password: generated } });
      expect(signedIn.data.login.session?.accessToken).toBeTruthy();
    } finally {
      await second.stop();
    }
  } finally {
    log.mockRestore();
    await dispose();
  }
});

test('a restart with the same demo password keeps the demo admin signed in; a new password signs it out', async () => {
  const { database, dispose } = databaseForRestarts();
  const env = { AUTH_DATABASE_URL: database, NODE_ENV: 'development', SEED_DEMO: 'true', DEMO_SHOPPER_PASSWORD: 'Demo-Shopper-Passw0rd' };
  const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { session { refreshToken } userErrors { code } } }';
  /** Starts the auth subgraph on the shared database with this demo admin password, runs `use`, stops. */
  async function started<T>(password: string, use: (platform: Platform) => Promise<T>): Promise<T> {
    const platform = await startPlatform({ subgraphs: ['auth'], env: { ...env, DEMO_ADMIN_PASSWORD: password } });
    try {
      return await use(platform);
    } finally {
      await platform.stop();
    }
  }
  try {
    const first = await started(PASSWORD, async (platform) => {
      const signedIn = await platform.request('mutation($input: LoginInput!) { login(input: $input) { session { refreshToken } userErrors { code } } }', {
        input: { email: 'admin@example.com', password: PASSWORD },
      });
      return signedIn.data.login.session.refreshToken as string;
    });
    // Seeding the same password again (every `npm start`) changes nothing: the session lives on.
    const renewed = await started(PASSWORD, async (platform) => {
      const res = await platform.request(REFRESH, { t: first });
      expect(res.data.refreshSession.userErrors).toEqual([]);
      return res.data.refreshSession.session.refreshToken as string;
    });
    // A new demo password is a password change: the sessions from before are revoked.
    await started('Demo-Admin-Passw0rd-2', async (platform) => {
      const res = await platform.request(REFRESH, { t: renewed });
      expect(res.data.refreshSession).toEqual({ session: null, userErrors: [{ code: 'INVALID_REFRESH_TOKEN' }] });
      const signedIn = await platform.request(LOGIN, { input: { email: 'admin@example.com', password: 'Demo-Admin-Passw0rd-2' } });
      expect(signedIn.data.login.session.accessToken).toBeTruthy();
    });
  } finally {
    await dispose();
  }
});
