import path from 'node:path';
import { z } from 'zod';
import { baseEnvSchema, bool, parseConfig, port, type Env } from '@zero/service';

/** How a client's operations are checked against its published list (Apollo's persisted query modes). */
export const OPERATION_MODES = ['freeform', 'safelist', 'ids-only'] as const;
export type OperationMode = (typeof OPERATION_MODES)[number];

const positive = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/**
 * The router's configuration, parsed once at start-up. Every protection has a default that suits a public
 * storefront; the README's "Protections" table lists them.
 */
export const routerEnvSchema = baseEnvSchema.extend({
  PORT: port(8000),
  /**
   * Processes serving the router's port (node:cluster): 1 runs no cluster. More need REDIS_URL in production, since
   * budgets, rate limits and caches are otherwise per worker (router/src/workers.ts).
   */
  ROUTER_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  SUPERGRAPH_PATH: z.string().default(path.resolve(__dirname, '../../schema/supergraph.graphql')),
  /** How often the supergraph file is checked for changes. */
  SUPERGRAPH_POLL_MS: z.coerce.number().int().min(50).default(1000),
  /** The auth subgraph's JWKS; defaults to /.well-known/jwks.json beside the auth subgraph's URL. */
  AUTH_JWKS_URL: z.string().url().optional(),
  /** How long the router waits for the JWKS when a token names a key it has not cached. */
  JWKS_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  /**
   * Which proxies in front of the router to trust for the client's address (Express `trust proxy`): `loopback`,
   * a hop count such as `1`, or comma-separated addresses/subnets. Anonymous budgets and limits are per address.
   */
  TRUST_PROXY: z.string().default('loopback'),
  /** Comma-separated origins allowed to call the API from a browser, or `*`. */
  CORS_ORIGINS: z.string().default('http://localhost:3000'),
  /** How long the router waits for a subgraph's answer before giving up on it (`SUBGRAPH_UNAVAILABLE`). */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /**
   * The most time one client request may spend on subgraph calls, however many its plan makes one after another:
   * each call gets the smaller of SUBGRAPH_TIMEOUT_MS and what is left, and none starts after it has passed.
   */
  REQUEST_DEADLINE_MS: z.coerce.number().int().min(100).default(20_000),

  // Resilience (router/src/resilience/).
  /** Further attempts of a subgraph query after a connection failure or a 502/503/504; mutations are never retried. */
  SUBGRAPH_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  /** The first retry waits a random time up to this (full jitter), doubling per attempt. */
  SUBGRAPH_RETRY_BACKOFF_MS: z.coerce.number().int().min(0).default(50),
  /** A subgraph's breaker opens when more than this share of its calls in the window failed... */
  BREAKER_ERROR_PERCENT: z.coerce.number().int().min(1).max(100).default(50),
  /** ...and the window held at least this many calls. */
  BREAKER_VOLUME_THRESHOLD: z.coerce.number().int().min(1).default(10),
  /**
   * The rolling window over which a breaker counts calls and failures; at least three SUBGRAPH_TIMEOUT_MS, so a call
   * that times out is still counted in the window where it started.
   */
  BREAKER_WINDOW_MS: z.coerce.number().int().min(1000).default(30_000),
  /** How long an open breaker fails fast before it lets one probe call through (half-open). */
  BREAKER_RESET_MS: z.coerce.number().int().min(100).default(5000),

  // Speed (router/src/deduplication/, router/src/response-cache/).
  /** Identical concurrent queries of one identity share one execution, and identical subgraph queries one fetch. */
  DEDUPLICATION: bool(true),
  /** Whole responses of anonymous queries whose @cacheControl hints allow it are kept (memory, or Redis). */
  RESPONSE_CACHE: bool(true),
  /** A query whose plan is one fetch returning exactly what was asked is answered with that fetch's data (single-fetch.ts). */
  PASS_THROUGH: bool(true),
  /** The in-memory response cache's size bound (serialized responses), in MiB. */
  RESPONSE_CACHE_MAX_MB: positive(64),
  /**
   * Which subgraphs change which others through service calls the router does not see, as `from:to+to,…`: a
   * mutation through `from` makes stale what the response cache read from `from` and (transitively) from each `to`.
   * By default orders change the catalog's stock and the carts, and payments change orders.
   */
  RESPONSE_CACHE_WRITES: z
    .string()
    .regex(/^(\s*[\w-]+\s*:\s*[\w-]+(\s*\+\s*[\w-]+)*\s*)(,\s*[\w-]+\s*:\s*[\w-]+(\s*\+\s*[\w-]+)*\s*)*$|^$/, 'a list like orders:catalog+cart,payments:orders')
    .default('orders:catalog+cart,payments:orders'),
  /** Budgets, field limits and automatic persisted queries are shared by every router replica through Redis. */
  REDIS_URL: z.string().url().optional(),
  /** Prefix of every Redis key the router writes. */
  REDIS_PREFIX: z.string().default('zero:router:'),

  // Document limits: refused before planning with HTTP 400.
  /** Request bodies larger than this are refused (413); an operation list published through the router must fit. */
  MAX_BODY_BYTES: positive(1024 * 1024),
  MAX_TOKENS: positive(4000),
  MAX_DEPTH: positive(15),
  MAX_ALIASES: positive(30),
  MAX_DIRECTIVES: positive(50),
  /** Fields, counted through every fragment spread, that one operation may select. */
  MAX_RECURSIVE_SELECTIONS: positive(10_000),

  // Demand control.
  /** Operations estimated above this cost are refused with COST_ESTIMATED_TOO_EXPENSIVE. */
  MAX_OPERATION_COST: positive(10_000),
  /** The size assumed for a list field whose SDL gives no @listSize. */
  DEFAULT_LIST_SIZE: positive(10),
  /** Each client's cost budget: at most this much, refilled at the restore rate per second (Shopify's model). */
  COST_BUDGET_MAX: positive(50_000),
  COST_BUDGET_RESTORE_RATE: positive(2500),
  /** Partners' budgets (per API key). */
  PARTNER_COST_BUDGET_MAX: positive(100_000),
  PARTNER_COST_BUDGET_RESTORE_RATE: positive(5000),
  /** `@rateLimit` from the SDL; turning it off is for test suites that register many accounts from one address. */
  FIELD_RATE_LIMITS: bool(true),

  // Persisted operations.
  /** How traffic without an API key is checked against the public list; production defaults to `safelist`. */
  PUBLIC_OPERATIONS_MODE: z.enum(OPERATION_MODES).optional(),
  /** How often the router looks for a newly published public list. */
  OPERATION_LIST_REFRESH_MS: z.coerce.number().int().min(100).default(10_000),
  /**
   * How often the router asks the auth subgraph whose access tokens were revoked (signed out everywhere, password
   * changed or reset, account erased): a revoked token is refused within about this long. Keep it well under the auth
   * subgraph's ERASURE_DELAY_MS, so an erased account's token is refused before its data is erased.
   */
  TOKEN_REVOCATION_REFRESH_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
  /** How long a verified API key is trusted before it is checked again (revocation takes effect within this). */
  API_KEY_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(30_000),
  /** Automatic persisted queries kept (in memory; Redis when REDIS_URL is set, for this many seconds). */
  APQ_TTL_SECONDS: positive(24 * 60 * 60),
});

export type RouterConfig = z.infer<typeof routerEnvSchema> & { PUBLIC_OPERATIONS_MODE: OperationMode };

export function parseRouterConfig(environment: Env): RouterConfig {
  const config = parseConfig('router', routerEnvSchema, {
    ...environment,
    PORT: environment.ROUTER_PORT ?? environment.PORT,
    METRICS_PORT: environment.ROUTER_METRICS_PORT ?? environment.METRICS_PORT,
  });
  return {
    ...config,
    PUBLIC_OPERATIONS_MODE: config.PUBLIC_OPERATIONS_MODE ?? (config.NODE_ENV === 'production' ? 'safelist' : 'freeform'),
  };
}
