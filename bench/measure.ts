/**
 * What every bench script measures with: a closed loop of requests (each of `concurrency` callers sends its next
 * request as soon as the last one answered) and percentiles of the samples it took, plus the storefront's anonymous
 * queries the router benches share.
 */

export const STOREFRONT_QUERIES = {
  home: 'query Home { categories { slug name } products(first: 12, sort: NEWEST) { edges { node { id slug name images { url alt } priceRange { min { amount currency } } inStock } } } }',
  product: 'query ProductPage($slug: String!) { product(slug: $slug) { id name description images { url alt } options { name values } variants { id sku title price { amount currency } quantityAvailable selectedOptions { name value } } } }',
} as const;

export interface LoopResult {
  /** Requests per second over the whole loop. */
  rps: number;
  /** Median latency in milliseconds. */
  p50: number;
  /** Every request's latency in milliseconds, in completion order. */
  samples: number[];
}

/** Runs `total` calls of `once` with `concurrency` callers, after `warmup` sequential ones whose times are dropped. */
export async function closedLoop(once: () => Promise<unknown>, { concurrency, total, warmup = 10 }: { concurrency: number; total: number; warmup?: number }): Promise<LoopResult> {
  for (let i = 0; i < warmup; i++) await once();
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
  return { rps: total / seconds, p50: percentile(samples, 50), samples };
}

/** The sample at percentile `p` (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** POSTs one GraphQL operation and throws on any error, so a bench never times failures. */
export function graphqlCall(url: string, query: string, variables: Record<string, unknown> = {}, label = 'request'): () => Promise<void> {
  const body = JSON.stringify({ query, variables });
  return async () => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await res.json()) as { errors?: unknown };
    if (json.errors) throw new Error(`${label}: ${JSON.stringify(json.errors)}`);
  };
}
