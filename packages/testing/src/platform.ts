import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dropDatabase, type Database, type Env, type Metrics, type RunningService, type StartOptions } from '@zero/service';
import { start as startRouter } from '@zero/router';
import { listSubgraphs } from '../../../scripts/lib/subgraphs';
import { scaled } from './timing';

/** The `METRICS_TOKEN` test platforms run with. */
export const TEST_METRICS_TOKEN = 'test-metrics-token-0123456789';

/** What every running subgraph exposes to tests: its database, metrics and services. */
export interface RunningTestSubgraph extends RunningService {
  port: number;
  deps: { db: Database; metrics: Metrics; config: Record<string, unknown> };
  services: Record<string, unknown>;
}

/** A running platform: the real router in front of real subgraphs on real databases. */
export interface Platform {
  router: RunningService;
  subgraphs: Record<string, RunningTestSubgraph>;
  /** The internal secret, for tests that call a subgraph the way a service would. */
  internalSecret: string;
  /** Stops a subgraph (an outage); `startSubgraph` brings it back on the same port and database. */
  stopSubgraph(name: string): Promise<void>;
  startSubgraph(name: string): Promise<void>;
  /** The environment every service of this platform was started with (databases, secret). */
  env: Env;
  /** The services' `DATA_DIR`, a temporary folder: files they write (the notifications' `.eml` files and `sms.log`). */
  filesDir: string;
  /** Starts another router in front of the same subgraphs (e.g. a second replica), with extra settings. */
  startRouter(extra?: Env): Promise<RunningService>;
  /** POSTs a GraphQL operation to the router. */
  request<T = any>(query: string, variables?: Record<string, unknown>, options?: { token?: string; headers?: Record<string, string> }): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export interface GraphQLResponse<T> {
  status: number;
  data: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
  /** The response's headers (`cache-control`, `age`, …). */
  headers: Headers;
}

/** POSTs a GraphQL operation to a router (the platform's own, or one started beside it) and reads its JSON answer. */
export async function graphqlRequest<T = any>(
  target: { url: string },
  query: string,
  variables?: Record<string, unknown>,
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: GraphQLResponse<T>['errors'] };
  return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
}

type SubgraphModule = { start(env: Env, options?: StartOptions): Promise<RunningService> };

/**
 * Starts every subgraph listed in schema/supergraph.yaml (or the ones named), all at once and each on port 0, then
 * the router in front of them. Subgraphs that call each other learn each other's address when they call (the
 * `peerUrl` start option), so nothing has to be known before anything listens. Databases: in-memory PGlite by
 * default — in a temporary folder for the subgraphs named in `durable`, whose data must outlive a stop and start —
 * and with `TEST_DATABASE_URL=postgres://…` a fresh database per subgraph on that server; `stop()` removes them.
 */
export async function startPlatform(options: { subgraphs?: string[]; env?: Env; durable?: string[] } = {}): Promise<Platform> {
  const internalSecret = randomBytes(32).toString('hex');
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zero-files-'));
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const env: Env = {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    HOST: '127.0.0.1',
    INTERNAL_SECRET: internalSecret,
    BCRYPT_COST: '4',
    LOGIN_RATE_PER_EMAIL: '1000',
    LOGIN_RATE_PER_IP: '10000',
    METRICS_TOKEN: TEST_METRICS_TOKEN,
    // Every test's requests come from 127.0.0.1, and some read 100 products with all their variants at once: the
    // router's cost limit, budgets and SDL field limits are tested on their own (router/test/protections.test.ts)
    // and opened wide here.
    FIELD_RATE_LIMITS: 'false',
    MAX_OPERATION_COST: '1000000',
    COST_BUDGET_MAX: '100000000',
    COST_BUDGET_RESTORE_RATE: '100000000',
    PARTNER_COST_BUDGET_MAX: '200000000',
    PARTNER_COST_BUDGET_RESTORE_RATE: '200000000',
    // On a busy machine a healthy subgraph call can take seconds: the router's time limits scale like the tests'
    // waits (tests of the limits themselves set their own).
    SUBGRAPH_TIMEOUT_MS: String(scaled(10_000)),
    JWKS_TIMEOUT_MS: String(scaled(5_000)),
    SERVICE_CALL_TIMEOUT_MS: String(scaled(10_000)),
    INTERNAL_CREDENTIAL_TTL_SECONDS: String(Math.min(600, Math.round(scaled(60_000) / 1000))),
    REQUEST_DEADLINE_MS: String(scaled(20_000)),
    BREAKER_WINDOW_MS: String(scaled(30_000)),
    IDEMPOTENCY_CLAIM_LEASE_MS: String(scaled(6_000)),
    IDEMPOTENCY_WAIT_MS: String(scaled(8_000)),
    // Revoked tokens are refused within a poll, and an erasure waits for that (tests of the delay set their own).
    TOKEN_REVOCATION_REFRESH_MS: '100',
    ERASURE_DELAY_MS: String(scaled(1_000)),
    DATA_DIR: filesDir,
    ...options.env,
  };
  const entries = listSubgraphs().filter((s) => !options.subgraphs || options.subgraphs.includes(s.name));
  const databaseUrls: string[] = [];
  let dataDir: string | null = null;
  for (const entry of entries) {
    const key = `${entry.name.toUpperCase()}_DATABASE_URL`;
    if (env[key]) continue;
    if (process.env.TEST_DATABASE_URL) {
      const url = new URL(process.env.TEST_DATABASE_URL);
      url.pathname = `/zero_test_${runId}_${entry.name}`;
      env[key] = url.toString();
      databaseUrls.push(url.toString());
    } else if (options.durable?.includes(entry.name)) {
      dataDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'zero-platform-'));
      env[key] = `pglite://${path.join(dataDir, entry.name)}`;
    } else {
      env[key] = 'memory://';
    }
  }

  const subgraphs: Platform['subgraphs'] = {};
  const ports = new Map<string, number>();
  // A peer's address as it is now; one the test overrode in `env` (e.g. a stand-in that hangs) wins.
  const peerUrl = (name: string) => {
    if (env[`${name.toUpperCase()}_SUBGRAPH_URL`]) return undefined;
    const port = ports.get(name);
    return port === undefined ? undefined : `http://127.0.0.1:${port}/graphql`;
  };
  const startOne = async (name: string) => {
    const module = require(`@zero/${name}`) as SubgraphModule;
    // Port 0 the first time; the same port again after an outage, since the router and the peers know it.
    const running = (await module.start({ ...env, [`${name.toUpperCase()}_PORT`]: String(ports.get(name) ?? 0) }, { peerUrl })) as RunningTestSubgraph;
    ports.set(name, running.port);
    subgraphs[name] = running;
  };
  const stopAll = async () => {
    await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
    await Promise.all(databaseUrls.map((url) => dropDatabase(url)));
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(filesDir, { recursive: true, force: true });
  };

  const routerEnv = (): Env => ({
    ...env,
    ...Object.fromEntries([...ports].map(([name, port]) => [`${name.toUpperCase()}_SUBGRAPH_URL`, env[`${name.toUpperCase()}_SUBGRAPH_URL`] ?? `http://127.0.0.1:${port}/graphql`])),
    ROUTER_PORT: '0',
  });
  const extraRouters: RunningService[] = [];
  let router: RunningService;
  try {
    const started = await Promise.allSettled(entries.map((entry) => startOne(entry.name)));
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    router = await startRouter(routerEnv());
  } catch (error) {
    await stopAll();
    throw error;
  }

  return {
    router,
    subgraphs,
    internalSecret,
    env,
    filesDir: env.DATA_DIR!,
    async startRouter(extra = {}) {
      const replica = await startRouter({ ...routerEnv(), ...extra });
      extraRouters.push(replica);
      return replica;
    },
    async stopSubgraph(name) {
      await subgraphs[name]?.stop();
      delete subgraphs[name];
    },
    startSubgraph: startOne,
    request: (query, variables, requestOptions) => graphqlRequest(router, query, variables, requestOptions),
    async stop() {
      await Promise.all([router.stop(), ...extraRouters.map((r) => r.stop())]);
      await stopAll();
    },
  };
}
