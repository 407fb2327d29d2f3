/**
 * Deduplication: identical concurrent queries of one identity share one execution, identical in-flight subgraph
 * queries one request; never across identities, never for mutations. The catalog sits behind a stand-in that holds
 * requests until the test releases them, so the concurrent requests overlap for certain, and counts what reaches it.
 */
import type { RunningService } from '@zero/service';
import { TEST_METRICS_TOKEN, adminToken, createTestProduct, eventually, registerShopper, startPlatform, type Platform, graphqlRequest } from '@zero/testing';
import { SubgraphProxy, metric } from './support/subgraph-proxy';

let platform: Platform;
let proxy: SubgraphProxy;
let router: RunningService;
beforeAll(async () => {
  platform = await startPlatform();
  proxy = await SubgraphProxy.start(`http://127.0.0.1:${platform.subgraphs.catalog!.port}/graphql`);
  // The response cache would answer repeated anonymous queries itself; deduplication is about concurrent ones.
  router = await platform.startRouter({ CATALOG_SUBGRAPH_URL: proxy.url, RESPONSE_CACHE: 'false' });
});
afterAll(async () => {
  await proxy?.close();
  await platform?.stop();
});

function post(target: RunningService, query: string, variables: Record<string, unknown> = {}, token?: string) {
  return graphqlRequest(target, query, variables, { token });
}

const deduplicated = (target: RunningService, level: 'operation' | 'subgraph') => metric(target.url, TEST_METRICS_TOKEN, 'router_deduplicated_total', { level });

/** Sends `requests` while the catalog holds its answers until `ready()` says every one of them has arrived. */
async function overlapping<T>(requests: () => Promise<T>[], ready: () => Promise<boolean> | boolean): Promise<T[]> {
  proxy.hold();
  try {
    const answers = Promise.all(requests());
    await eventually(ready);
    proxy.release();
    return await answers;
  } finally {
    proxy.release();
  }
}

test('N identical concurrent anonymous queries make one subgraph request', async () => {
  const query = 'query Listing($first: Int!) { products(first: $first) { totalCount edges { node { id name } } } }';
  const before = { requests: proxy.count(/products/), shared: await deduplicated(router, 'operation') };
  const answers = await overlapping(
    () => Array.from({ length: 8 }, () => post(router, query, { first: 3 })),
    async () => (await deduplicated(router, 'operation')) - before.shared === 7,
  );
  expect(proxy.count(/products/) - before.requests).toBe(1);
  expect(answers.filter((a) => a.errors)).toEqual([]);
  expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1);
});

test('identical subgraph fetches of different documents share one request', async () => {
  // Different texts, so no shared execution; the gateway plans both into the same catalog query.
  const before = { requests: proxy.count(/categories/), shared: await deduplicated(router, 'subgraph') };
  const answers = await overlapping(
    () => [post(router, '{ categories { slug name } }'), post(router, '{categories{slug name}}')],
    async () => (await deduplicated(router, 'subgraph')) - before.shared === 1,
  );
  expect(proxy.count(/categories/) - before.requests).toBe(1);
  expect(answers[0]).toEqual(answers[1]);
});

test('two viewers never share, at either level', async () => {
  const [one, two] = await Promise.all([registerShopper(platform), registerShopper(platform)]);
  const query = '{ products(first: 2) { edges { node { slug } } } }';
  const before = proxy.count(/products/);
  const answers = await overlapping(
    () => [post(router, query, {}, one.token), post(router, query, {}, two.token)],
    () => proxy.count(/products/) - before === 2, // both reached the catalog while the other was still held
  );
  expect(answers.every((a) => !a.errors)).toBe(true);
  // Each request carried its own viewer's token to the catalog.
  const tokens = proxy.requests.slice(-2).map((r) => r.headers.authorization);
  expect(new Set(tokens)).toEqual(new Set([`Bearer ${one.token}`, `Bearer ${two.token}`]));
});

test('mutations are never shared', async () => {
  const admin = await adminToken(platform);
  const product = await createTestProduct(platform, admin, { price: 990, stock: 5 });
  const mutation = 'mutation($id: ID!) { setStock(variantId: $id, quantity: 7) { variant { quantityOnHand } userErrors { code } } }';
  const before = proxy.count(/setStock/);
  const answers = await overlapping(
    () => [post(router, mutation, { id: product.variantId }, admin), post(router, mutation, { id: product.variantId }, admin)],
    () => proxy.count(/setStock/) - before === 2,
  );
  expect(answers.map((a) => a.data?.setStock?.variant?.quantityOnHand)).toEqual([7, 7]);
});

test('DEDUPLICATION=false sends every request', async () => {
  const plain = await platform.startRouter({ CATALOG_SUBGRAPH_URL: proxy.url, RESPONSE_CACHE: 'false', DEDUPLICATION: 'false' });
  const before = proxy.count(/categories/);
  await overlapping(
    () => Array.from({ length: 4 }, () => post(plain, '{ categories { slug } }')),
    () => proxy.count(/categories/) - before === 4,
  );
  expect(await deduplicated(plain, 'operation')).toBe(0);
});
