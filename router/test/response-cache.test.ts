/**
 * The response cache: anonymous queries whose schema hints make them public are answered from the cache, with the
 * right `Cache-Control`; an admin's change through the router is visible to the very next anonymous query (the
 * mutation invalidates, the TTL is only a bound) — in one router's memory, and across two routers sharing Redis.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { RunningService } from '@zero/service';
import { TEST_METRICS_TOKEN, adminToken, createTestProduct, eventually, registerShopper, startPlatform, type Platform, graphqlRequest } from '@zero/testing';
import { SubgraphProxy, metric } from './support/subgraph-proxy';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let platform: Platform;
let proxy: SubgraphProxy;
let router: RunningService;
let admin: string;
beforeAll(async () => {
  platform = await startPlatform();
  // The stand-in only counts what reaches the catalog.
  proxy = await SubgraphProxy.start(`http://127.0.0.1:${platform.subgraphs.catalog!.port}/graphql`);
  router = await platform.startRouter({ CATALOG_SUBGRAPH_URL: proxy.url });
  admin = await adminToken(platform);
});
afterAll(async () => {
  await proxy?.close();
  await platform?.stop();
});

async function post(target: RunningService, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const { headers, ...body } = await graphqlRequest(target, query, variables, { token });
  return { ...body, cacheControl: headers.get('cache-control'), age: headers.get('age') };
}

const PRODUCT = 'query Product($id: ID!) { product(id: $id) { id name description priceRange { min { amount } } } }';
const UPDATE = 'mutation($id: ID!, $d: String!) { updateProduct(id: $id, input: { description: $d }) { product { description } userErrors { code } } }';
const cacheResults = (target: RunningService, result: string) => metric(target.url, TEST_METRICS_TOKEN, 'router_response_cache_total', { result });

test('an anonymous public query is answered from the cache, with Cache-Control: public and the fields’ smallest max-age', async () => {
  const product = await createTestProduct(platform, admin, { price: 2500, stock: 4 });
  const first = await post(router, PRODUCT, { id: product.productId });
  expect(first.errors).toBeUndefined();
  expect(first.cacheControl).toBe('public, max-age=60');
  const fetched = proxy.count(/product/);
  const hits = await cacheResults(router, 'hit');
  const second = await post(router, PRODUCT, { id: product.productId });
  expect(second.data).toEqual(first.data);
  expect(second.cacheControl).toBe('public, max-age=60');
  expect(Number(second.age)).toBeGreaterThanOrEqual(0);
  expect(proxy.count(/product/)).toBe(fetched); // the catalog was not asked again
  expect(await cacheResults(router, 'hit')).toBe(hits + 1);
  // Stock is reused for at most 5 s.
  const withStock = await post(router, 'query($id: ID!) { product(id: $id) { variants { quantityAvailable } } }', { id: product.productId });
  expect(withStock.cacheControl).toBe('public, max-age=5');
});

test('an admin’s updateProduct through the router shows in the very next anonymous query', async () => {
  const product = await createTestProduct(platform, admin, { price: 2500, stock: 4 });
  await post(router, PRODUCT, { id: product.productId });
  expect((await post(router, PRODUCT, { id: product.productId })).data.product.description).toBe('Made by a test.');
  const updated = await post(router, UPDATE, { id: product.productId, d: 'Changed by an admin.' }, admin);
  expect(updated.data.updateProduct.product.description).toBe('Changed by an admin.');
  expect(updated.cacheControl).toBe('no-store');
  expect((await post(router, PRODUCT, { id: product.productId })).data.product.description).toBe('Changed by an admin.');
});

test('a query after a mutation never shares a call started before it: its answer, and what the cache keeps, are the new one', async () => {
  const product = await createTestProduct(platform, admin, { price: 2500, stock: 4 });
  const catalogReads = /"query":"query[^"]*product\(/;
  // The first reader's call is answered by the catalog before the change, and that answer is delivered late.
  proxy.holdNextAnswer(catalogReads);
  const before = post(router, PRODUCT, { id: product.productId });
  await eventually(() => proxy.heldAnswers === 1);
  const updated = await post(router, UPDATE, { id: product.productId, d: 'Changed while a read was on its way.' }, admin);
  expect(updated.data.updateProduct.userErrors).toEqual([]);
  const reads = proxy.count(catalogReads);
  // After the update: the same operation, and another text of it that makes the same call to the catalog. Each is
  // answered at once by a call of its own, not by joining the one still on its way.
  try {
    const after = Promise.all([post(router, PRODUCT, { id: product.productId }), post(router, PRODUCT.replace('{ id name', '{  id name'), { id: product.productId })]);
    await eventually(() => proxy.count(catalogReads) > reads); // calls of their own (one, when the two overlap)
    const [same, respelled] = await after;
    expect(same.data.product.description).toBe('Changed while a read was on its way.');
    expect(respelled.data.product.description).toBe('Changed while a read was on its way.');
  } finally {
    proxy.release();
  }
  expect((await before).data.product.description).toBe('Made by a test.'); // sent before the change: its own answer
  // And what the cache keeps is the new description.
  for (const query of [PRODUCT, PRODUCT.replace('{ id name', '{  id name')]) {
    expect((await post(router, query, { id: product.productId })).data.product.description).toBe('Changed while a read was on its way.');
  }
});

test('signed-in callers, uncacheable fields and errors are never served from the cache or stored by shared caches', async () => {
  const product = await createTestProduct(platform, admin, { price: 2500, stock: 4 });
  const shopper = await registerShopper(platform);
  await post(router, PRODUCT, { id: product.productId }); // cached for anonymous callers
  const fetched = proxy.count(/product/);
  const signedIn = await post(router, PRODUCT, { id: product.productId }, shopper.token);
  expect(signedIn.cacheControl).toBe('private, max-age=60');
  expect(proxy.count(/product/)).toBe(fetched + 1); // executed for the shopper
  expect((await post(router, '{ me { id } categories { slug } }')).cacheControl).toBe('no-store');
  expect((await post(router, '{ product(slug: 1) { id } }')).cacheControl).toBe('no-store'); // an invalid document
  expect((await post(router, 'mutation { createCart { cart { id } } }')).cacheControl).toBe('no-store');
});

test('with RESPONSE_CACHE=false every query executes', async () => {
  const plain = await platform.startRouter({ CATALOG_SUBGRAPH_URL: proxy.url, RESPONSE_CACHE: 'false' });
  const before = proxy.count(/categories/);
  await post(plain, '{ categories { slug } }');
  const again = await post(plain, '{ categories { slug } }');
  expect(again.cacheControl).toBe('public, max-age=300'); // the header still tells clients and CDNs
  expect(proxy.count(/categories/) - before).toBe(2);
});

test('two routers sharing Redis: one caches, an admin’s change through the other shows at once on both', async () => {
  const prefix = `zero:test:${randomBytes(4).toString('hex')}:`;
  const env = { CATALOG_SUBGRAPH_URL: proxy.url, REDIS_URL, REDIS_PREFIX: prefix };
  const [one, two] = await Promise.all([platform.startRouter(env), platform.startRouter(env)]);
  const redis = new Redis(REDIS_URL);
  try {
    const product = await createTestProduct(platform, admin, { price: 2500, stock: 4 });
    await post(one, PRODUCT, { id: product.productId });
    const fetched = proxy.count(/product/);
    expect((await post(two, PRODUCT, { id: product.productId })).data.product.description).toBe('Made by a test.');
    expect(proxy.count(/product/)).toBe(fetched); // the second replica answered from the shared entry
    expect((await redis.keys(`${prefix}response-cache:*`)).length).toBeGreaterThan(0);

    await post(two, UPDATE, { id: product.productId, d: 'Changed through replica two.' }, admin);
    expect((await post(one, PRODUCT, { id: product.productId })).data.product.description).toBe('Changed through replica two.');
    expect(await cacheResults(one, 'stale')).toBeGreaterThanOrEqual(1);
  } finally {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  }
});
