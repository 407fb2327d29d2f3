/**
 * What deduplication and the response cache buy: the storefront's anonymous home and product queries at 16
 * concurrent requests through three routers over the same subgraphs — both off, deduplication only, and both on —
 * run alternately to share the machine's noise. Prints throughput, median latency and how many catalog operations
 * each client request cost.
 */
import type { RunningService } from '@zero/service';
import type { Platform } from '@zero/testing';

const QUERIES: Record<string, string> = {
  home: 'query Home { categories { slug name } products(first: 12, sort: NEWEST) { edges { node { id slug name images { url alt } priceRange { min { amount currency } } inStock } } } }',
  product: 'query ProductPage($slug: String!) { product(slug: $slug) { id name description images { url alt } options { name values } variants { id sku title price { amount currency } quantityAvailable selectedOptions { name value } } } }',
};

async function catalogOperations(platform: Platform): Promise<number> {
  const counter = (platform.subgraphs.catalog!.deps as { metrics: { graphqlOperations: { get(): Promise<{ values: { value: number }[] }> } } }).metrics.graphqlOperations;
  return (await counter.get()).values.reduce((sum, v) => sum + v.value, 0);
}

async function run(platform: Platform, router: RunningService, query: string, variables: Record<string, unknown>, concurrency: number, total: number) {
  const body = JSON.stringify({ query, variables });
  const once = async () => {
    const res = await fetch(`${router.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await res.json()) as { errors?: unknown };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
  };
  for (let i = 0; i < 10; i++) await once();
  const before = await catalogOperations(platform);
  const samples: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < total) {
        const t = performance.now();
        await once();
        samples.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  samples.sort((a, b) => a - b);
  return { rps: total / seconds, p50: samples[Math.floor(samples.length / 2)]!, perRequest: ((await catalogOperations(platform)) - before) / total };
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
  for (const name of Object.keys(QUERIES)) {
    const figures: string[] = [];
    let baseline = 0;
    for (const [label, router] of routers) {
      const { rps, p50, perRequest } = await run(platform, router, QUERIES[name]!, variables[name]!, 16, iterations * 2);
      baseline ||= rps;
      figures.push(`${label} ${rps.toFixed(0).padStart(5)} req/s p50 ${p50.toFixed(1).padStart(6)} ms ${perRequest.toFixed(2)} catalog ops/req (×${(rps / baseline).toFixed(2)})`);
    }
    console.log(`  ${name.padEnd(8)} ${figures.join(' | ')}`);
  }
}
