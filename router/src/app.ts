import path from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { z } from 'zod';
import {
  INTERNAL_HEADER,
  InternalCredentials,
  baseEnvSchema,
  createHttpApp,
  createLogger,
  createMetrics,
  finishHttpApp,
  listen,
  operationMetrics,
  parseConfig,
  port,
  redactVariableValues,
  requestIdOf,
  requireInternalSecret,
  type Env,
  type Logger,
  type RunningService,
  type Viewer,
} from '@zero/service';
import { AccessTokenVerifier, InvalidTokenError } from './authentication';
import { authorize } from './authorization';
import { explorerLandingPage } from './explorer';
import { SupergraphSource } from './supergraph-source';

export interface RouterContext {
  viewer: Viewer | null;
  ip: string | null;
  requestId: string;
}

const envSchema = baseEnvSchema.extend({
  PORT: port(8000),
  SUPERGRAPH_PATH: z.string().default(path.resolve(__dirname, '../../schema/supergraph.graphql')),
  /** How often the supergraph file is checked for changes. */
  SUPERGRAPH_POLL_MS: z.coerce.number().int().min(50).default(1000),
  /** The auth subgraph's JWKS; defaults to /.well-known/jwks.json beside the auth subgraph's URL. */
  AUTH_JWKS_URL: z.string().url().optional(),
  /**
   * Which proxies in front of the router to trust for the client's address (Express `trust proxy`): `loopback`,
   * a hop count such as `1`, or comma-separated addresses/subnets. Rate limits are per client address.
   */
  TRUST_PROXY: z.string().default('loopback'),
  /** Comma-separated origins allowed to call the API from a browser, or `*`. */
  CORS_ORIGINS: z.string().default('http://localhost:3000'),
});

/** Error codes a client may see with their message in production; anything else is masked. */
const PUBLIC_CODES = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'BAD_REQUEST', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'RATE_LIMITED',
]);

/**
 * Subgraph URLs come from the supergraph; `<NAME>_SUBGRAPH_URL` (e.g. `AUTH_SUBGRAPH_URL`) overrides one, which is
 * how containers and tests point the router at their own addresses.
 */
export function subgraphUrls(supergraphSdl: string, env: Env): Map<string, string> {
  const urls = new Map<string, string>();
  for (const match of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) {
    const name = match[1]!;
    urls.set(name, env[`${name.toUpperCase()}_SUBGRAPH_URL`] ?? match[2]!);
  }
  return urls;
}

/** Starts the router: JWT authentication, directive-based authorization, the gateway, health and metrics. */
export async function start(environment: Env): Promise<RunningService> {
  const config = parseConfig('router', envSchema, { ...environment, PORT: environment.ROUTER_PORT ?? environment.PORT });
  const credentials = new InternalCredentials(requireInternalSecret('router', config));
  const logger = createLogger('router', config.LOG_LEVEL, config.LOG_FILE);
  const metrics = createMetrics('router', { defaultMetrics: config.NODE_ENV !== 'test' });
  const development = config.NODE_ENV === 'development';

  const source = new SupergraphSource(config.SUPERGRAPH_PATH, logger, config.SUPERGRAPH_POLL_MS);
  const urls = subgraphUrls(source.read().sdl, environment);
  const authUrl = urls.get('auth');
  const jwksUrl = config.AUTH_JWKS_URL ?? (authUrl ? new URL('/.well-known/jwks.json', authUrl).toString() : undefined);
  if (!jwksUrl) throw new Error('No auth subgraph in the supergraph and no AUTH_JWKS_URL');
  const verifier = new AccessTokenVerifier(jwksUrl);

  const gateway = new ApolloGateway({
    supergraphSdl: source.hook,
    logger: quietLogger(logger),
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<RouterContext>({
        url: urls.get(name) ?? url,
        // The viewer travels to subgraphs inside a short-lived credential signed with the internal secret.
        willSendRequest: async ({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>) => {
          const ctx = context as Partial<RouterContext>;
          request.http?.headers.set(INTERNAL_HEADER, await credentials.sign({ issuer: 'router', viewer: ctx.viewer ?? null, ip: ctx.ip ?? null }));
          if (ctx.requestId) request.http?.headers.set('x-request-id', ctx.requestId);
        },
      }),
  });

  const authorization: ApolloServerPlugin<RouterContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, contextValue }) {
          if (!operation) return;
          const denied = authorize(schema, document, operation, source.rules, contextValue.viewer);
          if (denied) throw denied;
        },
      };
    },
  };

  const apollo = new ApolloServer<RouterContext>({
    gateway,
    includeStacktraceInErrorResponses: development,
    stopOnTerminationSignals: false, // runService shuts down gracefully
    introspection: config.NODE_ENV !== 'production',
    formatError: (formatted) => formatRouterError(formatted, config.NODE_ENV === 'production', logger),
    plugins: [
      authorization,
      operationMetrics<RouterContext>(metrics),
      development ? explorerLandingPage() : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const app = createHttpApp({ metrics, logger, ready: () => checkSubgraphs(urls) });
  app.set('trust proxy', /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY.split(',').map((p) => p.trim()));
  const origins = config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  if (development) app.get('/', (_req, res) => res.redirect('/graphql'));
  app.use(
    '/graphql',
    cors({ origin: origins.includes('*') ? true : origins, credentials: true, maxAge: 600 }),
    async (req, res, next) => {
      try {
        res.locals.viewer = await verifier.viewerFrom(req.header('authorization'));
        next();
      } catch (error) {
        if (!(error instanceof InvalidTokenError)) return next(error);
        res.status(401).set('WWW-Authenticate', 'Bearer error="invalid_token"').json({
          errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }],
        });
      }
    },
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({ viewer: res.locals.viewer ?? null, ip: req.ip ?? null, requestId: requestIdOf(req) }),
    }),
  );
  finishHttpApp(app, logger);

  const http = await listen(app, config.PORT, config.HOST);
  logger.info({ url: `${http.url}/graphql` }, 'router listening');
  return {
    name: 'router',
    url: http.url,
    port: http.port,
    stop: async () => {
      await http.close();
      await apollo.stop();
    },
  };
}

/** Ready when every subgraph answers its own readiness check. */
async function checkSubgraphs(urls: Map<string, string>): Promise<void> {
  const results = await Promise.all(
    [...urls].map(async ([name, url]) => {
      try {
        const res = await fetch(new URL('/health/ready', url), { signal: AbortSignal.timeout(2000) });
        return res.ok ? null : name;
      } catch {
        return name;
      }
    }),
  );
  const down = results.filter(Boolean);
  if (down.length) throw new Error(`subgraphs not ready: ${down.join(', ')}`);
}

export function formatRouterError(formatted: GraphQLFormattedError, production: boolean, logger: Logger): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (code === 'BAD_USER_INPUT') formatted = { ...formatted, message: redactVariableValues(formatted.message) };
  const { stacktrace: _s, serviceName: _n, exception: _e, ...extensions } = formatted.extensions ?? {};
  // Development shows stacks of unexpected errors only; expected ones (with a code) never carry one.
  if (!production) return code === 'INTERNAL_SERVER_ERROR' ? formatted : { ...formatted, extensions };
  // Subgraphs' own user-facing codes pass through; the router masks anything unexpected (it may name hosts).
  if (PUBLIC_CODES.has(code) || (code !== 'INTERNAL_SERVER_ERROR' && !/https?:\/\/|ECONN|ENOTFOUND/.test(formatted.message))) {
    return { ...formatted, extensions };
  }
  logger.error({ error: formatted }, 'internal error');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** The gateway logs through our logger. */
function quietLogger(logger: Logger) {
  return {
    debug: (m: unknown) => logger.debug(String(m)),
    info: (m: unknown) => logger.debug(String(m)),
    warn: (m: unknown) => logger.warn(String(m)),
    error: (m: unknown) => logger.error(String(m)),
  };
}
