/**
 * `npm run bench`: boots the platform in-process on embedded databases with the demo catalog and prints figures —
 * latency percentiles and SQL statements per request for the hot read paths, checkout throughput, and memory.
 * Figures, not pass/fail: timing assertions flake on shared machines, so speed goals live here, not in tests.
 */
import { adminToken, createTestProduct, registerShopper, startPlatform, type Platform } from '@zero/testing';
import { benchProtections } from './protections';
import { benchSpeed } from './speed';
import { percentile } from './measure';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);

async function statements(platform: Platform, name: string): Promise<number> {
  const counter = (platform.subgraphs[name]!.deps as { metrics: { dbQueries: { get(): Promise<{ values: { value: number }[] }> } } }).metrics.dbQueries;
  return (await counter.get()).values.reduce((sum, v) => sum + v.value, 0);
}

function percentiles(samples: number[]) {
  return { p50: percentile(samples, 50).toFixed(1), p95: percentile(samples, 95).toFixed(1), p99: percentile(samples, 99).toFixed(1) };
}

async function measure(platform: Platform, label: string, subgraph: string, run: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 10; i++) await run(); // warm up
  const before = await statements(platform, subgraph);
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < ITERATIONS; i++) {
    const t = performance.now();
    await run();
    samples.push(performance.now() - t);
  }
  const seconds = (performance.now() - started) / 1000;
  const perRequest = ((await statements(platform, subgraph)) - before) / ITERATIONS;
  const { p50, p95, p99 } = percentiles(samples);
  console.log(`${label.padEnd(44)} p50 ${p50.padStart(6)} ms  p95 ${p95.padStart(6)} ms  p99 ${p99.padStart(6)} ms  ${(ITERATIONS / seconds).toFixed(0).padStart(5)} req/s  ${perRequest.toFixed(1)} SQL/req (${subgraph})`);
}

async function main(): Promise<void> {
  console.log(`Booting the platform (embedded PGlite, demo catalog); ${ITERATIONS} sequential requests per line…`);
  // The lines below measure execution (latency, SQL per request); what the cache and deduplication save is measured
  // on routers of their own (bench/speed.ts).
  const platform = await startPlatform({ env: { SEED_DEMO: 'true', RESPONSE_CACHE: 'false', DEDUPLICATION: 'false' } });
  try {
    const gql = (query: string, variables?: Record<string, unknown>, token?: string) =>
      platform.request(query, variables, { token }).then((r) => {
        if (r.errors) throw new Error(JSON.stringify(r.errors));
        return r.data;
      });
    const LIST = `query($first: Int!) { products(first: $first) { totalCount edges { node { id name category { slug parent { slug } }
      priceRange { min { amount } } variants { sku price { amount } quantityAvailable } images { url } } } } }`;
    await measure(platform, 'products(first: 5) with variants, categories', 'catalog', () => gql(LIST, { first: 5 }));
    await measure(platform, 'products(first: 100) with variants, categories', 'catalog', () => gql(LIST, { first: 100 }));
    await measure(platform, 'products(search: "wireless headph")', 'catalog', () =>
      gql('{ products(first: 20, filter: { search: "wireless headph" }, sort: RELEVANCE) { totalCount edges { node { name } } } }'));

    const shopper = await registerShopper(platform);
    const admin = await adminToken(platform);
    const lines = [];
    for (let i = 0; i < 20; i++) lines.push(await createTestProduct(platform, admin, { price: 1000 + i, weightGrams: 100, stock: 1_000_000 }));
    for (const line of lines) await gql('mutation($v: ID!) { addToCart(variantId: $v, quantity: 1) { userErrors { code } } }', { v: line.variantId }, shopper.token);
    await measure(platform, 'cart with 20 lines (prices from the catalog)', 'cart', () =>
      gql('{ cart { totalQuantity subtotal { amount } lines { unitPrice { amount } variant { sku } } } }', {}, shopper.token));
    await measure(platform, 'me { profile addresses preferences }', 'users', () =>
      gql('{ me { email profile { firstName } addresses { city } preferences { locale } } }', {}, shopper.token));

    // Checkout: place an order from a one-line cart, then pay it.
    const product = lines[0]!;
    const address = { recipientName: 'Bench', line1: '1 Main St', city: 'Reno', region: 'NV', postalCode: '89501', country: 'US' };
    const card = await gql('mutation { addPaymentMethod(input: { number: "4242424242424242", expMonth: 12, expYear: 2099, cvc: "123", holderName: "Bench" }) { paymentMethod { id } } }', {}, shopper.token);
    let n = 0;
    const checkoutSamples: number[] = [];
    const started = performance.now();
    const CHECKOUTS = Math.max(20, Math.floor(ITERATIONS / 4));
    for (let i = 0; i < CHECKOUTS; i++) {
      await gql('mutation { clearCart { userErrors { code } } }', {}, shopper.token);
      await gql('mutation($v: ID!) { addToCart(variantId: $v, quantity: 1) { userErrors { code } } }', { v: product.variantId }, shopper.token);
      const t = performance.now();
      const placed = await gql('mutation($k: String!, $a: AddressInput) { placeOrder(input: { idempotencyKey: $k, shippingAddress: $a }) { order { id } userErrors { code } } }', { k: `bench-${++n}`, a: address }, shopper.token);
      await gql('mutation($o: ID!, $m: ID!, $k: String!) { payOrder(input: { orderId: $o, paymentMethodId: $m, idempotencyKey: $k }) { payment { status } } }',
        { o: placed.placeOrder.order.id, m: card.addPaymentMethod.paymentMethod.id, k: `bench-pay-${n}` }, shopper.token);
      checkoutSamples.push(performance.now() - t);
    }
    const { p50, p95, p99 } = percentiles(checkoutSamples);
    console.log(`${'placeOrder + payOrder'.padEnd(44)} p50 ${p50.padStart(6)} ms  p95 ${p95.padStart(6)} ms  p99 ${p99.padStart(6)} ms  ${(CHECKOUTS / ((performance.now() - started) / 1000)).toFixed(0).padStart(5)} checkouts/s (incl. cart setup)`);

    await benchProtections(platform, admin, ITERATIONS);
    await benchSpeed(platform, ITERATIONS);

    const memory = process.memoryUsage();
    console.log(`memory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB (router + 6 subgraphs + 6 PGlite databases in one process)`);
  } finally {
    await platform.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
