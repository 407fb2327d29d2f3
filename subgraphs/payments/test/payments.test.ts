import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import {
  adminToken,
  asService,
  createTestProduct,
  eventually,
  FAST_OUTBOX,
  type GraphQLResponse,
  placeTestOrder,
  type Platform,
  registerShopper,
  remains,
  serviceOf,
  sqlRows,
  startPlatform,
  TEST_METRICS_TOKEN,
} from '@zero/testing';

// Payments against the real orders subgraph (and the cart and catalog it places orders with).
let platform: Platform;
let admin: string;
/** Every response body the tests saw, to search them for card numbers at the end. */
const seen: string[] = [];

beforeAll(async () => {
  // Orders keeps its data across the outage below.
  platform = await startPlatform({ durable: ['orders'], env: { ...FAST_OUTBOX } });
  admin = await adminToken(platform);
});
afterAll(() => platform?.stop());

async function request<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResponse<T>> {
  const res = await platform.request<T>(query, variables, { token });
  seen.push(JSON.stringify(res));
  return res;
}

const CARDS = {
  ok: '4242424242424242',
  declined: '4000000000000002',
  insufficient: '4000000000009995',
  error: '4000000000000119',
};
const ALL_NUMBERS = [...Object.values(CARDS), '378282246310005', '5555555555554444', '4242424242424241'];

const METHOD_FIELDS = 'id brand last4 expMonth expYear holderName';
const PAYMENT_FIELDS = `id status failureCode amount { amount currency } refunded { amount currency } createdAt order { id } method { ${METHOD_FIELDS} }`;
const ADD_METHOD = `mutation($input: CardInput!) { addPaymentMethod(input: $input) { paymentMethod { ${METHOD_FIELDS} } userErrors { code message field } } }`;
const REMOVE_METHOD = `mutation($id: ID!) { removePaymentMethod(id: $id) { paymentMethod { id } userErrors { code field } } }`;
const PAY = `mutation($input: PayOrderInput!) { payOrder(input: $input) { payment { ${PAYMENT_FIELDS} } userErrors { code message field } } }`;
const REFUND = `mutation($id: ID!, $amount: Int, $reason: String) { refundPayment(paymentId: $id, amount: $amount, reason: $reason) { payment { ${PAYMENT_FIELDS} } userErrors { code message field } } }`;
const PAYMENT = `query($id: ID!) { payment(id: $id) { ${PAYMENT_FIELDS} order { id payments { id status } } } }`;

const nextYear = new Date().getUTCFullYear() + 1;
const card = (number: string, overrides: Record<string, unknown> = {}) => ({ number, expMonth: 12, expYear: nextYear, cvc: '123', holderName: 'Ada Lovelace', ...overrides });

async function addCard(token: string, number = CARDS.ok, overrides: Record<string, unknown> = {}) {
  const res = await request(ADD_METHOD, { input: card(number, overrides) }, token);
  return res.data.addPaymentMethod;
}

async function shopperWithCard(number = CARDS.ok) {
  const shopper = await registerShopper(platform);
  const method = (await addCard(shopper.token, number)).paymentMethod;
  return { ...shopper, methodId: method.id as string };
}

/**
 * A PENDING order of the shopper, placed through the router: 3 × 29.99 shipped to California, 106.61 in all (the
 * total orders states; payments charges what orders says).
 */
async function orderOf(shopper: { token: string }): Promise<{ id: string; total: number }> {
  const product = await createTestProduct(platform, admin, { price: 2999, weightGrams: 302, stock: 10 });
  return placeTestOrder(platform, shopper, product.variantId, 3);
}

const ORDER = 'query($id: ID!) { order(id: $id) { status statusHistory { status } } }';
const orderStatus = async (token: string, id: string) => (await platform.request(ORDER, { id }, { token })).data?.order as { status: string; statusHistory: { status: string }[] } | null;

/** The events payments sent orders about an order, oldest first. */
const eventsFor = (orderId: string, topic: string) =>
  rows(sql`SELECT payload, delivered_at FROM outbox WHERE topic = ${topic} AND payload->>'orderId' = ${orderId} ORDER BY created_at`);

const pay = async (token: string, orderId: string, paymentMethodId: string, idempotencyKey = randomUUID()) =>
  (await request(PAY, { input: { orderId, paymentMethodId, idempotencyKey } }, token)).data.payOrder;

const rows = (query: ReturnType<typeof sql>) => sqlRows(platform, 'payments', query);

/**
 * Orders goes down right after the provider has charged the card — payments has read the order, orders is not told
 * yet. The returned function puts the provider back and starts orders again.
 */
function ordersDownAfterTheCharge(): () => Promise<void> {
  const provider = serviceOf<{ charge: (...args: unknown[]) => Promise<unknown> }>(platform, 'payments', 'provider');
  const realCharge = provider.charge.bind(provider);
  provider.charge = async (...args) => {
    const result = await realCharge(...args);
    await platform.stopSubgraph('orders');
    return result;
  };
  return async () => {
    provider.charge = realCharge;
    if (!platform.subgraphs.orders) await platform.startSubgraph('orders');
  };
}

/** A figure of payments' /metrics for an outbox topic (and outcome); undefined when it reports none. */
async function outboxMetric(name: string, topic: string, outcome?: string): Promise<number | undefined> {
  const text = await (await fetch(`${platform.subgraphs.payments!.url}/metrics`, { headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` } })).text();
  const labels = [`topic="${topic}"`, ...(outcome ? [`outcome="${outcome}"`] : [])];
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && labels.every((label) => l.includes(label)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

/** Calls the payments subgraph directly with an internal credential of the given issuer. */
async function direct(query: string, variables: Record<string, unknown>, issuer: string) {
  const res = await asService(platform, 'payments', query, variables, issuer);
  seen.push(JSON.stringify(res));
  return res;
}

describe('payment methods', () => {
  test('a valid card keeps only brand, last 4, expiry and holder', async () => {
    const { token } = await registerShopper(platform);
    const added = await addCard(token, '4242 4242 4242 4242', { holderName: '  Ada   Lovelace ' });
    expect(added.userErrors).toEqual([]);
    expect(added.paymentMethod).toMatchObject({ brand: 'visa', last4: '4242', expMonth: 12, expYear: nextYear, holderName: 'Ada Lovelace' });
    const amex = await addCard(token, '378282246310005', { cvc: '1234', expYear: (nextYear % 100) });
    expect(amex.paymentMethod).toMatchObject({ brand: 'amex', last4: '0005', expYear: nextYear });
    expect((await addCard(token, '5555555555554444')).paymentMethod.brand).toBe('mastercard');
    const list = await request(`{ me { paymentMethods { ${METHOD_FIELDS} } } }`, {}, token);
    expect(list.data.me.paymentMethods.map((m: { brand: string }) => m.brand)).toEqual(['mastercard', 'amex', 'visa']);
  });

  test('Luhn, expiry, CVC and holder are checked', async () => {
    const { token } = await registerShopper(platform);
    const luhn = await addCard(token, '4242424242424241');
    expect(luhn).toMatchObject({ paymentMethod: null, userErrors: [{ code: 'INVALID_CARD', field: ['input', 'number'] }] });
    expect(luhn.userErrors[0].message).not.toContain('4242');
    expect((await addCard(token, 'not a number')).userErrors[0].code).toBe('INVALID_CARD');
    const now = new Date();
    const lastMonth = now.getUTCMonth() === 0 ? { expMonth: 12, expYear: now.getUTCFullYear() - 1 } : { expMonth: now.getUTCMonth(), expYear: now.getUTCFullYear() };
    expect((await addCard(token, CARDS.ok, lastMonth)).userErrors).toEqual([{ code: 'CARD_EXPIRED', message: expect.any(String), field: ['input', 'expYear'] }]);
    const thisMonth = await addCard(token, CARDS.ok, { expMonth: now.getUTCMonth() + 1, expYear: now.getUTCFullYear() });
    expect(thisMonth.userErrors).toEqual([]);
    expect((await addCard(token, CARDS.ok, { expMonth: 13 })).userErrors[0]).toMatchObject({ code: 'INVALID_CARD', field: ['input', 'expMonth'] });
    expect((await addCard(token, CARDS.ok, { cvc: '12' })).userErrors[0]).toMatchObject({ code: 'INVALID_CARD', field: ['input', 'cvc'] });
    expect((await addCard(token, CARDS.ok, { holderName: ' ' })).userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'holderName'] });
    // No bidirectional override or terminal escape in a name that is shown back, exported and printed on receipts.
    for (const holderName of ['Evil\u202Egnp.exe', 'Ada\u0007', 'Ada\u001b[2J']) {
      expect((await addCard(token, CARDS.ok, { holderName })).userErrors).toEqual([{ code: 'INVALID_INPUT', message: expect.stringContaining('control characters'), field: ['input', 'holderName'] }]);
    }
  });

  test('a number no card network issues is INVALID_CARD, even when its checksum works out (sixteen zeros)', async () => {
    const { token } = await registerShopper(platform);
    for (const number of ['0000000000000000', '0000 0000 0000 0000', '000000000000']) {
      expect(await addCard(token, number)).toEqual({ paymentMethod: null, userErrors: [{ code: 'INVALID_CARD', message: expect.any(String), field: ['input', 'number'] }] });
    }
  });

  test('anonymous callers get UNAUTHENTICATED', async () => {
    const res = await request(ADD_METHOD, { input: card(CARDS.ok) });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(res)).not.toContain(CARDS.ok);
  });

  test('removing: only your own cards; another shopper gets NOT_FOUND', async () => {
    const alice = await shopperWithCard();
    const bob = await registerShopper(platform);
    const stolen = await request(REMOVE_METHOD, { id: alice.methodId }, bob.token);
    expect(stolen.data.removePaymentMethod).toEqual({ paymentMethod: null, userErrors: [{ code: 'NOT_FOUND', field: ['id'] }] });
    expect((await request(REMOVE_METHOD, { id: 'nope' }, bob.token)).data.removePaymentMethod.userErrors[0].code).toBe('NOT_FOUND');
    const removed = await request(REMOVE_METHOD, { id: alice.methodId }, alice.token);
    expect(removed.data.removePaymentMethod).toEqual({ paymentMethod: { id: alice.methodId }, userErrors: [] });
    expect((await request(REMOVE_METHOD, { id: alice.methodId }, alice.token)).data.removePaymentMethod.userErrors[0].code).toBe('NOT_FOUND');
    const list = await request('{ me { paymentMethods { id } } }', {}, alice.token);
    expect(list.data.me.paymentMethods).toEqual([]);
    // A removed card cannot pay.
    const order = await orderOf(alice);
    expect((await pay(alice.token, order.id, alice.methodId)).userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'paymentMethodId'] });
  });
});

describe('payOrder', () => {
  test("charges the order's total as orders states it and confirms the order exactly once", async () => {
    const shopper = await shopperWithCard();
    const order = await orderOf(shopper);
    expect(order.total).toBe(10661);
    const key = randomUUID();
    const paid = await pay(shopper.token, order.id, shopper.methodId, key);
    expect(paid.userErrors).toEqual([]);
    expect(paid.payment).toMatchObject({
      status: 'SUCCEEDED', failureCode: null, amount: { amount: 10661, currency: 'USD' }, refunded: { amount: 0, currency: 'USD' },
      order: { id: order.id }, method: { id: shopper.methodId, last4: '4242' },
    });
    // Confirmed before payOrder answered.
    expect((await orderStatus(shopper.token, order.id))?.status).toBe('CONFIRMED');

    // The same key again: the same payment, no new charge. Another key: the order is no longer payable.
    const again = await pay(shopper.token, order.id, shopper.methodId, key);
    expect(again).toEqual(paid);
    expect((await pay(shopper.token, order.id, shopper.methodId)).userErrors).toEqual([
      { code: 'ORDER_NOT_PAYABLE', message: expect.any(String), field: ['input', 'orderId'] },
    ]);
    await remains(async () => (await orderStatus(shopper.token, order.id))!.statusHistory.length === 2);
    expect((await orderStatus(shopper.token, order.id))!.statusHistory.map((s) => s.status)).toEqual(['PENDING', 'CONFIRMED']);
    expect(await eventsFor(order.id, 'order.paid')).toEqual([{ payload: { orderId: order.id, paymentId: paid.payment.id }, delivered_at: expect.anything() }]);

    const read = await request(PAYMENT, { id: paid.payment.id }, shopper.token);
    expect(read.data.payment.order).toEqual({ id: order.id, payments: [{ id: paid.payment.id, status: 'SUCCEEDED' }] });
  });

  // Named by behaviour, not by number: test names reach the logs.
  test.each([
    ['declined', CARDS.declined, 'card_declined'],
    ['insufficient funds', CARDS.insufficient, 'insufficient_funds'],
    ['processing error', CARDS.error, 'processing_error'],
  ])('the %s test card is declined; the order stays payable', async (_name, number, failureCode) => {
    const shopper = await shopperWithCard(number);
    const order = await orderOf(shopper);
    const key = randomUUID();
    const declined = await pay(shopper.token, order.id, shopper.methodId, key);
    expect(declined.userErrors).toEqual([{ code: 'PAYMENT_DECLINED', message: expect.any(String), field: ['input', 'paymentMethodId'] }]);
    expect(declined.payment).toMatchObject({ status: 'FAILED', failureCode });
    // Replaying the key answers the same decline; a good card with a new key pays.
    expect(await pay(shopper.token, order.id, shopper.methodId, key)).toEqual(declined);
    const good = (await addCard(shopper.token, CARDS.ok)).paymentMethod.id;
    const paid = await pay(shopper.token, order.id, good);
    expect(paid.payment.status).toBe('SUCCEEDED');
    const payments = (await request(PAYMENT, { id: paid.payment.id }, shopper.token)).data.payment.order.payments;
    expect(payments.map((p: { status: string }) => p.status)).toEqual(['FAILED', 'SUCCEEDED']);
  });

  test("another shopper's order or card, a missing order: NOT_FOUND; a non-PENDING order: ORDER_NOT_PAYABLE", async () => {
    const alice = await shopperWithCard();
    const bob = await shopperWithCard();
    const alicesOrder = await orderOf(alice);
    const notFound = await pay(bob.token, alicesOrder.id, bob.methodId);
    const missing = await pay(bob.token, randomUUID(), bob.methodId);
    expect(notFound).toEqual({ payment: null, userErrors: [{ code: 'NOT_FOUND', message: 'No such order', field: ['input', 'orderId'] }] });
    expect(missing).toEqual(notFound);
    const bobsOrder = await orderOf(bob);
    expect((await pay(bob.token, bobsOrder.id, alice.methodId)).userErrors).toEqual([
      { code: 'NOT_FOUND', message: expect.any(String), field: ['input', 'paymentMethodId'] },
    ]);
    const cancelled = await orderOf(bob);
    await platform.request('mutation($id: ID!) { cancelOrder(id: $id) { userErrors { code } } }', { id: cancelled.id }, { token: bob.token });
    expect((await pay(bob.token, cancelled.id, bob.methodId)).userErrors[0].code).toBe('ORDER_NOT_PAYABLE');

    // Alice's payment is invisible to Bob, by id and through the order.
    const paid = await pay(alice.token, alicesOrder.id, alice.methodId);
    expect((await request(PAYMENT, { id: paid.payment.id }, bob.token)).data.payment).toBeNull();
    const viaEntity = await request(`{ me { paymentMethods { id } } }`, {}, bob.token);
    expect(viaEntity.data.me.paymentMethods.map((m: { id: string }) => m.id)).toEqual([bob.methodId]);
    expect((await request(PAYMENT, { id: 'not-an-id' }, bob.token)).data.payment).toBeNull();
    expect((await request(PAY, { input: { orderId: alicesOrder.id, paymentMethodId: alice.methodId, idempotencyKey: 'k' } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a saved card that has expired since is CARD_EXPIRED: no charge, no payment, the order stays payable', async () => {
    const shopper = await shopperWithCard();
    const order = await orderOf(shopper);
    // Saved while valid; its month has passed since.
    await rows(sql`UPDATE payment_methods SET exp_month = 1, exp_year = 2020 WHERE id = ${shopper.methodId}`);
    const expired = await pay(shopper.token, order.id, shopper.methodId);
    expect(expired).toEqual({ payment: null, userErrors: [{ code: 'CARD_EXPIRED', message: 'The card ending 4242 has expired; add a current one', field: ['input', 'paymentMethodId'] }] });
    expect(await rows(sql`SELECT id FROM payments WHERE order_id = ${order.id}`)).toEqual([]);
    expect((await orderStatus(shopper.token, order.id))?.status).toBe('PENDING');
    const current = (await addCard(shopper.token)).paymentMethod.id;
    expect((await pay(shopper.token, order.id, current)).payment.status).toBe('SUCCEEDED');
  });

  test('IDEMPOTENCY_KEY_REUSED: the same key for another request', async () => {
    const shopper = await shopperWithCard();
    const [first, second] = [await orderOf(shopper), await orderOf(shopper)];
    const key = randomUUID();
    expect((await pay(shopper.token, first.id, shopper.methodId, key)).payment.status).toBe('SUCCEEDED');
    expect((await pay(shopper.token, second.id, shopper.methodId, key)).userErrors).toEqual([
      { code: 'IDEMPOTENCY_KEY_REUSED', message: expect.any(String), field: ['input', 'idempotencyKey'] },
    ]);
    // Keys are per shopper: another shopper may use the same string.
    const other = await shopperWithCard();
    expect((await pay(other.token, (await orderOf(other)).id, other.methodId, key)).payment.status).toBe('SUCCEEDED');
  });

  test('10 concurrent payOrder with one key: one charge', async () => {
    const shopper = await shopperWithCard();
    const order = await orderOf(shopper);
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 10 }, () => pay(shopper.token, order.id, shopper.methodId, key)));
    const ids = new Set(results.map((r) => r.payment?.id));
    expect(results.every((r) => r.userErrors.length === 0 && r.payment.status === 'SUCCEEDED')).toBe(true);
    expect(ids.size).toBe(1);
    expect(await rows(sql`SELECT id FROM payments WHERE order_id = ${order.id}`)).toHaveLength(1);
    await eventually(async () => (await orderStatus(shopper.token, order.id))?.status === 'CONFIRMED');
    expect(await eventsFor(order.id, 'order.paid')).toHaveLength(1);
    expect((await orderStatus(shopper.token, order.id))!.statusHistory.map((s) => s.status)).toEqual(['PENDING', 'CONFIRMED']);
  });

  test('concurrent payOrder with different keys for one order: one charge', async () => {
    const shopper = await shopperWithCard();
    const order = await orderOf(shopper);
    const results = await Promise.all(Array.from({ length: 6 }, () => pay(shopper.token, order.id, shopper.methodId)));
    expect(results.filter((r) => r.payment?.status === 'SUCCEEDED')).toHaveLength(1);
    expect(results.filter((r) => r.userErrors[0]?.code === 'ORDER_NOT_PAYABLE')).toHaveLength(5);
    expect(await rows(sql`SELECT id FROM payments WHERE order_id = ${order.id}`)).toHaveLength(1);
  });

  test('orders down when the payment succeeds: the confirmation arrives exactly once when it is back', async () => {
    const shopper = await shopperWithCard();
    const order = await orderOf(shopper);
    const restore = ordersDownAfterTheCharge();
    try {
      const paid = await pay(shopper.token, order.id, shopper.methodId);
      expect(paid.payment.status).toBe('SUCCEEDED');
      // The relay keeps trying while orders is down.
      const [event] = await eventually(async () => {
        const events = await rows(sql`SELECT attempts, delivered_at FROM outbox WHERE topic = 'order.paid' AND payload->>'orderId' = ${order.id}`);
        return Number(events[0]?.attempts) > 1 && events;
      });
      expect(event).toMatchObject({ delivered_at: null });
      // An operator sees it: payments' /metrics counts the failing event.
      expect(await outboxMetric('outbox_failing_events', 'order.paid')).toBeGreaterThanOrEqual(1);
      expect(await outboxMetric('outbox_deliveries_total', 'order.paid', 'failed')).toBeGreaterThanOrEqual(2);
    } finally {
      await restore();
    }
    await eventually(async () => (await orderStatus(shopper.token, order.id))?.status === 'CONFIRMED');
    await eventually(async () => (await outboxMetric('outbox_failing_events', 'order.paid')) === undefined);
    await remains(async () => (await orderStatus(shopper.token, order.id))!.statusHistory.length === 2);
    expect(await eventsFor(order.id, 'order.paid')).toEqual([expect.objectContaining({ delivered_at: expect.anything() })]);
  });
});

describe('refunds', () => {
  async function paidOrder() {
    const shopper = await shopperWithCard();
    const order = await orderOf(shopper);
    const paid = await pay(shopper.token, order.id, shopper.methodId);
    return { shopper, order, payment: paid.payment };
  }

  test('admin only: shoppers get FORBIDDEN', async () => {
    const { shopper, payment } = await paidOrder();
    const res = await request(REFUND, { id: payment.id }, shopper.token);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await request(REFUND, { id: payment.id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('partial, over-refund refused, the rest; then nothing remains', async () => {
    const { shopper, order, payment } = await paidOrder();
    const partial = await request(REFUND, { id: payment.id, amount: 1000, reason: 'damaged box' }, admin);
    expect(partial.data.refundPayment).toMatchObject({ userErrors: [], payment: { status: 'PARTIALLY_REFUNDED', refunded: { amount: 1000 } } });
    const over = await request(REFUND, { id: payment.id, amount: 9662 }, admin);
    expect(over.data.refundPayment).toEqual({ payment: null, userErrors: [{ code: 'INVALID_INPUT', message: 'The amount must be between 1 and 9661', field: ['amount'] }] });
    expect((await request(REFUND, { id: payment.id, amount: 0 }, admin)).data.refundPayment.userErrors[0].code).toBe('INVALID_INPUT');
    expect((await request(REFUND, { id: payment.id, amount: 1, reason: 'bell\u0007' }, admin)).data.refundPayment).toEqual({ payment: null, userErrors: [{ code: 'INVALID_INPUT', message: expect.any(String), field: ['reason'] }] });
    const rest = await request(REFUND, { id: payment.id }, admin);
    expect(rest.data.refundPayment.payment).toMatchObject({ status: 'REFUNDED', refunded: { amount: 10661 }, amount: { amount: 10661 } });
    expect((await request(REFUND, { id: payment.id }, admin)).data.refundPayment.userErrors[0].code).toBe('PAYMENT_NOT_REFUNDABLE');
    expect((await request(REFUND, { id: randomUUID() }, admin)).data.refundPayment.userErrors[0].code).toBe('NOT_FOUND');
    // All the money back before anything shipped: the order is cancelled (its sold stock returns), then refunded.
    const settled = await eventually(async () => {
      const now = await orderStatus(shopper.token, order.id);
      return now?.status === 'REFUNDED' && now;
    });
    expect(settled.statusHistory.map((s) => s.status)).toEqual(['PENDING', 'CONFIRMED', 'CANCELLED', 'REFUNDED']);
    // Orders was told of both refunds, in order; the cancellation's own request to refund the order found nothing
    // left to refund, and said so again.
    const told = await eventually(async () => {
      const events = await eventsFor(order.id, 'order.refunded');
      return events.length >= 2 && events.every((e) => e.delivered_at) ? events : null;
    });
    expect(told.map((e) => e.payload)).toEqual([
      { orderId: order.id, fullyRefunded: false },
      ...told.slice(1).map(() => ({ orderId: order.id, fullyRefunded: true })),
    ]);
    expect((await request(PAYMENT, { id: payment.id }, shopper.token)).data.payment.status).toBe('REFUNDED');
    expect(await rows(sql`SELECT amount, reason FROM refunds WHERE payment_id = ${payment.id} ORDER BY created_at`)).toEqual([
      { amount: 1000, reason: 'damaged box' },
      { amount: 9661, reason: null },
    ]);
  });

  test('a full refund before orders has heard of the payment: the order still ends cancelled and refunded, never confirmed with its money gone', async () => {
    const shopper = await shopperWithCard();
    const order = await orderOf(shopper);
    const due = (topic: string, when: ReturnType<typeof sql>) => rows(sql`UPDATE outbox SET next_attempt_at = ${when} WHERE topic = ${topic} AND payload->>'orderId' = ${order.id}`);
    const restore = ordersDownAfterTheCharge();
    try {
      // The charge succeeds, but its report (order.paid) waits for orders; an admin refunds it all meanwhile.
      const paid = await pay(shopper.token, order.id, shopper.methodId);
      expect(paid.payment.status).toBe('SUCCEEDED');
      await due('order.paid', sql`now() + interval '1 hour'`); // held back until the refund's report has been refused
      const refund = await request(REFUND, { id: paid.payment.id }, admin);
      expect(refund.data.refundPayment).toMatchObject({ userErrors: [], payment: { status: 'REFUNDED' } });
    } finally {
      await restore();
    }
    // Delivered first, the refund's report is refused while the order is PENDING; then the payment's arrives.
    await eventually(async () => (await rows(sql`SELECT 1 FROM outbox WHERE topic = 'order.refunded' AND payload->>'orderId' = ${order.id} AND last_error LIKE '%not recorded yet%'`)).length === 1);
    expect((await orderStatus(shopper.token, order.id))!.status).toBe('PENDING');
    await due('order.paid', sql`now()`);
    const settled = await eventually(async () => {
      const now = await orderStatus(shopper.token, order.id);
      return now?.status === 'REFUNDED' && now;
    });
    expect(settled.statusHistory.map((s) => s.status)).toEqual(['PENDING', 'CONFIRMED', 'CANCELLED', 'REFUNDED']);
    // The refused report is delivered in the end too, and changes nothing more: nothing stays behind in the outbox.
    await eventually(async () => (await eventsFor(order.id, 'order.refunded')).every((e) => e.delivered_at));
    await remains(async () => (await orderStatus(shopper.token, order.id))!.statusHistory.length === 4);
  });

  test('a full refund of a shipped order leaves it shipped (a return: the goods are out); a partial one changes no order', async () => {
    const { shopper, order, payment } = await paidOrder();
    await request(REFUND, { id: payment.id, amount: 500 }, admin);
    const UPDATE = 'mutation($id: ID!, $s: OrderStatus!) { updateOrderStatus(id: $id, status: $s) { userErrors { code } } }';
    for (const status of ['PROCESSING', 'SHIPPED']) expect((await request(UPDATE, { id: order.id, s: status }, admin)).data.updateOrderStatus.userErrors).toEqual([]);
    await request(REFUND, { id: payment.id }, admin);
    await eventually(async () => (await eventsFor(order.id, 'order.refunded')).filter((e) => e.delivered_at).length === 2);
    expect((await orderStatus(shopper.token, order.id))!.statusHistory.map((s) => s.status)).toEqual(['PENDING', 'CONFIRMED', 'PROCESSING', 'SHIPPED']);
  });

  test('a declined payment cannot be refunded', async () => {
    const shopper = await shopperWithCard(CARDS.declined);
    const declined = await pay(shopper.token, (await orderOf(shopper)).id, shopper.methodId);
    expect((await request(REFUND, { id: declined.payment.id }, admin)).data.refundPayment.userErrors[0].code).toBe('PAYMENT_NOT_REFUNDABLE');
  });

  test('concurrent refunds never exceed the amount charged', async () => {
    const { payment } = await paidOrder(); // 106.61: room for three refunds of 30.00, not four
    const results = await Promise.all(Array.from({ length: 6 }, () => request(REFUND, { id: payment.id, amount: 3000 }, admin)));
    const ok = results.filter((r) => r.data.refundPayment.userErrors.length === 0);
    expect(ok).toHaveLength(3);
    const [row] = await rows(sql`SELECT refunded, status FROM payments WHERE id = ${payment.id}`);
    expect(row).toEqual({ refunded: 9000, status: 'PARTIALLY_REFUNDED' });
  });

  test('refundOrderPayments: services only, refunds the rest, idempotent, tells orders', async () => {
    const { order, payment } = await paidOrder();
    await request(REFUND, { id: payment.id, amount: 1500 }, admin);
    const REFUND_ORDER = 'mutation($orderId: ID!) { refundOrderPayments(orderId: $orderId, reason: "cancelled") }';
    // Not part of the public graph, and refused to router callers even with the credential.
    expect((await request(REFUND_ORDER, { orderId: order.id }, admin)).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await direct(REFUND_ORDER, { orderId: order.id }, 'router')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    expect((await direct(REFUND_ORDER, { orderId: order.id }, 'service:orders')).data).toEqual({ refundOrderPayments: true });
    const [row] = await rows(sql`SELECT refunded, status FROM payments WHERE id = ${payment.id}`);
    expect(row).toEqual({ refunded: 10661, status: 'REFUNDED' });
    const again = await Promise.all([1, 2, 3].map(() => direct(REFUND_ORDER, { orderId: order.id }, 'service:orders')));
    expect(again.map((r) => r.data)).toEqual([1, 2, 3].map(() => ({ refundOrderPayments: true })));
    expect(await rows(sql`SELECT amount FROM refunds WHERE payment_id = ${payment.id} ORDER BY created_at`)).toEqual([{ amount: 1500 }, { amount: 9161 }]);
    await eventually(async () => (await eventsFor(order.id, 'order.refunded')).some((e) => (e.payload as { fullyRefunded: boolean }).fullyRefunded && e.delivered_at));
  });
});

describe('refunds the provider does not answer, or refuses', () => {
  type Provider = { refund: (request: { chargeId: string; amount: number; idempotencyKey: string }) => Promise<unknown> };
  async function paidOrder() {
    const shopper = await shopperWithCard();
    const order = await orderOf(shopper);
    return { order, payment: (await pay(shopper.token, order.id, shopper.methodId)).payment };
  }
  /** Runs `run` with the provider's refund replaced by `refund` (which is handed the real one). */
  async function withRefund<T>(refund: (request: Parameters<Provider['refund']>[0], real: Provider['refund']) => Promise<unknown>, run: () => Promise<T>): Promise<T> {
    const provider = serviceOf<Provider>(platform, 'payments', 'provider');
    const real = provider.refund.bind(provider);
    provider.refund = (request) => refund(request, real);
    try {
      return await run();
    } finally {
      provider.refund = real;
    }
  }

  test('a partial refund settling while the rest waits on the provider is not "fully refunded"; the rest refused, the order stays as it was', async () => {
    const { order, payment } = await paidOrder();
    let releaseFirst!: () => void;
    let releaseRest!: () => void;
    const first = new Promise<void>((resolve) => (releaseFirst = resolve));
    const rest = new Promise<void>((resolve) => (releaseRest = resolve));
    let calls = 0;
    await withRefund(
      async (request, real) => {
        calls += 1;
        if (request.amount === 500) {
          await first;
          return real(request);
        }
        await rest;
        return { ok: false, failureCode: 'refund_refused' };
      },
      async () => {
        const partial = request(REFUND, { id: payment.id, amount: 500 }, admin);
        await eventually(() => calls === 1);
        const remainder = request(REFUND, { id: payment.id }, admin); // sets the rest aside: the payment reads REFUNDED
        await eventually(() => calls === 2);
        releaseFirst();
        expect((await partial).data.refundPayment.userErrors).toEqual([]);
        const told = await eventually(async () => {
          const events = await eventsFor(order.id, 'order.refunded');
          return events.length === 1 && events[0]!.delivered_at ? events : null;
        });
        expect(told[0]!.payload).toEqual({ orderId: order.id, fullyRefunded: false });
        releaseRest();
        expect((await remainder).data.refundPayment.userErrors[0].code).toBe('PAYMENT_NOT_REFUNDABLE');
      },
    );
    expect((await rows(sql`SELECT refunded, status FROM payments WHERE id = ${payment.id}`))[0]).toEqual({ refunded: 500, status: 'PARTIALLY_REFUNDED' });
    expect((await orderStatus(admin, order.id))!.statusHistory.map((s) => s.status)).toEqual(['PENDING', 'CONFIRMED']);
  });

  test('an unknown answer (the provider timed out after refunding): the refund stays PENDING and is asked again with the same key, never twice', async () => {
    const { order, payment } = await paidOrder();
    const keys: string[] = [];
    // The provider makes the refund, then the connection drops before its answer arrives.
    const answered = await withRefund(async (request, real) => {
      keys.push(request.idempotencyKey);
      await real(request);
      throw new Error('socket hang up');
    }, () => request(REFUND, { id: payment.id, amount: 2000 }, admin));
    // Not given back as if refused: the amount stays set aside, the refund PENDING.
    expect(answered.data.refundPayment).toMatchObject({ userErrors: [], payment: { status: 'PARTIALLY_REFUNDED', refunded: { amount: 2000 } } });
    expect(await rows(sql`SELECT id, status FROM refunds WHERE payment_id = ${payment.id}`)).toEqual([{ id: keys[0], status: 'PENDING' }]);
    // Nothing more can be refunded than what remains beside it.
    expect((await request(REFUND, { id: payment.id, amount: 10661 }, admin)).data.refundPayment.userErrors[0].code).toBe('INVALID_INPUT');

    // Reconciliation asks again, with the same key: the provider answers the refund it already made.
    const asked: string[] = [];
    await withRefund(async (request, real) => {
      asked.push(request.idempotencyKey);
      return real(request);
    }, () => serviceOf<{ reconcilePendingRefunds(olderThanMs: number): Promise<number> }>(platform, 'payments', 'payments').reconcilePendingRefunds(0));
    expect(asked).toContain(keys[0]);
    expect(await rows(sql`SELECT id, status FROM refunds WHERE payment_id = ${payment.id}`)).toEqual([{ id: keys[0], status: 'SUCCEEDED' }]);
    const [row] = await rows(sql`SELECT refunded, status FROM payments WHERE id = ${payment.id}`);
    expect(row).toEqual({ refunded: 2000, status: 'PARTIALLY_REFUNDED' });
    await eventually(async () => (await eventsFor(order.id, 'order.refunded')).length === 1);
  });

  test('a cancelled order whose refund is in doubt: orders hears nothing, and tries again, until reconciliation has settled it', async () => {
    const { order, payment } = await paidOrder();
    const REFUND_ORDER = 'mutation($orderId: ID!) { refundOrderPayments(orderId: $orderId) }';
    const timedOut = await withRefund(async (request, real) => {
      await real(request);
      throw new Error('socket hang up');
    }, () => direct(REFUND_ORDER, { orderId: order.id }, 'service:orders'));
    expect(timedOut.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    // Delivered again (orders' outbox): still in doubt, still no news, and no second refund.
    expect((await direct(REFUND_ORDER, { orderId: order.id }, 'service:orders')).errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await eventsFor(order.id, 'order.refunded')).toEqual([]);
    expect(await rows(sql`SELECT status FROM refunds WHERE payment_id = ${payment.id}`)).toEqual([{ status: 'PENDING' }]);
    // Reconciliation settles it (the provider answers the refund it made), and tells orders.
    await serviceOf<{ reconcilePendingRefunds(olderThanMs: number): Promise<number> }>(platform, 'payments', 'payments').reconcilePendingRefunds(0);
    expect((await direct(REFUND_ORDER, { orderId: order.id }, 'service:orders')).data).toEqual({ refundOrderPayments: true });
    expect(await rows(sql`SELECT status FROM refunds WHERE payment_id = ${payment.id}`)).toEqual([{ status: 'SUCCEEDED' }]);
    await eventually(async () => (await eventsFor(order.id, 'order.refunded')).some((e) => (e.payload as { fullyRefunded: boolean }).fullyRefunded));
  });

  test('a refusal gives the amount back; for a cancelled order it is an error, so the order’s outbox tries again', async () => {
    const { order, payment } = await paidOrder();
    const refused = async () => ({ ok: false, failureCode: 'charge_disputed' });
    const answered = await withRefund(refused, () => request(REFUND, { id: payment.id }, admin));
    expect(answered.data.refundPayment.userErrors).toEqual([{ code: 'PAYMENT_NOT_REFUNDABLE', message: 'The payment provider refused the refund', field: ['paymentId'] }]);
    expect((await rows(sql`SELECT refunded, status FROM payments WHERE id = ${payment.id}`))[0]).toEqual({ refunded: 0, status: 'SUCCEEDED' });

    const REFUND_ORDER = 'mutation($orderId: ID!) { refundOrderPayments(orderId: $orderId) }';
    const cancelled = await withRefund(refused, () => direct(REFUND_ORDER, { orderId: order.id }, 'service:orders'));
    expect(cancelled.data?.refundOrderPayments ?? null).toBeNull();
    expect(cancelled.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    // Once the provider takes it, the same call refunds the whole order.
    expect((await direct(REFUND_ORDER, { orderId: order.id }, 'service:orders')).data).toEqual({ refundOrderPayments: true });
    expect(await rows(sql`SELECT status FROM refunds WHERE payment_id = ${payment.id} ORDER BY created_at`)).toEqual([{ status: 'FAILED' }, { status: 'FAILED' }, { status: 'SUCCEEDED' }]);
  });
});

describe('card data', () => {
  test('no card number in the database or in any response', async () => {
    const tables = ['payment_methods', 'payments', 'refunds', 'outbox', 'idempotency_keys'];
    let dump = '';
    for (const table of tables) {
      const result = await rows(sql.raw(`SELECT t::text AS row FROM ${table} t`));
      dump += result.map((r) => r.row).join('\n');
    }
    expect(dump).toContain('4242'); // last 4 digits are kept
    const responses = seen.join('\n');
    for (const number of ALL_NUMBERS) {
      expect(dump).not.toContain(number);
      expect(responses).not.toContain(number);
    }
  });
});
