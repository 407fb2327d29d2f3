import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import {
  ConfigError,
  InternalCredentials,
  createHttpApp,
  createLogger,
  createMetrics,
  currentTraceId,
  finishHttpApp,
  listen,
  listenMetrics,
  operationMetrics,
  operationSpanPlugin,
  requestIdOf,
  requireInternalSecret,
  setUpTracing,
  type Env,
  type Logger,
  type RunningService,
} from '@zero/service';
import { AccessTokenVerifier, InvalidTokenError, KeysUnavailableError } from './authentication';
import { AuthSubgraph } from './auth-subgraph';
import { parseRouterConfig, type RouterConfig } from './config';
import { formatRouterError, loggable } from './errors';
import { InFlight } from './deduplication/in-flight';
import { ExecutionPipeline, type ExecutionResult } from './execution-pipeline';
import { explorerLandingPage } from './explorer';
import { rememberGatewayOperations } from './gateway-operations';
import { PartnerDirectory, type OperationList } from './partners';
import { MemoryBudgetStore, RedisBudgetStore, type BudgetStore } from './protections/budgets';
import { documentLimitRules } from './protections/document-limits';
import { FieldRateLimiter } from './protections/field-rate-limits';
import { OperationRefused, applyOperationList } from './protections/persisted-operations';
import { protectionsPlugin, type ClientIdentity, type RouterContext } from './protections/plugin';
import { RedisKeyValueCache, ResilientBudgetStore, connectRedis } from './protections/stores';
import { ResilientFetch } from './resilience/resilient-fetch';
import { cacheControlHeaderPlugin } from './response-cache/cache-control-header';
import { ResponseCache } from './response-cache/response-cache';
import { MemoryResponseStore, RedisResponseStore } from './response-cache/stores';
import { writeDependencies } from './response-cache/write-dependencies';
import { createRouterMetrics } from './router-metrics';
import { SinglePassThrough } from './single-fetch';
import { SubgraphDataSource } from './subgraph-data-source';
import { subgraphFetcher } from './subgraph-fetcher';
import { SupergraphSource } from './supergraph-source';
import { RevocationsUnknownError, TokenRevocations } from './token-revocations';
import { asWorker, isWorker } from './workers';

export type { RouterContext } from './protections/plugin';
export { formatRouterError } from './errors';

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

/** A GraphQL-shaped refusal from the router's own middleware (before Apollo Server sees the request). */
function answer(res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  res.status(status).set(headers).json({ errors: [{ message, extensions: withTraceId({ code }) }] });
}

/** Error extensions plus the request's trace id, which finds its spans and log lines. */
function withTraceId(extensions: { code: string }): { code: string; traceId?: string } {
  const traceId = currentTraceId();
  return traceId ? { ...extensions, traceId } : extensions;
}

/**
 * Starts the router: identity (JWT or partner key), persisted operation lists, document limits, authorization from
 * the schema's directives, demand control with per-client budgets, field rate limits, then the gateway; health
 * and metrics beside it.
 */
export async function start(environment: Env): Promise<RunningService> {
  const config = parseRouterConfig(environment);
  if (config.COST_BUDGET_MAX < config.MAX_OPERATION_COST || config.PARTNER_COST_BUDGET_MAX < config.MAX_OPERATION_COST) {
    throw new ConfigError('router', ['COST_BUDGET_MAX and PARTNER_COST_BUDGET_MAX: must be at least MAX_OPERATION_COST, or the costliest allowed operation could never run']);
  }
  // @apollo/gateway reports usage to Apollo unless this is set; the platform sends nothing anywhere by default.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const credentials = new InternalCredentials(requireInternalSecret('router', config), config.INTERNAL_CREDENTIAL_TTL_SECONDS);
  setUpTracing({ service: 'router', endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT, disabled: config.OTEL_SDK_DISABLED });
  const metrics = createMetrics('router', { defaultMetrics: config.NODE_ENV !== 'test' });
  // One of ROUTER_WORKERS: its log lines name its process, and the primary serves METRICS_PORT for all workers.
  const worker = isWorker();
  const logger = worker ? asWorker(metrics.registry, createLogger('router', config.LOG_LEVEL, config.LOG_FILE)) : createLogger('router', config.LOG_LEVEL, config.LOG_FILE);
  const routerMetrics = createRouterMetrics(metrics.registry);
  const { refusals } = routerMetrics;
  const development = config.NODE_ENV === 'development';
  const production = config.NODE_ENV === 'production';

  const source = new SupergraphSource(config.SUPERGRAPH_PATH, logger, { pollMs: config.SUPERGRAPH_POLL_MS, defaultListSize: config.DEFAULT_LIST_SIZE });
  const urls = subgraphUrls(source.read().sdl, environment);
  const authUrl = urls.get('auth');
  if (!authUrl) throw new ConfigError('router', ['the supergraph has no auth subgraph (needed for tokens and partner keys)']);
  const auth = new AuthSubgraph(authUrl, credentials, config.SUBGRAPH_TIMEOUT_MS);
  const revocations = new TokenRevocations(auth, logger, config.TOKEN_REVOCATION_REFRESH_MS);
  const verifier = new AccessTokenVerifier(config.AUTH_JWKS_URL ?? new URL('/.well-known/jwks.json', authUrl).toString(), config.JWKS_TIMEOUT_MS, revocations);
  const partners = new PartnerDirectory(auth, logger, { keyCacheMs: config.API_KEY_CACHE_MS, listRefreshMs: config.OPERATION_LIST_REFRESH_MS });

  const redis = connectRedis(config.REDIS_URL, logger);
  const budgets: BudgetStore = redis ? new ResilientBudgetStore(new RedisBudgetStore(redis, config.REDIS_PREFIX), logger) : new MemoryBudgetStore();
  const fieldLimits = config.FIELD_RATE_LIMITS ? new FieldRateLimiter({ redis, prefix: config.REDIS_PREFIX }) : null;

  const http = subgraphFetcher({ timeoutMs: config.SUBGRAPH_TIMEOUT_MS });
  const responseCache = config.RESPONSE_CACHE
    ? new ResponseCache(redis ? new RedisResponseStore(redis, config.REDIS_PREFIX) : new MemoryResponseStore(config.RESPONSE_CACHE_MAX_MB * 2 ** 20), routerMetrics, logger)
    : null;
  const changedBy = writeDependencies(config.RESPONSE_CACHE_WRITES);
  // One breaker and one table of in-flight queries per subgraph, kept across supergraph reloads (which rebuild the
  // gateway's data sources).
  const subgraphCalls = new Map<string, { http: ResilientFetch; inFlight: InFlight<FetcherResponse> | null }>();
  const callsTo = (name: string) => {
    let calls = subgraphCalls.get(name);
    if (!calls) {
      const resilience = {
        timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
        retries: config.SUBGRAPH_RETRIES,
        retryBackoffMs: config.SUBGRAPH_RETRY_BACKOFF_MS,
        breaker: {
          errorPercent: config.BREAKER_ERROR_PERCENT,
          volumeThreshold: config.BREAKER_VOLUME_THRESHOLD,
          // Opossum counts a call when it starts and its failure when it ends: the window must outlast a timeout.
          windowMs: Math.max(config.BREAKER_WINDOW_MS, 3 * config.SUBGRAPH_TIMEOUT_MS),
          resetMs: config.BREAKER_RESET_MS,
        },
      };
      calls = {
        http: new ResilientFetch(name, http.fetcher, resilience, routerMetrics, logger),
        inFlight: config.DEDUPLICATION ? new InFlight<FetcherResponse>(() => routerMetrics.deduplicated.inc({ level: 'subgraph' })) : null,
      };
      subgraphCalls.set(name, calls);
    }
    return calls;
  };
  rememberGatewayOperations(); // the gateway's per-request operation conversion, once per document (gateway-operations.ts)
  // The gateway's plans are exposed to a request header outside production (its default); a pass-through then steps aside.
  const passThrough = config.PASS_THROUGH ? new SinglePassThrough(() => source.policies.hiddenEnums, !production, (outcome) => routerMetrics.passThrough.inc({ outcome })) : null;
  const gateway = new ApolloGateway({
    supergraphSdl: source.hook,
    logger: quietLogger(logger),
    ...(passThrough ? { experimental_didResolveQueryPlan: passThrough.learn } : {}),
    buildService: ({ name, url }) =>
      new SubgraphDataSource(name, urls.get(name) ?? url!, credentials, logger, {
        ...callsTo(name),
        timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
        afterMutation: responseCache ? (subgraph) => responseCache.invalidate(changedBy(subgraph)) : undefined,
      }),
  });
  const pipeline = new ExecutionPipeline(gateway, {
    policies: () => source.policies,
    cache: responseCache,
    inFlight: config.DEDUPLICATION ? new InFlight<ExecutionResult>(() => routerMetrics.deduplicated.inc({ level: 'operation' })) : null,
    passThrough,
  });

  const apollo = new ApolloServer<RouterContext>({
    gateway: pipeline,
    includeStacktraceInErrorResponses: development,
    stopOnTerminationSignals: false, // runService shuts down gracefully
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production, // no "Did you mean …?" field suggestions
    parseOptions: { maxTokens: config.MAX_TOKENS },
    maxRecursiveSelections: config.MAX_RECURSIVE_SELECTIONS,
    validationRules: documentLimitRules(config),
    // No cookie ever authenticates a request here (tokens and keys travel in headers), so a cross-site GET can do
    // nothing an anonymous client cannot; Apollo's CSRF preflight rule would only stop partners' GET requests.
    csrfPrevention: false,
    persistedQueries: {
      ttl: config.APQ_TTL_SECONDS,
      ...(redis ? { cache: new RedisKeyValueCache(redis, `${config.REDIS_PREFIX}apq:`) } : {}),
    },
    formatError: (formatted, error) => formatRouterError(formatted, production, logger, error),
    plugins: [
      protectionsPlugin({
        policies: () => source.policies,
        budgets,
        fieldLimits,
        maxOperationCost: config.MAX_OPERATION_COST,
        logger,
        onRefusal: (code) => refusals.inc({ code }),
      }),
      operationMetrics<RouterContext>(metrics),
      operationSpanPlugin<RouterContext>(),
      cacheControlHeaderPlugin(),
      ApolloServerPluginCacheControlDisabled(), // the header is cacheControlHeaderPlugin's alone
      development ? explorerLandingPage() : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  // Usual while the auth subgraph is still starting (npm start starts everything at once): the reason, no stack.
  await partners.start().catch((error) => logger.warn({ reason: error instanceof Error ? error.message : String(error) }, 'operation lists not loaded yet; retrying in the background'));
  await revocations.start().catch((error) => logger.warn({ reason: error instanceof Error ? error.message : String(error) }, 'token revocations not loaded yet; retrying in the background'));

  const app = createHttpApp({ service: 'router', metrics, logger, ready: async () => {
      await checkSubgraphs(urls, config.SUBGRAPH_TIMEOUT_MS);
      // Ready means able to take a signed-in shopper's request too (token-revocations.ts).
      await revocations.ensureLoaded().catch(() => {
        throw new Error('token revocations not loaded yet (the auth subgraph has not answered)');
      });
    }, access: config });
  app.set('trust proxy', /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY.split(',').map((p) => p.trim()));
  const origins = config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  if (development) app.get('/', (_req, res) => res.redirect('/graphql'));
  app.use(
    '/graphql',
    cors({ origin: origins.includes('*') ? true : origins, credentials: true, maxAge: 600, allowedHeaders: ['content-type', 'authorization', 'x-api-key', 'apollographql-client-name', 'apollographql-client-version', 'apollo-require-preflight', 'x-request-id'] }),
    identify(verifier, partners, config, logger, (code) => refusals.inc({ code })),
    express.json({ limit: config.MAX_BODY_BYTES }),
    async (req: Request, res: Response, next: NextFunction) => {
      const client = res.locals.client as ClientIdentity;
      let list: OperationList | null;
      try {
        list = client.partner ? await partners.partnerList(client.partner) : partners.publicList();
      } catch (error) {
        logger.warn({ err: loggable(error) }, 'could not load the partner operation list');
        return answer(res, 503, 'SUBGRAPH_UNAVAILABLE', 'Could not load the operation list for this API key right now; try again shortly', { 'Retry-After': '1' });
      }
      try {
        applyOperationList(req, client.partner ? client.partner.mode : config.PUBLIC_OPERATIONS_MODE, list);
        next();
      } catch (error) {
        next(error);
      }
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        viewer: res.locals.viewer ?? null,
        accessToken: res.locals.accessToken ?? null,
        ip: req.ip ?? null,
        requestId: requestIdOf(req),
        client: res.locals.client as ClientIdentity,
        deadline: Date.now() + config.REQUEST_DEADLINE_MS,
        subgraphsCalled: new Set<string>(),
      }),
    }),
  );
  app.use('/graphql', async (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (!(error instanceof OperationRefused)) return next(error);
    refusals.inc({ code: error.code });
    // Refused before Apollo Server: nothing was spent, but the client still learns its budget's state.
    const client = res.locals.client as ClientIdentity;
    const state = await budgets.withdraw(client.key, 0, client.budget).catch(() => null);
    const throttleStatus = { maximumAvailable: client.budget.maximum, currentlyAvailable: state?.available ?? client.budget.maximum, restoreRate: client.budget.restoreRate };
    res.status(error.status).json({
      errors: [{ message: error.message, extensions: withTraceId({ code: error.code }) }],
      extensions: { cost: { requestedQueryCost: 0, actualQueryCost: 0, throttleStatus } },
    });
  });
  finishHttpApp(app, logger);

  const server = await listen(app, config.PORT, config.HOST);
  const metricsServer = config.METRICS_PORT !== undefined && !worker ? await listenMetrics(metrics, config.METRICS_PORT, config.HOST) : null;
  logger.info({ url: `${server.url}/graphql` }, 'router listening');
  return {
    name: 'router',
    url: server.url,
    port: server.port,
    stop: async () => {
      partners.stop();
      revocations.stop();
      await Promise.all([server.close(), metricsServer?.close()]);
      await apollo.stop();
      await http.close();
      for (const calls of subgraphCalls.values()) calls.http.close();
      await responseCache?.close();
      await budgets.close();
      redis?.disconnect();
    },
  };
}

/**
 * Who is calling: a partner (`X-API-Key`, verified with the auth subgraph), a user (a verified access token), or
 * an anonymous client by address. An invalid token or key is refused outright (401), never treated as anonymous.
 * A partner may also carry a user's token: the key decides the list and the budget, the token the viewer.
 */
function identify(verifier: AccessTokenVerifier, partners: PartnerDirectory, config: RouterConfig, logger: Logger, onRefusal: (code: string) => void) {
  const budget = { maximum: config.COST_BUDGET_MAX, restoreRate: config.COST_BUDGET_RESTORE_RATE };
  const partnerBudget = { maximum: config.PARTNER_COST_BUDGET_MAX, restoreRate: config.PARTNER_COST_BUDGET_RESTORE_RATE };
  // Guessing keys costs the guesser: an address that sent 30 unknown keys in a minute is refused for the rest of it.
  const badKeys = new RateLimiterMemory({ keyPrefix: 'bad-api-keys', points: 30, duration: 60 });
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const authenticated = await verifier.authenticate(req.header('authorization'));
      const viewer = authenticated?.viewer ?? null;
      const key = req.header('x-api-key');
      let client: ClientIdentity;
      if (key !== undefined) {
        const address = req.ip ?? 'unknown';
        const guessing = await badKeys.get(address);
        if (guessing && guessing.consumedPoints >= 30) {
          onRefusal('RATE_LIMITED');
          return answer(res, 429, 'RATE_LIMITED', 'Too many unknown API keys from this address', { 'Retry-After': String(Math.ceil(guessing.msBeforeNext / 1000)) });
        }
        const partner = key ? await partners.partnerByKey(key) : null;
        if (!partner) {
          await badKeys.penalty(address, 1);
          onRefusal('UNAUTHENTICATED');
          return answer(res, 401, 'UNAUTHENTICATED', 'The API key is unknown or revoked', { 'WWW-Authenticate': 'ApiKey' });
        }
        client = { key: `partner:${partner.id}`, address: `partner:${partner.id}`, partner, budget: partnerBudget };
      } else {
        const address = `ip:${req.ip ?? 'unknown'}`;
        client = { key: viewer ? `user:${viewer.id}` : address, address, partner: null, budget };
      }
      res.locals.viewer = viewer;
      res.locals.accessToken = authenticated?.token ?? null;
      res.locals.client = client;
      next();
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        onRefusal('UNAUTHENTICATED');
        return answer(res, 401, 'UNAUTHENTICATED', error.message, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
      }
      // Revocations not loaded yet: TokenRevocations logs auth's state once, not once a request.
      if (!(error instanceof RevocationsUnknownError)) logger.warn({ err: loggable(error instanceof KeysUnavailableError ? (error.cause ?? error) : error) }, 'could not verify the caller');
      const what = error instanceof KeysUnavailableError ? 'the access token' : 'the API key';
      answer(res, 503, 'SUBGRAPH_UNAVAILABLE', `Could not verify ${what} right now; try again shortly`, { 'Retry-After': '1' });
    }
  };
}

/** Ready when every subgraph answers its own readiness check within SUBGRAPH_TIMEOUT_MS (at least 2 s). */
async function checkSubgraphs(urls: Map<string, string>, timeoutMs: number): Promise<void> {
  const results = await Promise.all(
    [...urls].map(async ([name, url]) => {
      try {
        const res = await fetch(new URL('/health/ready', url), { signal: AbortSignal.timeout(Math.max(2000, timeoutMs)) });
        return res.ok ? null : name;
      } catch {
        return name;
      }
    }),
  );
  const down = results.filter(Boolean);
  if (down.length) throw new Error(`subgraphs not ready: ${down.join(', ')}`);
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
