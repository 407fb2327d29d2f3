/**
 * `npm start`: the whole platform on this machine. Every subgraph listed in schema/supergraph.yaml and the router
 * run as processes of their own on their seed ports, on embedded PGlite databases in .data/ (or on PostgreSQL when
 * DATABASE_URL is set), with the demo accounts seeded. Ctrl-C stops everything cleanly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startStorefront } from '../web/scripts/storefront';
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

async function waitReady(name: string, url: string, child: ChildProcess, timeoutMs = READY_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${name} was not ready after ${timeoutMs / 1000}s (START_TIMEOUT_SECONDS raises the limit)`);
}

const children: { name: string; child: ChildProcess }[] = [];
let stopping = false;

const stopAll = async (code: number) => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  await Promise.all(
    children.map(({ child }) =>
      child.exitCode !== null ? Promise.resolve() : new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
    ),
  );
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
    ...(demo ? { DEMO_ADMIN_PASSWORD: demo.admin, DEMO_SHOPPER_PASSWORD: demo.shopper } : {}),
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  const launch = (name: string, entry: string, extraEnv: NodeJS.ProcessEnv, index: number) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    pipeLogs(name, COLORS[index % COLORS.length]!, child.stdout!);
    pipeLogs(name, COLORS[index % COLORS.length]!, child.stderr!);
    child.on('exit', (code) => {
      if (!stopping) {
        console.error(`${name} stopped unexpectedly (exit code ${code}); stopping the platform.`);
        void stopAll(1);
      }
    });
    children.push({ name, child });
    return child;
  };

  const subgraphs = listSubgraphs();
  console.log(`Starting ${subgraphs.map((s) => s.name).join(', ')} and the router…`);
  await Promise.all(
    subgraphs.map((subgraph, index) => {
      const child = launch(subgraph.name, path.join(subgraph.dir, 'src/index.ts'), { PORT: String(subgraph.port) }, index);
      return waitReady(subgraph.name, `http://127.0.0.1:${subgraph.port}`, child);
    }),
  );
  const router = launch('router', path.join(ROOT, 'router/src/index.ts'), { PORT: String(ROUTER_PORT) }, subgraphs.length);
  await waitReady('router', `http://127.0.0.1:${ROUTER_PORT}`, router);

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
  console.log(`\nProject Zero is up${production ? ' (production)' : ''}.\n${lines.join('\n')}\nPress Ctrl-C to stop.\n`);
  const storefrontLog = (line: string) => process.stdout.write(`\x1b[94m[${'web'.padEnd(13)}]\x1b[0m ${line}\n`);
  startStorefront({ routerPort: ROUTER_PORT, env, onChild: (child) => children.push({ name: 'web', child }), log: storefrontLog }).then(
    (url) => url && storefrontLog(`storefront ready at ${url}`),
    (error: Error) => storefrontLog(`the storefront did not start: ${error.message} (the API keeps running)`),
  );
}

main().catch((error) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : error}`);
  void stopAll(1);
});
