import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { TEST_METRICS_TOKEN, eventually, scaled, startPlatform, processAlive, type Platform } from '@zero/testing';

/**
 * `ROUTER_WORKERS=2`: the router's process entry, run as an operator would (`node --import tsx router/src/index.ts`)
 * in front of the harness's subgraphs, is a primary and two workers sharing one port. Connections are spread over
 * both, a killed worker comes back, METRICS_PORT sums the workers, and SIGTERM stops them all.
 */

const ROOT = path.resolve(__dirname, '..', '..');
let platform: Platform;
let primary: ChildProcess;
let output = '';

/** The JSON log lines every process of the router wrote so far (they share one stdout). */
const lines = () =>
  output
    .slice(0, output.lastIndexOf('\n') + 1)
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, any>];
      } catch {
        return []; // a line over the pipe's atomic write size, interleaved with another process's
      }
    });

/** One query over a connection of its own (no keep-alive): the primary gives each connection to the next worker. */
function query(port: number, body: string): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.setTimeout(scaled(20_000), () => req.destroy(new Error('no answer')));
    req.end(JSON.stringify({ query: body }));
  });
}

beforeAll(async () => {
  platform = await startPlatform();
  const subgraphUrls = Object.fromEntries(Object.entries(platform.subgraphs).map(([name, s]) => [`${name.toUpperCase()}_SUBGRAPH_URL`, `${s.url}/graphql`]));
  const { NODE_OPTIONS: _jestOptions, ...inherited } = process.env;
  primary = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'router/src/index.ts')], {
    cwd: ROOT,
    env: { ...inherited, ...platform.env, ...subgraphUrls, LOG_LEVEL: 'debug', ROUTER_WORKERS: '2', PORT: '0', METRICS_PORT: '0', METRICS_TOKEN: TEST_METRICS_TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  primary.stdout!.on('data', (chunk) => (output += chunk));
  primary.stderr!.on('data', (chunk) => (output += chunk));
  await eventually(() => lines().filter((l) => l.msg === 'router listening').length >= 2 || primary.exitCode !== null, 120_000);
  if (primary.exitCode !== null) throw new Error(`the router stopped:\n${output.slice(-3000)}`);
});

afterAll(async () => {
  if (primary && primary.exitCode === null) primary.kill('SIGKILL');
  for (const line of lines()) if (typeof line.pid === 'number' && processAlive(line.pid)) process.kill(line.pid, 'SIGKILL');
  await platform?.stop();
});

test('two workers share the port and both serve; a killed worker is replaced; METRICS_PORT sums them; SIGTERM stops all', async () => {
  const listening = lines().filter((l) => l.msg === 'router listening');
  const workers = new Set(listening.map((l) => l.pid as number));
  expect(workers.size).toBe(2);
  expect(workers.has(primary.pid!)).toBe(false);
  const port = Number(new URL(listening[0]!.url).port);
  expect(listening.every((l) => Number(new URL(l.url).port) === port)).toBe(true);

  // New connections go round the workers: both answer.
  const answers = await Promise.all(Array.from({ length: 8 }, () => query(port, '{ categories { slug } }')));
  for (const answer of answers) expect(answer.json.data.categories.length).toBeGreaterThan(0);
  const servedBy = await eventually(() => {
    const pids = new Set(lines().filter((l) => l.msg === 'request' && l.route === '/graphql').map((l) => l.pid as number));
    return pids.size === 2 ? pids : null;
  });
  expect([...servedBy].sort()).toEqual([...workers].sort());

  // The primary's METRICS_PORT: every worker's requests, summed.
  const metricsUrl = lines().find((l) => l.msg === 'metrics of every worker served')!.url as string;
  const metrics = await (await fetch(metricsUrl)).text();
  const served = [...metrics.matchAll(/^http_requests_total\{[^}]*route="\/graphql"[^}]*status="200"[^}]*\} (\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
  expect(served).toBe(8);

  // A worker killed outright is replaced by a new one; once the primary has seen it die, the survivor takes every
  // connection meanwhile. (A connection handed to the worker in the instant it died is lost with it, as with any
  // crashed server.)
  const [victim, survivor] = [...workers];
  process.kill(victim!, 'SIGKILL');
  await eventually(() => lines().some((l) => l.msg === 'router worker stopped unexpectedly; restarting' && l.worker === victim && l.signal === 'SIGKILL'));
  expect((await query(port, '{ categories { slug } }')).json.data.categories.length).toBeGreaterThan(0);
  const replacement = await eventually(() => {
    const started = lines().filter((l) => l.msg === 'router listening' && !workers.has(l.pid));
    return started[0]?.pid as number | undefined;
  }, 60_000);
  expect(processAlive(replacement)).toBe(true);

  // SIGTERM to the primary stops every worker, then the primary, cleanly.
  primary.kill('SIGTERM');
  await eventually(() => primary.exitCode !== null || primary.signalCode !== null, 60_000);
  expect(primary.exitCode).toBe(0);
  await eventually(() => !processAlive(survivor!) && !processAlive(replacement), 30_000);
});
