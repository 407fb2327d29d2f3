import { sql } from 'drizzle-orm';
import { placeOrderFingerprint } from '../src/services/order-service';
import {
  adminToken,
  createTestProduct,
  databaseOf,
  eventually,
  registerShopper,
  startPlatform,
  statementCount,
  type Platform, shopperWithCart as shopperWithCartIn } from '@zero/testing';

const ORDER_FIELDS = `id number status placedAt notes
  subtotal { amount currency } tax { amount } shipping { amount } total { amount }
  lines { variant { id } productName sku quantity unitPrice { amount } total { amount } }
  shippingAddress { recipientName city region country }
  statusHistory { status note at }
  customer { id email }`;
const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { ${ORDER_FIELDS} } userErrors { code message field } } }`;
const CANCEL = `mutation($id: ID!, $reason: String) { cancelOrder(id: $id, reason: $reason) { order { id status statusHistory { status note } } userErrors { code field } } }`;
const UPDATE_STATUS = 'mutation($id: ID!, $s: OrderStatus!) { updateOrderStatus(id: $id, status: $s) { order { id status } userErrors { code } } }';
const ADD = 'mutation($v: ID!, $q: Int!) { addToCart(variantId: $v, quantity: $q) { cart { id totalQuantity } userErrors { code message } } }';
const VARIANT = 'query($id: ID!) { product(id: $id) { variants { quantityAvailable } } }';

const CA = { recipientName: 'Ada Lovelace', line1: '1 Market St', city: 'San Francisco', region: 'CA', postalCode: '94105', country: 'US' };

let platform: Platform;
let admin: string;
beforeAll(async () => {
  platform = await startPlatform();
  admin = await adminToken(platform);
});
afterAll(() => platform?.stop());

let keySerial = 0;
const key = () => `key-${Date.now()}-${++keySerial}`;

const shopperWithCart = (lines: Array<{ variantId: string; quantity: number }>) => shopperWithCartIn(platform, lines);

const available = async (productId: string) =>
  (await platform.request(VARIANT, { id: productId })).data.product.variants[0].quantityAvailable as number;

describe('placeOrder', () => {
  test("the seed's totals: subtotal 8997, 2 lb, California → tax 765, shipping 899, total 10661", async () => {
    const product = await createTestProduct(platform, admin, { price: 2999, weightGrams: 302, stock: 10 }); // 3 × 302 g ≈ 2 lb
    const shopper = await shopperWithCart([{ variantId: product.variantId, quantity: 3 }]);
    const res = await platform.request(PLACE, { input: { idempotencyKey: key(), shippingAddress: CA, notes: 'Leave at the door' } }, { token: shopper.token });
    expect(res.errors).toBeUndefined();
    const { order, userErrors } = res.data.placeOrder;
    expect(userErrors).toEqual([]);
    expect(order).toMatchObject({
      status: 'PENDING',
      notes: 'Leave at the door',
      subtotal: { amount: 8997, currency: 'USD' },
      tax: { amount: 765 },
      shipping: { amount: 899 },
      total: { amount: 10661 },
      lines: [{ variant: { id: product.variantId }, sku: product.sku, quantity: 3, unitPrice: { amount: 2999 }, total: { amount: 8997 } }],
      shippingAddress: { recipientName: 'Ada Lovelace', region: 'CA', country: 'US' },
      statusHistory: [{ status: 'PENDING' }],
      customer: { id: shopper.userId, email: shopper.email },
    });
    expect(order.number).toMatch(/^ORD-\d{6}-[A-Z0-9]{8}$/);
    expect(await available(product.productId)).toBe(7);
    // The cart is cleared before placeOrder answers.
    const cart = await platform.request('{ cart { totalQuantity } }', {}, { token: shopper.token });
    expect(cart.data.cart?.totalQuantity ?? 0).toBe(0);
  });

  test.each([
    ['US', 'TX', 100, 719],
    ['US', 'NY', 100, 899],
    ['FR', 'IDF', 100, 1198],
    ['US', 'CA', 3000, 1599],
    ['US', 'CA', 10000, 2599],
  ])('shipping to %s %s for %i g is %i', async (country, region, grams, shipping) => {
    const product = await createTestProduct(platform, admin, { price: 1000, weightGrams: grams, stock: 5 });
    const shopper = await shopperWithCart([{ variantId: product.variantId, quantity: 1 }]);
    const res = await platform.request(PLACE, { input: { idempotencyKey: key(), shippingAddress: { ...CA, country, region } } }, { token: shopper.token });
    expect(res.data.placeOrder.order.shipping.amount).toBe(shipping);
    expect(res.data.placeOrder.order.tax.amount).toBe(85);
  });

  test('an empty cart is CART_EMPTY; a bad address is INVALID_ADDRESS', async () => {
    const shopper = await registerShopper(platform);
    const empty = await platform.request(PLACE, { input: { idempotencyKey: key(), shippingAddress: CA } }, { token: shopper.token });
    expect(empty.data.placeOrder).toEqual({ order: null, userErrors: [expect.objectContaining({ code: 'CART_EMPTY' })] });

    const product = await createTestProduct(platform, admin, { price: 500, weightGrams: 100, stock: 5 });
    const withCart = await shopperWithCart([{ variantId: product.variantId, quantity: 1 }]);
    const bad = await platform.request(PLACE, { input: { idempotencyKey: key(), shippingAddress: { ...CA, country: 'ZZ' } } }, { token: withCart.token });
    expect(bad.data.placeOrder.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_ADDRESS', field: ['input', 'shippingAddress', 'country'] })]);
    const none = await platform.request(PLACE, { input: { idempotencyKey: key() } }, { token: withCart.token });
    expect(none.data.placeOrder.userErrors[0].code).toBe('INVALID_ADDRESS');
    const missing = await platform.request(PLACE, { input: { idempotencyKey: key(), shippingAddressId: '00000000-0000-4000-8000-000000000000' } }, { token: withCart.token });
    expect(missing.data.placeOrder.userErrors[0]).toMatchObject({ code: 'INVALID_ADDRESS', field: ['input', 'shippingAddressId'] });
    expect(await available(product.productId)).toBe(5); // nothing reserved by failed attempts
  });

  test('a saved address, by id or as the default', async () => {
    const product = await createTestProduct(platform, admin, { price: 500, weightGrams: 100, stock: 5 });
    const shopper = await shopperWithCart([{ variantId: product.variantId, quantity: 1 }]);
    const saved = await platform.request('mutation($input: AddressInput!) { addAddress(input: $input) { address { id } } }', { input: { ...CA, city: 'Oakland' } }, { token: shopper.token });
    const byDefault = await platform.request(PLACE, { input: { idempotencyKey: key() } }, { token: shopper.token });
    expect(byDefault.data.placeOrder.order.shippingAddress.city).toBe('Oakland');
    await platform.request(ADD, { v: product.variantId, q: 1 }, { token: shopper.token });
    const byId = await platform.request(PLACE, { input: { idempotencyKey: key(), shippingAddressId: saved.data.addAddress.address.id } }, { token: shopper.token });
    expect(byId.data.placeOrder.order?.shippingAddress.city ?? byId.data.placeOrder.userErrors).toBe('Oakland');
  });

  test('anonymous shoppers cannot place orders', async () => {
    const res = await platform.request(PLACE, { input: { idempotencyKey: key(), shippingAddress: CA } });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('idempotency', () => {
  test('the same key and request return the same order, even concurrently', async () => {
    const product = await createTestProduct(platform, admin, { price: 1500, weightGrams: 200, stock: 20 });
    const shopper = await shopperWithCart([{ variantId: product.variantId, quantity: 2 }]);
    const input = { idempotencyKey: key(), shippingAddress: CA };
    const results = await Promise.all(Array.from({ length: 10 }, () => platform.request(PLACE, { input }, { token: shopper.token })));
    const ids = new Set(results.map((r) => r.data.placeOrder.order?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeTruthy();
    const again = await platform.request(PLACE, { input }, { token: shopper.token });
    expect(again.data.placeOrder.order.id).toBe([...ids][0]);
    expect(await available(product.productId)).toBe(18); // reserved once
    const list = await platform.request('{ orders { totalCount } }', {}, { token: shopper.token });
    expect(list.data.orders.totalCount).toBe(1);
  });

  test('one cart checked out at once under different keys (a double click, two tabs) makes one order; the others find it empty', async () => {
    const product = await createTestProduct(platform, admin, { price: 1500, weightGrams: 200, stock: 20 });
    const shopper = await shopperWithCart([{ variantId: product.variantId, quantity: 2 }]);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => platform.request(PLACE, { input: { idempotencyKey: key(), shippingAddress: CA } }, { token: shopper.token })),
    );
    const placed = results.filter((r) => r.data.placeOrder.order);
    expect(placed).toHaveLength(1);
    // Each other checkout waited for the first and found the cart empty (or, on a very slow machine, was told to retry).
    for (const r of results.filter((r) => !r.data.placeOrder.order)) {
      expect(['CART_EMPTY', 'CHECKOUT_IN_PROGRESS']).toContain(r.data.placeOrder.userErrors[0].code);
    }
    expect(await available(product.productId)).toBe(18); // reserved once
    const list = await platform.request('{ orders { totalCount } }', {}, { token: shopper.token });
    expect(list.data.orders.totalCount).toBe(1);
    const again = await platform.request(PLACE, { input: { idempotencyKey: key(), shippingAddress: CA } }, { token: shopper.token });
    expect(again.data.placeOrder.userErrors).toEqual([expect.objectContaining({ code: 'CART_EMPTY' })]);
  });

  test('the same key with another request is IDEMPOTENCY_KEY_REUSED', async () => {
    const product = await createTestProduct(platform, admin, { price: 1500, weightGrams: 200, stock: 20 });
    const shopper = await shopperWithCart([{ variantId: product.variantId, quantity: 1 }]);
    const idempotencyKey = key();
    await platform.request(PLACE, { input: { idempotencyKey, shippingAddress: CA } }, { token: shopper.token });
    const reused = await platform.request(PLACE, { input: { idempotencyKey, shippingAddress: { ...CA, city: 'Elsewhere' } } }, { token: shopper.token });
    expect(reused.data.placeOrder.userErrors).toEqual([expect.objectContaining({ code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'] })]);
  });

  test('a retry completes an order whose first request died holding its key (the claim lapses within seconds)', async () => {
    const product = await createTestProduct(platform, admin, { price: 1500, weightGrams: 200, stock: 20 });
    const shopper = await shopperWithCart([{ variantId: product.variantId, quantity: 1 }]);
    const input = { idempotencyKey: key(), shippingAddress: CA };
    // What an orders process killed during placeOrder leaves: the key claimed, no result, nobody renewing the claim.
    await databaseOf(platform, 'orders').execute(
      sql`INSERT INTO idempotency_keys (scope, key, fingerprint, claim_token) VALUES (${`placeOrder:${shopper.userId}`}, ${input.idempotencyKey}, ${placeOrderFingerprint(input)}, 'crashed')`,
    );
    const retried = await platform.request(PLACE, { input }, { token: shopper.token });
    expect(retried.data.placeOrder.userErrors).toEqual([]);
    expect(retried.data.placeOrder.order.status).toBe('PENDING');
    const again = await platform.request(PLACE, { input }, { token: shopper.token });
    expect(again.data.placeOrder.order.id).toBe(retried.data.placeOrder.order.id);
  });
});

test('20 shoppers racing for 5 units: exactly 5 orders, the rest OUT_OF_STOCK, stock never negative', async () => {
  const product = await createTestProduct(platform, admin, { price: 999, weightGrams: 100, stock: 5 });
  const shoppers = [];
  for (let i = 0; i < 20; i++) shoppers.push(await shopperWithCart([{ variantId: product.variantId, quantity: 1 }]));
  const results = await Promise.all(shoppers.map((s) => platform.request(PLACE, { input: { idempotencyKey: key(), shippingAddress: CA } }, { token: s.token })));
  const placed = results.filter((r) => r.data?.placeOrder?.order);
  const refused = results.filter((r) => r.data?.placeOrder?.userErrors?.[0]?.code === 'OUT_OF_STOCK');
  const other = results.filter((r) => !r.data?.placeOrder?.order && r.data?.placeOrder?.userErrors?.[0]?.code !== 'OUT_OF_STOCK');
  expect(other.map((r) => r.errors ?? r.data.placeOrder.userErrors)).toEqual([]);
  expect(placed.length).toBe(5);
  expect(refused.length).toBe(15);
  expect(refused[0]!.data.placeOrder.userErrors[0].field).toEqual(expect.arrayContaining([expect.any(String)]));
  expect(await available(product.productId)).toBe(0);
});

describe('lifecycle', () => {
  async function placed(stock = 10, quantity = 2) {
    const product = await createTestProduct(platform, admin, { price: 1000, weightGrams: 100, stock });
    const shopper = await shopperWithCart([{ variantId: product.variantId, quantity }]);
    const res = await platform.request(PLACE, { input: { idempotencyKey: key(), shippingAddress: CA } }, { token: shopper.token });
    return { product, shopper, order: res.data.placeOrder.order as { id: string; number: string } };
  }

  test('a shopper cancels a PENDING order; its stock is released', async () => {
    const { product, shopper, order } = await placed(10, 2);
    expect(await available(product.productId)).toBe(8);
    const tooLong = await platform.request(CANCEL, { id: order.id, reason: 'x'.repeat(1001) }, { token: shopper.token });
    expect(tooLong.data.cancelOrder).toEqual({ order: null, userErrors: [{ code: 'INVALID_INPUT', field: ['reason'] }] });
    const res = await platform.request(CANCEL, { id: order.id, reason: 'Changed my mind' }, { token: shopper.token });
    expect(res.data.cancelOrder.order).toMatchObject({ status: 'CANCELLED', statusHistory: [{ status: 'PENDING' }, { status: 'CANCELLED', note: 'Changed my mind' }] });
    expect(await available(product.productId)).toBe(10); // released before cancelOrder answers
    const again = await platform.request(CANCEL, { id: order.id }, { token: shopper.token });
    expect(again.data.cancelOrder.userErrors).toEqual([{ code: 'INVALID_TRANSITION', field: ['id'] }]);
  });

  test("another shopper's order is invisible and cannot be cancelled", async () => {
    const { order } = await placed();
    const other = await registerShopper(platform);
    expect((await platform.request(`query($id: ID!) { order(id: $id) { id } }`, { id: order.id }, { token: other.token })).data.order).toBeNull();
    const anonymous = await platform.request(`query($id: ID!) { order(id: $id) { id } }`, { id: order.id });
    expect(anonymous).toMatchObject({ data: { order: null } });
    expect(anonymous.errors).toBeUndefined();
    expect((await platform.request(CANCEL, { id: order.id }, { token: other.token })).data.cancelOrder.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['id'] }]);
    expect((await platform.request('{ orders { totalCount } }', {}, { token: other.token })).data.orders.totalCount).toBe(0);
    expect((await platform.request(CANCEL, { id: 'nonsense' }, { token: other.token })).data.cancelOrder.userErrors[0].code).toBe('NOT_FOUND');
  });

  test('admins drive the state machine; invalid transitions are refused; customers are FORBIDDEN', async () => {
    const { shopper, order } = await placed();
    expect((await platform.request(UPDATE_STATUS, { id: order.id, s: 'SHIPPED' }, { token: shopper.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await platform.request(UPDATE_STATUS, { id: order.id, s: 'SHIPPED' }, { token: admin })).data.updateOrderStatus.userErrors).toEqual([{ code: 'INVALID_TRANSITION' }]);
    // Only a payment confirms an order: an admin cannot mark an unpaid order paid.
    expect((await platform.request(UPDATE_STATUS, { id: order.id, s: 'CONFIRMED' }, { token: admin })).data.updateOrderStatus.userErrors).toEqual([{ code: 'INVALID_TRANSITION' }]);
    const services = platform.subgraphs.orders!.services as { orders: { recordPayment(o: string, p: string): Promise<boolean> } };
    await services.orders.recordPayment(order.id, '00000000-0000-4000-8000-00000000beef');
    for (const status of ['PROCESSING', 'SHIPPED', 'DELIVERED']) {
      const res = await platform.request(UPDATE_STATUS, { id: order.id, s: status }, { token: admin });
      expect(res.data.updateOrderStatus.order.status).toBe(status);
    }
    expect((await platform.request(UPDATE_STATUS, { id: order.id, s: 'CANCELLED' }, { token: admin })).data.updateOrderStatus.userErrors).toEqual([{ code: 'INVALID_TRANSITION' }]);
    // A shopper may not cancel a delivered order either.
    expect((await platform.request(CANCEL, { id: order.id }, { token: shopper.token })).data.cancelOrder.userErrors[0].code).toBe('INVALID_TRANSITION');
  });

  test('lost stock cancels only where the state machine allows: a SHIPPED order stays SHIPPED', async () => {
    const { product, shopper, order } = await placed(10, 2);
    const services = platform.subgraphs.orders!.services as { orders: { recordPayment(o: string, p: string): Promise<boolean>; stockLost(o: string): Promise<void> } };
    await services.orders.recordPayment(order.id, '00000000-0000-4000-8000-00000000cafe');
    for (const status of ['PROCESSING', 'SHIPPED']) {
      expect((await platform.request(UPDATE_STATUS, { id: order.id, s: status }, { token: admin })).data.updateOrderStatus.order.status).toBe(status);
    }
    const stockBefore = await available(product.productId);
    await services.orders.stockLost(order.id);
    const after = (await platform.request('query($id: ID!) { order(id: $id) { status statusHistory { status } } }', { id: order.id }, { token: shopper.token })).data.order;
    expect(after).toEqual({ status: 'SHIPPED', statusHistory: [{ status: 'PENDING' }, { status: 'CONFIRMED' }, { status: 'PROCESSING' }, { status: 'SHIPPED' }] });
    expect(await available(product.productId)).toBe(stockBefore); // nothing released for goods already shipped
  });

  test('orders are listed newest first with keyset pagination; admins see everyone’s', async () => {
    const product = await createTestProduct(platform, admin, { price: 100, weightGrams: 10, stock: 50 });
    const shopper = await registerShopper(platform);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      await platform.request(ADD, { v: product.variantId, q: 1 }, { token: shopper.token });
      const res = await platform.request(PLACE, { input: { idempotencyKey: key(), shippingAddress: CA } }, { token: shopper.token });
      ids.unshift(res.data.placeOrder.order.id);
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await platform.request('query($after: String) { me { orders(first: 2, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }', { after }, { token: shopper.token });
      const connection = page.data.me.orders;
      expect(connection.totalCount).toBe(5);
      seen.push(...connection.edges.map((e: any) => e.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids);

    // Orders stamped within one millisecond (a burst, or to the microsecond alike): paged one at a time, none is skipped.
    await databaseOf(platform, 'orders').execute(sql`UPDATE orders SET placed_at = '2026-01-01T10:00:00.123456Z' WHERE customer_id = ${shopper.userId}`);
    const single: string[] = [];
    for (let after: string | null = null, i = 0; i < 10; i++) {
      const page: any = await platform.request('query($after: String) { me { orders(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }', { after }, { token: shopper.token });
      single.push(...page.data.me.orders.edges.map((e: any) => e.node.id));
      if (!page.data.me.orders.pageInfo.hasNextPage) break;
      after = page.data.me.orders.pageInfo.endCursor;
    }
    expect(single).toEqual([...ids].sort().reverse()); // same instant: newest first is then by id, descending

    const all = await platform.request('{ orders(first: 100) { totalCount } }', {}, { token: admin });
    expect(all.data.orders.totalCount).toBeGreaterThan(5);
    const bad = await platform.request('{ orders(after: "garbage") { totalCount } }', {}, { token: shopper.token });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Forged cursors with dates JavaScript reads but PostgreSQL cannot hold: the client's mistake, not a server error,
    // in the batched User.orders too.
    for (const at of ['-001000-01-01T00:00:00.000Z', '+275760-09-13T00:00:00.000Z', '2026-02-30T00:00:00.000Z']) {
      const forged = Buffer.from(JSON.stringify([at, '00000000-0000-4000-8000-000000000000'])).toString('base64url');
      const listed = await platform.request('query($c: String) { orders(after: $c) { totalCount } }', { c: forged }, { token: shopper.token });
      expect(listed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const own = await platform.request('query($c: String) { me { id orders(after: $c) { totalCount } } }', { c: forged }, { token: shopper.token });
      expect(own.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
    const tooMany = await platform.request('{ orders(first: 101) { totalCount } }', {}, { token: shopper.token });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

test("an admin's order list with each customer's own orders: the same few statements for 2 customers as for 6", async () => {
  const product = await createTestProduct(platform, admin, { price: 100, weightGrams: 10, stock: 50 });
  const newest = new Map<string, string>(); // each shopper's newest order
  for (let i = 0; i < 6; i++) {
    const shopper = await registerShopper(platform);
    for (let j = 0; j < 2; j++) {
      await platform.request(ADD, { v: product.variantId, q: 1 }, { token: shopper.token });
      const placed = await platform.request(PLACE, { input: { idempotencyKey: key(), shippingAddress: CA } }, { token: shopper.token });
      newest.set(shopper.userId, placed.data.placeOrder.order.id);
    }
  }
  const LIST = `query($first: Int!) { orders(first: $first) { edges { node { id customer { id orders(first: 1) { totalCount edges { node { id } } } } } } } }`;
  // The relay and other jobs also run statements: the fewest seen over a few tries is the request's own.
  const statementsFor = async (first: number) => {
    let fewest = Infinity;
    for (let i = 0; i < 5; i++) {
      const before = await statementCount(platform, 'orders');
      const res = await platform.request(LIST, { first }, { token: admin });
      expect(res.errors).toBeUndefined();
      const customers = res.data.orders.edges.map((e: any) => e.node.customer);
      expect(customers.every((c: any) => c.orders.totalCount >= 1 && c.orders.edges.length === 1)).toBe(true);
      fewest = Math.min(fewest, (await statementCount(platform, 'orders')) - before);
    }
    return fewest;
  };
  // The newest 4 orders are 2 customers' (2 each), the newest 12 are 6 customers'.
  expect(await statementsFor(12)).toBe(await statementsFor(4));
  // And each customer's history is theirs: the newest of their two.
  const res = await platform.request(LIST, { first: 12 }, { token: admin });
  expect(res.data.orders.edges).toHaveLength(12);
  for (const { node } of res.data.orders.edges) {
    expect(newest.has(node.customer.id)).toBe(true);
    expect(node.customer.orders).toEqual({ totalCount: 2, edges: [{ node: { id: newest.get(node.customer.id) } }] });
  }
});

test('orders and users agree on which addresses are valid, and on the field at fault', async () => {
  const shopper = await registerShopper(platform); // an empty cart: a valid address gets as far as CART_EMPTY
  const cases: Array<Record<string, unknown>> = [
    {},
    { postalCode: '9'.repeat(21) },
    { postalCode: '9'.repeat(20) },
    { recipientName: '  ' },
    { line1: 'x'.repeat(201) },
    { line2: 'x'.repeat(201) },
    { country: 'XX' },
    { country: 'usa' },
    { country: 'fr', region: 'IDF' },
    { region: 'Narnia' },
    { recipientName: 'A\u0001B', city: '\u202eevil' },
    { line1: 'line\nbreak' },
    { region: 'new york' },
    { phone: '555-1234' },
    { phone: '+14155550123' },
  ];
  for (const overrides of cases) {
    const input = { ...CA, ...overrides };
    const saved = (await platform.request('mutation($input: AddressInput!) { addAddress(input: $input) { address { id } userErrors { code field } } }', { input }, { token: shopper.token })).data.addAddress;
    const placed = (await platform.request(PLACE, { input: { idempotencyKey: key(), shippingAddress: input } }, { token: shopper.token })).data.placeOrder;
    const usersFields = saved.userErrors.map((e: { field: string[] }) => e.field.at(-1));
    const ordersFields = placed.userErrors.filter((e: { code: string }) => e.code === 'INVALID_ADDRESS').map((e: { field: string[] }) => e.field.at(-1));
    expect({ overrides, fields: ordersFields }).toEqual({ overrides, fields: usersFields });
    expect(saved.userErrors.every((e: { code: string }) => e.code === 'INVALID_INPUT')).toBe(true);
    if (!usersFields.length) expect(placed.userErrors).toEqual([expect.objectContaining({ code: 'CART_EMPTY' })]);
  }
});

test('an order left unpaid is cancelled and its stock released', async () => {
  const expiring = await startPlatform({ env: { ORDER_PAYMENT_TIMEOUT_MINUTES: '0.01', ORDER_EXPIRY_INTERVAL_MS: '100' } });
  try {
    const token = await adminToken(expiring);
    const product = await createTestProduct(expiring, token, { price: 1000, weightGrams: 100, stock: 3 });
    const shopper = await registerShopper(expiring);
    await expiring.request(ADD, { v: product.variantId, q: 3 }, { token: shopper.token });
    const res = await expiring.request(PLACE, { input: { idempotencyKey: key(), shippingAddress: CA } }, { token: shopper.token });
    const id = res.data.placeOrder.order.id;
    const cancelled = await eventually(async () => {
      const order = (await expiring.request('query($id: ID!) { order(id: $id) { status statusHistory { status note } } }', { id }, { token: shopper.token })).data.order;
      return order.status === 'CANCELLED' ? order : null;
    });
    expect(cancelled.statusHistory[1].note).toMatch(/Not paid/);
    await eventually(async () => (await expiring.request(VARIANT, { id: product.productId })).data.product.variants[0].quantityAvailable === 3);
  } finally {
    await expiring.stop();
  }
});

test('internal operations are not in the public API, and refuse the router', async () => {
  const res = await platform.request('mutation { recordOrderPayment(orderId: "x", paymentId: "y") }');
  expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  const query = await platform.request('{ orderForPayment(id: "x") { id } }');
  expect(query.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
});

