import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express, type Request, type Response, type NextFunction } from 'express';
import type { Logger } from './logger';
import type { Metrics } from './metrics';
import { currentTraceId, serverSpans } from './tracing';

/** A service that is up and listening. */
export interface RunningService {
  name: string;
  /** Base URL, e.g. `http://127.0.0.1:8001`. */
  url: string;
  port: number;
  /** Stops accepting requests, lets in-flight ones finish, then releases resources. */
  stop(): Promise<void>;
}

const KNOWN_ROUTES = new Set(['/graphql', '/health', '/health/ready', '/metrics', '/.well-known/jwks.json', '/']);

/** Who may read `/metrics` on the service's own port: bearers of this token; nobody when it is unset. */
export interface MetricsAccess {
  METRICS_TOKEN?: string | undefined;
}

/** The route a request is counted and traced under: a known one, or `other` (URLs may carry secrets). */
function routeOf(req: Request): string {
  const route = (req.originalUrl.split('?')[0] ?? '').replace(/\/$/, '') || '/';
  return KNOWN_ROUTES.has(route) ? route : 'other';
}

/**
 * The HTTP shell every service shares: a trace span per request (see tracing.ts), request metrics, `GET /health`
 * (live), `GET /health/ready` (the service's dependencies answer) and `GET /metrics` (Prometheus text, for bearers of
 * `METRICS_TOKEN` only; see {@link listenMetrics} for a port of its own).
 */
export function createHttpApp(options: { service: string; metrics: Metrics; logger: Logger; ready: () => Promise<void>; access: MetricsAccess }): Express {
  const { metrics, logger } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  app.use(serverSpans(options.service, routeOf));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const end = metrics.httpDuration.startTimer();
    res.on('finish', () => {
      const labels = { method: req.method, route: routeOf(req), status: String(res.statusCode) };
      metrics.httpRequests.inc(labels);
      const seconds = end(labels);
      // Method, route and status only: URLs and bodies may carry secrets and are never logged.
      logger.debug({ method: req.method, route: labels.route, status: res.statusCode, ms: Math.round(seconds * 1000) }, 'request');
    });
    next();
  });

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Probes come every second or so: a log line when the answer changes, not one per probe. Not ready before it ever
  // was (starting, its dependencies still starting) is info; not ready after it was is a warning.
  let wasReady = false;
  let lastReason: string | null = null;
  app.get('/health/ready', async (_req, res) => {
    try {
      await options.ready();
      if (lastReason !== null) logger.info('ready');
      wasReady = true;
      lastReason = null;
      res.json({ status: 'ready' });
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'not ready';
      if (reason !== lastReason) logger[wasReady ? 'warn' : 'info']({ reason }, wasReady ? 'not ready' : 'not ready yet');
      lastReason = reason;
      res.status(503).json({ status: 'unavailable', reason });
    }
  });
  const token = options.access.METRICS_TOKEN;
  if (token) {
    app.get('/metrics', async (req, res) => {
      if (!bearerMatches(req.header('authorization'), token)) {
        res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'metrics need the METRICS_TOKEN' });
        return;
      }
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  }
  return app;
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** `/metrics` alone on a port of its own (`METRICS_PORT`), for a scraper on a network clients cannot reach. */
export async function listenMetrics(metrics: Metrics, port: number, host: string): Promise<{ url: string; close: () => Promise<void> }> {
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: 'not found' });
  });
  const server = await listen(app, port, host);
  return { url: server.url, close: server.close };
}

/** Final handlers: a JSON 404 and a JSON 500 that never carries a stack trace. */
export function finishHttpApp(app: Express, logger: Logger): void {
  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: 'not found' });
  });
  app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error }, 'unhandled request error');
    const message = status === 500 ? 'Internal server error' : error.type === 'entity.too.large' ? 'Request body too large' : 'Bad request';
    const traceId = currentTraceId();
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST', ...(traceId ? { traceId } : {}) } }] });
  });
}

/** Listens on `port` (0 picks a free one) and returns the URL and a graceful `close`. */
export async function listen(
  app: Express,
  port: number,
  host: string,
): Promise<{ server: http.Server; url: string; port: number; close: () => Promise<void> }> {
  const server = http.createServer(app);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  const publicHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return {
    server,
    url: `http://${publicHost}:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), 10_000);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
