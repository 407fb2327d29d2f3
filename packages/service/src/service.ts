import fs from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import type { Express } from 'express';
import { z } from 'zod';
import { baseEnvSchema, ConfigError, parseConfig, port, requireInternalSecret, type Env } from './config';
import { describeTarget, openDatabase, resolveDatabaseTarget, type Database } from './db';
import { InternalCredentials } from './identity';
import { createLogger, type Logger } from './logger';
import { createMetrics, type Metrics } from './metrics';
import { createSubgraphApp, type BaseSubgraphContext } from './subgraph';
import { listen, listenMetrics, type RunningService } from './http';

/** What a subgraph's code is handed once its environment, database and credentials are set up. */
export interface SubgraphDeps<TSchema extends Record<string, unknown>, TConfig> {
  config: TConfig & z.infer<typeof baseEnvSchema> & { PORT: number };
  db: Database<TSchema>;
  logger: Logger;
  metrics: Metrics;
  credentials: InternalCredentials;
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
  tables: TSchema;
  migrationsFolder: string;
  typeDefs: DocumentNode;
  /** The subgraph's resolver map, typed by codegen (`Resolvers` from src/__generated__). */
  resolvers: object;
  /**
   * Runs once after migrations, before the server listens: builds the subgraph's services (created once per
   * process), seeds data, starts background jobs. `stop` undoes what it started.
   */
  setup(deps: SubgraphDeps<TSchema, z.infer<z.ZodObject<TConfigShape>>>): Promise<{ services: TServices; stop?: () => Promise<void> }>;
  /** The per-request context: base context plus per-request loaders and the services. */
  context(base: BaseSubgraphContext, services: TServices): TContext;
  /** Extra public routes, e.g. the JWKS. */
  routes?(app: Express, services: TServices): void;
}

export interface RunningSubgraph<TSchema extends Record<string, unknown>, TConfig, TServices> extends RunningService {
  deps: SubgraphDeps<TSchema, TConfig>;
  services: TServices;
}

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
): Promise<RunningSubgraph<TSchema, z.infer<z.ZodObject<TConfigShape>>, TServices>> {
  const { name } = definition;
  const envSchema = baseEnvSchema.extend({ PORT: port(definition.defaultPort), ...(definition.env ?? {}) });
  const config = parseConfig(name, envSchema, {
    ...env,
    PORT: env[`${name.toUpperCase()}_PORT`] ?? env.PORT,
    METRICS_PORT: env[`${name.toUpperCase()}_METRICS_PORT`] ?? env.METRICS_PORT,
  }) as SubgraphDeps<TSchema, z.infer<z.ZodObject<TConfigShape>>>['config'];
  const credentials = new InternalCredentials(requireInternalSecret(name, config));
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
  const deps: SubgraphDeps<TSchema, z.infer<z.ZodObject<TConfigShape>>> = { config, db: database.db, logger, metrics, credentials };

  let stopJobs: (() => Promise<void>) | undefined;
  try {
    const setup = await definition.setup(deps);
    stopJobs = setup.stop;
    const services = setup.services;
    const { app, apollo } = await createSubgraphApp<TContext>({
      name,
      typeDefs: definition.typeDefs,
      resolvers: definition.resolvers,
      credentials,
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
        if (stopJobs) await stopJobs();
        await database.close();
      },
    };
  } catch (error) {
    if (stopJobs) await stopJobs();
    await database.close();
    throw error;
  }
}

/**
 * The process entry of a service: starts it with `process.env`, prints configuration problems and exits 1,
 * and stops gracefully on SIGTERM/SIGINT.
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
        service.stop().then(
          () => process.exit(0),
          (error) => {
            console.error(`${service.name}: error while stopping after ${signal}`, error);
            process.exit(1);
          },
        );
      };
      process.on('SIGTERM', () => shutdown('SIGTERM'));
      process.on('SIGINT', () => shutdown('SIGINT'));
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
