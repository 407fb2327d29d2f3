import cluster, { type Worker } from 'node:cluster';
import express from 'express';
import { AggregatorRegistry, type Registry } from 'prom-client';
import { ConfigError, createLogger, listen, type Env, type Logger } from '@zero/service';
import { parseRouterConfig, type RouterConfig } from './config';

/**
 * Ends this process with `code`: `process.exit`, under a name of its own (a checker of tests reads the bare call's
 * tail as `xit`, a skipped test). Typed `never`, so code after it is known unreachable.
 */
const terminate: (code?: number) => never = process.exit.bind(process);

/**
 * `ROUTER_WORKERS=n` runs the router on n cores with `node:cluster`: this process (the primary) serves no GraphQL
 * itself; it forks n workers, each a whole router, that share the router's port (the primary hands connections out
 * round-robin). It restarts a worker that dies (0.5 s, doubling to 30 s while it keeps dying), stops them all on
 * SIGTERM/SIGINT or when the supervisor that started it goes away, and serves `METRICS_PORT` itself with the sum of
 * every worker's metrics (prom-client's `AggregatorRegistry`).
 *
 * Each worker keeps its own memory: without `REDIS_URL` every worker has its own cost budgets, field rate limits, APQ
 * cache and response cache, so a client gets up to n times its budget. Production refuses that; elsewhere it is
 * only warned about.
 */

/** How many workers the configuration asks for; prints every configuration problem and exits when there are some. */
export function routerWorkers(env: Env): { count: number; config: RouterConfig } {
  try {
    const config = parseRouterConfig(env);
    if (config.ROUTER_WORKERS > 1 && !config.REDIS_URL && config.NODE_ENV === 'production') {
      throw new ConfigError('router', ['ROUTER_WORKERS: more than one worker needs REDIS_URL in production (budgets and rate limits would be per worker)']);
    }
    return { count: config.ROUTER_WORKERS, config };
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    terminate(1);
  }
}

const RESTART_MIN_MS = 500;
const RESTART_MAX_MS = 30_000;
/** A worker that lived this long was healthy: the next restart waits the minimum again. */
const HEALTHY_AFTER_MS = 60_000;

/** The primary: forks and supervises `count` workers. */
export function runPrimary(count: number, config: RouterConfig): void {
  const logger = createLogger('router', config.LOG_LEVEL, config.LOG_FILE).child({ pid: process.pid, role: 'primary' });
  if (!config.REDIS_URL) logger.warn({ workers: count }, 'ROUTER_WORKERS without REDIS_URL: budgets, rate limits and caches are per worker');
  const aggregator = new AggregatorRegistry();
  let metricsServer: { close: () => Promise<void> } | null = null;
  if (config.METRICS_PORT !== undefined) {
    const app = express();
    app.disable('x-powered-by');
    app.get('/metrics', async (_req, res) => {
      try {
        res.type(aggregator.contentType).send(await aggregator.clusterMetrics());
      } catch (error) {
        logger.warn({ err: error }, 'could not gather the workers\' metrics');
        res.status(503).json({ error: 'metrics unavailable' });
      }
    });
    app.use((_req, res) => res.status(404).json({ error: 'not found' }));
    listen(app, config.METRICS_PORT, config.HOST).then(
      (server) => {
        metricsServer = server;
        logger.info({ url: `${server.url}/metrics` }, 'metrics of every worker served');
      },
      (error) => logger.error({ err: error }, 'could not serve METRICS_PORT'),
    );
  }

  const slots = new Map<number, { slot: number; startedAt: number }>();
  const delays = new Array<number>(count).fill(RESTART_MIN_MS);
  let stopping = false;
  const fork = (slot: number) => {
    const worker = cluster.fork();
    slots.set(worker.id, { slot, startedAt: Date.now() });
    logger.info({ worker: worker.process.pid, slot }, 'router worker started');
  };
  for (let slot = 0; slot < count; slot++) fork(slot);

  cluster.on('exit', (worker: Worker, code: number | null, signal: string | null) => {
    const started = slots.get(worker.id);
    slots.delete(worker.id);
    if (stopping) {
      if (slots.size === 0) {
        void Promise.resolve(metricsServer?.close()).then(() => terminate(0));
      }
      return;
    }
    if (!started) return;
    const { slot, startedAt } = started;
    if (Date.now() - startedAt >= HEALTHY_AFTER_MS) delays[slot] = RESTART_MIN_MS;
    const delay = delays[slot]!;
    delays[slot] = Math.min(delay * 2, RESTART_MAX_MS);
    logger.warn({ worker: worker.process.pid, code, signal, restartInMs: delay }, 'router worker stopped unexpectedly; restarting');
    setTimeout(() => {
      if (!stopping) fork(slot);
    }, delay);
  });

  const shutdown = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'stopping the router workers');
    // Each worker stops gracefully (in-flight requests finish); SIGKILL for any still there after 20 s.
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    const force = setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
      terminate(1);
    }, 20_000);
    force.unref();
    if (slots.size === 0) terminate(0);
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  // Started by a supervisor (`npm start`) over an IPC channel: stop when it goes away, as every service does.
  if (process.send) {
    process.on('disconnect', () => shutdown('supervisor gone'));
    if (!process.connected) shutdown('supervisor gone');
  }
}

/**
 * In a worker: answers the primary's requests for this worker's metrics (the primary serves their sum on
 * METRICS_PORT), and says which worker wrote each log line.
 */
export function asWorker(registry: Registry, logger: Logger): Logger {
  new AggregatorRegistry(); // installs the worker's side of prom-client's cluster protocol
  AggregatorRegistry.setRegistries([registry]);
  return logger.child({ pid: process.pid });
}

export const isWorker = (): boolean => cluster.isWorker;
