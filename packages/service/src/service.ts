import fs from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import type { Express } from 'express';
import { z } from 'zod';
import { baseEnvSchema, ConfigError, parseConfig, port, requireInternalSecret, type Env } from './config';
import { describeTarget, openDatabase, resolveDatabaseTarget, type Database } from './db';
import { InternalCredentials } from './identity';
import { AccessTokens } from './access-tokens';
import type { JSONWebKeySet } from 'jose';
import { Jobs } from './jobs';
import { createLogger, type Logger } from './logger';
import { createMetrics, type Metrics } from './metrics';
import { createSubgraphApp, type BaseSubgraphContext } from './subgraph';
import { listen, listenMetrics, type RunningService } from './http';
import { ServiceClient } from './service-client';
import { asService, setUpTracing, shutDownTracing } from './tracing';

/** What a subgraph's code is handed once its environment, database and credentials are set up. */
export interface SubgraphDeps<TSchema extends Record<string, unknown>, TConfig> {
  config: TConfig & z.infer<typeof baseEnvSchema> & { PORT: number };
  db: Database<TSchema>;
  logger: Logger;
  metrics: Metrics;
  credentials: InternalCredentials;
  /** The service's background jobs (`jobs.every(ms, job)`), stopped and awaited when the service stops. */
  jobs: Jobs;
  /** A client for calling one of the subgraphs named in the definition's `peers`, as this service. */
  peer(name: string): ServiceClient;
}

/** How a subgraph is started beyond its environment. */
export interface StartOptions {
  /**
   * Where a peer subgraph is reached right now, asked on every call (`undefined`: from the environment). The test
   * harness starts every subgraph on port 0 and hands their addresses over this way once all are listening.
   */
  peerUrl?(name: string): string | undefined;
}

export interface SubgraphDefinition<
  TSchema extends Record<string, unknown>,
  TConfigShape extends z.ZodRawShape,
  TServices,
  TContext extends BaseSubgraphContext,
> {
  name: string;
  defaultPort: number;
  /** Variables of this subgraph beyond the shared ones. */
  env?: TConfigShape;
  /**
   * The subgraphs this one calls, by name, with the URL each has unless `<NAME>_SUBGRAPH_URL` says otherwise (the
   * variable the router reads too).
   */
  peers?: Record<string, string>;
  tables: TSchema;
  migrationsFolder: string;
  typeDefs: DocumentNode;
  /** The subgraph's resolver map, typed by codegen (`Resolvers` from src/__generated__). */
  resolvers: object;
  /**
   * Runs once after migrations, before the server listens: builds the subgraph's services (created once per
   * process), seeds data, declares background jobs (`deps.jobs.every`, stopped by the kit). `stop` undoes anything
   * else it started.
   */
  setup(deps: SubgraphDeps<TSchema, z.infer<z.ZodObject<TConfigShape>>>): Promise<{ services: TServices; stop?: () => Promise<void> }>;
  /** The per-request context: base context plus per-request loaders and the services. */
  context(base: BaseSubgraphContext, services: TServices): TContext;
  /** Extra public routes, e.g. the JWKS. */
  routes?(app: Express, services: TServices): void;
  /**
   * The public keys that verify access tokens, where the subgraph holds them itself (the auth subgraph, which signs
   * them). Every other subgraph fetches them from the auth subgraph's JWKS (`AUTH_JWKS_URL`, by default
   * `/.well-known/jwks.json` beside `AUTH_SUBGRAPH_URL`).
   */
  accessTokenKeys?(services: TServices): JSONWebKeySet;
}

export interface RunningSubgraph<TSchema extends Record<string, unknown>, TConfig, TServices> extends RunningService {
  deps: SubgraphDeps<TSchema, TConfig>;
  services: TServices;
}

/**
 * How subgraphs take the access tokens the router forwards: up to a minute past their expiry, since the router
 * verified each when its request arrived and may call subgraphs up to its deadline (REQUEST_DEADLINE_MS, 20 s) later;
 * and a key they do not know yet means their copy of the JWKS is behind (a rotation), not that the token is forged.
 */
const TOKEN_OPTIONS = { clockToleranceSeconds: 60, unknownKeyIsStale: true };

/**
 * Starts a subgraph: env → database (migrated) → on-start work → HTTP server with health and metrics. Every
 * subgraph is this function plus its own schema, tables and resolvers, so a reader who knows one knows all.
 */
export async function startSubgraph<
  TSchema extends Record<string, unknown>,
  TConfigShape extends z.ZodRawShape,
  TServices,
  TContext extends BaseSubgraphContext,
>(
  definition: SubgraphDefinition<TSchema, TConfigShape, TServices, TContext>,
  env: Env,
  options: StartOptions = {},
): Promise<RunningSubgraph<TSchema, z.infer<z.ZodObject<TConfigShape>>, TServices>> {
  const { name } = definition;
  const peerEnv = Object.fromEntries(
    Object.entries(definition.peers ?? {}).map(([peer, url]) => [`${peer.toUpperCase()}_SUBGRAPH_URL`, z.string().url().default(url)]),
  );
  const envSchema = baseEnvSchema.extend({ PORT: port(definition.defaultPort), ...peerEnv, ...(definition.env ?? {}) });
  const config = parseConfig(name, envSchema, {
    ...env,
    PORT: env[`${name.toUpperCase()}_PORT`] ?? env.PORT,
    METRICS_PORT: env[`${name.toUpperCase()}_METRICS_PORT`] ?? env.METRICS_PORT,
  }) as SubgraphDeps<TSchema, z.infer<z.ZodObject<TConfigShape>>>['config'];
  const credentials = new InternalCredentials(requireInternalSecret(name, config), config.INTERNAL_CREDENTIAL_TTL_SECONDS);
  setUpTracing({ service: name, endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT, disabled: config.OTEL_SDK_DISABLED });
  const logger = createLogger(name, config.LOG_LEVEL, config.LOG_FILE);
  const metrics = createMetrics(name, { defaultMetrics: config.NODE_ENV !== 'test' });

  let target;
  try {
    target = resolveDatabaseTarget(name, env);
  } catch (error) {
    throw new ConfigError(name, [(error as Error).message]);
  }
  const database = await openDatabase({ target, schema: definition.tables, migrationsFolder: definition.migrationsFolder, metrics, logger });
  logger.info({ database: describeTarget(target) }, 'database ready');
  const jobs = new Jobs(logger);
  const peer = (peerName: string) => {
    const configured = (config as Record<string, unknown>)[`${peerName.toUpperCase()}_SUBGRAPH_URL`];
    if (!Object.hasOwn(definition.peers ?? {}, peerName) || typeof configured !== 'string') throw new Error(`${name} does not declare ${peerName} among its peers`);
    return new ServiceClient(name, () => options.peerUrl?.(peerName) ?? configured, credentials, { timeoutMs: config.SERVICE_CALL_TIMEOUT_MS });
  };
  const deps: SubgraphDeps<TSchema, z.infer<z.ZodObject<TConfigShape>>> = { config, db: database.db, logger, metrics, credentials, jobs, peer };

  let stopJobs: (() => Promise<void>) | undefined;
  const stopWork = async () => {
    await jobs.stop();
    if (stopJobs) await stopJobs();
  };
  try {
    // Its background jobs (the outbox relay…) run as this service's: their spans say so.
    const setup = await asService(name, () => definition.setup(deps));
    stopJobs = setup.stop;
    const services = setup.services;
    const { app, apollo } = await createSubgraphApp<TContext>({
      name,
      typeDefs: definition.typeDefs,
      resolvers: definition.resolvers,
      credentials,
      accessTokens: definition.accessTokenKeys
        ? AccessTokens.local(definition.accessTokenKeys(services), TOKEN_OPTIONS)
        : AccessTokens.remote(
            () => config.AUTH_JWKS_URL ?? new URL('/.well-known/jwks.json', options.peerUrl?.('auth') ?? config.AUTH_SUBGRAPH_URL).toString(),
            config.JWKS_TIMEOUT_MS,
            TOKEN_OPTIONS,
          ),
      logger,
      metrics,
      ready: database.ping,
      metricsAccess: config,
      context: (base) => definition.context(base, services),
      routes: definition.routes ? (a) => definition.routes!(a, services) : undefined,
    });
    const http = await listen(app, config.PORT, config.HOST);
    const metricsServer = config.METRICS_PORT !== undefined ? await listenMetrics(metrics, config.METRICS_PORT, config.HOST) : null;
    logger.info({ url: http.url }, `${name} subgraph listening`);
    return {
      name,
      url: http.url,
      port: http.port,
      deps,
      services,
      stop: async () => {
        await Promise.all([http.close(), metricsServer?.close()]);
        await apollo.stop();
        await stopWork();
        await database.close();
      },
    };
  } catch (error) {
    await stopWork();
    await database.close();
    throw error;
  }
}

/**
 * The process entry of a service: starts it with `process.env`, prints configuration problems and exits 1,
 * and stops gracefully on SIGTERM/SIGINT, or when the supervisor that started it over an IPC channel is gone.
 */
export function runService(start: (env: Env) => Promise<RunningService>): void {
  start(process.env).then(
    (service) => {
      let stopping = false;
      const shutdown = (signal: string) => {
        if (stopping) return;
        stopping = true;
        const force = setTimeout(() => process.exit(1), 15_000);
        force.unref();
        service.stop().then(shutDownTracing).then(
          () => process.exit(0),
          (error) => {
            console.error(`${service.name}: error while stopping after ${signal}`, error);
            process.exit(1);
          },
        );
      };
      process.on('SIGTERM', () => shutdown('SIGTERM'));
      process.on('SIGINT', () => shutdown('SIGINT'));
      // Started by a supervisor (`npm start`) over an IPC channel: stop when it goes away, however it went (a
      // SIGKILL included), so no service outlives it holding its port.
      if (process.send) {
        process.on('disconnect', () => shutdown('supervisor gone'));
        if (!process.connected) shutdown('supervisor gone');
      }
    },
    (error) => {
      if (error instanceof ConfigError) console.error(error.message);
      else console.error('Failed to start:', error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

/**
 * Where a subgraph keeps its SDL and migrations, by the layout every subgraph shares: `schema.graphql` beside `src/`,
 * migrations in `src/db/migrations`. Pass the subgraph's `src` folder (`__dirname` of its app.ts).
 */
export function subgraphSources(srcDir: string): { typeDefs: DocumentNode; migrationsFolder: string } {
  return {
    typeDefs: parse(fs.readFileSync(path.join(srcDir, '../schema.graphql'), 'utf8')),
    migrationsFolder: path.join(srcDir, 'db/migrations'),
  };
}
