import { sql } from 'drizzle-orm';
import {
  adminToken,
  createTestProduct,
  databaseOf,
  eventually,
  hang,
  placeTestOrder,
  registerShopper,
  serviceOf,
  sqlRows,
  startPlatform,
  TEST_ADDRESS,
  type Platform,
  scaled,
} from '@zero/testing';

const PLACE = 'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id } userErrors { code message } } }';

/**
 * The platform's upkeep, on one platform: deliveries on a request's path bounded in time, jobs that work in batches,
 * tables kept bounded by retention jobs, and the indexes the background scans need.
 */

let platform: Platform;
let admin: string;
beforeAll(async () => {
  platform = await startPlatform({ env: { RETENTION_INTERVAL_MS: '200', OUTBOX_INLINE_TIMEOUT_MS: '1000', OUTBOX_BACKOFF_MS: '100', OUTBOX_BACKOFF_MAX_MS: '500' } });
  admin = await adminToken(platform);
});
afterAll(() => platform?.stop());

const count = async (subgraph: string, query: ReturnType<typeof sql>) => Number((await sqlRows<{ n: number }>(platform, subgraph, query))[0]!.n);

test('a hung cart does not hold placeOrder: the cart is cleared by the relay once it answers', async () => {
  const product = await createTestProduct(platform, admin, { price: 1000, stock: 5 });
  const shopper = await registerShopper(platform);
  const held = hang(serviceOf<{ removeOrderedLines: () => Promise<boolean> }>(platform, 'cart', 'carts'), 'removeOrderedLines');
  let order;
  const started = Date.now();
  try {
    order = await placeTestOrder(platform, shopper, product.variantId, 2);
    // Answered within the inline budget (1 s here), far inside the event's 30 s lease, with the event left for the relay.
    expect(Date.now() - started).toBeLessThan(scaled(30_000));
    const [event] = await sqlRows(platform, 'orders', sql`SELECT attempts, delivered_at, last_error FROM outbox WHERE topic = 'cart.removeOrdered' AND payload->>'orderId' = ${order.id}`);
    expect(event).toMatchObject({ delivered_at: null, last_error: expect.stringMatching(/longer than 1000 ms/) });
    // Checking out again meanwhile, under a new key: the lines in the cart are already ordered, so no second order.
    const again = await platform.request(PLACE, { input: { idempotencyKey: `upkeep-${Date.now()}`, shippingAddress: TEST_ADDRESS } }, { token: shopper.token });
    expect(again.data.placeOrder).toEqual({ order: null, userErrors: [expect.objectContaining({ code: 'CHECKOUT_IN_PROGRESS' })] });
    expect(await count('orders', sql`SELECT count(*) AS n FROM orders WHERE customer_id = ${shopper.userId}`)).toBe(1);
  } finally {
    held.restore();
  }
  await eventually(async () => (await platform.request('{ cart { totalQuantity } }', {}, { token: shopper.token })).data?.cart?.totalQuantity === 0);
  const later = await platform.request(PLACE, { input: { idempotencyKey: `upkeep-${Date.now()}`, shippingAddress: TEST_ADDRESS } }, { token: shopper.token });
  expect(later.data.placeOrder.userErrors).toEqual([expect.objectContaining({ code: 'CART_EMPTY' })]);
});

test('unpaid orders expire a batch per transaction', async () => {
  const product = await createTestProduct(platform, admin, { price: 500, stock: 50 });
  for (let i = 0; i < 5; i++) await placeTestOrder(platform, await registerShopper(platform), product.variantId);
  const orders = serviceOf<{ expireUnpaid(now?: Date, batchSize?: number): Promise<number> }>(platform, 'orders', 'orders');
  const db = databaseOf(platform, 'orders');
  const transactions = jest.spyOn(db, 'transaction');
  try {
    const expired = await orders.expireUnpaid(new Date(Date.now() + 31 * 60_000), 2);
    expect(expired).toBeGreaterThanOrEqual(5);
    const perTransaction = await Promise.all(transactions.mock.results.map((r) => r.value as Promise<number>));
    expect(perTransaction.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...perTransaction)).toBeLessThanOrEqual(2);
    expect(perTransaction.reduce((a, b) => a + b, 0)).toBe(expired);
  } finally {
    transactions.mockRestore();
  }
});

test('an expiry batch is a constant number of statements, whatever its size', async () => {
  const product = await createTestProduct(platform, admin, { price: 500, stock: 50 });
  for (let i = 0; i < 6; i++) await placeTestOrder(platform, await registerShopper(platform), product.variantId);
  const orders = serviceOf<{ expireUnpaid(now?: Date, batchSize?: number): Promise<number> }>(platform, 'orders', 'orders');
  const db = databaseOf(platform, 'orders');
  // Each transaction's statements, counted as its builders are called (select, insert, update, delete, execute).
  const statements: number[] = [];
  const original = db.transaction.bind(db);
  const transactions = jest.spyOn(db, 'transaction').mockImplementation(((run: (tx: unknown) => Promise<unknown>) =>
    original(async (tx) => {
      const index = statements.push(0) - 1;
      const counted = new Proxy(tx, {
        get(target, property, receiver) {
          const value = Reflect.get(target, property, receiver);
          if (typeof value !== 'function' || !['select', 'insert', 'update', 'delete', 'execute'].includes(String(property))) return value;
          return (...args: unknown[]) => (statements[index]!++, value.apply(target, args));
        },
      });
      return run(counted);
    })) as typeof db.transaction);
  try {
    const expired = await orders.expireUnpaid(new Date(Date.now() + 31 * 60_000), 100);
    expect(expired).toBeGreaterThanOrEqual(6);
    // The lock-and-read, the statuses, the history, the outbox: four, for six orders or more (the most any transaction
    // ran meanwhile: a background job's, should one have started, runs no more).
    expect(Math.max(...statements)).toBe(4);
  } finally {
    transactions.mockRestore();
  }
});

test('abandoned guest carts are purged a batch per statement', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) ids.push((await platform.request('mutation { createCart { cart { id } } }')).data.createCart.cart.id);
  const cartDb = databaseOf(platform, 'cart');
  await cartDb.execute(sql`UPDATE carts SET updated_at = now() - interval '31 days' WHERE id IN ${ids}`);
  const deletes = jest.spyOn(cartDb, 'delete');
  try {
    const purged = await serviceOf<{ purgeExpiredGuestCarts(batchSize?: number): Promise<number> }>(platform, 'cart', 'carts').purgeExpiredGuestCarts(2);
    expect(purged).toBeGreaterThanOrEqual(5);
    expect(deletes.mock.calls.length).toBeGreaterThanOrEqual(3);
  } finally {
    deletes.mockRestore();
  }
  expect(await count('cart', sql`SELECT count(*)::int AS n FROM carts WHERE id IN ${ids}`)).toBe(0);
});

describe('tables stay bounded: retention jobs delete what is past its period', () => {
  test('outbox: delivered events older than a week go, undelivered ones stay', async () => {
    await databaseOf(platform, 'orders').execute(sql`INSERT INTO outbox (id, topic, payload, created_at, delivered_at, next_attempt_at) VALUES
      (gen_random_uuid(), 'retention.old', '{}', now() - interval '9 days', now() - interval '8 days', now() + interval '1 year'),
      (gen_random_uuid(), 'retention.pending', '{}', now() - interval '9 days', NULL, now() + interval '1 year'),
      (gen_random_uuid(), 'retention.recent', '{}', now(), now(), now() + interval '1 year')`);
    await eventually(async () => (await count('orders', sql`SELECT count(*)::int AS n FROM outbox WHERE topic = 'retention.old'`)) === 0);
    expect(await count('orders', sql`SELECT count(*)::int AS n FROM outbox WHERE topic IN ('retention.pending', 'retention.recent')`)).toBe(2);
  });

  test('idempotency keys: kept a day', async () => {
    await databaseOf(platform, 'payments').execute(sql`INSERT INTO idempotency_keys (scope, key, fingerprint, result_id, claimed_at) VALUES
      ('retention', 'old', 'f', 'r', now() - interval '2 days'), ('retention', 'new', 'f', 'r', now())`);
    await eventually(async () => (await count('payments', sql`SELECT count(*)::int AS n FROM idempotency_keys WHERE scope = 'retention' AND key = 'old'`)) === 0);
    expect(await count('payments', sql`SELECT count(*)::int AS n FROM idempotency_keys WHERE scope = 'retention'`)).toBe(1);
  });

  test('refresh tokens: deleted a week after they expire', async () => {
    const shopper = await registerShopper(platform);
    const other = await registerShopper(platform);
    await databaseOf(platform, 'auth').execute(sql`UPDATE refresh_tokens SET expires_at = now() - interval '8 days' WHERE user_id = ${shopper.userId}`);
    await eventually(async () => (await count('auth', sql`SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = ${shopper.userId}`)) === 0);
    expect(await count('auth', sql`SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = ${other.userId}`)).toBe(1);
  });

  test('checkouts: kept a month', async () => {
    await databaseOf(platform, 'cart').execute(sql`INSERT INTO checkouts (order_id, cart_id, at) VALUES ('retention-old', 'c', now() - interval '31 days'), ('retention-new', 'c', now())`);
    await eventually(async () => (await count('cart', sql`SELECT count(*)::int AS n FROM checkouts WHERE order_id = 'retention-old'`)) === 0);
    expect(await count('cart', sql`SELECT count(*)::int AS n FROM checkouts WHERE order_id = 'retention-new'`)).toBe(1);
  });

  test('reservations: released or lapsed ones go with their lines a month later; committed ones (sales) stay', async () => {
    const product = await createTestProduct(platform, admin, { price: 100, stock: 10 });
    const catalog = databaseOf(platform, 'catalog');
    for (const [reference, status, age] of [['retention-released', 'RELEASED', '31 days'], ['retention-lapsed', 'ACTIVE', '31 days'], ['retention-sold', 'COMMITTED', '31 days'], ['retention-recent', 'RELEASED', '1 day']] as const) {
      await catalog.execute(sql`WITH r AS (
          INSERT INTO reservations (reference, status, caller, expires_at, created_at, updated_at)
          VALUES (${reference}, ${status}, 'test', now() - ${age}::interval, now() - ${age}::interval, now() - ${age}::interval) RETURNING id)
        INSERT INTO reservation_lines (reservation_id, variant_id, quantity) SELECT id, ${product.variantId}, 1 FROM r`);
    }
    await eventually(async () => (await count('catalog', sql`SELECT count(*)::int AS n FROM reservations WHERE reference IN ('retention-released', 'retention-lapsed')`)) === 0);
    const left = await sqlRows<{ reference: string }>(platform, 'catalog', sql`SELECT reference FROM reservations WHERE reference LIKE 'retention-%' ORDER BY reference`);
    expect(left.map((r) => r.reference)).toEqual(['retention-recent', 'retention-sold']);
  });
});

describe('background scans use an index', () => {
  /** The plan PostgreSQL picks for `query` when a sequential scan is the last resort. */
  async function plan(subgraph: string, query: ReturnType<typeof sql>): Promise<string> {
    return databaseOf(platform, subgraph).transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      const result = (await tx.execute(sql`EXPLAIN ${query}`)) as unknown as { rows: { 'QUERY PLAN': string }[] };
      return result.rows.map((r) => r['QUERY PLAN']).join('\n');
    });
  }

  test('payments and refunds left PENDING (reconciliation)', async () => {
    expect(await plan('payments', sql`SELECT id FROM payments WHERE status = 'PENDING' AND created_at < now() ORDER BY created_at LIMIT 100`)).toMatch(/payments_pending_idx/);
    expect(await plan('payments', sql`SELECT id FROM refunds WHERE status = 'PENDING' AND created_at < now() ORDER BY created_at LIMIT 100`)).toMatch(/refunds_pending_idx/);
  });

  test('stock movements by reference (returning a sale)', async () => {
    expect(await plan('catalog', sql`SELECT variant_id, delta FROM stock_movements WHERE reference = 'some-order' AND reason = 'sale'`)).toMatch(/stock_movements_reference_idx/);
  });
});
