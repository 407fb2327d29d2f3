import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportPKCS8, generateKeyPair } from 'jose';
import { randomBytes } from 'node:crypto';
import { dropDatabase } from '@zero/service';
import { startPlatform } from '@zero/testing';

const PASSWORD = 'Demo-Admin-Passw0rd';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { session { accessToken } userErrors { code } } }';

test('a production start retires the demo accounts a development run seeded in the same database', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'auth-demo-'));
  // One database for both starts: a folder of PGlite, or a database of its own on the test server.
  let database = `pglite://${dir}`;
  if (process.env.TEST_DATABASE_URL) {
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/zero_test_demo_${randomBytes(4).toString('hex')}`;
    database = url.toString();
  }
  const env = { AUTH_DATABASE_URL: database };
  try {
    const development = await startPlatform({ subgraphs: ['auth'], env: { ...env, NODE_ENV: 'development', SEED_DEMO: 'true', DEMO_ADMIN_PASSWORD: PASSWORD } });
    try {
      const signedIn = await development.request(LOGIN, { input: { email: 'admin@example.com', password: PASSWORD } });
      expect(signedIn.data.login.session.accessToken).toBeTruthy();
    } finally {
      await development.stop();
    }
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const production = await startPlatform({
      subgraphs: ['auth'],
      env: { ...env, NODE_ENV: 'production', JWT_PRIVATE_KEY: await exportPKCS8(privateKey), PUBLIC_OPERATIONS_MODE: 'freeform' },
    });
    try {
      const refused = await production.request(LOGIN, { input: { email: 'admin@example.com', password: PASSWORD } });
      expect(refused.data.login).toEqual({ session: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
    } finally {
      await production.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    if (process.env.TEST_DATABASE_URL) await dropDatabase(database);
  }
});

test('demo accounts without configured passwords keep the one generated at creation across restarts (printed once)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'auth-demo-'));
  let database = `pglite://${dir}`;
  if (process.env.TEST_DATABASE_URL) {
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/zero_test_demo_${randomBytes(4).toString('hex')}`;
    database = url.toString();
  }
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
    fs.rmSync(dir, { recursive: true, force: true });
    if (process.env.TEST_DATABASE_URL) await dropDatabase(database);
  }
});
