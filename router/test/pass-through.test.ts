/**
 * The single-fetch pass-through (router/src/single-fetch.ts), through the router against the platform: a query the
 * catalog answers alone comes back byte for byte as the gateway would shape it, and a failed call is reported as
 * the gateway reports it, after one request. One router with it, one without (PASS_THROUGH=false), both behind
 * the same stand-in for the catalog, which counts what reaches it.
 */
import type { RunningService } from '@zero/service';
import { TEST_METRICS_TOKEN, adminToken, createTestProduct, startPlatform, type Platform } from '@zero/testing';
import { SubgraphProxy, metric } from './support/subgraph-proxy';

let platform: Platform;
let proxy: SubgraphProxy;
let fast: RunningService;
let plain: RunningService;
beforeAll(async () => {
  platform = await startPlatform();
  proxy = await SubgraphProxy.start(`http://127.0.0.1:${platform.subgraphs.catalog!.port}/graphql`);
  // No response cache: every request runs. No retries: a failed call is one request.
  const env = { CATALOG_SUBGRAPH_URL: proxy.url, RESPONSE_CACHE: 'false', SUBGRAPH_RETRIES: '0' };
  [fast, plain] = await Promise.all([platform.startRouter(env), platform.startRouter({ ...env, PASS_THROUGH: 'false' })]);
});
afterAll(async () => {
  await proxy?.close();
  await platform?.stop();
});

/** The raw response text: the comparison is of bytes, not of parsed values. */
async function raw(target: RunningService, query: string, variables: Record<string, unknown> = {}, operationName?: string): Promise<string> {
  const res = await fetch(`${target.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables, operationName }) });
  return res.text();
}

const passed = (outcome: 'passed' | 'handed') => metric(fast.url, TEST_METRICS_TOKEN, 'router_pass_through_total', { outcome });

// Shaped like the storefront's home and product page as Apollo Client sends them: fragments, aliases, nested lists,
// arguments from variables, and __typename in every selection set, the root's too.
const HOME = `
  fragment Card on Product { __typename id slug name priceRange { __typename min { __typename amount currency } } images { __typename url(width: 256) alt } inStock }
  query Home($first: Int!) {
    __typename
    featured: products(first: $first) { __typename edges { __typename node { __typename id ...Card } } pageInfo { hasNextPage endCursor } }
    categories { __typename slug name }
  }`;
const PRODUCT = `
  fragment Page on Product { __typename archived description id images { __typename alt url shown: url(width: 800) } name slug variants { __typename id sku price { amount currency } } }
  query ProductPage($slug: String!) {
    __typename
    product(slug: $slug) { __typename id ...Page }
  }`;

test('a query the catalog answers alone comes back exactly as through the gateway, without it', async () => {
  const token = await adminToken(platform);
  await createTestProduct(platform, token, [{ price: 1299, stock: 5 }, { price: 1599, stock: 0 }]);
  await createTestProduct(platform, token, { price: 450, stock: 2 });
  const slug = JSON.parse(await raw(plain, '{ products(first: 1) { edges { node { slug } } } }')).data.products.edges[0].node.slug as string;
  for (const [query, variables, name] of [
    [HOME, { first: 6 }, 'Home'],
    [PRODUCT, { slug }, 'ProductPage'],
    [PRODUCT, { slug: 'no-such-product' }, 'ProductPage'],
  ] as const) {
    const expected = await raw(plain, query, variables, name);
    expect(JSON.parse(expected).errors).toBeUndefined();
    await raw(fast, query, variables, name); // the first one is planned by the gateway, and learned
    const before = { passed: await passed('passed'), requests: proxy.requests.length };
    expect(await raw(fast, query, variables, name)).toBe(expected);
    expect(await passed('passed')).toBe(before.passed + 1);
    expect(proxy.requests.length - before.requests).toBe(1);
  }
});

test('a failed call is reported as the gateway reports it, after one request', async () => {
  const query = '{ categories { slug name } }';
  await raw(fast, query); // learned
  proxy.failNext(1);
  const expected = await raw(plain, query);
  expect(JSON.parse(expected).errors[0].extensions.code).toBe('SUBGRAPH_UNAVAILABLE');
  proxy.failNext(1);
  const before = { handed: await passed('handed'), requests: proxy.requests.length };
  expect(await raw(fast, query)).toBe(expected);
  expect(await passed('handed')).toBe(before.handed + 1);
  expect(proxy.requests.length - before.requests).toBe(1);
});
