import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { STRONG_PASSWORD, adminToken, createTestProduct, eventually, registerShopper, remains, startPlatform, FAST_OUTBOX, type Platform } from '@zero/testing';

/**
 * Checkout end to end, through the router, across cart, catalog, orders and payments: a guest cart becomes a paid,
 * confirmed order; payments are charged once; effects that cross subgraphs survive an outage.
 */

const CA = { recipientName: 'Ada Lovelace', line1: '1 Market St', city: 'San Francisco', region: 'CA', postalCode: '94105', country: 'US' };
const CARD = '4242424242424242';
const ORDER = `query($id: ID!) { order(id: $id) { id status total { amount } statusHistory { status }
  payments { id status amount { amount } refunded { amount } method { brand last4 } } } }`;
const STOCK = 'query($id: ID!) { product(id: $id) { variants { quantityAvailable quantityOnHand } } }';
const PAY = 'mutation($input: PayOrderInput!) { payOrder(input: $input) { payment { id status amount { amount } failureCode } userErrors { code message } } }';
const ADD_CARD = 'mutation($input: CardInput!) { addPaymentMethod(input: $input) { paymentMethod { id brand last4 } userErrors { code } } }';
const PLACE = 'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id status total { amount } } userErrors { code field } } }';

let platform: Platform;
let admin: string;
// Orders and catalog keep their data across the outages below: on a real database when TEST_DATABASE_URL is set,
// else in a folder.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zero-checkout-'));
// Every service logs everything (debug level) to one file, which the last test searches for secrets.
const logFile = path.join(dataDir, 'platform.log');
beforeAll(async () => {
  platform = await startPlatform({
    env: {
      LOG_LEVEL: 'debug',
      LOG_FILE: logFile,
      ...FAST_OUTBOX,
      ...(process.env.TEST_DATABASE_URL ? {} : { ORDERS_DATABASE_URL: `pglite://${dataDir}/orders`, CATALOG_DATABASE_URL: `pglite://${dataDir}/catalog` }),
    },
  });
  admin = await adminToken(platform);
});
afterAll(async () => {
  await platform?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

let serial = 0;
const key = (prefix: string) => `${prefix}-${Date.now()}-${++serial}`;

async function checkoutReady(stock = 10, quantity = 2, price = 2500) {
  const product = await createTestProduct(platform, admin, { price, weightGrams: 300, stock });
  const shopper = await registerShopper(platform);
  await platform.request('mutation($v: ID!, $q: Int!) { addToCart(variantId: $v, quantity: $q) { userErrors { code } } }', { v: product.variantId, q: quantity }, { token: shopper.token });
  const placed = await platform.request(PLACE, { input: { idempotencyKey: key('order'), shippingAddress: CA } }, { token: shopper.token });
  const card = await platform.request(ADD_CARD, { input: { number: CARD, expMonth: 12, expYear: 2099, cvc: '123', holderName: 'Ada Lovelace' } }, { token: shopper.token });
  return { product, shopper, order: placed.data.placeOrder.order, methodId: card.data.addPaymentMethod.paymentMethod.id as string };
}

test('from an empty guest cart to a paid, confirmed order, entirely through the router', async () => {
  const product = await createTestProduct(platform, admin, { price: 2999, weightGrams: 302, stock: 10 });
  const guest = await platform.request('mutation { createCart { cart { id } } }');
  const cartId = guest.data.createCart.cart.id;
  const added = await platform.request('mutation($c: ID, $v: ID!) { addToCart(cartId: $c, variantId: $v, quantity: 3) { cart { totalQuantity subtotal { amount } } userErrors { code } } }', { c: cartId, v: product.variantId });
  expect(added.data.addToCart.cart).toEqual({ totalQuantity: 3, subtotal: { amount: 8997 } });

  const shopper = await registerShopper(platform);
  const merged = await platform.request('mutation($g: ID!) { mergeCart(guestCartId: $g) { cart { totalQuantity } userErrors { code } } }', { g: cartId }, { token: shopper.token });
  expect(merged.data.mergeCart.cart.totalQuantity).toBe(3);

  const placed = await platform.request(PLACE, { input: { idempotencyKey: key('order'), shippingAddress: CA } }, { token: shopper.token });
  const order = placed.data.placeOrder.order;
  expect(order).toMatchObject({ status: 'PENDING', total: { amount: 10661 } });

  const card = await platform.request(ADD_CARD, { input: { number: CARD, expMonth: 12, expYear: 2099, cvc: '123', holderName: 'Ada Lovelace' } }, { token: shopper.token });
  const paid = await platform.request(PAY, { input: { orderId: order.id, paymentMethodId: card.data.addPaymentMethod.paymentMethod.id, idempotencyKey: key('pay') } }, { token: shopper.token });
  expect(paid.data.payOrder.payment).toMatchObject({ status: 'SUCCEEDED', amount: { amount: 10661 } });

  // Effects across subgraphs are delivered before payOrder answers: the order is already CONFIRMED.
  const confirmed = (await platform.request(ORDER, { id: order.id }, { token: shopper.token })).data.order;
  expect(confirmed.status).toBe('CONFIRMED');
  expect(confirmed.statusHistory.map((s: { status: string }) => s.status)).toEqual(['PENDING', 'CONFIRMED']);
  expect(confirmed.payments).toEqual([expect.objectContaining({ status: 'SUCCEEDED', amount: { amount: 10661 }, method: { brand: 'visa', last4: '4242' } })]);
  // The sale is committed in the catalog: 3 fewer on hand, and the cart is empty.
  expect((await platform.request(STOCK, { id: product.productId }, { token: admin })).data.product.variants[0].quantityOnHand).toBe(7);
  expect((await platform.request('{ cart { totalQuantity } }', {}, { token: shopper.token })).data.cart?.totalQuantity ?? 0).toBe(0);
  // Paying again is refused.
  const again = await platform.request(PAY, { input: { orderId: order.id, paymentMethodId: card.data.addPaymentMethod.paymentMethod.id, idempotencyKey: key('pay') } }, { token: shopper.token });
  expect(again.data.payOrder.userErrors[0].code).toBe('ORDER_NOT_PAYABLE');
});

test('10 concurrent payOrder with one key make one charge', async () => {
  const { shopper, order, methodId } = await checkoutReady();
  const input = { orderId: order.id, paymentMethodId: methodId, idempotencyKey: key('pay') };
  const results = await Promise.all(Array.from({ length: 10 }, () => platform.request(PAY, { input }, { token: shopper.token })));
  const ids = new Set(results.map((r) => r.data.payOrder.payment?.id));
  expect(ids.size).toBe(1);
  const final = await eventually(async () => {
    const res = await platform.request(ORDER, { id: order.id }, { token: shopper.token });
    return res.data.order.status === 'CONFIRMED' ? res.data.order : null;
  });
  expect(final.payments.filter((p: { status: string }) => p.status === 'SUCCEEDED')).toHaveLength(1);
});

test('cancelling a paid order returns the stock and refunds the payment', async () => {
  const { product, shopper, order, methodId } = await checkoutReady(10, 2);
  await platform.request(PAY, { input: { orderId: order.id, paymentMethodId: methodId, idempotencyKey: key('pay') } }, { token: shopper.token });
  await eventually(async () => (await platform.request(ORDER, { id: order.id }, { token: shopper.token })).data.order.status === 'CONFIRMED');
  await eventually(async () => (await platform.request(STOCK, { id: product.productId }, { token: admin })).data.product.variants[0].quantityOnHand === 8);

  const cancelled = await platform.request('mutation($id: ID!) { cancelOrder(id: $id, reason: "Too late") { order { status } userErrors { code } } }', { id: order.id }, { token: shopper.token });
  // CANCELLED, or already REFUNDED when the refund came back before the answer.
  expect(['CANCELLED', 'REFUNDED']).toContain(cancelled.data.cancelOrder.order.status);
  const refunded = await eventually(async () => {
    const res = await platform.request(ORDER, { id: order.id }, { token: shopper.token });
    return res.data.order.status === 'REFUNDED' ? res.data.order : null;
  });
  expect(refunded.payments[0]).toMatchObject({ status: 'REFUNDED', refunded: { amount: order.total.amount } });
  await eventually(async () => {
    const v = (await platform.request(STOCK, { id: product.productId }, { token: admin })).data.product.variants[0];
    return v.quantityOnHand === 10 && v.quantityAvailable === 10;
  });
});

test('cancelling a paid order answers with the state its own history ends in', async () => {
  const { shopper, order, methodId } = await checkoutReady(10, 1);
  await platform.request(PAY, { input: { orderId: order.id, paymentMethodId: methodId, idempotencyKey: key('pay') } }, { token: shopper.token });
  await eventually(async () => (await platform.request(ORDER, { id: order.id }, { token: shopper.token })).data.order.status === 'CONFIRMED');
  const res = await platform.request('mutation($id: ID!) { cancelOrder(id: $id) { order { status statusHistory { status } } userErrors { code } } }', { id: order.id }, { token: shopper.token });
  expect(res.data.cancelOrder.userErrors).toEqual([]);
  const answered = res.data.cancelOrder.order;
  expect(answered.status).toBe(answered.statusHistory.at(-1).status);
  // The refund is delivered before cancelOrder answers (unless payments is slow): the money is usually back already.
  expect(answered.statusHistory.map((s: { status: string }) => s.status).slice(0, 3)).toEqual(['PENDING', 'CONFIRMED', 'CANCELLED']);
});

test('orders and payments accept the same idempotency keys: 255 characters, not 256', async () => {
  const { shopper, methodId } = await checkoutReady(10, 1);
  const longest = 'k'.repeat(255);
  const tooLong = 'k'.repeat(256);
  const place = (idempotencyKey: string) => platform.request(PLACE, { input: { idempotencyKey, shippingAddress: CA } }, { token: shopper.token });
  const pay = (orderId: string, idempotencyKey: string) => platform.request(PAY, { input: { orderId, paymentMethodId: methodId, idempotencyKey } }, { token: shopper.token });

  await platform.request('mutation($v: ID!) { addToCart(variantId: $v, quantity: 1) { userErrors { code } } }', { v: (await createTestProduct(platform, admin, { price: 100, weightGrams: 10, stock: 5 })).variantId }, { token: shopper.token });
  expect((await place(tooLong)).data.placeOrder.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'idempotencyKey'] }]);
  const placed = (await place(longest)).data.placeOrder;
  expect(placed.userErrors).toEqual([]);

  expect((await pay(placed.order.id, tooLong)).data.payOrder.userErrors).toEqual([{ code: 'INVALID_INPUT', message: expect.any(String) }]);
  expect((await pay(placed.order.id, longest)).data.payOrder).toMatchObject({ payment: { status: 'SUCCEEDED' }, userErrors: [] });
});

test('a shopper cannot pay, see or cancel another shopper’s order', async () => {
  const { order } = await checkoutReady();
  const other = await registerShopper(platform);
  const card = await platform.request(ADD_CARD, { input: { number: CARD, expMonth: 12, expYear: 2099, cvc: '123', holderName: 'Eve' } }, { token: other.token });
  const pay = await platform.request(PAY, { input: { orderId: order.id, paymentMethodId: card.data.addPaymentMethod.paymentMethod.id, idempotencyKey: key('pay') } }, { token: other.token });
  expect(pay.data.payOrder.userErrors[0].code).toBe('NOT_FOUND');
  expect((await platform.request(ORDER, { id: order.id }, { token: other.token })).data.order).toBeNull();
});

test('orders down while payments confirms: after it returns, the confirmation arrives exactly once', async () => {
  const { product, shopper, order, methodId } = await checkoutReady(10, 1);
  // Orders goes down at the worst moment: after payments read the order and the provider charged the card, before
  // payments tells orders. The confirmation then waits in payments' outbox.
  const provider = (platform.subgraphs.payments!.services as { provider: { charge: (...args: unknown[]) => Promise<unknown> } }).provider;
  const realCharge = provider.charge.bind(provider);
  provider.charge = async (...args) => {
    const result = await realCharge(...args);
    await platform.stopSubgraph('orders');
    return result;
  };
  let paid;
  try {
    paid = await platform.request(PAY, { input: { orderId: order.id, paymentMethodId: methodId, idempotencyKey: key('pay') } }, { token: shopper.token });
  } finally {
    provider.charge = realCharge;
  }
  try {
    expect(paid.data.payOrder.payment.status).toBe('SUCCEEDED');
    const outbox = (platform.subgraphs.payments!.deps as { db: { execute(q: string): Promise<{ rows: { attempts: number; delivered_at: unknown }[] }> } }).db;
    // The confirmation, not the shopper's receipt written beside it (delivered to notifications, which is up): the
    // relay has tried it, and failed, while orders is down.
    const pending = await eventually(async () => {
      const row = (await outbox.execute(`SELECT attempts, delivered_at FROM outbox WHERE topic = 'order.paid' AND payload->>'orderId' = '${order.id}'`)).rows[0];
      return row && row.attempts > 0 ? row : null;
    });
    expect(pending).toMatchObject({ delivered_at: null });
  } finally {
    if (!platform.subgraphs.orders) await platform.startSubgraph('orders');
  }
  await eventually(async () => (await platform.request(ORDER, { id: order.id }, { token: shopper.token })).data?.order?.status === 'CONFIRMED');
  // Delivered once: no duplicate delivery shows up afterwards.
  await remains(async () => {
    const after = (await platform.request(ORDER, { id: order.id }, { token: shopper.token })).data.order;
    return (
      JSON.stringify(after.statusHistory.map((s: { status: string }) => s.status)) === JSON.stringify(['PENDING', 'CONFIRMED']) &&
      after.payments.filter((p: { status: string }) => p.status === 'SUCCEEDED').length === 1
    );
  }, 500);
  // The stock commit that confirmation triggers happens once too.
  await eventually(async () => (await platform.request(STOCK, { id: product.productId }, { token: admin })).data.product.variants[0].quantityOnHand === 9);
  await remains(async () => (await platform.request(STOCK, { id: product.productId }, { token: admin })).data.product.variants[0].quantityOnHand === 9);
});

test('catalog down while orders commits the sale: the commit arrives once it is back', async () => {
  const { product, shopper, order, methodId } = await checkoutReady(10, 2);
  await platform.stopSubgraph('catalog');
  // Payment needs only orders and payments; the stock commit waits in orders' outbox.
  const paid = await platform.request(PAY, { input: { orderId: order.id, paymentMethodId: methodId, idempotencyKey: key('pay') } }, { token: shopper.token });
  expect(paid.data.payOrder.payment.status).toBe('SUCCEEDED');
  try {
    await eventually(async () => (await platform.request('query($id: ID!) { order(id: $id) { status } }', { id: order.id }, { token: shopper.token })).data?.order?.status === 'CONFIRMED');
  } finally {
    await platform.startSubgraph('catalog');
  }
  await eventually(async () => (await platform.request(STOCK, { id: product.productId }, { token: admin })).data?.product?.variants[0].quantityOnHand === 8);
  await remains(async () => (await platform.request(STOCK, { id: product.productId }, { token: admin })).data.product.variants[0].quantityOnHand === 8);
});

test('a payment that arrives after the reservation lapsed and the stock was sold: cancelled and refunded, never oversold', async () => {
  const { product, shopper, order, methodId } = await checkoutReady(1, 1);
  // Make the reservation lapse (as if orders had been down for a day), then sell the unit to someone else.
  const catalogDb = (platform.subgraphs.catalog!.deps as { db: { execute(q: string): Promise<unknown> } }).db;
  await catalogDb.execute(`UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE reference = '${order.id}'`);
  const rival = await registerShopper(platform);
  await platform.request('mutation($v: ID!) { addToCart(variantId: $v, quantity: 1) { userErrors { code } } }', { v: product.variantId }, { token: rival.token });
  const rivalOrder = await platform.request(PLACE, { input: { idempotencyKey: key('order'), shippingAddress: CA } }, { token: rival.token });
  expect(rivalOrder.data.placeOrder.order.status).toBe('PENDING');

  const paid = await platform.request(PAY, { input: { orderId: order.id, paymentMethodId: methodId, idempotencyKey: key('pay') } }, { token: shopper.token });
  expect(paid.data.payOrder.userErrors).toEqual([]); // charged — and, by the time we hear back, likely refunded already
  const refunded = await eventually(async () => {
    const res = await platform.request(ORDER, { id: order.id }, { token: shopper.token });
    return res.data.order.status === 'REFUNDED' ? res.data.order : null;
  });
  expect(refunded.statusHistory.map((s: { status: string }) => s.status)).toEqual(['PENDING', 'CONFIRMED', 'CANCELLED', 'REFUNDED']);
  expect(refunded.payments[0]).toMatchObject({ status: 'REFUNDED' });
  const variant = (await platform.request(STOCK, { id: product.productId }, { token: admin })).data.product.variants[0];
  expect(variant).toEqual({ quantityOnHand: 1, quantityAvailable: 0 }); // still held for the rival, never negative
});

test('stock counted below a live reservation before the payment arrives: cancelled and refunded, not confirmed without goods', async () => {
  const { product, shopper, order, methodId } = await checkoutReady(2, 2);
  // The admin's count finds one unit where two are held for this order.
  const counted = await platform.request('mutation($id: ID!) { setStock(variantId: $id, quantity: 1) { userErrors { code } } }', { id: product.variantId }, { token: admin });
  expect(counted.data.setStock.userErrors).toEqual([]);
  const paid = await platform.request(PAY, { input: { orderId: order.id, paymentMethodId: methodId, idempotencyKey: key('pay') } }, { token: shopper.token });
  expect(paid.data.payOrder.userErrors).toEqual([]);
  const refunded = await eventually(async () => {
    const res = await platform.request(ORDER, { id: order.id }, { token: shopper.token });
    return res.data.order.status === 'REFUNDED' ? res.data.order : null;
  });
  expect(refunded.statusHistory.map((s: { status: string }) => s.status)).toEqual(['PENDING', 'CONFIRMED', 'CANCELLED', 'REFUNDED']);
  // Nothing was sold: the unit counted is still on hand, and available again once the reservation was released.
  await eventually(async () => (await platform.request(STOCK, { id: product.productId }, { token: admin })).data.product.variants[0].quantityAvailable === 1);
  expect((await platform.request(STOCK, { id: product.productId }, { token: admin })).data.product.variants[0]).toEqual({ quantityOnHand: 1, quantityAvailable: 1 });
});

test('an unreachable payment provider leaves the payment PENDING; it is settled later, and never charged twice', async () => {
  const { shopper, order, methodId } = await checkoutReady();
  const services = platform.subgraphs.payments!.services as {
    provider: { charge: (...args: unknown[]) => Promise<unknown> };
    payments: { reconcilePending(olderThanMs?: number): Promise<number> };
  };
  const realCharge = services.provider.charge.bind(services.provider);
  let providerCalls = 0;
  services.provider.charge = async (...args) => {
    providerCalls++;
    if (providerCalls === 1) throw new Error('provider timed out');
    return realCharge(...args);
  };
  try {
    const input = { orderId: order.id, paymentMethodId: methodId, idempotencyKey: key('pay') };
    const first = await platform.request(PAY, { input }, { token: shopper.token });
    expect(first.data.payOrder.payment).toMatchObject({ status: 'PENDING' });
    // A retry with the key answers with the same payment; another key cannot start a second charge.
    const retry = await platform.request(PAY, { input }, { token: shopper.token });
    expect(retry.data.payOrder.payment.id).toBe(first.data.payOrder.payment.id);
    const other = await platform.request(PAY, { input: { ...input, idempotencyKey: key('pay') } }, { token: shopper.token });
    expect(other.data.payOrder.userErrors[0].code).toBe('ORDER_NOT_PAYABLE');
    expect(providerCalls).toBe(1);

    await services.payments.reconcilePending(0);
    const confirmed = await eventually(async () => {
      const res = await platform.request(ORDER, { id: order.id }, { token: shopper.token });
      return res.data.order.status === 'CONFIRMED' ? res.data.order : null;
    });
    expect(confirmed.payments).toEqual([expect.objectContaining({ id: first.data.payOrder.payment.id, status: 'SUCCEEDED' })]);
    await services.payments.reconcilePending(0); // nothing left to settle
    expect(providerCalls).toBe(2);
  } finally {
    services.provider.charge = realCharge;
  }
});

test('reconciliation settles several payments at once, and in a provider outage stops after its first failures', async () => {
  const ready = await Promise.all(Array.from({ length: 9 }, () => checkoutReady()));
  const services = platform.subgraphs.payments!.services as {
    provider: { charge: (...args: unknown[]) => Promise<unknown> };
    payments: { reconcilePending(olderThanMs?: number): Promise<number> };
  };
  const realCharge = services.provider.charge.bind(services.provider);
  let calls = 0;
  let inFlight = 0;
  let mostInFlight = 0;
  services.provider.charge = async () => {
    calls++;
    throw new Error('provider unreachable');
  };
  try {
    // Nine payments left PENDING by an outage.
    for (const { shopper, order, methodId } of ready) {
      const paid = await platform.request(PAY, { input: { orderId: order.id, paymentMethodId: methodId, idempotencyKey: key('pay') } }, { token: shopper.token });
      expect(paid.data.payOrder.payment.status).toBe('PENDING');
    }
    // Still out: the round stops taking payments once one has found it unreachable (at most one call per worker).
    calls = 0;
    const tried = await services.payments.reconcilePending(0);
    expect(calls).toBe(tried);
    expect(tried).toBeLessThan(9);

    // Back: the round settles them all, several at once (a call waits, up to 10 s, for a second one to start).
    let secondStarted: () => void = () => {};
    const second = new Promise<void>((resolve) => (secondStarted = resolve));
    services.provider.charge = async (...args) => {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      if (inFlight >= 2) secondStarted();
      try {
        await Promise.race([second, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        return await realCharge(...args);
      } finally {
        inFlight--;
      }
    };
    expect(await services.payments.reconcilePending(0)).toBeGreaterThanOrEqual(9);
    expect(mostInFlight).toBeGreaterThan(1);
    for (const { shopper, order } of ready) {
      await eventually(async () => {
        const res = await platform.request(ORDER, { id: order.id }, { token: shopper.token });
        return res.data.order.status === 'CONFIRMED' ? res.data.order : null;
      });
    }
  } finally {
    services.provider.charge = realCharge;
  }
});

test('a refund the provider refuses gives the amount back to the payment; the next attempt refunds once', async () => {
  const { shopper, order, methodId } = await checkoutReady();
  const paid = await platform.request(PAY, { input: { orderId: order.id, paymentMethodId: methodId, idempotencyKey: key('pay') } }, { token: shopper.token });
  const paymentId = paid.data.payOrder.payment.id;
  const provider = (platform.subgraphs.payments!.services as { provider: { refund: (...args: unknown[]) => Promise<unknown> } }).provider;
  const realRefund = provider.refund.bind(provider);
  provider.refund = async () => ({ ok: false, failureCode: 'charge_disputed' }); // a refusal (an exception is an unknown answer)
  const REFUND = 'mutation($id: ID!, $amount: Int) { refundPayment(paymentId: $id, amount: $amount) { payment { status refunded { amount } } userErrors { code } } }';
  try {
    const refused = await platform.request(REFUND, { id: paymentId, amount: 1000 }, { token: admin });
    expect(refused.data.refundPayment.userErrors).toEqual([{ code: 'PAYMENT_NOT_REFUNDABLE' }]);
    expect(refused.data.refundPayment.payment).toEqual({ status: 'SUCCEEDED', refunded: { amount: 0 } });
  } finally {
    provider.refund = realRefund;
  }
  const refunded = await platform.request(REFUND, { id: paymentId, amount: 1000 }, { token: admin });
  expect(refunded.data.refundPayment).toEqual({ payment: { status: 'PARTIALLY_REFUNDED', refunded: { amount: 1000 } }, userErrors: [] });
});

test('no card number or password anywhere in the databases or the logs after checkout', async () => {
  const numbers = [CARD, '4000000000000002', '4000000000009995', '4000000000000119'];
  const shopper = await registerShopper(platform);
  for (const number of numbers) {
    await platform.request(ADD_CARD, { input: { number, expMonth: 12, expYear: 2099, cvc: '987', holderName: 'Card Holder' } }, { token: shopper.token });
  }
  // Failures too: an expired card, a wrong Luhn digit, a malformed variable.
  await platform.request(ADD_CARD, { input: { number: CARD, expMonth: 1, expYear: 2001, cvc: '987', holderName: 'Card Holder' } }, { token: shopper.token });
  await platform.request(ADD_CARD, { input: { number: '4242424242424241', expMonth: 12, expYear: 2099, cvc: '987', holderName: 'Card Holder' } }, { token: shopper.token });
  await platform.request(ADD_CARD, { input: { number: CARD, expMonth: 12, expYear: 2099, holderName: 'Card Holder' } }, { token: shopper.token });

  const logs = fs.readFileSync(logFile, 'utf8');
  expect(logs.split('\n').length).toBeGreaterThan(200); // the services did log every request, at debug level
  for (const secret of [...numbers, '4242424242424241', STRONG_PASSWORD]) expect(logs.includes(secret)).toBe(false);
  for (const [name, service] of Object.entries(platform.subgraphs)) {
    const db = (service as { deps?: { db: { execute(q: string): Promise<{ rows: Record<string, unknown>[] }> } } }).deps!.db;
    const { rows: tableRows } = await db.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    for (const { table_name } of tableRows) {
      const { rows } = await db.execute(`SELECT * FROM "${String(table_name)}"`);
      const text = JSON.stringify(rows);
      for (const number of numbers) expect({ name, table: table_name, leaked: text.includes(number) }).toEqual({ name, table: table_name, leaked: false });
    }
  }
});

