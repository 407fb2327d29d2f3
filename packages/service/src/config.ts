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
   * `/metrics` is never public: with `METRICS_TOKEN` it answers requests bearing `Authorization: Bearer <token>` on
   * the service's own port; with `METRICS_PORT` it is served on that port alone (one you do not publish). With
   * neither, metrics are not served over HTTP.
   */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
});

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
export const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

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
