import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPlatform } from '@zero/testing';

const ROOT = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(ROOT, 'subgraphs/auth/src/scripts/create-admin.ts');

test('npm run create-admin makes an account that signs in with the ADMIN role; weak passwords are refused', () => {
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
    return (async () => {
      const platform = await startPlatform({ subgraphs: ['auth', 'users'], env: { AUTH_DATABASE_URL: `pglite://${dir}/auth` } });
      try {
        const res = await platform.request('mutation { login(input: { email: "ops@example.com", password: "Admin-Pass-123" }) { session { user { roles } } userErrors { code } } }');
        expect(res.data.login.session.user.roles).toEqual(['CUSTOMER', 'ADMIN']);
      } finally {
        await platform.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    })();
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
});
