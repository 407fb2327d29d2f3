import { z } from 'zod';

/**
 * Configuration is parsed and validated once, at start-up, from an explicit environment object (never from
 * scattered `process.env` reads), so several services can run side by side in one process in tests.
 */
export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly problems: string[],
  ) {
    super(`Invalid configuration for ${service}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export type Env = Record<string, string | undefined>;

/** Variables every service understands. */
export const baseEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** Append logs to this file instead of writing them to stdout. */
  LOG_FILE: z.string().min(1).optional(),
  /**
   * Shared secret with which the router (and services calling each other) sign the short-lived credential that
   * subgraphs require on every GraphQL request. Required in production; `npm start` generates one per run.
   */
  INTERNAL_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /**
   * The auth subgraph, whose public keys (its JWKS, `/.well-known/jwks.json` beside this URL unless AUTH_JWKS_URL
   * says otherwise) verify the access tokens the router forwards. Subgraphs that call auth read it as their peer too.
   */
  AUTH_SUBGRAPH_URL: z.string().url().default('http://localhost:8001/graphql'),
  AUTH_JWKS_URL: z.string().url().optional(),
  /** How long a subgraph waits for the JWKS when a token names a key it has not fetched yet. */
  JWKS_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  /** How long a signed internal credential is valid: a request must reach its subgraph within this. */
  INTERNAL_CREDENTIAL_TTL_SECONDS: z.coerce.number().int().min(5).max(600).default(60),
  /** How long one service-to-service call (e.g. orders asking the cart for its lines) may take before it is retried. */
  SERVICE_CALL_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /**
   * `/metrics` is never public: with `METRICS_TOKEN` it answers requests bearing `Authorization: Bearer <token>` on
   * the service's own port; with `METRICS_PORT` it is served on that port alone (one you do not publish). With
   * neither, metrics are not served over HTTP.
   */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /**
   * Where traces go: an OTLP/HTTP collector's base URL (`http://localhost:4318`; spans are sent to `/v1/traces`).
   * Unset or empty (compose passes it through empty): no span is recorded or sent (trace ids still reach logs and
   * error responses).
   */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
  /** OpenTelemetry's standard switch: `true` sets up no tracing at all (no ids either: logs and errors carry none). */
  OTEL_SDK_DISABLED: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
export const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const HOUR_MS = 60 * 60 * 1000;
const ms = (fallback: number, min = 10) => z.coerce.number().int().min(min).default(fallback);

/**
 * How a subgraph with an outbox delivers it, and how long it keeps what was delivered. Parsed once, here; a subgraph
 * that has an outbox spreads `outboxEnv` into its variables and hands {@link outboxSettings} to its relay.
 */
export const outboxEnv = {
  /** How often the relay looks for due events. */
  OUTBOX_INTERVAL_MS: ms(1000),
  /** First retry delay of a failed delivery; it doubles per attempt up to OUTBOX_BACKOFF_MAX_MS. */
  OUTBOX_BACKOFF_MS: ms(500),
  OUTBOX_BACKOFF_MAX_MS: ms(60_000),
  /**
   * How long a delivery made on a request's path (right after its commit) may take before the request answers
   * anyway; the relay retries it later.
   */
  OUTBOX_INLINE_TIMEOUT_MS: ms(5000, 100),
  /** How long delivered events are kept (for inquiries) before the retention job deletes them. */
  OUTBOX_RETENTION_HOURS: z.coerce.number().min(0).default(7 * 24),
};

/** Variables of a subgraph that deletes what is past its retention period (outbox, idempotency keys, tokens …). */
export const retentionEnv = {
  /** How often retention jobs run. */
  RETENTION_INTERVAL_MS: ms(HOUR_MS, 100),
  /** How long a used idempotency key is kept: a retry after that is a new request (subgraphs with idempotent mutations). */
  IDEMPOTENCY_KEY_RETENTION_HOURS: z.coerce.number().min(0).default(24),
};

/** Variables of a subgraph with idempotent mutations (see idempotency.ts for what they mean). */
export const idempotencyEnv = {
  /** A claim on an idempotency key not renewed for this long belongs to a request whose process died; a retry takes it over. */
  IDEMPOTENCY_CLAIM_LEASE_MS: ms(6_000, 300),
  /** How long a request waits for another one holding its key before it answers IDEMPOTENCY_KEY_IN_USE (retry). */
  IDEMPOTENCY_WAIT_MS: ms(8_000, 100),
};

/** Settings for `idempotent()` from a subgraph's parsed configuration. */
export function idempotencySettings(config: Parsed<typeof idempotencyEnv>): { leaseMs: number; waitMs: number } {
  return { leaseMs: config.IDEMPOTENCY_CLAIM_LEASE_MS, waitMs: config.IDEMPOTENCY_WAIT_MS };
}

/** The parsed form of {@link outboxEnv} that `OutboxRelay` works with. */
export interface OutboxSettings {
  intervalMs: number;
  backoffMs: number;
  backoffMaxMs: number;
  batchSize: number;
  /** A claimed event is reserved for its deliverer this long; every delivery is given less time than this. */
  leaseMs: number;
  inlineTimeoutMs: number;
  relayTimeoutMs: number;
  retentionMs: number;
  retentionIntervalMs: number;
}

type Parsed<T extends z.ZodRawShape> = { [K in keyof T]: z.infer<T[K]> };
type OutboxConfig = Parsed<typeof outboxEnv> & Pick<Parsed<typeof retentionEnv>, 'RETENTION_INTERVAL_MS'>;

/** Settings of a subgraph's outbox relay from its parsed configuration. */
export function outboxSettings(config: OutboxConfig): OutboxSettings {
  const leaseMs = 30_000;
  return {
    intervalMs: config.OUTBOX_INTERVAL_MS,
    backoffMs: config.OUTBOX_BACKOFF_MS,
    backoffMaxMs: config.OUTBOX_BACKOFF_MAX_MS,
    batchSize: 50,
    leaseMs,
    // A delivery never outlives its lease, else a second deliverer could send the event while the first still is.
    inlineTimeoutMs: Math.min(config.OUTBOX_INLINE_TIMEOUT_MS, leaseMs / 2),
    relayTimeoutMs: leaseMs / 2,
    retentionMs: config.OUTBOX_RETENTION_HOURS * HOUR_MS,
    retentionIntervalMs: config.RETENTION_INTERVAL_MS,
  };
}

/** Parses `env` with `schema`; on failure throws a {@link ConfigError} naming every bad variable. */
export function parseConfig<S extends z.ZodTypeAny>(service: string, schema: S, env: Env): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`);
    throw new ConfigError(service, problems);
  }
  return result.data;
}

/** In production the internal secret must be configured; elsewhere a missing one is an error too (callers generate it). */
export function requireInternalSecret(service: string, config: { INTERNAL_SECRET?: string | undefined }): string {
  if (!config.INTERNAL_SECRET) {
    throw new ConfigError(service, ['INTERNAL_SECRET: required (at least 32 characters; shared by the router and every subgraph)']);
  }
  return config.INTERNAL_SECRET;
}
