/**
 * What deduplication and the response cache buy: the storefront's anonymous home and product queries at 16
 * concurrent requests through three routers over the same subgraphs — both off, deduplication only, and both on —
 * run alternately to share the machine's noise. Prints throughput, median latency and how many catalog operations
 * each client request cost.
 */
import type { RunningService } from '@zero/service';
import type { Platform } from '@zero/testing';
import { closedLoop, graphqlCall, STOREFRONT_QUERIES as QUERIES } from './measure';


async function catalogOperations(platform: Platform): Promise<number> {
  const counter = (platform.subgraphs.catalog!.deps as { metrics: { graphqlOperations: { get(): Promise<{ values: { value: number }[] }> } } }).metrics.graphqlOperations;
  return (await counter.get()).values.reduce((sum, v) => sum + v.value, 0);
}

async function run(platform: Platform, router: RunningService, query: string, variables: Record<string, unknown>, concurrency: number, total: number) {
  const once = graphqlCall(`${router.url}/graphql`, query, variables);
  await once();
  const before = await catalogOperations(platform);
  const { rps, p50 } = await closedLoop(once, { concurrency, total });
  return { rps, p50, perRequest: ((await catalogOperations(platform)) - before) / total };
}

/** Prints throughput with deduplication and the response cache off and on. */
export async function benchSpeed(platform: Platform, iterations: number): Promise<void> {
  const routers: Array<[string, RunningService]> = [
    ['both off', await platform.startRouter({ DEDUPLICATION: 'false', RESPONSE_CACHE: 'false' })],
    ['dedup on', await platform.startRouter({ DEDUPLICATION: 'true', RESPONSE_CACHE: 'false' })],
    ['dedup + cache', await platform.startRouter({ DEDUPLICATION: 'true', RESPONSE_CACHE: 'true' })],
  ];
  const slug = (await platform.request('{ products(first: 1) { edges { node { slug } } } }')).data.products.edges[0].node.slug;
  const variables: Record<string, Record<string, unknown>> = { home: {}, product: { slug } };
  console.log('\nDeduplication and the response cache, anonymous storefront queries ×16 concurrent:');
  for (const name of Object.keys(QUERIES) as Array<keyof typeof QUERIES>) {
    const figures: string[] = [];
    let baseline = 0;
    for (const [label, router] of routers) {
      const { rps, p50, perRequest } = await run(platform, router, QUERIES[name], variables[name]!, 16, iterations * 2);
      baseline ||= rps;
      figures.push(`${label} ${rps.toFixed(0).padStart(5)} req/s p50 ${p50.toFixed(1).padStart(6)} ms ${perRequest.toFixed(2)} catalog ops/req (×${(rps / baseline).toFixed(2)})`);
    }
    console.log(`  ${name.padEnd(8)} ${figures.join(' | ')}`);
  }
}
