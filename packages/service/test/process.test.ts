import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eventually } from '@zero/testing';

/** A service as a real process: what `npm start` and containers run. */
const ROOT = path.resolve(__dirname, '../../..');
const ENTRY = path.join(ROOT, 'subgraphs/users/src/index.ts');

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], { cwd: ROOT, env: { PATH: process.env.PATH!, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

test('bad configuration: one line per bad variable, then exit 1', async () => {
  const service = run({ PORT: 'eighty', INTERNAL_SECRET: 'short', DATABASE_URL: 'memory://' });
  expect(await service.exited).toBe(1);
  expect(service.output()).toMatch(/Invalid configuration for users/);
  expect(service.output()).toMatch(/INTERNAL_SECRET: must be at least 32 characters/);
  expect(service.output()).toMatch(/PORT: /);
});

test('SIGTERM stops the service gracefully: exit 0, embedded database closed and unlocked', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zero-shutdown-'));
  const service = run({ PORT: '0', HOST: '127.0.0.1', INTERNAL_SECRET: 'x'.repeat(40), DATA_DIR: dataDir, LOG_LEVEL: 'info' });
  await eventually(() => service.output().includes('subgraph listening'), 60_000);
  expect(fs.existsSync(path.join(dataDir, 'users.lock'))).toBe(true);
  service.child.kill('SIGTERM');
  expect(await service.exited).toBe(0);
  expect(fs.existsSync(path.join(dataDir, 'users.lock'))).toBe(false);
  fs.rmSync(dataDir, { recursive: true, force: true });
});
