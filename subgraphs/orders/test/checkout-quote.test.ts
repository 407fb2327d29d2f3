import { sql } from 'drizzle-orm';
import { TEST_ADDRESS, adminToken, createTestProduct, registerShopper, sqlRows, startPlatform, type Platform, shopperWithCart as shopperWithCartIn } from '@zero/testing';

/**
 * checkoutQuote through the router: the cart priced as placeOrder would price it, what would make placeOrder fail,
 * and nothing reserved or written.
 */

const MONEY = 'subtotal { amount currency } tax { amount } shipping { amount } total { amount }';
const QUOTE = `query($id: ID, $address: AddressInput) { checkoutQuote(shippingAddressId: $id, shippingAddress: $address) {
  lines { variant { id } productName sku variantTitle quantity unitPrice { amount } total { amount } }
  ${MONEY} weightGrams problems { code message field } } }`;
const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id
  lines { variant { id } productName sku variantTitle quantity unitPrice { amount } total { amount } } ${MONEY} }
  userErrors { code message field } } }`;
const ADD = 'mutation($v: ID!, $q: Int!) { addToCart(variantId: $v, quantity: $q) { userErrors { code message } } }';
const ADD_ADDRESS = 'mutation($input: AddressInput!) { addAddress(input: $input) { address { id } userErrors { code } } }';
const AVAILABLE = 'query($id: ID!) { product(id: $id) { variants { quantityAvailable } } }';

let platform: Platform;
let admin: string;
beforeAll(async () => {
  platform = await startPlatform();
  admin = await adminToken(platform);
});
afterAll(() => platform?.stop());

let keys = 0;
const key = () => `quote-${Date.now()}-${++keys}`;

const shopperWithCart = (lines: Array<{ variantId: string; quantity: number }>) => shopperWithCartIn(platform, lines);

const available = async (productId: string) =>
  (await platform.request(AVAILABLE, { id: productId })).data.product.variants.map((v: { quantityAvailable: number }) => v.quantityAvailable) as number[];

const ordersOf = async (userId: string) =>
  (await sqlRows<{ n: number }>(platform, 'orders', sql`SELECT count(*)::int AS n FROM orders WHERE customer_id = ${userId}`))[0]!.n;

test("the seed's example is quoted exactly as placeOrder then prices it, and the quote reserves and writes nothing", async () => {
  const product = await createTestProduct(platform, admin, { price: 2999, weightGrams: 302, stock: 10 }); // 3 × 302 g ≈ 2 lb
  const shopper = await shopperWithCart([{ variantId: product.variantId, quantity: 3 }]);

  const res = await platform.request(QUOTE, { address: TEST_ADDRESS }, { token: shopper.token });
  expect(res.errors).toBeUndefined();
  const quote = res.data.checkoutQuote;
  expect(quote).toMatchObject({
    subtotal: { amount: 8997, currency: 'USD' },
    tax: { amount: 765 },
    shipping: { amount: 899 },
    total: { amount: 10661 },
    weightGrams: 906,
    problems: [],
    lines: [{ variant: { id: product.variantId }, sku: product.sku, quantity: 3, unitPrice: { amount: 2999 }, total: { amount: 8997 } }],
  });
  // The state written out, as autofill often gives it, is the same state at the same price; a saved address keeps its code.
  for (const region of ['California', 'california', ' ca. ']) {
    const named = (await platform.request(QUOTE, { address: { ...TEST_ADDRESS, region } }, { token: shopper.token })).data.checkoutQuote;
    expect({ region, shipping: named.shipping, total: named.total, problems: named.problems }).toEqual({ region, shipping: { amount: 899 }, total: { amount: 10661 }, problems: [] });
  }
  const saved = await platform.request('mutation($input: AddressInput!) { addAddress(input: $input) { address { region } userErrors { code } } }', { input: { ...TEST_ADDRESS, region: 'California' } }, { token: shopper.token });
  expect(saved.data.addAddress).toEqual({ address: { region: 'CA' }, userErrors: [] });
  const nowhere = (await platform.request(QUOTE, { address: { ...TEST_ADDRESS, region: 'Narnia' } }, { token: shopper.token })).data.checkoutQuote;
  expect(nowhere.problems).toEqual([expect.objectContaining({ code: 'INVALID_ADDRESS', field: ['shippingAddress', 'region'] })]);
  // Quoting twice changes nothing: no stock held, no order written.
  await platform.request(QUOTE, { address: TEST_ADDRESS }, { token: shopper.token });
  expect(await available(product.productId)).toEqual([10]);
  expect(await ordersOf(shopper.userId)).toBe(0);

  const placed = await platform.request(PLACE, { input: { idempotencyKey: key(), shippingAddress: TEST_ADDRESS } }, { token: shopper.token });
  expect(placed.data.placeOrder.userErrors).toEqual([]);
  const { id: _id, ...order } = placed.data.placeOrder.order;
  const { weightGrams: _w, problems: _p, ...quoted } = quote;
  expect(quoted).toEqual(order);
  expect(await available(product.productId)).toEqual([7]);
});

test('a line the catalog cannot supply is OUT_OF_STOCK in problems, naming the line as placeOrder does', async () => {
  const plenty = await createTestProduct(platform, admin, { price: 1000, weightGrams: 100, stock: 10 });
  const scarce = await createTestProduct(platform, admin, { price: 500, weightGrams: 100, stock: 3 });
  const shopper = await shopperWithCart([
    { variantId: plenty.variantId, quantity: 1 },
    { variantId: scarce.variantId, quantity: 3 },
  ]);
  // Someone else buys two of the three meanwhile.
  const rival = await shopperWithCart([{ variantId: scarce.variantId, quantity: 2 }]);
  expect((await platform.request(PLACE, { input: { idempotencyKey: key(), shippingAddress: TEST_ADDRESS } }, { token: rival.token })).data.placeOrder.userErrors).toEqual([]);

  const quote = (await platform.request(QUOTE, { address: TEST_ADDRESS }, { token: shopper.token })).data.checkoutQuote;
  expect(quote.problems).toEqual([
    { code: 'OUT_OF_STOCK', message: expect.stringContaining('Only 1'), field: ['lines', '1', 'quantity'] },
  ]);
  // Still priced in full, so the shopper sees what they asked for.
  expect(quote.subtotal.amount).toBe(2500);
  expect(quote.lines).toHaveLength(2);

  const placed = await platform.request(PLACE, { input: { idempotencyKey: key(), shippingAddress: TEST_ADDRESS } }, { token: shopper.token });
  expect(placed.data.placeOrder.userErrors.map((e: { code: string; field: string[] }) => [e.code, e.field])).toEqual(
    quote.problems.map((p: { code: string; field: string[] }) => [p.code, p.field]),
  );
  expect(await available(scarce.productId)).toEqual([1]);
  expect(await available(plenty.productId)).toEqual([10]);
});

test('a line whose product was archived after it was added: named in problems, refused by placeOrder, never dropped from the order unseen', async () => {
  const kept = await createTestProduct(platform, admin, { price: 1000, weightGrams: 100, stock: 10 });
  const archived = await createTestProduct(platform, admin, { price: 2000, weightGrams: 100, stock: 10 });
  const shopper = await shopperWithCart([
    { variantId: kept.variantId, quantity: 1 },
    { variantId: archived.variantId, quantity: 2 },
  ]);
  await platform.request('mutation($id: ID!) { archiveProduct(id: $id) { userErrors { code } } }', { id: archived.productId }, { token: admin });

  const quote = (await platform.request(QUOTE, { address: TEST_ADDRESS }, { token: shopper.token })).data.checkoutQuote;
  expect(quote.problems).toEqual([{ code: 'OUT_OF_STOCK', message: expect.stringContaining('no longer sold'), field: ['lines', '1', 'variantId'] }]);
  expect(quote.lines).toHaveLength(2);
  const placed = await platform.request(PLACE, { input: { idempotencyKey: key(), shippingAddress: TEST_ADDRESS } }, { token: shopper.token });
  expect(placed.data.placeOrder).toMatchObject({ order: null, userErrors: [{ code: 'OUT_OF_STOCK', field: ['lines', '1', 'variantId'] }] });
  expect(await ordersOf(shopper.userId)).toBe(0);
  expect(await available(kept.productId)).toEqual([10]);

  // Removed, the rest is ordered.
  await platform.request('mutation($v: ID!) { removeFromCart(variantId: $v) { userErrors { code } } }', { v: archived.variantId }, { token: shopper.token });
  const ordered = await platform.request(PLACE, { input: { idempotencyKey: key(), shippingAddress: TEST_ADDRESS } }, { token: shopper.token });
  expect(ordered.data.placeOrder.userErrors).toEqual([]);
  expect(ordered.data.placeOrder.order.lines.map((l: { variant: { id: string } }) => l.variant.id)).toEqual([kept.variantId]);
});

test('addresses: invalid, unknown, none saved (INVALID_ADDRESS, shipping 0), and the default shipping address', async () => {
  const product = await createTestProduct(platform, admin, { price: 1000, weightGrams: 100, stock: 5 });
  const shopper = await shopperWithCart([{ variantId: product.variantId, quantity: 1 }]);
  const quote = async (variables: Record<string, unknown>) => (await platform.request(QUOTE, variables, { token: shopper.token })).data.checkoutQuote;

  const bad = await quote({ address: { ...TEST_ADDRESS, country: 'ZZ' } });
  expect(bad.problems).toEqual([expect.objectContaining({ code: 'INVALID_ADDRESS', field: ['shippingAddress', 'country'] })]);
  expect(bad).toMatchObject({ subtotal: { amount: 1000 }, tax: { amount: 85 }, shipping: { amount: 0 }, total: { amount: 1085 } });

  const unknown = await quote({ id: '00000000-0000-4000-8000-000000000000' });
  expect(unknown.problems).toEqual([expect.objectContaining({ code: 'INVALID_ADDRESS', field: ['shippingAddressId'] })]);

  const none = await quote({});
  expect(none.problems).toEqual([expect.objectContaining({ code: 'INVALID_ADDRESS', field: ['shippingAddress'] })]);
  expect(none.shipping.amount).toBe(0);

  // A saved address in Texas (zone ×1.2) becomes the default: quoted without arguments, and by its id.
  const saved = await platform.request(ADD_ADDRESS, { input: { ...TEST_ADDRESS, region: 'TX', city: 'Austin' } }, { token: shopper.token });
  const byDefault = await quote({});
  expect(byDefault).toMatchObject({ problems: [], shipping: { amount: 719 }, total: { amount: 1000 + 85 + 719 } });
  expect(await quote({ id: saved.data.addAddress.address.id })).toEqual(byDefault);
  expect(await available(product.productId)).toEqual([5]);
  expect(await ordersOf(shopper.userId)).toBe(0);
});

test('an empty cart is quoted as null; anonymous callers are UNAUTHENTICATED', async () => {
  const shopper = await registerShopper(platform);
  const empty = await platform.request(QUOTE, { address: TEST_ADDRESS }, { token: shopper.token });
  expect(empty.errors).toBeUndefined();
  expect(empty.data.checkoutQuote).toBeNull();

  const anonymous = await platform.request(QUOTE, { address: TEST_ADDRESS });
  expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(anonymous.data?.checkoutQuote ?? null).toBeNull();
});
