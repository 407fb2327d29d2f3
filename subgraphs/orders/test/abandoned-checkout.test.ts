import { sql } from 'drizzle-orm';
import { adminToken, createTestProduct, eventually, serviceOf, shopperWithCart, sqlRows, startPlatform, FAST_OUTBOX, TEST_ADDRESS, type Platform } from '@zero/testing';
import type { OrderService } from '../src/services/order-service';

/**
 * A checkout that asked the catalog for stock and never saved its order — the catalog's answer lost on the way back,
 * or the orders process gone before the save — must not hold that stock for the catalog's day-long safety net.
 */

const PLACE = 'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id status } userErrors { code field } } }';
const STOCK = 'query($id: ID!) { product(id: $id) { variants { quantityAvailable } } }';
const ABANDONED_CHECKOUT_MS = 15_000;

let platform: Platform;
let admin: string;
beforeAll(async () => {
  platform = await startPlatform({ env: { ...FAST_OUTBOX, SERVICE_CALL_TIMEOUT_MS: '1500', ABANDONED_CHECKOUT_MS: String(ABANDONED_CHECKOUT_MS) } });
  admin = await adminToken(platform);
});
afterAll(() => platform?.stop());

/** The catalog's inventory: its `reserve` is slowed below to lose its answers. */
interface Inventory {
  reserve(...args: unknown[]): Promise<unknown>;
}
const inventory = () => serviceOf<Inventory>(platform, 'catalog', 'inventory');
/** Orders' calls to the other subgraphs (a private member: the test stands in for a process that dies mid-checkout). */
const orderService = () => serviceOf<OrderService>(platform, 'orders', 'orders');
const collaborators = () => (orderService() as unknown as { others: { settleReservation(...args: unknown[]): Promise<unknown> } }).others;

/** Every `reserve` the catalog makes answers after the orders' call has timed out (1.5 s), on every retry. */
async function withLostReplies<T>(work: () => Promise<T>): Promise<T> {
  const catalog = inventory();
  const reserve = catalog.reserve;
  catalog.reserve = async (...args: unknown[]) => {
    const result = await reserve.apply(catalog, args);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    return result;
  };
  try {
    return await work();
  } finally {
    catalog.reserve = reserve;
  }
}

/** A product with `stock` units, all of them in a new shopper's cart. */
async function allInCart(stock: number) {
  const product = await createTestProduct(platform, admin, { price: 1000, stock });
  return { product, shopper: await shopperWithCart(platform, [{ variantId: product.variantId, quantity: stock }]) };
}

const available = async (productId: string) => (await platform.request(STOCK, { id: productId })).data.product.variants[0].quantityAvailable as number;

test('the catalog reserved but its answer was lost: the stock comes back at once, and the same key then places the order', async () => {
  const { product, shopper } = await allInCart(3);
  const input = { idempotencyKey: `lost-${Date.now()}`, shippingAddress: TEST_ADDRESS };

  const failed = await withLostReplies(() => platform.request(PLACE, { input }, { token: shopper.token }));
  expect(failed.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  expect(await sqlRows(platform, 'orders', sql`SELECT id FROM orders WHERE customer_id = ${shopper.userId}`)).toEqual([]);
  await eventually(async () => (await available(product.productId)) === 3);

  const placed = await platform.request(PLACE, { input }, { token: shopper.token });
  expect(placed.data.placeOrder.userErrors).toEqual([]);
  expect(placed.data.placeOrder.order.status).toBe('PENDING');
  expect(await available(product.productId)).toBe(0);
  // Saved: the fallback release was retired unsent, and never will be.
  const events = await sqlRows<{ delivered_at: Date | null; attempts: number }>(
    platform,
    'orders',
    sql`SELECT delivered_at, attempts FROM outbox WHERE topic = 'stock.releaseAbandoned' AND payload ->> 'reference' = ${placed.data.placeOrder.order.id}`,
  );
  expect(events).toHaveLength(1);
  expect(events[0]!.delivered_at).not.toBeNull();
  expect(events[0]!.attempts).toBe(0);
});

test('a checkout that died after the catalog reserved (nothing released it then): the outbox gives the stock back', async () => {
  const { product, shopper } = await allInCart(2);
  const others = collaborators();
  const settle = others.settleReservation;
  // As if the process had died before it could release: the immediate release never reaches the catalog.
  others.settleReservation = () => Promise.reject(new Error('gone'));
  try {
    const failed = await withLostReplies(() => platform.request(PLACE, { input: { idempotencyKey: `dead-${Date.now()}`, shippingAddress: TEST_ADDRESS } }, { token: shopper.token }));
    expect(failed.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  } finally {
    others.settleReservation = settle;
  }
  expect(await available(product.productId)).toBe(0); // held by a reservation no order owns
  await eventually(async () => (await available(product.productId)) === 2, ABANDONED_CHECKOUT_MS + 20_000);
  expect(await sqlRows(platform, 'orders', sql`SELECT id FROM orders WHERE customer_id = ${shopper.userId}`)).toEqual([]);
});

test('the release wins the race with a slow checkout: the checkout gives up, saves nothing, and the stock is back', async () => {
  const { product, shopper } = await allInCart(2);
  const catalog = inventory();
  const reserve = catalog.reserve;
  // Between the catalog's reserve and the checkout's save, the abandoned-checkout event is handled (as the relay
  // would once it is due: here, at once).
  catalog.reserve = async (...args: unknown[]) => {
    const result = await reserve.apply(catalog, args);
    const reference = args[0] as string;
    const [event] = await sqlRows<{ id: string }>(platform, 'orders', sql`SELECT id FROM outbox WHERE topic = 'stock.releaseAbandoned' AND payload ->> 'reference' = ${reference}`);
    expect(await orderService().releaseAbandoned(event!.id, reference)).toBe(true);
    return result;
  };
  try {
    const late = await platform.request(PLACE, { input: { idempotencyKey: `late-${Date.now()}`, shippingAddress: TEST_ADDRESS } }, { token: shopper.token });
    expect(late.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  } finally {
    catalog.reserve = reserve;
  }
  expect(await sqlRows(platform, 'orders', sql`SELECT id FROM orders WHERE customer_id = ${shopper.userId}`)).toEqual([]);
  await eventually(async () => (await available(product.productId)) === 2);
});

test("a reserve that reaches the catalog only after the checkout gave up and released it holds nothing", async () => {
  const { product, shopper } = await allInCart(2);
  const catalog = inventory();
  const reserve = catalog.reserve;
  const others = collaborators();
  const settle = others.settleReservation;
  let released!: () => void;
  const releasedNow = new Promise<void>((resolve) => (released = resolve));
  // The checkout's requests to reserve are held on their way in until its release (sent once it gave up on them) has
  // been done, then go through: the order of a slow network, the release first.
  others.settleReservation = async (...args: unknown[]) => {
    const outcome = await settle.apply(others, args);
    if (args[1] === 'release') released();
    return outcome;
  };
  const references = new Set<string>();
  const landed: Promise<unknown>[] = [];
  catalog.reserve = (...args: unknown[]) => {
    references.add(args[0] as string);
    const late = releasedNow.then(() => reserve.apply(catalog, args));
    landed.push(late);
    return late;
  };
  try {
    const failed = await platform.request(PLACE, { input: { idempotencyKey: `slow-${Date.now()}`, shippingAddress: TEST_ADDRESS } }, { token: shopper.token });
    expect(failed.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const answers = await Promise.all(landed);
    expect(answers.length).toBeGreaterThanOrEqual(1);
    for (const answer of answers) expect(answer).toEqual({ reservation: null, userErrors: [expect.objectContaining({ code: 'RESERVATION_RELEASED' })] });
  } finally {
    catalog.reserve = reserve;
    others.settleReservation = settle;
  }
  expect(references.size).toBe(1);
  const [reference] = references;
  expect(await sqlRows(platform, 'catalog', sql`SELECT status FROM reservations WHERE reference = ${reference}`)).toEqual([{ status: 'RELEASED' }]);
  expect(await available(product.productId)).toBe(2);
});
