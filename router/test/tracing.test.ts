import { randomBytes } from 'node:crypto';
import { SpanStatusCode } from '@opentelemetry/api';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  adminToken,
  createTestProduct,
  eventually,
  FAST_OUTBOX,
  fillCart,
  type Platform,
  type RecordedSpans,
  recordSpans,
  registerShopper,
  startPlatform,
  TEST_ADDRESS,
} from '@zero/testing';

/**
 * Tracing across the supergraph: one client request is one trace, from the router's server span through the gateway's
 * own spans and its subgraph fetches to the subgraphs' spans, their calls to each other and the outbox deliveries
 * their commits caused; every log line and internal error names it.
 */

let platform: Platform;
let spans: RecordedSpans;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zero-tracing-'));
const logFile = path.join(dataDir, 'platform.log');
beforeAll(async () => {
  spans = recordSpans();
  platform = await startPlatform({ env: { LOG_LEVEL: 'info', LOG_FILE: logFile, ...FAST_OUTBOX } });
});
afterAll(async () => {
  await platform?.stop();
  await spans?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const PLACE = 'mutation PlaceOrder($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id } userErrors { code } } }';

/** A W3C trace context as a client (or a proxy in front of the router) would send it: sampled. */
function clientTraceparent(): { traceId: string; spanId: string; header: string } {
  const traceId = randomBytes(16).toString('hex');
  const spanId = randomBytes(8).toString('hex');
  return { traceId, spanId, header: `00-${traceId}-${spanId}-01` };
}

test('a signed-in placeOrder is one trace: router, gateway, orders, cart and catalog spans, the outbox delivery among them, in one tree', async () => {
  const admin = await adminToken(platform);
  const product = await createTestProduct(platform, admin, { price: 1250, stock: 5 });
  const shopper = await registerShopper(platform);
  await fillCart(platform, shopper, [{ variantId: product.variantId, quantity: 2 }]);

  const client = clientTraceparent();
  const placed = await platform.request(PLACE, { input: { idempotencyKey: `trace-${client.traceId}`, shippingAddress: TEST_ADDRESS } }, { token: shopper.token, headers: { traceparent: client.header } });
  expect(placed.errors).toBeUndefined();
  expect(placed.data.placeOrder.order.id).toBeTruthy();

  // Spans end as their work does; the outbox's delivery to the cart is the last of them.
  const trace = await eventually(() => {
    const recorded = spans.ofTrace(client.traceId);
    const services = new Set(recorded.map((span) => spans.serviceOf(span)));
    const delivered = recorded.some((span) => span.name === 'outbox cart.removeOrdered');
    return ['router', 'orders', 'cart', 'catalog'].every((s) => services.has(s)) && delivered ? recorded : null;
  });

  const names = (service: string) => trace.filter((span) => spans.serviceOf(span) === service).map((span) => span.name);
  // The router: its server span (named after the operation), the gateway's own spans, an HTTP client span per fetch.
  expect(names('router')).toEqual(expect.arrayContaining(['mutation PlaceOrder', 'gateway.request', 'gateway.plan', 'gateway.execute', 'gateway.fetch', 'POST']));
  // Orders answers the router's fetch (the gateway names it after the operation and the subgraph), calls the cart and
  // the catalog itself (client spans named after their operations), then delivers the outbox.
  expect(names('orders')).toContain('mutation PlaceOrder__orders__0');
  expect(names('cart').length).toBeGreaterThan(0);
  expect(names('catalog').length).toBeGreaterThan(0);

  // One tree: every span's parent is a span of this trace, apart from the root, whose parent is the client's span.
  const ids = new Set(trace.map((span) => span.spanContext().spanId));
  const orphans = trace.filter((span) => span.parentSpanId !== client.spanId && !ids.has(span.parentSpanId ?? ''));
  expect(orphans.map((span) => span.name)).toEqual([]);
  const roots = trace.filter((span) => span.parentSpanId === client.spanId);
  expect(roots.map((span) => [spans.serviceOf(span), span.name])).toEqual([['router', 'mutation PlaceOrder']]);
  // Every subgraph span hangs under a router span: the subgraphs continued the router's trace, not a new one.
  const byId = new Map(trace.map((span) => [span.spanContext().spanId, span]));
  const rootOf = (span: (typeof trace)[number]): string | undefined => {
    const parent = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
    return parent ? rootOf(parent) : spans.serviceOf(span);
  };
  expect(new Set(trace.map(rootOf))).toEqual(new Set(['router']));
  // The outbox's delivery (right after the order's commit) continues the trace, down into the cart it calls.
  const delivery = trace.find((span) => span.name === 'outbox cart.removeOrdered')!;
  expect(spans.serviceOf(delivery)).toBe('orders');
  const under = (span: (typeof trace)[number], ancestor: string): boolean =>
    span.parentSpanId === ancestor || (!!span.parentSpanId && !!byId.get(span.parentSpanId) && under(byId.get(span.parentSpanId)!, ancestor));
  expect(trace.some((span) => spans.serviceOf(span) === 'cart' && under(span, delivery.spanContext().spanId))).toBe(true);
});

test("an event delivered later by the relay (the cart failed at first) joins the trace of the request that wrote it", async () => {
  const admin = await adminToken(platform);
  const product = await createTestProduct(platform, admin, { price: 900, stock: 5 });
  const shopper = await registerShopper(platform);
  await fillCart(platform, shopper, [{ variantId: product.variantId, quantity: 1 }]);
  const carts = platform.subgraphs.cart!.services.carts as { removeOrderedLines: (...args: unknown[]) => Promise<unknown> };
  const original = carts.removeOrderedLines;
  let refused = 0;
  carts.removeOrderedLines = async function (this: unknown, ...args: unknown[]) {
    if (refused++ === 0) throw new Error('the cart is busy');
    return original.apply(carts, args);
  };
  try {
    const client = clientTraceparent();
    const placed = await platform.request(PLACE, { input: { idempotencyKey: `trace-${client.traceId}`, shippingAddress: TEST_ADDRESS } }, { token: shopper.token, headers: { traceparent: client.header } });
    expect(placed.data.placeOrder.order.id).toBeTruthy();

    // The inline attempt failed; the relay's retry — a periodic job, outside any request — is in the same trace.
    const deliveries = await eventually(() => {
      const found = spans.ofTrace(client.traceId).filter((span) => span.name === 'outbox cart.removeOrdered');
      return found.length === 2 ? found : null;
    });
    expect(deliveries.map((span) => span.status.code)).toEqual([SpanStatusCode.ERROR, SpanStatusCode.UNSET]);
    // Both hang under the span that wrote the event (the orders request), not under each other or a job's.
    expect(deliveries[1]!.parentSpanId).toBe(deliveries[0]!.parentSpanId);
    const cartSpans = spans.ofTrace(client.traceId).filter((span) => spans.serviceOf(span) === 'cart' && span.parentSpanId);
    expect(cartSpans.length).toBeGreaterThan(0);
  } finally {
    carts.removeOrderedLines = original;
  }
});

test('an internal error answers with its trace id, and the failing service logged it under that id', async () => {
  const catalog = platform.subgraphs.catalog!.services.catalog as { productBySlug: (slug: string) => Promise<unknown> };
  const original = catalog.productBySlug;
  catalog.productBySlug = async () => {
    throw new Error('the catalog broke');
  };
  let traceId: string;
  try {
    const res = await platform.request('query { product(slug: "anything") { id } }');
    const error = res.errors?.[0] as { message: string; extensions?: { code?: string; traceId?: string } } | undefined;
    expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error?.extensions?.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(res.errors)).not.toContain('the catalog broke');
    traceId = error!.extensions!.traceId!;
  } finally {
    catalog.productBySlug = original;
  }

  const logged = await eventually(() => {
    const lines = fs.readFileSync(logFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    return lines.find((line) => line.service === 'catalog' && line.msg === 'internal error' && line.traceId === traceId) ?? null;
  });
  expect(logged.spanId).toMatch(/^[0-9a-f]{16}$/);
  // The same id names the spans: the router's and the catalog's.
  const services = new Set(spans.ofTrace(traceId).map((span) => spans.serviceOf(span)));
  expect([...services].sort()).toEqual(['catalog', 'router']);
});

test("the router's own refusals carry the trace id too", async () => {
  const res = await fetch(`${platform.router.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
  expect(res.status).toBe(401);
  const body = (await res.json()) as { errors: { extensions: { code: string; traceId?: string } }[] };
  expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  expect(body.errors[0]!.extensions.traceId).toMatch(/^[0-9a-f]{32}$/);
});

test('a query the pass-through answers is one tree too: its gateway.fetch span, the HTTP call and the catalog under the server span', async () => {
  const query = 'query Listing($first: Int!) { products(first: $first) { totalCount } }';
  await platform.request(query, { first: 1 }); // the first one is planned by the gateway, and learned
  const client = clientTraceparent();
  // Other variables: not an answer the response cache holds.
  const answered = await platform.request(query, { first: 2 }, { headers: { traceparent: client.header } });
  expect(answered.errors).toBeUndefined();

  const trace = await eventually(() => {
    const recorded = spans.ofTrace(client.traceId);
    return recorded.some((span) => spans.serviceOf(span) === 'catalog') && recorded.some((span) => span.name === 'query Listing') ? recorded : null;
  });
  const fetch = trace.find((span) => span.name === 'gateway.fetch');
  expect(fetch?.attributes).toMatchObject({ service: 'catalog', 'zero.pass_through': true });
  expect(trace.map((span) => span.name)).toContain('POST'); // the HTTP call to the catalog
  expect(trace.map((span) => span.name)).not.toContain('gateway.execute'); // the gateway's execution did not run
  const ids = new Set(trace.map((span) => span.spanContext().spanId));
  const orphans = trace.filter((span) => span.parentSpanId !== client.spanId && !ids.has(span.parentSpanId ?? ''));
  expect(orphans.map((span) => span.name)).toEqual([]);
});
