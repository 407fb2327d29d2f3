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
