/**
 * What the router's front door costs: the same storefront queries through
 * - the router with every protection on (document limits, cost estimate and limit, budgets, field limits, the
 *   public operation list in safelist mode), and
 * - a bare `@apollo/gateway` inside `@apollo/server` over the same supergraph and subgraphs (protections off),
 * measured side by side in one run, sequentially and at 16 concurrent requests. Printed as a ratio.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Supergraph } from '@apollo/federation-internals';
import express from 'express';
import { parse } from 'graphql';
import { InternalCredentials, createLogger, listen } from '@zero/service';
import type { Platform } from '@zero/testing';
import { closedLoop, graphqlCall, STOREFRONT_QUERIES } from './measure';
import { readAuthorization } from '../router/src/authorization';
import { DemandControl } from '../router/src/demand-control/cost';
import { Registry } from 'prom-client';
import { ResilientFetch } from '../router/src/resilience/resilient-fetch';
import { createRouterMetrics } from '../router/src/router-metrics';
import { SubgraphDataSource } from '../router/src/subgraph-data-source';
import { subgraphFetcher } from '../router/src/subgraph-fetcher';

const SUPERGRAPH = path.resolve(__dirname, '../schema/supergraph.graphql');

const QUERIES: Record<string, string> = {
  ...STOREFRONT_QUERIES,
  search: 'query Search($q: String!) { products(first: 20, filter: { search: $q }, sort: RELEVANCE) { totalCount edges { node { id slug name priceRange { min { amount } } } } } }',
};

async function bareGateway(platform: Platform): Promise<{ url: string; close: () => Promise<void> }> {
  const credentials = new InternalCredentials(platform.internalSecret);
  const logger = createLogger('bench-gateway', 'silent');
  // The router's own HTTP client and breakers, without deduplication or the response cache, so only the
  // protections differ.
  const http = subgraphFetcher({ timeoutMs: 10_000 });
  const metrics = createRouterMetrics(new Registry());
  const resilience = { timeoutMs: 10_000, retries: 2, retryBackoffMs: 50, breaker: { errorPercent: 50, volumeThreshold: 10, windowMs: 10_000, resetMs: 5000 } };
  const gateway = new ApolloGateway({
    supergraphSdl: readAuthorization(fs.readFileSync(SUPERGRAPH, 'utf8')).gatewaySdl,
    buildService: ({ name, url }) =>
      // The harness's subgraphs listen on ports of their own, not the supergraph's routing URLs.
      new SubgraphDataSource(name, platform.subgraphs[name] ? `http://127.0.0.1:${platform.subgraphs[name]!.port}/graphql` : url!, credentials, logger, {
        http: new ResilientFetch(name, http.fetcher, resilience, metrics, logger),
        inFlight: null,
        timeoutMs: 10_000,
      }),
  });
  const apollo = new ApolloServer({ gateway, csrfPrevention: false });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => ({ viewer: null, ip: null, requestId: 'bench' }) }));
  const server = await listen(app, 0, '127.0.0.1');
  return { url: server.url, close: async () => { await server.close(); await apollo.stop(); await http.close(); } };
}

function run(url: string, name: string, variables: Record<string, unknown>, concurrency: number, total: number) {
  return closedLoop(graphqlCall(`${url}/graphql`, QUERIES[name]!, variables, name), { concurrency, total, warmup: 20 });
}

/** Prints the protections' cost as on/off ratios of latency and throughput. */
export async function benchProtections(platform: Platform, admin: string, iterations: number): Promise<void> {
  const manifest = {
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: Object.entries(QUERIES).map(([, body]) => {
      const [, type, name] = /^(query|mutation) (\w+)/.exec(body)!;
      return { id: createHash('sha256').update(body).digest('hex'), name, type, body };
    }),
  };
  const published = await platform.request('mutation($m: String!) { publishOperationList(manifest: $m) { userErrors { message } } }', { m: JSON.stringify(manifest) }, { token: admin });
  if (published.errors || published.data.publishOperationList.userErrors.length) throw new Error(`publish failed: ${JSON.stringify(published)}`);
  const protectedRouter = await platform.startRouter({
    PUBLIC_OPERATIONS_MODE: 'safelist',
    FIELD_RATE_LIMITS: 'true',
    MAX_OPERATION_COST: '10000',
    // Budgets are charged and refunded on every request, but large enough never to refuse the benchmark.
    COST_BUDGET_MAX: '1000000000',
    COST_BUDGET_RESTORE_RATE: '1000000000',
    // Their effect is measured on its own (bench/speed.ts); here both sides execute every request.
    DEDUPLICATION: 'false',
    RESPONSE_CACHE: 'false',
  });
  const bare = await bareGateway(platform);
  const slug = (await platform.request('{ products(first: 1) { edges { node { slug } } } }')).data.products.edges[0].node.slug;
  const variables: Record<string, Record<string, unknown>> = { home: {}, product: { slug }, search: { q: 'wireless' } };
  try {
    console.log('\nCost of protection (limits, cost, budgets, field limits, safelist) — router vs a bare @apollo/gateway, same subgraphs:');
    for (const concurrency of [1, 16]) {
      for (const name of Object.keys(QUERIES)) {
        const total = concurrency === 1 ? iterations : iterations * 2;
        // Alternate to share the machine's noise fairly.
        const off = await run(bare.url, name, variables[name]!, concurrency, total);
        const on = await run(protectedRouter.url, name, variables[name]!, concurrency, total);
        console.log(
          `  ${`${name} ×${concurrency}`.padEnd(14)} on p50 ${on.p50.toFixed(2).padStart(6)} ms ${on.rps.toFixed(0).padStart(5)} req/s | off p50 ${off.p50.toFixed(2).padStart(6)} ms ${off.rps.toFixed(0).padStart(5)} req/s | latency ×${(on.p50 / off.p50).toFixed(2)}, throughput ×${(on.rps / off.rps).toFixed(2)}`,
        );
      }
    }
    benchEstimate();
    await benchHostile(platform);
  } finally {
    await bare.close();
  }
}

/** How long the cost estimate of a storefront page takes (it runs before every uncached operation). */
function benchEstimate(): void {
  const sdl = fs.readFileSync(SUPERGRAPH, 'utf8');
  const control = DemandControl.fromSupergraph(sdl, { defaultListSize: 10 });
  const schema = Supergraph.build(sdl, { supportedFeatures: null }).apiSchema().toGraphQLJSSchema();
  const document = parse(QUERIES.home!);
  for (let i = 0; i < 2000; i++) control.estimate(schema, document, 'Home', {});
  const rounds = 20_000;
  const started = performance.now();
  for (let i = 0; i < rounds; i++) control.estimate(schema, document, 'Home', {});
  console.log(`\nCost estimate of the home query: ${(((performance.now() - started) / rounds) * 1000).toFixed(1)} µs (uncached; the router caches it per document and variables)`);
}

/** How fast each hostile request of the front-door issue is refused, by a router with the default limits. */
async function benchHostile(platform: Platform): Promise<void> {
  const router = await platform.startRouter({ MAX_OPERATION_COST: '10000', FIELD_RATE_LIMITS: 'true' });
  const nested = (pairs: number) => {
    let inner = 'id';
    for (let i = 0; i < pairs; i++) inner = `variants { product { ${inner} } }`;
    return `{ product(slug: "x") { ${inner} } }`;
  };
  const hostile: Record<string, unknown> = {
    'depth: 25 nested pairs': { query: nested(25) },
    'cost: 5 nested pairs': { query: nested(5) },
    'cost: category.parent.products': { query: '{ products(first: 100) { edges { node { category { parent { products(first: 100) { edges { node { variants { id } } } } } } } } } }' },
    'aliases: 10,000 searches': { query: `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: products(filter: { search: "lamp" }) { totalCount }`).join(' ')} }` },
    'aliases: 2,000 createCart': { query: `mutation { ${Array.from({ length: 2000 }, (_, i) => `c${i}: createCart { cart { id } }`).join(' ')} }` },
    'recursion: fragment bomb': { query: `{ categories { ...L23 } } ${Array.from({ length: 24 }, (_, i) => (i === 0 ? 'fragment L0 on Category { slug }' : `fragment L${i} on Category { ...L${i - 1} ...L${i - 1} }`)).join(' ')}` },
    'NUL in a variable': { query: 'query($q: String) { products(filter: { search: $q }) { totalCount } }', variables: { q: 'a\u0000b' } },
  };
  console.log('\nHostile requests, refused (median of 20, ms):');
  for (const [name, payload] of Object.entries(hostile)) {
    const body = JSON.stringify(payload);
    const samples: number[] = [];
    let status = 0;
    for (let i = 0; i < 21; i++) {
      const t = performance.now();
      const res = await fetch(`${router.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      await res.text();
      status = res.status;
      if (i > 0) samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    console.log(`  ${name.padEnd(34)} ${samples[10]!.toFixed(1).padStart(6)} ms  HTTP ${status}  (${(body.length / 1024).toFixed(0)} KiB)`);
  }
}
