import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { dropDatabase, type Env, type RunningService } from '@zero/service';
import { start as startRouter } from '@zero/router';
import { listSubgraphs } from '../../../scripts/lib/subgraphs';

/** The `METRICS_TOKEN` test platforms run with. */
export const TEST_METRICS_TOKEN = 'test-metrics-token-0123456789';

/** A running platform: the real router in front of real subgraphs on real databases. */
export interface Platform {
  router: RunningService;
  subgraphs: Record<string, RunningService & { deps?: unknown; services?: unknown }>;
  /** The internal secret, for tests that call a subgraph the way a service would. */
  internalSecret: string;
  /** Stops a subgraph (an outage); `startSubgraph` brings it back on the same port and database. */
  stopSubgraph(name: string): Promise<void>;
  startSubgraph(name: string): Promise<void>;
  /** The environment every service of this platform was started with (databases, secret, subgraph URLs). */
  env: Env;
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
}

type SubgraphModule = { start(env: Env): Promise<RunningService> };

/**
 * Starts every subgraph listed in schema/supergraph.yaml (or the ones named) and the router, each on port 0.
 * Databases: in-memory PGlite by default; with `TEST_DATABASE_URL=postgres://…` a fresh database per subgraph on
 * that server, dropped again by `stop()`.
 */
export async function startPlatform(options: { subgraphs?: string[]; env?: Env } = {}): Promise<Platform> {
  const internalSecret = randomBytes(32).toString('hex');
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
    ...options.env,
  };
  const entries = listSubgraphs().filter((s) => !options.subgraphs || options.subgraphs.includes(s.name));
  const databaseUrls: string[] = [];
  for (const entry of entries) {
    const key = `${entry.name.toUpperCase()}_DATABASE_URL`;
    if (env[key]) continue;
    if (process.env.TEST_DATABASE_URL) {
      const url = new URL(process.env.TEST_DATABASE_URL);
      url.pathname = `/zero_test_${runId}_${entry.name}`;
      env[key] = url.toString();
      databaseUrls.push(url.toString());
    } else {
      env[key] = 'memory://';
    }
  }

  // Ports are chosen before anything starts, so every subgraph can be told where the others are
  // (`<NAME>_SUBGRAPH_URL`, as in docker-compose), whatever the order of their dependencies.
  const ports = new Map<string, number>();
  for (const entry of entries) {
    ports.set(entry.name, await freePort());
    env[`${entry.name.toUpperCase()}_SUBGRAPH_URL`] = `http://127.0.0.1:${ports.get(entry.name)}/graphql`;
  }

  const subgraphs: Platform['subgraphs'] = {};
  const stopAll = async () => {
    await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
    await Promise.all(databaseUrls.map((url) => dropDatabase(url)));
  };
  let router: RunningService;
  const routerEnv: Env = { ...env, ROUTER_PORT: '0', SUPERGRAPH_POLL_MS: '100', OPERATION_LIST_REFRESH_MS: '200' };
  const extraRouters: RunningService[] = [];
  const startOne = async (name: string) => {
    const module = require(`@zero/${name}`) as SubgraphModule;
    subgraphs[name] = await module.start({ ...env, [`${name.toUpperCase()}_PORT`]: String(ports.get(name)) });
  };
  try {
    await Promise.all(entries.map((entry) => startOne(entry.name)));
    router = await startRouter(routerEnv);
  } catch (error) {
    await stopAll();
    throw error;
  }

  return {
    router,
    subgraphs,
    internalSecret,
    env,
    async startRouter(extra = {}) {
      const replica = await startRouter({ ...routerEnv, ...extra });
      extraRouters.push(replica);
      return replica;
    },
    async stopSubgraph(name) {
      await subgraphs[name]?.stop();
      delete subgraphs[name];
    },
    startSubgraph: startOne,
    async request(query, variables, requestOptions = {}) {
      const res = await fetch(`${router.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(requestOptions.token ? { authorization: `Bearer ${requestOptions.token}` } : {}),
          ...requestOptions.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data: any; errors?: GraphQLResponse<any>['errors'] };
      return { status: res.status, data: body.data, errors: body.errors };
    },
    async stop() {
      await Promise.all([router.stop(), ...extraRouters.map((r) => r.stop())]);
      await stopAll();
    },
  };
}

/**
 * A port that is free right now, chosen below Linux's ephemeral range (32768+) so that no outgoing connection can be
 * handed it between this check and the subgraph's listen.
 */
async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

let counter = 0;
/** A unique email for a test. */
export function uniqueEmail(prefix = 'shopper'): string {
  return `${prefix}-${Date.now().toString(36)}-${++counter}-${randomBytes(2).toString('hex')}@example.com`;
}

export const STRONG_PASSWORD = 'Correct-Horse-9';

const SESSION_FIELDS = 'session { accessToken refreshToken accessTokenExpiresAt user { id email roles createdAt } } userErrors { code message field }';

/** Registers a new customer through the router and returns its session. */
export async function registerShopper(platform: Platform, email = uniqueEmail(), password = STRONG_PASSWORD) {
  const res = await platform.request(`mutation($input: RegisterInput!) { register(input: $input) { ${SESSION_FIELDS} } }`, {
    input: { email, password },
  });
  const session = res.data?.register?.session;
  if (!session) throw new Error(`registration failed: ${JSON.stringify(res.errors ?? res.data?.register?.userErrors)}`);
  return { email, password, token: session.accessToken as string, refreshToken: session.refreshToken as string, userId: session.user.id as string };
}

export { SESSION_FIELDS };

let adminCounter = 0;
/** Creates an admin account directly in the auth service and signs it in through the router. */
export async function adminToken(platform: Platform): Promise<string> {
  const email = `admin-${Date.now().toString(36)}-${++adminCounter}@example.com`;
  const auth = (platform.subgraphs.auth!.services as { auth: { upsertAccount(e: string, p: string, r: string[]): Promise<unknown> } }).auth;
  await auth.upsertAccount(email, STRONG_PASSWORD, ['CUSTOMER', 'ADMIN']);
  const res = await platform.request('mutation($input: LoginInput!) { login(input: $input) { session { accessToken } } }', {
    input: { email, password: STRONG_PASSWORD },
  });
  const token = res.data?.login?.session?.accessToken;
  if (!token) throw new Error(`admin login failed: ${JSON.stringify(res.errors ?? res.data)}`);
  return token as string;
}

let productCounter = 0;
/** Creates a one-variant product through the router (admin) and returns its variant id and SKU. */
export async function createTestProduct(
  platform: Platform,
  token: string,
  variant: { price: number; weightGrams: number; stock: number; name?: string },
): Promise<{ productId: string; variantId: string; sku: string }> {
  const tag = `${Date.now().toString(36)}-${++productCounter}-${randomBytes(2).toString('hex')}`;
  const res = await platform.request(
    'mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id variants { id sku } } userErrors { code message field } } }',
    {
      input: {
        name: variant.name ?? `Test Product ${tag}`,
        description: 'Made by a test.',
        categorySlug: 'electronics',
        variants: [{ sku: `TEST-${tag}`, price: variant.price, weightGrams: variant.weightGrams, stock: variant.stock }],
      },
    },
    { token },
  );
  const product = res.data?.createProduct?.product;
  if (!product) throw new Error(`createProduct failed: ${JSON.stringify(res.errors ?? res.data?.createProduct?.userErrors)}`);
  return { productId: product.id, variantId: product.variants[0].id, sku: product.variants[0].sku };
}

/** Polls `check` until it returns a truthy value (effects delivered through an outbox arrive a moment later). */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
