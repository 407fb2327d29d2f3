/**
 * `npm start`: the whole platform on this machine. Every subgraph listed in schema/supergraph.yaml and the router
 * run as processes of their own on their seed ports, on embedded PGlite databases in .data/ — served to them by one
 * more process, `databases` — or on PostgreSQL when DATABASE_URL is set, with the demo accounts seeded. `npm` runs
 * this file compiled (`scripts/start.cjs`).
 *
 * It supervises them: a service that crashes once the platform is up is restarted with backoff while the others keep
 * serving (the router answers SUBGRAPH_UNAVAILABLE for what needs it meanwhile). Ctrl-C, SIGINT or SIGTERM — sent to
 * npm, to this process or to its process group — stops everything; services run in process groups of their own and
 * hold an IPC channel to this process, so they also stop when it is killed outright.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// Two files, not the package: the supervisor stays small (no Apollo, no pino).
import type { EmbeddedDatabase } from '../packages/service/src/embedded-databases';
import { socketUrl } from '../packages/service/src/pglite-server';
import { startStorefront } from '../web/scripts/storefront';
import { stop as stopBuilding } from 'esbuild';
import { buildServices, serviceEntries } from './build';
import { listSubgraphs, ROOT } from './lib/subgraphs';

const DATA_DIR = path.resolve(process.env.DATA_DIR ?? path.join(ROOT, '.data'));
const ROUTER_PORT = Number(process.env.ROUTER_PORT ?? 8000);

interface Demo { admin: string; shopper: string }

/** Demo passwords: from the environment, else the ones kept from an earlier start, else new ones (kept for next time). */
function demoPasswords(): Demo {
  const file = path.join(DATA_DIR, 'demo-accounts.json');
  const kept: Partial<Demo> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  const generate = () => `Zero-${randomBytes(9).toString('base64url')}-a1`;
  const demo = {
    admin: process.env.DEMO_ADMIN_PASSWORD ?? kept.admin ?? generate(),
    shopper: process.env.DEMO_SHOPPER_PASSWORD ?? kept.shopper ?? generate(),
  };
  fs.mkdirSync(DATA_DIR, { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ admin: kept.admin ?? demo.admin, shopper: kept.shopper ?? demo.shopper }, null, 2), { mode: 0o600 });
  return demo;
}

const COLORS = [36, 35, 33, 32, 34, 31, 96, 95];
const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/** Prints a child's JSON log lines as `[name] level message {extra}`. */
function pipeLogs(name: string, color: number, stream: NodeJS.ReadableStream): void {
  let buffer = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.trim()) continue;
      let text = line;
      try {
        const { level, msg, time: _t, pid: _p, hostname: _h, service: _s, name: _n, ...rest } = JSON.parse(line);
        const extra = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
        text = `${LEVELS[level] ?? level} ${msg}${extra}`;
      } catch {
        /* not JSON: print as is */
      }
      process.stdout.write(`\x1b[${color}m[${name.padEnd(13)}]\x1b[0m ${text}\n`);
    }
  });
}

/** How long each service may take to become ready (a first start migrates and seeds; a busy machine is slower). */
const READY_TIMEOUT_MS = Number(process.env.START_TIMEOUT_SECONDS ?? 300) * 1000;
/** Restart delays of a crashed service: doubling from the first to the longest; back to the first once it ran a minute. */
const RESTART = { firstMs: 500, maxMs: 30_000, stableMs: 60_000 };
/**
 * V8's young generation grows to 2 × 16 MiB in every process during the start (migrations, seed, first requests) and
 * stays: capped at 2 × 2 MiB, the platform holds about 130 MiB less. Throughput through the router moved within the
 * noise of the measurement (±10 %: README, "Start time and memory"). The images keep V8's default.
 */
const LEAN_FLAGS = /max-semi-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : ['--max-semi-space-size=2'];
/** How long a service gets to stop gracefully before it is killed. */
const STOP_GRACE_MS = 20_000;

/** A service process this script keeps running: `child` is its current process (a new one after each restart). */
interface Supervised {
  name: string;
  child: ChildProcess;
  ready: boolean;
  failures: number;
  startedAt: number;
}

async function waitReady(service: Supervised, url: string, timeoutMs = READY_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new Error(`${service.name} exited with code ${service.child.exitCode}`);
    try {
      const res = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) {
        service.ready = true;
        return;
      }
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${service.name} was not ready after ${timeoutMs / 1000}s (START_TIMEOUT_SECONDS raises the limit)`);
}

/** Waits for a service that says it is ready over its IPC channel (`{ ready: true }`): the embedded databases. */
function waitReadyMessage(service: Supervised, timeoutMs = READY_TIMEOUT_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${service.name} was not ready after ${timeoutMs / 1000}s (START_TIMEOUT_SECONDS raises the limit)`)), timeoutMs);
    service.child.on('message', (message: { ready?: boolean }) => {
      if (!message?.ready) return;
      service.ready = true;
      clearTimeout(timer);
      resolve();
    });
    service.child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${service.name} exited (${signal ?? `exit code ${code}`})`));
    });
  });
}

/**
 * The embedded databases `npm start` serves from one process (`packages/service/src/embedded-databases.ts`): one per
 * subgraph that has no database of its own (`DATABASE_URL`, `<NAME>_DATABASE_URL`), unless
 * EMBEDDED_DATABASES=per-subgraph asks for each subgraph to open its own PGlite in its own process (more memory, but
 * each database then has a process, and a core, of its own).
 */
function embeddedDatabasePlan(): EmbeddedDatabase[] {
  // Windows: `pg` reaches no Unix socket there, so each subgraph opens its own.
  if (process.env.DATABASE_URL || process.env.EMBEDDED_DATABASES === 'per-subgraph' || process.platform === 'win32') return [];
  // A socket's path has room for about 100 characters: a data folder deep in the tree gets its sockets elsewhere.
  let sockets = path.join(DATA_DIR, '.sockets');
  if (path.join(sockets, '.s.PGSQL.65535').length > 100) sockets = fs.mkdtempSync(path.join(os.tmpdir(), 'zero-sockets-'));
  return listSubgraphs()
    .filter((subgraph) => !process.env[`${subgraph.name.toUpperCase()}_DATABASE_URL`])
    .map((subgraph) => ({
      name: subgraph.name,
      dataDir: path.join(DATA_DIR, subgraph.name),
      migrationsFolder: path.join(subgraph.dir, 'src/db/migrations'),
      socketPath: path.join(sockets, `.s.PGSQL.${subgraph.port}`),
    }));
}

/** Every few seconds until `done`, says which services the start still waits for. */
function reportProgress(services: Supervised[], started: number): () => void {
  const timer = setInterval(() => {
    const waiting = services.filter((s) => !s.ready).map((s) => s.name);
    if (waiting.length) console.log(`  … waiting for ${waiting.join(', ')} (${Math.round((Date.now() - started) / 1000)} s of ${READY_TIMEOUT_MS / 1000} s)`);
  }, 5_000);
  return () => clearInterval(timer);
}

/**
 * How each service is run: its compiled bundle (`npm run build`, rebuilt here when a source changed) with plain
 * `node`, lighter per process than the TypeScript loader. Should the build fail, the services run from their
 * sources with tsx, as before, and the start says why; START_FROM_SOURCES=true asks for that (source-mapped stack
 * traces while developing).
 */
async function serviceCommands(): Promise<Map<string, string[]>> {
  const entries = serviceEntries();
  const fromSources = new Map(entries.map((entry) => [entry.name, ['--import', 'tsx', entry.source]]));
  if (process.env.START_FROM_SOURCES === 'true') return fromSources; // stack traces that point into the sources
  try {
    const began = Date.now();
    const built = await buildServices().finally(() => stopBuilding()); // esbuild's service process goes too
    if (built.length) console.log(`Compiled ${built.join(', ')} in ${((Date.now() - began) / 1000).toFixed(1)} s`);
    return new Map(entries.map((entry) => [entry.name, [entry.bundle]]));
  } catch (error) {
    console.log(`Compiling the services failed (${error instanceof Error ? error.message : error}); running them from their sources with tsx`);
    return fromSources;
  }
}

const services: Supervised[] = [];
/** Processes started for us that we stop but do not restart (the storefront's server). */
const others: ChildProcess[] = [];
let stopping = false;

/** Stops one process: SIGTERM to its process group, SIGKILL after the grace period. */
function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, name); // its group: whatever it started goes too
      } catch {
        child.kill(name);
      }
    };
    const force = setTimeout(() => signal('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    signal('SIGTERM');
  });
}

const stopAll = async (code: number) => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  // The databases last: the subgraphs close their connections first.
  const databases = services.filter((s) => s.name === 'databases');
  await Promise.all([...services.filter((s) => !databases.includes(s)).map((s) => stopProcess(s.child)), ...others.map(stopProcess)]);
  await Promise.all(databases.map((s) => stopProcess(s.child)));
  process.exit(code);
};

async function main(): Promise<void> {
  // Production seeds no demo data, keeps no demo passwords and offers no Explorer (the auth subgraph also retires
  // demo accounts an earlier development run left in the database).
  const production = process.env.NODE_ENV === 'production';
  const demo = production ? null : demoPasswords();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    INTERNAL_SECRET: process.env.INTERNAL_SECRET ?? randomBytes(32).toString('hex'),
    // /metrics is never public: every service serves it to bearers of this token (one per run unless set).
    METRICS_TOKEN: process.env.METRICS_TOKEN ?? randomBytes(24).toString('base64url'),
    DATA_DIR,
    // Password reset and order links in notifications point at the storefront this command serves.
    STOREFRONT_URL: process.env.STOREFRONT_URL ?? `http://localhost:${process.env.STOREFRONT_PORT ?? 3000}`,
    SEED_DEMO: production ? 'false' : (process.env.SEED_DEMO ?? 'true'),
    // glibc gives each thread that allocates its own malloc arena (libuv's pool, V8's workers, libvips in the catalog)
    // and keeps what they freed: two arenas hold 30–60 MiB less across the platform at the same start time (README).
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
    ...(demo ? { DEMO_ADMIN_PASSWORD: demo.admin, DEMO_SHOPPER_PASSWORD: demo.shopper } : {}),
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stopAll(0));
  // npm's script runs this with `exec`, so npm's signals reach us; should whoever started us die without one
  // (`kill -9` of npm, a closed terminal), we are re-parented: stop too rather than run on unowned.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void stopAll(0), 1_000).unref();

  /**
   * Starts a service and keeps it running: before the platform is up a crash fails the start (a configuration error
   * would only crash again); after, the service is restarted with backoff.
   */
  const supervise = (name: string, command: string[], extraEnv: NodeJS.ProcessEnv, index: number): Supervised => {
    const color = COLORS[index % COLORS.length]!;
    const say = (line: string) => process.stdout.write(`\x1b[${color}m[${name.padEnd(13)}]\x1b[0m ${line}\n`);
    const service = { name, ready: false, failures: 0, startedAt: 0 } as Supervised;
    const launch = () => {
      // Its own process group (Ctrl-C reaches only this script, which stops services in order) and an IPC channel
      // (the service stops itself should this script die).
      const child = spawn(process.execPath, [...LEAN_FLAGS, ...command], { cwd: ROOT, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], detached: true });
      Object.assign(service, { child, startedAt: Date.now() });
      say(`started (pid ${child.pid})`);
      pipeLogs(name, color, child.stdout!);
      pipeLogs(name, color, child.stderr!);
      child.on('exit', (code, signal) => {
        if (stopping) return;
        const how = signal ? `killed by ${signal}` : `exit code ${code}`;
        if (!service.ready) return; // the start is failing: waitReady reports it
        service.failures = Date.now() - service.startedAt > RESTART.stableMs ? 1 : service.failures + 1;
        const delay = Math.min(RESTART.firstMs * 2 ** (service.failures - 1), RESTART.maxMs);
        say(`stopped unexpectedly (${how}); restarting in ${delay} ms`);
        setTimeout(() => stopping || launch(), delay);
      });
    };
    launch();
    services.push(service);
    return service;
  };

  const subgraphs = listSubgraphs();
  const started = Date.now();
  const commands = await serviceCommands();
  const stopReporting = reportProgress(services, started);
  const plan = embeddedDatabasePlan();
  const databaseUrls: NodeJS.ProcessEnv = {};
  // The embedded databases are opened one after another; each subgraph starts once its own is served, so the
  // subgraphs' start (loading their modules) overlaps with opening the rest rather than slowing every one of them.
  let databasesReady: Promise<void> = Promise.resolve();
  const served = new Map<string, Promise<void>>();
  if (plan.length) {
    const databases = supervise('databases', commands.get('databases')!, { EMBEDDED_DATABASE_PLAN: JSON.stringify(plan) }, subgraphs.length + 1);
    databasesReady = waitReadyMessage(databases);
    for (const database of plan) {
      databaseUrls[`${database.name.toUpperCase()}_DATABASE_URL`] = socketUrl(database.socketPath);
      served.set(database.name, new Promise((resolve) => databases.child.on('message', (message: { served?: string }) => message?.served === database.name && resolve())));
    }
  }
  console.log(`Starting ${plan.length ? 'the embedded databases, ' : ''}${subgraphs.map((s) => s.name).join(', ')} and the router…`);
  const router = supervise('router', commands.get('router')!, { PORT: String(ROUTER_PORT) }, subgraphs.length);
  const subgraphsReady = subgraphs.map(async (subgraph, index) => {
    await Promise.race([served.get(subgraph.name), databasesReady]);
    if (stopping) return;
    const service = supervise(subgraph.name, commands.get(subgraph.name)!, { PORT: String(subgraph.port), ...databaseUrls }, index);
    await waitReady(service, `http://127.0.0.1:${subgraph.port}`);
  });
  try {
    // The router waits for its subgraphs itself (its readiness needs them all).
    await Promise.all([databasesReady, ...subgraphsReady, waitReady(router, `http://127.0.0.1:${ROUTER_PORT}`)]);
  } finally {
    stopReporting();
  }

  const lines = [
    `  GraphQL API       http://localhost:${ROUTER_PORT}/graphql`,
    ...(production ? [] : [`  Explorer          http://localhost:${ROUTER_PORT}/  (GraphiQL with docs, works offline; development only)`]),
    `  Health            http://localhost:${ROUTER_PORT}/health/ready`,
    `  Metrics           curl -H 'Authorization: Bearer ${env.METRICS_TOKEN}' http://localhost:${ROUTER_PORT}/metrics`,
    ...(demo ? [`  Demo admin        admin@example.com / ${demo.admin}`, `  Demo shopper      shopper@example.com / ${demo.shopper}`] : []),
    `  Data              ${DATA_DIR}${process.env.DATABASE_URL ? ' (databases on DATABASE_URL)' : ''}`,
    `  Email / SMS       ${process.env.SMTP_URL ? 'email by SMTP (SMTP_URL)' : `${path.join(DATA_DIR, 'mail')}/*.eml`}; texts in ${path.join(DATA_DIR, 'sms.log')}`,
    `  Storefront        ${env.STOREFRONT === 'false' ? 'off (STOREFRONT=false)' : `http://localhost:${env.STOREFRONT_PORT ?? 3000}  (production build of web/; built on first start and when its sources change)`}`,
  ];
  console.log(`\nProject Zero is up${production ? ' (production)' : ''}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s.\n${lines.join('\n')}\nPress Ctrl-C to stop.\n`);
  const storefrontLog = (line: string) => process.stdout.write(`\x1b[94m[${'web'.padEnd(13)}]\x1b[0m ${line}\n`);
  startStorefront({ routerPort: ROUTER_PORT, env, onChild: (child) => others.push(child), log: storefrontLog, nodeFlags: LEAN_FLAGS }).then(
    (url) => url && storefrontLog(`storefront ready at ${url}`),
    (error: Error) => storefrontLog(`the storefront did not start: ${error.message} (the API keeps running)`),
  );
}

main().catch((error) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : error}`);
  void stopAll(1);
});
