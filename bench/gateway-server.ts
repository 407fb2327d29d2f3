/**
 * One gateway of `npm run bench:gateways`, in a process of its own (bench/gateways.ts pins it to one core with
 * taskset): `node bench/dist/gateway-server.js <kind> <config.json>` listens on 127.0.0.1 and prints `LISTENING <port>`.
 *
 * - `router`: our router (router/src/app.ts) as production runs it, every protection on — budgets opened wide, since
 *   the whole load comes from one address — with DEDUPLICATION and RESPONSE_CACHE as the config says.
 * - `apollo`: stock `@apollo/gateway` over the same supergraph inside a plain `@apollo/server` (standalone), its
 *   default data source and fetcher; it forwards the `x-zero-context` credential the load carries and the shopper's
 *   `Authorization` (subgraphs take the viewer from the access token, which they verify themselves).
 * - `hive`: Hive Gateway's runtime (`createGatewayRuntime` of `@graphql-hive/gateway-runtime`, from bench/hive) over the same
 *   supergraph on node:http, forwarding the same headers; `dedupe: false` turns off its in-flight deduplication of
 *   subgraph requests (on by default).
 *
 * - `forwarder`: no gateway at all, the floor under every one — a node:http server that sends each request's body on
 *   to one subgraph (`forwardTo`) over a keep-alive undici pool and answers with the subgraph's bytes. It serves only
 *   the comparison with calling that subgraph directly: what any HTTP hop in Node costs, before GraphQL.
 * - `apollo-forwarder`: `@apollo/server` (standalone) over the supergraph's API schema, whose executor sends the
 *   client's query as it is to that one subgraph and returns its JSON — no plan, no gateway, no plugins: what Apollo
 *   Server's own request pipeline costs on top of the HTTP hop (same use: only against the subgraph directly).
 *
 * Our router signs its own credential (reused per client address) and forwards the client's token; the others pass on
 * a credential the load generator signed in advance, which costs them less work than ours.
 */
import fs from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { start as startRouter } from '@zero/router';
import { Pool } from 'undici';
import { readAuthorization } from '../router/src/authorization';

export interface GatewayConfig {
  /** The supergraph SDL file. */
  supergraphPath: string;
  /** Subgraph name → URL, overriding the supergraph's. */
  subgraphs: Record<string, string>;
  internalSecret?: string;
  /** Our router only. */
  deduplication?: boolean;
  responseCache?: boolean;
  /** Hive only: in-flight deduplication of subgraph requests (its default, on). */
  dedupe?: boolean;
  /** Our router only: extra environment. */
  env?: Record<string, string>;
  /** The forwarder only: the subgraph URL every request goes to. */
  forwardTo?: string;
}

/** What the stock gateways pass on from the client: the internal credential and the viewer's access token. */
const FORWARDED = ['x-zero-context', 'authorization'];
type Forwarded = { forwarded: Record<string, string> };

function forwardedHeaders(get: (name: string) => string | string[] | null | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of FORWARDED) {
    const value = get(name);
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

/**
 * The supergraph with each subgraph's URL replaced by the running one, without the `for: SECURITY` features
 * (`@authenticated`, `@requiresScopes`) that `@apollo/gateway` refuses to run — the very document our router hands
 * its own gateway after reading the rules it enforces itself (so the stock gateways skip that work).
 */
function supergraphWithUrls(config: GatewayConfig): string {
  return readAuthorization(fs.readFileSync(config.supergraphPath, 'utf8')).gatewaySdl.replace(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g, (whole, name: string) => {
    const url = config.subgraphs[name];
    return url ? `@join__graph(name: "${name}", url: "${url}")` : whole;
  });
}

async function listenRouter(config: GatewayConfig): Promise<number> {
  const router = await startRouter({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
    INTERNAL_SECRET: config.internalSecret!,
    SUPERGRAPH_PATH: config.supergraphPath,
    PUBLIC_OPERATIONS_MODE: 'freeform',
    DEDUPLICATION: String(config.deduplication ?? true),
    RESPONSE_CACHE: String(config.responseCache ?? true),
    COST_BUDGET_MAX: '1000000000',
    COST_BUDGET_RESTORE_RATE: '1000000000',
    FIELD_RATE_LIMITS: 'false',
    ...Object.fromEntries(Object.entries(config.subgraphs).map(([name, url]) => [`${name.toUpperCase()}_SUBGRAPH_URL`, url])),
    ...config.env,
  });
  return router.port;
}

async function listenApollo(config: GatewayConfig): Promise<number> {
  class ForwardingDataSource extends RemoteGraphQLDataSource<Forwarded> {
    override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<Forwarded>['willSendRequest']>>[0]) {
      for (const [name, value] of Object.entries(context.forwarded ?? {}) as [string, string][]) request.http?.headers.set(name, value);
    }
  }
  const gateway = new ApolloGateway({ supergraphSdl: supergraphWithUrls(config), buildService: ({ url }) => new ForwardingDataSource({ url }) });
  const server = new ApolloServer<Forwarded>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({ forwarded: forwardedHeaders((name) => req.headers[name]) }),
  });
  return Number(new URL(url).port);
}

/** The part of Hive Gateway's runtime used here (it is installed apart, in bench/hive: see its package.json). */
interface HiveRuntime {
  createGatewayRuntime(config: Record<string, unknown>): RequestListener;
}

async function listenHive(config: GatewayConfig): Promise<number> {
  const hive = createRequire(path.resolve(__dirname, 'hive/package.json'))('@graphql-hive/gateway-runtime') as HiveRuntime;
  const gateway = hive.createGatewayRuntime({
    supergraph: supergraphWithUrls(config),
    logging: process.env.BENCH_DEBUG ? 'debug' : false,
    maskedErrors: !process.env.BENCH_DEBUG,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }: { request: Request }) => forwardedHeaders((name) => request.headers.get(name)),
    },
    ...(config.dedupe === false ? { transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } } } : {}),
  });
  const server = createServer(gateway);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function listenForwarder(config: GatewayConfig): Promise<number> {
  const target = new URL(config.forwardTo!);
  const pool = new Pool(target.origin, { connections: 16 });
  const server = createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = { 'content-type': 'application/json', ...forwardedHeaders((name) => req.headers[name]) };
      const upstream = await pool.request({ method: 'POST', path: target.pathname, headers, body: Buffer.concat(chunks) });
      const body = Buffer.from(await upstream.body.arrayBuffer());
      res.writeHead(upstream.statusCode, { 'content-type': 'application/json', 'content-length': body.length }).end(body);
    } catch {
      res.writeHead(502).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function listenApolloForwarder(config: GatewayConfig): Promise<number> {
  const target = new URL(config.forwardTo!);
  const pool = new Pool(target.origin, { connections: 16 });
  const gateway = new ApolloGateway({ supergraphSdl: supergraphWithUrls(config) });
  const server = new ApolloServer<Forwarded>({
    gateway: {
      load: async (options) => {
        const loaded = await gateway.load(options);
        return {
          ...loaded,
          executor: async ({ source, request, context }) => {
            const headers = { 'content-type': 'application/json', ...context.forwarded };
            const body = JSON.stringify({ query: source, variables: request.variables, operationName: request.operationName });
            const upstream = await pool.request({ method: 'POST', path: target.pathname, headers, body });
            return (await upstream.body.json()) as Awaited<ReturnType<NonNullable<typeof loaded.executor>>>;
          },
        };
      },
      onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
      stop: () => gateway.stop(),
    },
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({ forwarded: forwardedHeaders((name) => req.headers[name]) }),
  });
  return Number(new URL(url).port);
}

async function main(): Promise<void> {
  const [kind, configFile] = process.argv.slice(2);
  const config = JSON.parse(fs.readFileSync(configFile!, 'utf8')) as GatewayConfig;
  const listen = { router: listenRouter, apollo: listenApollo, hive: listenHive, forwarder: listenForwarder, 'apollo-forwarder': listenApolloForwarder }[
    kind as 'router' | 'apollo' | 'hive' | 'forwarder' | 'apollo-forwarder'
  ];
  if (!listen) throw new Error(`unknown gateway ${kind}`);
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const port = await listen(config);
  process.stdout.write(`LISTENING ${port}\n`);
  process.on('SIGTERM', () => process.exit(0));
  process.on('disconnect', () => process.exit(0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
