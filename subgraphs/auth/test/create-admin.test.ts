import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPlatform } from '@zero/testing';

const ROOT = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(ROOT, 'subgraphs/auth/src/scripts/create-admin.ts');
const LOGIN = 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { session { refreshToken user { roles } } userErrors { code } } }';
const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { session { refreshToken } userErrors { code } } }';

test('npm run create-admin makes an account that signs in with the ADMIN role; weak passwords are refused', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zero-admin-'));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH!, AUTH_DATABASE_URL: `pglite://${dir}/auth`, BCRYPT_COST: '4' },
    });
  try {
    const weak = run('--email', 'ops@example.com', '--password', 'weak');
    expect(weak.status).toBe(2);
    expect(weak.stderr).toMatch(/password needs/);
    expect(run('--email', 'ops@example.com').status).toBe(2);

    const made = run('--email', 'Ops@Example.com', '--password', 'Admin-Pass-123');
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/Admin ops@example.com .* is ready/);
    const platform = await startPlatform({ subgraphs: ['auth', 'users'], env: { AUTH_DATABASE_URL: `pglite://${dir}/auth` } });
    try {
      const res = await platform.request(LOGIN, { e: 'ops@example.com', p: 'Admin-Pass-123' });
      expect(res.data.login.session.user.roles).toEqual(['CUSTOMER', 'ADMIN']);
    } finally {
      await platform.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('npm run create-admin with a new password for an existing account signs out every session it had', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zero-admin-'));
  const env = { AUTH_DATABASE_URL: `pglite://${dir}/auth` };
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH!, ...env, BCRYPT_COST: '4' } });
  try {
    // Someone holds a session of the account (its password leaked, say).
    const first = await startPlatform({ subgraphs: ['auth'], env });
    let stolen: string;
    try {
      const registered = await first.request('mutation { register(input: { email: "owner@example.com", password: "Leaked-Pass-123" }) { session { refreshToken } userErrors { code } } }');
      stolen = registered.data.register.session.refreshToken;
    } finally {
      await first.stop();
    }
    // The operator resets its password: the stolen session is dead, the new password works.
    expect(run('--email', 'owner@example.com', '--password', 'Operator-Pass-456').status).toBe(0);
    const second = await startPlatform({ subgraphs: ['auth'], env });
    try {
      expect((await second.request(REFRESH, { t: stolen })).data.refreshSession).toEqual({ session: null, userErrors: [{ code: 'INVALID_REFRESH_TOKEN' }] });
      expect((await second.request(LOGIN, { e: 'owner@example.com', p: 'Leaked-Pass-123' })).data.login.userErrors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
      expect((await second.request(LOGIN, { e: 'owner@example.com', p: 'Operator-Pass-456' })).data.login.session.user.roles).toEqual(['CUSTOMER', 'ADMIN']);
    } finally {
      await second.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
