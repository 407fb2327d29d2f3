import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { eventually, processAlive } from '@zero/testing';
import { listSubgraphs, ROOT } from './lib/subgraphs';

/**
 * `npm start` as an operator meets it: the whole platform on its seed ports, a subgraph killed outright comes back
 * by itself while the rest keeps serving, and SIGTERM to npm leaves no process and no port behind.
 */

const ROUTER_PORT = 8000;
const ports = [ROUTER_PORT, ...listSubgraphs().map((s) => s.port)];

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
const query = async (body: string, variables: Record<string, unknown> = {}) => {
  const res = await fetch(`http://127.0.0.1:${ROUTER_PORT}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: body, variables }) });
  return (await res.json()) as { data?: Record<string, any> | null; errors?: Array<{ extensions?: { code?: string } }> };
};
const productsServed = async () => Boolean((await query('{ products(first: 1) { edges { node { id } } } }').catch(() => null))?.data?.products);

let npm: ChildProcess;
let output = '';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zero-start-'));
/** The services' process ids as `npm start` printed them, the latest per name. */
const pids = () => Object.fromEntries([...output.matchAll(/\[([a-z]+) *\]\x1b\[0m started \(pid (\d+)\)/g)].map((m) => [m[1]!, Number(m[2])]));

beforeAll(async () => {
  const taken = (await Promise.all(ports.map(async (port) => ((await listening(port)) ? port : null)))).filter(Boolean);
  if (taken.length) throw new Error(`ports ${taken.join(', ')} are in use: stop the platform running there first`);
  npm = spawn('npm', ['start'], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'development', DATA_DIR: dataDir, STOREFRONT: 'false' }, stdio: ['ignore', 'pipe', 'pipe'] });
  npm.stdout!.on('data', (chunk) => (output += chunk));
  npm.stderr!.on('data', (chunk) => (output += chunk));
  await eventually(() => output.includes('Project Zero is up') || npm.exitCode !== null, 240_000);
  if (!output.includes('Project Zero is up')) throw new Error(`npm start failed:\n${output.slice(-3000)}`);
});

afterAll(async () => {
  if (npm && npm.exitCode === null) npm.kill('SIGKILL');
  for (const pid of Object.values(pids())) if (processAlive(pid)) process.kill(pid, 'SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

test('a subgraph killed with SIGKILL is restarted while the platform keeps serving', async () => {
  const before = pids();
  expect(Object.keys(before).sort()).toEqual([...listSubgraphs().map((s) => s.name), 'router', 'databases'].sort());
  process.kill(before.catalog!, 'SIGKILL');
  await eventually(() => output.includes('[catalog      ]\x1b[0m stopped unexpectedly (killed by SIGKILL); restarting in'));
  // Meanwhile what needs no catalog is served: the demo shopper signs in (auth).
  const password = /shopper@example\.com \/ (\S+)/.exec(output)![1];
  const login = await query('mutation($p: String!) { login(input: { email: "shopper@example.com", password: $p }) { session { accessToken } userErrors { code } } }', { p: password });
  expect(login.data?.login.session.accessToken).toBeTruthy();
  // And the catalog is back within seconds, a new process on the same port.
  await eventually(async () => pids().catalog !== before.catalog && (await productsServed()), 60_000);
  expect(pids().catalog).not.toBe(before.catalog);
  for (const name of Object.keys(before)) if (name !== 'catalog') expect(pids()[name]).toBe(before[name]);
});

test('the process serving the embedded databases, killed with SIGKILL, comes back and the subgraphs reconnect', async () => {
  const before = pids();
  process.kill(before.databases!, 'SIGKILL');
  await eventually(() => output.includes('[databases    ]\x1b[0m stopped unexpectedly (killed by SIGKILL); restarting in'));
  // Served again by a new process with the same data; no subgraph had to restart for it.
  await eventually(async () => pids().databases !== before.databases && (await productsServed()), 60_000);
  for (const name of Object.keys(before)) if (name !== 'databases') expect(pids()[name]).toBe(before[name]);
});

test('SIGTERM to npm stops every process and frees every port', async () => {
  const running = Object.values(pids());
  npm.kill('SIGTERM');
  await eventually(() => npm.exitCode !== null || npm.signalCode !== null, 60_000);
  await eventually(() => running.every((pid) => !processAlive(pid)), 30_000);
  expect((await Promise.all(ports.map(listening))).filter(Boolean)).toEqual([]);
});
