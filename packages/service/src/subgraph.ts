import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import express, { type Express, type Request } from 'express';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import { INTERNAL_HEADER, type Caller, type InternalCredentials, type Viewer } from './identity';
import { InvalidTokenError, type AccessTokens } from './access-tokens';
import type { Logger } from './logger';
import type { Metrics } from './metrics';
import { createHttpApp, finishHttpApp, type MetricsAccess } from './http';
import { redactVariableValues } from './errors';
import { currentTraceId, operationSpanPlugin } from './tracing';

/** What every subgraph's context carries; each subgraph adds its loaders and services. */
export interface BaseSubgraphContext {
  caller: Caller;
  viewer: Viewer | null;
  requestId: string;
  logger: Logger;
}

export interface SubgraphOptions<TContext extends BaseSubgraphContext> {
  name: string;
  typeDefs: DocumentNode;
  /** Typed by codegen; checked against the SDL by codegen, so it is taken as a plain resolver map here. */
  resolvers: object;
  credentials: InternalCredentials;
  /** Verifies the viewer's access token that the router forwards (the auth subgraph's public keys). */
  accessTokens: AccessTokens;
  logger: Logger;
  metrics: Metrics;
  /** Extends the base context with per-request loaders and services. */
  context(base: BaseSubgraphContext): TContext | Promise<TContext>;
  ready(): Promise<void>;
  /** Who may read `/metrics` on the service's port. */
  metricsAccess: MetricsAccess;
  /** Extra public routes (e.g. the JWKS), mounted before `/graphql`. */
  routes?(app: Express): void;
}

/**
 * An Apollo subgraph behind the shared HTTP shell. `/graphql` refuses every request without a valid internal
 * credential, so a subgraph can only be reached through the router (or by a service holding the secret), and
 * refuses a credential whose issuer is neither `router` nor `service:<name>`.
 *
 * Who the viewer is depends on who calls:
 * - **The router** forwards the viewer's access token (`Authorization: Bearer`), and the subgraph verifies it itself
 *   against the auth subgraph's public keys (API.md: "the router and subgraphs verify with them"); without one the
 *   request is anonymous. The router's credential names no viewer (one that did would be ignored), so a router
 *   request cannot act as a user without that user's token. A token that does not verify is refused (401
 *   `UNAUTHENTICATED`); keys that cannot be had at all answer `SERVICE_UNAVAILABLE` (HTTP 200, a request error).
 *   Tokens are accepted up to a minute past their expiry: the router checked the token (and its revocation) when
 *   the request arrived, and its deadline (REQUEST_DEADLINE_MS, 20 s) bounds how long after that its calls start.
 * - **A service** (`service:<name>`, another subgraph calling with its own credential) acts as itself, with a
 *   service's rights; the viewer its credential names, if any, is whom it acts for (orders asking the cart for the
 *   checking-out shopper's lines). Such calls often run long after any token has expired (outbox deliveries,
 *   erasures), so they carry none. The internal secret is thus the services' own credential: whoever holds it can
 *   act as a service, and it must be kept like the database passwords.
 */
/** The issuer of a service's own credential: `service:` and a subgraph's name. */
const SERVICE_ISSUER = /^service:[a-z][a-z0-9-]*$/;

export async function createSubgraphApp<TContext extends BaseSubgraphContext>(
  options: SubgraphOptions<TContext>,
): Promise<{ app: Express; apollo: ApolloServer<TContext> }> {
  const { logger, metrics, credentials } = options;
  const apollo = new ApolloServer<TContext>({
    schema: buildSubgraphSchema([{ typeDefs: options.typeDefs, resolvers: options.resolvers as GraphQLResolverMap<unknown> }]),
    includeStacktraceInErrorResponses: false,
    // runService stops the whole service (HTTP, jobs, database) on SIGTERM/SIGINT; Apollo must not exit first.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => maskError(formatted, error, logger),
    plugins: [operationMetrics<TContext>(metrics), operationSpanPlugin<TContext>(), ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();

  const app = createHttpApp({ service: options.name, metrics, logger, ready: options.ready, access: options.metricsAccess });
  options.routes?.(app);
  app.use(
    '/graphql',
    async (req, res, next) => {
      const refuse = (status: number, code: string, message: string) => void res.status(status).json({ errors: [{ message, extensions: { code } }] });
      const caller = await credentials.verify(req.header(INTERNAL_HEADER));
      if (!caller || !(caller.issuer === 'router' || SERVICE_ISSUER.test(caller.issuer))) {
        return refuse(401, 'UNAUTHENTICATED', `The ${options.name} subgraph only answers the router`);
      }
      if (caller.issuer === 'router') {
        try {
          caller.viewer = (await options.accessTokens.fromHeader(req.header('authorization')))?.viewer ?? null;
        } catch (error) {
          if (error instanceof InvalidTokenError) return refuse(401, 'UNAUTHENTICATED', error.message);
          logger.warn({ err: error instanceof Error ? (error.cause ?? error) : error }, 'could not verify an access token');
          // 200, as GraphQL over HTTP answers request errors in JSON: this subgraph is up, only this request cannot be
          // served, so the router neither retries it nor counts it against the subgraph's breaker (which would then
          // fail anonymous requests too).
          return refuse(200, 'SERVICE_UNAVAILABLE', 'Could not verify the access token right now; try again shortly');
        }
      }
      res.locals.caller = caller;
      next();
    },
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const caller = res.locals.caller as Caller;
        const requestId = requestIdOf(req);
        return options.context({ caller, viewer: caller.viewer, requestId, logger: logger.child({ requestId }) });
      },
    }),
  );
  finishHttpApp(app, logger);
  return { app, apollo };
}

export function requestIdOf(req: Request): string {
  const given = req.header('x-request-id');
  return given && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
}

/**
 * Expected errors (those thrown as `GraphQLError` with a code) pass through; anything else is logged in full
 * and answered with a bare "Internal server error" — no stack, no SQL, no host names — and the trace id, which
 * finds the log line.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message: code === 'BAD_USER_INPUT' ? redactVariableValues(formatted.message) : formatted.message, extensions };
  }
  logger.error({ err: error, path: formatted.path }, 'internal error');
  const traceId = currentTraceId();
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', ...(traceId ? { traceId } : {}) } };
}

/** Counts operations by name, type and result. */
export function operationMetrics<T extends BaseContext>(metrics: Metrics): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, operationName, response }) {
          const failed = response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          metrics.graphqlOperations.inc({
            operation: operationName ?? 'anonymous',
            type: operation?.operation ?? 'unknown',
            result: failed ? 'error' : 'ok',
          });
        },
      };
    },
  };
}
