/**
 * The router when a subgraph stops answering or fails: each call is bounded by its timeout and the request's
 * deadline, queries (never mutations) are retried after transient failures, a breaker per subgraph fails fast while
 * it is down and closes once it answers again, and the parts of a response that do not need it still come back.
 * The catalog sits behind a stand-in (`SubgraphProxy`) the tests freeze and resume.
 */
import type { RunningService } from '@zero/service';
import { TEST_METRICS_TOKEN, adminToken, createTestProduct, eventually, scaled, startPlatform, type Platform, graphqlRequest } from '@zero/testing';
import { SubgraphProxy, metric } from './support/subgraph-proxy';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.stop());

const catalogUrl = () => platform.env.CATALOG_SUBGRAPH_URL ?? `http://127.0.0.1:${platform.subgraphs.catalog!.port}/graphql`;

async function post(router: RunningService, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const started = performance.now();
  const answer = await graphqlRequest(router, query, variables, { token });
  return { ...answer, ms: performance.now() - started };
}

const CATEGORIES = '{ categories { slug } }';
const breakerState = (router: RunningService) => metric(router.url, TEST_METRICS_TOKEN, 'router_subgraph_breaker_state', { subgraph: 'catalog' });

test('a frozen subgraph costs a request at most its timeout; then the breaker fails fast, others are unaffected, and it closes once the subgraph is back', async () => {
  const proxy = await SubgraphProxy.start(catalogUrl());
  // Long enough that "far below the timeout" means something on a loaded machine, short enough to wait for twice.
  const timeoutMs = Math.min(scaled(3000), 8000);
  const router = await platform.startRouter({
    CATALOG_SUBGRAPH_URL: proxy.url,
    SUBGRAPH_TIMEOUT_MS: String(timeoutMs),
    REQUEST_DEADLINE_MS: String(timeoutMs * 4),
    BREAKER_VOLUME_THRESHOLD: '2',
    BREAKER_RESET_MS: String(Math.min(scaled(4000), 10_000)),
    RESPONSE_CACHE: 'false',
  });
  try {
    expect((await post(router, CATEGORIES)).data.categories.length).toBeGreaterThan(0);
    const cartId = (await post(router, 'mutation { createCart { cart { id } } }')).data.createCart.cart.id;
    proxy.freeze();

    // Partial data: the cart still answers beside the frozen catalog; the catalog's field is null with the error.
    const both = await post(router, 'query($id: ID!) { cart(id: $id) { id } category(slug: "electronics") { slug } }', { id: cartId });
    expect(both.data).toEqual({ cart: { id: cartId }, category: null });
    expect(both.errors).toEqual([{ message: 'The catalog service is unavailable; try again shortly', path: ['category'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }]);
    expect(both.ms).toBeGreaterThanOrEqual(timeoutMs - 50);
    expect(both.ms).toBeLessThan(timeoutMs + scaled(5000)); // the timeout, not the frozen subgraph, bounds it

    const second = await post(router, CATEGORIES);
    expect(second.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(proxy.count(/categor/)).toBe(3); // the healthy call and two timed-out ones: timeouts are not retried
    expect(await breakerState(router)).toBe(2); // open

    // Open: refused without a request to the subgraph, far below the timeout.
    const fast = await post(router, CATEGORIES);
    expect(fast.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(fast.errors?.[0]?.message).toBe('The catalog service is unavailable; try again shortly');
    expect(fast.ms).toBeLessThan(timeoutMs / 2);
    expect(proxy.count(/categor/)).toBe(3);
    expect(await metric(router.url, TEST_METRICS_TOKEN, 'router_subgraph_breaker_rejections_total', { subgraph: 'catalog' })).toBeGreaterThanOrEqual(1);
    // Requests that do not need the catalog are unaffected.
    const cartOnly = await post(router, 'query($id: ID!) { cart(id: $id) { id totalQuantity } }', { id: cartId });
    expect(cartOnly).toMatchObject({ data: { cart: { id: cartId, totalQuantity: 0 } } });
    expect(cartOnly.errors).toBeUndefined();

    // Back: after the reset time one probe goes through, succeeds, and the breaker closes.
    proxy.resume();
    await eventually(async () => (await post(router, CATEGORIES)).data?.categories?.length > 0, 30_000);
    expect(await breakerState(router)).toBe(0);
    expect(await metric(router.url, TEST_METRICS_TOKEN, 'router_subgraph_timeouts_total', { subgraph: 'catalog', limit: 'subgraph' })).toBe(2);
  } finally {
    await proxy.close();
  }
});

test('queries are retried after a 503 with jittered backoff; mutations never are', async () => {
  const admin = await adminToken(platform);
  const product = await createTestProduct(platform, admin, { price: 1500, stock: 3 });
  const proxy = await SubgraphProxy.start(catalogUrl());
  const router = await platform.startRouter({ CATALOG_SUBGRAPH_URL: proxy.url, RESPONSE_CACHE: 'false' });
  try {
    proxy.failNext(2);
    const read = await post(router, 'query($id: ID!) { product(id: $id) { id } }', { id: product.productId });
    expect(read.errors).toBeUndefined();
    expect(read.data.product.id).toBe(product.productId);
    expect(proxy.count(/product/)).toBe(3);
    expect(await metric(router.url, TEST_METRICS_TOKEN, 'router_subgraph_retries_total', { subgraph: 'catalog' })).toBe(2);

    proxy.failNext(1);
    const write = await post(router, 'mutation($id: ID!) { updateProduct(id: $id, input: { description: "Retried?" }) { product { id } } }', { id: product.productId }, admin);
    expect(write.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(proxy.count(/updateProduct/)).toBe(1);
  } finally {
    await proxy.close();
  }
});

test('the request deadline bounds a request below the subgraph timeout', async () => {
  const proxy = await SubgraphProxy.start(catalogUrl());
  const deadlineMs = Math.min(scaled(1500), 5000);
  const router = await platform.startRouter({ CATALOG_SUBGRAPH_URL: proxy.url, SUBGRAPH_TIMEOUT_MS: '120000', REQUEST_DEADLINE_MS: String(deadlineMs), RESPONSE_CACHE: 'false' });
  try {
    proxy.freeze();
    const answer = await post(router, CATEGORIES);
    expect(answer.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(answer.ms).toBeGreaterThanOrEqual(deadlineMs - 50);
    expect(answer.ms).toBeLessThan(deadlineMs + scaled(10_000));
    expect(await metric(router.url, TEST_METRICS_TOKEN, 'router_subgraph_timeouts_total', { subgraph: 'catalog', limit: 'deadline' })).toBe(1);
  } finally {
    await proxy.close();
  }
});

test("a failed subgraph's error names each field it was to fill, in the client's terms (root fields and entities)", async () => {
  const admin = await adminToken(platform);
  const product = await createTestProduct(platform, admin, { price: 900, stock: 5 });
  const proxy = await SubgraphProxy.start(catalogUrl());
  // No breaker in the way: every call here gets its 503s and retries.
  const router = await platform.startRouter({ CATALOG_SUBGRAPH_URL: proxy.url, RESPONSE_CACHE: 'false', SUBGRAPH_RETRIES: '0', BREAKER_VOLUME_THRESHOLD: '1000' });
  try {
    const cartId = (await post(router, 'mutation { createCart { cart { id } } }')).data.createCart.cart.id;
    const added = await post(router, 'mutation($cartId: ID!, $variantId: ID!) { addToCart(cartId: $cartId, variantId: $variantId, quantity: 2) { cart { id } userErrors { code } } }', { cartId, variantId: product.variantId });
    expect(added.data.addToCart.userErrors).toEqual([]);

    // Entities: the cart's lines come from the cart subgraph, each variant's fields from the catalog's `_entities`.
    proxy.failNext(1);
    const lines = await post(router, 'query($id: ID!) { cart(id: $id) { id totalQuantity lines { quantity variant { sku } } } }', { id: cartId });
    expect(lines.errors).toEqual([{ message: 'The catalog service is unavailable; try again shortly', path: ['cart', 'lines', 0, 'variant'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }]);
    expect(lines.data).toEqual({ cart: null }); // `variant` and the lines are non-null: the null reaches the nullable cart

    // Root fields, aliases included: one error per field the catalog was to answer; the cart's field still answers.
    proxy.failNext(1);
    const roots = await post(router, 'query($id: ID!) { cart(id: $id) { totalQuantity } first: category(slug: "electronics") { slug } second: category(slug: "books") { slug } }', { id: cartId });
    expect(roots.data).toEqual({ cart: { totalQuantity: 2 }, first: null, second: null });
    expect(roots.errors?.map((e: { path?: unknown }) => e.path)).toEqual([['first'], ['second']]);
  } finally {
    await proxy.close();
  }
});
