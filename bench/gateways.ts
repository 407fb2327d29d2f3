/**
 * `npm run bench:gateways`: our router against stock `@apollo/gateway` and Hive Gateway over the same subgraphs, each
 * gateway alone on one core (`taskset -c 1`; the subgraphs and the load generator share core 0), with the same load:
 * 50 connections for BENCH_SECONDS (15) after a warm-up, the storefront's mix of its own operations from
 * web/persisted-query-manifest.json — home 70 %, product page 25 %, add to cart 4 % (a guest cart), checkout 1 %
 * (the signed-in checkout page: the shopper's addresses and cart with prices). Every response is checked: HTTP 200,
 * no GraphQL errors, no user errors. Then the gateways against calling the catalog subgraph directly for the
 * single-subgraph queries (home, product page), one connection, p50: the router with and without its single-fetch
 * pass-through, stock @apollo/gateway, Hive Gateway (deduplication off), and two floors with no gateway at all — a
 * bare HTTP forwarder, and Apollo Server whose executor only forwards the query — all running at once, their rounds
 * interleaved. For each, the median time the gateway process spent before its subgraph call, in the call and after
 * the answer (bench/phase-probe.cjs, preloaded into every gateway) shows where its share of the latency goes.
 *
 * Workloads: `ours` (the platform's subgraphs on in-memory embedded databases, the demo catalog) and `foreign`
 * (bench/foreign/: accounts, products, inventory and reviews, the schema of Apollo's and The Guild's federation
 * benchmarks, which the router knows nothing about; mix: top products with reviews and authors 70 %, one product with
 * inventory 25 %, me with reviews 5 %). `npm run bench:gateways -- foreign` runs one. BENCH_GATEWAYS (e.g.
 * `router,apollo`) runs only the gateways named; BENCH_SECONDS and BENCH_WARMUP_SECONDS set the durations;
 * BENCH_PROFILE=<folder> writes a V8 CPU profile of each gateway process there (`node --cpu-prof`);
 * BENCH_DIRECT_ONLY=1 measures only the gateways against the subgraph (BENCH_DIRECT_ROUNDS rounds, default 3).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';
import { bundle } from '../scripts/build';
import type { GatewayConfig } from './gateway-server';
import type { PlatformFixture } from './platform-subgraphs';

const ROOT = path.resolve(__dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CONNECTIONS = 50;
/** `BENCH_DIRECT_ONLY=1`: only the gateway-against-the-subgraph comparison (the variants below), no mix loads. */
const DIRECT_ONLY = process.env.BENCH_DIRECT_ONLY === '1';
/**
 * The gateways measured against calling the subgraph directly: the router as shipped (its response cache answers a
 * repeated public query without the subgraph: what a shopper sees, not the cost of the hop), the router with nothing
 * that answers for the subgraph (no response cache: the hop's own cost) and, for comparison, the two stock gateways
 * without deduplication.
 */
const DIRECT_VARIANTS = ['router (defaults: dedup + response cache)', 'router, dedup on, cache off', 'router, dedup on, cache off, pass-through off', 'stock @apollo/gateway', 'Hive Gateway, dedup off', 'no gateway: HTTP forwarder', 'no gateway: Apollo Server forwarding'];
/** Alternating rounds of that comparison; the best p50 of each side is kept. */
const DIRECT_ROUNDS = Math.max(1, Number(process.env.BENCH_DIRECT_ROUNDS ?? 3));
const SERVER_BUNDLE = path.join(ROOT, 'bench/dist/gateway-server.js');
/** Preloaded into every gateway: splits its time per request into before the subgraph call and after the answer. */
const PHASE_PROBE = path.join(ROOT, 'bench/phase-probe.cjs');
const PHASES_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'zero-bench-phases-'));
process.env.BENCH_PHASES_DIR = PHASES_DIR; // the gateways' probes write there
process.on('exit', () => fs.rmSync(PHASES_DIR, { recursive: true, force: true }));
const PINNED = fs.existsSync('/usr/bin/taskset') && os.availableParallelism() >= 2;

interface Operation {
  label: string;
  weight: number;
  query: string;
  /** Variables for one request (drawn anew each time). */
  variables: () => Record<string, unknown>;
  headers: Record<string, string>;
  /** A response the storefront would not accept besides GraphQL errors (e.g. user errors of a mutation). */
  incomplete?: (data: any) => boolean;
}

interface Workload {
  name: string;
  supergraphPath: string;
  subgraphs: Record<string, string>;
  internalSecret?: string;
  mix: Operation[];
  /** Queries that one subgraph answers alone, with that subgraph's URL and the headers it needs when called directly. */
  direct: Array<{ label: string; url: string; operation: Operation; headers: Record<string, string> }>;
  stop(): void;
}

interface Variant {
  label: string;
  kind: 'router' | 'apollo' | 'hive' | 'forwarder' | 'apollo-forwarder';
  config: Partial<GatewayConfig>;
}

const VARIANTS: Variant[] = [
  { label: 'router (defaults: dedup + response cache)', kind: 'router', config: { deduplication: true, responseCache: true } },
  // Only deduplication off, everything else as shipped: the configuration #8's "deduplication off in both" compares.
  { label: 'router, dedup off (cache on)', kind: 'router', config: { deduplication: false, responseCache: true } },
  { label: 'router, dedup on, cache off', kind: 'router', config: { deduplication: true, responseCache: false } },
  { label: 'router, dedup off, cache off', kind: 'router', config: { deduplication: false, responseCache: false } },
  // The single-fetch pass-through off (router/src/single-fetch.ts): what it saves, in the comparison with the subgraph.
  { label: 'router, dedup on, cache off, pass-through off', kind: 'router', config: { deduplication: true, responseCache: false, env: { PASS_THROUGH: 'false' } } },
  { label: 'stock @apollo/gateway', kind: 'apollo', config: {} },
  { label: 'Hive Gateway (default: dedup on)', kind: 'hive', config: { dedupe: true } },
  { label: 'Hive Gateway, dedup off', kind: 'hive', config: { dedupe: false } },
  // No gateway: an HTTP hop in Node and nothing else, the floor under any gateway (only against the subgraph directly).
  { label: 'no gateway: HTTP forwarder', kind: 'forwarder', config: {} },
  // Apollo Server with an executor that only forwards the query: its request pipeline on top of that hop.
  { label: 'no gateway: Apollo Server forwarding', kind: 'apollo-forwarder', config: {} },
];

/** A child process started with `command`, once it printed `<marker> <rest>`: resolves with the rest. */
function startChild(command: string[], marker: string, options: { cwd?: string } = {}): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(command[0]!, command.slice(1), { cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith(`${marker} `)) resolve({ child, line: line.slice(marker.length + 1) });
    });
    child.once('exit', (code) => reject(new Error(`${command.join(' ')} exited with ${code} before ${marker}`)));
  });
}

const pinned = (core: number, command: string[]) => (PINNED ? ['taskset', '-c', String(core), ...command] : command);

/** The storefront's operations by name, from its persisted query manifest (written by `npm run manifest -w @zero/web` if missing). */
function storefrontQueries(): (name: string) => string {
  const file = path.join(ROOT, 'web/persisted-query-manifest.json');
  if (!fs.existsSync(file)) execFileSync('npm', ['run', 'manifest', '-w', '@zero/web'], { cwd: ROOT, stdio: 'inherit' });
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { operations: { name: string; body: string }[] };
  return (name) => {
    const operation = manifest.operations.find((o) => o.name === name);
    if (!operation) throw new Error(`the storefront has no operation ${name}`);
    return operation.body;
  };
}

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;

async function ourWorkload(): Promise<Workload> {
  const manifestQuery = storefrontQueries(); // before any child starts: a failure here leaves nothing running
  const { child, line } = await startChild(pinned(0, [process.execPath, '--import', 'tsx', 'bench/platform-subgraphs.ts']), 'READY');
  const fixture = JSON.parse(line) as PlatformFixture;
  const anonymous = { 'content-type': 'application/json', 'x-zero-context': fixture.anonymousCredential };
  const shopper = { 'content-type': 'application/json', authorization: `Bearer ${fixture.shopper.token}`, 'x-zero-context': fixture.shopper.credential };
  const home: Operation = { label: 'home', weight: 70, query: manifestQuery('Home'), variables: () => ({}), headers: anonymous };
  const product: Operation = { label: 'product page', weight: 25, query: manifestQuery('ProductPage'), variables: () => ({ slug: pick(fixture.slugs) }), headers: anonymous };
  return {
    name: 'ours',
    supergraphPath: path.join(ROOT, 'schema/supergraph.graphql'),
    subgraphs: fixture.subgraphs,
    internalSecret: fixture.internalSecret,
    mix: [
      home,
      product,
      {
        label: 'add to cart',
        weight: 4,
        query: manifestQuery('AddToCart'),
        variables: () => ({ cartId: pick(fixture.guestCarts), variantId: pick(fixture.variantIds), quantity: 1 }),
        headers: anonymous,
        incomplete: (data) => data.addToCart.userErrors.length > 0,
      },
      { label: 'checkout', weight: 1, query: manifestQuery('Checkout'), variables: () => ({}), headers: shopper, incomplete: (data) => !data.me?.cart },
    ],
    direct: [home, product].map((operation) => ({ label: operation.label, url: fixture.subgraphs.catalog!, operation, headers: anonymous })),
    stop: () => child.kill('SIGTERM'),
  };
}

async function foreignWorkload(): Promise<Workload> {
  const { child, line } = await startChild(pinned(0, [process.execPath, '--import', 'tsx', 'bench/foreign/subgraphs.ts']), 'READY');
  const fixture = JSON.parse(line) as { subgraphs: Record<string, string>; supergraphPath: string; upcs: string[] };
  const headers = { 'content-type': 'application/json' };
  const query = (name: string) => fs.readFileSync(path.join(ROOT, 'bench/foreign', `${name}.graphql`), 'utf8');
  const top: Operation = { label: 'top products + reviews', weight: 70, query: query('top-products'), variables: () => ({ first: 5 }), headers };
  const product: Operation = { label: 'product + inventory', weight: 25, query: query('product'), variables: () => ({ upc: pick(fixture.upcs) }), headers };
  const me: Operation = { label: 'me + reviews', weight: 5, query: query('me'), variables: () => ({}), headers };
  const single: Operation = { label: 'top products (products alone)', weight: 0, query: query('products-only'), variables: () => ({ first: 5 }), headers };
  return {
    name: 'foreign',
    supergraphPath: fixture.supergraphPath,
    subgraphs: fixture.subgraphs,
    internalSecret: 'bench-foreign-internal-secret-0123456789abcdef',
    mix: [top, product, me],
    direct: [{ label: single.label, url: fixture.subgraphs.products!, operation: single, headers }],
    stop: () => child.kill('SIGTERM'),
  };
}

/** The mix as a sequence of 100 requests in a fixed shuffled order (each connection loops over it). */
function sequence(mix: Operation[]): Operation[] {
  const items = mix.flatMap((operation) => Array.from({ length: operation.weight }, () => operation));
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

interface Figures {
  rps: number;
  p50: number;
  p95: number;
  requests: number;
  failures: number;
  firstFailure?: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

/** Runs `operations` in turn on every connection for `seconds`; checks every response. */
async function load(url: string, operations: Operation[], connections: number, seconds: number, amount?: number): Promise<Figures> {
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  const fail = (why: string) => {
    failures++;
    firstFailure ??= why.slice(0, 300);
  };
  const instance = autocannon({
    url,
    connections,
    ...(amount ? { amount } : { duration: seconds }),
    requests: operations.map((operation) => ({
      method: 'POST' as const,
      path: new URL(url).pathname,
      headers: operation.headers,
      setupRequest: (request: any) => ({ ...request, body: JSON.stringify({ query: operation.query, variables: operation.variables() }) }),
      onResponse: (status: number, body: string) => {
        if (status !== 200) return fail(`${operation.label}: HTTP ${status} ${body}`);
        try {
          const json = JSON.parse(body) as { data?: unknown; errors?: unknown };
          if (json.errors) return fail(`${operation.label}: ${JSON.stringify(json.errors)}`);
          if (!json.data || operation.incomplete?.(json.data)) return fail(`${operation.label}: incomplete ${body}`);
        } catch {
          fail(`${operation.label}: not JSON: ${body}`);
        }
      },
    })),
  }) as Promise<autocannon.Result> & NodeJS.EventEmitter; // the promise is also the run's event emitter
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), requests: latencies.length, failures: failures + result.errors + result.timeouts, firstFailure };
}

/** A gateway's medians (ms) per label of the requests timed by bench/phase-probe.cjs. */
type Phases = Record<string, { requests: number; before: number | null; call: number | null; after: number | null }>;

async function startGateway(variant: Variant, workload: Workload): Promise<{ url: string; pid: number; stop(): void; phases(): Promise<Phases> }> {
  const config: GatewayConfig = { supergraphPath: workload.supergraphPath, subgraphs: workload.subgraphs, internalSecret: workload.internalSecret, forwardTo: workload.direct[0]?.url, ...variant.config };
  const file = path.join(os.tmpdir(), `zero-bench-gateway-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(config));
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const { child, line } = await startChild(pinned(1, [process.execPath, '--require', PHASE_PROBE, ...profile, SERVER_BUNDLE, variant.kind, file]), 'LISTENING');
  const pid = child.pid!;
  return {
    url: `http://127.0.0.1:${line}/graphql`,
    pid,
    stop: () => child.kill('SIGTERM'),
    // The probe writes its figures when signalled; they are read once the file is there (a busy machine may take a while).
    phases: async () => {
      const written = path.join(PHASES_DIR, `phases-${pid}.json`);
      fs.rmSync(written, { force: true });
      child.kill('SIGUSR2');
      for (const start = Date.now(); !fs.existsSync(written); await new Promise((resolve) => setTimeout(resolve, 20))) {
        if (Date.now() - start > 30_000) throw new Error(`${variant.label}: no phase figures after 30 s`);
      }
      return JSON.parse(fs.readFileSync(written, 'utf8')) as Phases;
    },
  };
}

/** CPU time (user + system) a process has used so far, from /proc (Linux; 0 elsewhere, and the column reads 0). */
function cpuSeconds(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces, so split after its closing parenthesis): utime is the
    // 12th, stime the 13th, in clock ticks (USER_HZ, 100 on Linux).
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

const loadAverage = () => os.loadavg().map((n) => n.toFixed(1)).join(' ');
const ms = (n: number) => `${n.toFixed(1)} ms`;
/** `×a/b`, or a dash when the gateway compared with was not measured in this run (`BENCH_GATEWAYS`). */
const ratio = (a: number, b: number) => (Number.isFinite(b) && b > 0 ? `×${(a / b).toFixed(2)}` : '—');

async function benchWorkload(workload: Workload): Promise<void> {
  console.log(`\n== ${workload.name} workload: ${workload.mix.map((o) => `${o.label} ${o.weight}%`).join(', ')}; ${CONNECTIONS} connections, ${SECONDS} s each${PINNED ? ', each gateway alone on core 1' : ' (no taskset: unpinned)'}`);
  const operations = sequence(workload.mix);
  const rows: Array<{ variant: Variant; figures: Figures; load: string }> = [];
  const directRows: Array<{ variant: string; label: string; gateway: number; direct: number; cpuPerRequest: number; before?: number | null; call?: number | null; after?: number | null }> = [];
  const only = process.env.BENCH_GATEWAYS?.split(',');
  const variants = VARIANTS.filter((v) => (!only || only.includes(v.kind)) && (!DIRECT_ONLY || DIRECT_VARIANTS.includes(v.label)));
  const mixable = (variant: Variant) => variant.kind !== 'forwarder' && variant.kind !== 'apollo-forwarder';
  for (const variant of DIRECT_ONLY ? [] : variants.filter(mixable)) {
    const gateway = await startGateway(variant, workload);
    try {
      // Each operation once, checked, before any load: a gateway that cannot serve the mix is not measured.
      const check = await load(gateway.url, workload.mix, 1, 0, workload.mix.length);
      if (check.failures) throw new Error(`${variant.label} cannot serve the mix: ${check.firstFailure}`);
      await load(gateway.url, operations, CONNECTIONS, WARMUP_SECONDS);
      const figures = await load(gateway.url, operations, CONNECTIONS, SECONDS);
      rows.push({ variant, figures, load: loadAverage() });
      console.log(`  ${variant.label.padEnd(44)} ${figures.rps.toFixed(0).padStart(6)} req/s  p50 ${ms(figures.p50).padStart(9)}  p95 ${ms(figures.p95).padStart(9)}  ${figures.failures} failed of ${figures.requests}${figures.firstFailure ? ` (${figures.firstFailure})` : ''}  load ${loadAverage()}`);
    } finally {
      gateway.stop();
    }
  }

  // Single-subgraph queries through each gateway and straight to their subgraph, one connection. All the gateways
  // compared run at once (each on core 1, idle but for its turn), and their rounds interleave — subgraph, gateway A,
  // subgraph, gateway B, … — so a slower minute of a shared machine falls on all of them, not on one.
  const compared = variants.filter((v) => DIRECT_VARIANTS.includes(v.label));
  const gateways: Array<Awaited<ReturnType<typeof startGateway>>> = [];
  try {
    for (const variant of compared) gateways.push(await startGateway(variant, workload));
    for (const [index, variant] of compared.entries()) {
      if (!mixable(variant)) continue; // the forwarders serve single-subgraph queries only
      const check = await load(gateways[index]!.url, workload.mix, 1, 0, workload.mix.length);
      if (check.failures) throw new Error(`${variant.label} cannot serve the mix: ${check.firstFailure}`);
    }
    const roundSeconds = Math.max(2, SECONDS / 5);
    for (const { label, url, operation, headers } of workload.direct) {
      for (const gateway of gateways) await load(gateway.url, [operation], 1, 1); // warm each up on this query
      const direct = [] as number[];
      const routed = compared.map(() => ({ p50: [] as number[], cpu: 0, requests: 0 }));
      for (let round = 0; round < DIRECT_ROUNDS; round++) {
        for (const [index, gateway] of gateways.entries()) {
          direct.push((await load(url, [{ ...operation, headers }], 1, roundSeconds)).p50);
          const before = cpuSeconds(gateway.pid);
          const figures = await load(gateway.url, [{ ...operation, headers: { ...operation.headers, 'x-bench-phase': label } }], 1, roundSeconds);
          routed[index]!.cpu += cpuSeconds(gateway.pid) - before;
          routed[index]!.requests += figures.requests;
          routed[index]!.p50.push(figures.p50);
        }
      }
      // The best p50 of each: what the gateway costs when nothing else interferes, against the subgraph's best.
      const best = Math.min(...direct);
      for (const [index, variant] of compared.entries()) {
        const { p50, cpu, requests } = routed[index]!;
        directRows.push({ variant: variant.label, label, gateway: Math.min(...p50), direct: best, cpuPerRequest: (cpu / requests) * 1000 });
      }
    }
    for (const [index, variant] of compared.entries()) {
      const phases = await gateways[index]!.phases();
      for (const row of directRows) if (row.variant === variant.label && phases[row.label]) Object.assign(row, { before: phases[row.label]!.before, call: phases[row.label]!.call, after: phases[row.label]!.after });
    }
  } finally {
    for (const gateway of gateways) gateway.stop();
  }

  const rps = (found: (typeof rows)[number] | undefined) => found?.figures.rps ?? NaN;
  const apollo = rps(rows.find((r) => r.variant.kind === 'apollo'));
  const hive = rps(rows.find((r) => r.variant.kind === 'hive' && r.variant.config.dedupe));
  const hiveOff = rps(rows.find((r) => r.variant.kind === 'hive' && !r.variant.config.dedupe));
  if (rows.length) {
    console.log(`\n| ${workload.name} workload, ${CONNECTIONS} connections | req/s | p50 | p95 | × stock @apollo/gateway | × Hive (dedup on) | × Hive (dedup off) | failed | load average |`);
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  }
  for (const { variant, figures, load: average } of rows) {
    console.log(`| ${variant.label} | ${figures.rps.toFixed(0)} | ${ms(figures.p50)} | ${ms(figures.p95)} | ${ratio(figures.rps, apollo)} | ${ratio(figures.rps, hive)} | ${ratio(figures.rps, hiveOff)} | ${figures.failures}/${figures.requests} | ${average} |`);
  }
  console.log(`\n| ${workload.name}: single-subgraph query, 1 connection | gateway | gateway p50 | subgraph directly p50 | gateway / direct | gateway CPU per request | before the subgraph call | the call | after its answer |`);
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const phase = (value: number | null | undefined) => (value == null ? '—' : `${value.toFixed(2)} ms`);
  for (const row of directRows) {
    console.log(`| ${row.label} | ${row.variant} | ${ms(row.gateway)} | ${ms(row.direct)} | ×${(row.gateway / row.direct).toFixed(2)} | ${ms(row.cpuPerRequest)} | ${phase(row.before)} | ${phase(row.call)} | ${phase(row.after)} |`);
  }
}

async function main(): Promise<void> {
  await bundle(path.join(ROOT, 'bench/gateway-server.ts'), SERVER_BUNDLE);
  // Hive Gateway lives in a project of its own (bench/hive/package.json says why).
  if (!fs.existsSync(path.join(ROOT, 'bench/hive/node_modules/@graphql-hive/gateway-runtime'))) {
    execFileSync('npm', ['ci', '--prefix', 'bench/hive', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  }
  // The load generator and the subgraphs share core 0; each gateway has core 1 to itself.
  if (PINNED) execFileSync('taskset', ['-cp', '0', String(process.pid)], { stdio: 'ignore' });
  console.log(`Gateways bench: ${os.cpus().length} cores, load average ${loadAverage()}, node ${process.version}`);
  const chosen = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  for (const name of chosen.length ? chosen : ['ours', 'foreign']) {
    const workload = name === 'foreign' ? await foreignWorkload() : await ourWorkload();
    try {
      await benchWorkload(workload);
    } finally {
      workload.stop();
    }
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
