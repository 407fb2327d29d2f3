import { sql } from 'drizzle-orm';
import { adminToken, createTestProduct, operationCount, registerShopper, startPlatform, type Platform } from '@zero/testing';
import { PAYLOAD } from './helpers';

/** How many times the cart has asked the catalog for variants so far (its operation is named `CartVariants`). */
const catalogVariantCalls = (platform: Platform) => operationCount(platform, 'catalog', 'CartVariants');

let platform: Platform;
let admin: string;
beforeAll(async () => {
  platform = await startPlatform();
  admin = await adminToken(platform);
});
afterAll(() => platform?.stop());

const CREATE = `mutation { createCart { ${PAYLOAD} } }`;
const ADD = `mutation($cartId: ID, $variantId: ID!, $quantity: Int!) { addToCart(cartId: $cartId, variantId: $variantId, quantity: $quantity) { ${PAYLOAD} } }`;
const UPDATE = `mutation($cartId: ID, $variantId: ID!, $quantity: Int!) { updateCartLine(cartId: $cartId, variantId: $variantId, quantity: $quantity) { ${PAYLOAD} } }`;
const REMOVE = `mutation($cartId: ID, $variantId: ID!) { removeFromCart(cartId: $cartId, variantId: $variantId) { ${PAYLOAD} } }`;
const CLEAR = `mutation($cartId: ID) { clearCart(cartId: $cartId) { ${PAYLOAD} } }`;
const MERGE = `mutation($id: ID!) { mergeCart(guestCartId: $id) { ${PAYLOAD} } }`;
const CART = `query($id: ID) { cart(id: $id) { id totalQuantity subtotal { amount currency } lines { variant { id } quantity unitPrice { amount } lineTotal { amount } } } }`;

const guestCart = async () => (await platform.request(CREATE)).data.createCart.cart.id as string;
const add = async (cartId: string | null, variantId: string, quantity: number, token?: string) =>
  (await platform.request(ADD, { cartId, variantId, quantity }, { token })).data.addToCart;
const cart = async (id: string | null, token?: string) => (await platform.request(CART, { id }, { token })).data.cart;
const quantities = (c: { lines: { variant: { id: string }; quantity: number }[] }) => Object.fromEntries(c.lines.map((l) => [l.variant.id, l.quantity]));
const codes = (payload: { userErrors: { code: string }[] }) => payload.userErrors.map((e) => e.code);

describe('guest carts', () => {
  test('the whole flow: create, add, update, remove, clear, with totals at catalog prices', async () => {
    const { variants: [a, b] } = await createTestProduct(platform, admin, [{ price: 1999, stock: 20 }, { price: 500, stock: 20 }]);
    const created = (await platform.request(CREATE)).data.createCart;
    expect(created.userErrors).toEqual([]);
    expect(created.cart).toMatchObject({ lines: [], totalQuantity: 0, subtotal: { amount: 0, currency: 'USD' } });
    const id = created.cart.id as string;
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 random bits
    expect(new Date(created.cart.updatedAt).toISOString()).toBe(created.cart.updatedAt);

    let res = await add(id, a!.id, 2);
    expect(res.userErrors).toEqual([]);
    res = await add(id, b!.id, 1);
    res = await add(id, a!.id, 1); // adds to the existing line
    expect(res.cart.lines).toEqual([
      { variant: { id: a!.id }, quantity: 3, unitPrice: { amount: 1999, currency: 'USD' }, lineTotal: { amount: 5997, currency: 'USD' } },
      { variant: { id: b!.id }, quantity: 1, unitPrice: { amount: 500, currency: 'USD' }, lineTotal: { amount: 500, currency: 'USD' } },
    ]);
    expect(res.cart).toMatchObject({ id, totalQuantity: 4, subtotal: { amount: 6497, currency: 'USD' } });

    res = (await platform.request(UPDATE, { cartId: id, variantId: a!.id, quantity: 5 })).data.updateCartLine;
    expect(res.userErrors).toEqual([]);
    expect(quantities(res.cart)).toEqual({ [a!.id]: 5, [b!.id]: 1 });
    res = (await platform.request(UPDATE, { cartId: id, variantId: b!.id, quantity: 0 })).data.updateCartLine;
    expect(quantities(res.cart)).toEqual({ [a!.id]: 5 });
    res = (await platform.request(REMOVE, { cartId: id, variantId: a!.id })).data.removeFromCart;
    expect(res.cart.lines).toEqual([]);
    res = (await platform.request(REMOVE, { cartId: id, variantId: a!.id })).data.removeFromCart; // idempotent
    expect(res.userErrors).toEqual([]);

    await add(id, a!.id, 1);
    await add(id, b!.id, 1);
    res = (await platform.request(CLEAR, { cartId: id })).data.clearCart;
    expect(res.cart).toMatchObject({ lines: [], totalQuantity: 0, subtotal: { amount: 0 } });
    expect((await cart(id)).id).toBe(id);
  });

  test('a line resolves to the catalog variant through the router', async () => {
    const { variants: [a] } = await createTestProduct(platform, admin, [{ price: 1234, stock: 5 }]);
    const id = await guestCart();
    await add(id, a!.id, 1);
    const res = await platform.request('query($id: ID) { cart(id: $id) { lines { variant { id sku price { amount } inStock } } } }', { id });
    expect(res.errors).toBeUndefined();
    expect(res.data.cart.lines[0].variant).toEqual({ id: a!.id, sku: a!.sku, price: { amount: 1234 }, inStock: true });
  });

  test('anonymous callers without a cart id: no cart, and mutations need sign-in', async () => {
    expect(await cart(null)).toBeNull();
    const { variants: [a] } = await createTestProduct(platform, admin, [{ price: 100, stock: 5 }]);
    const res = await platform.request(ADD, { variantId: a!.id, quantity: 1 });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await platform.request(CLEAR, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await platform.request(MERGE, { id: 'x' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('cart ids are unique random secrets', async () => {
    const ids = await Promise.all(Array.from({ length: 10 }, guestCart));
    expect(new Set(ids).size).toBe(10);
  });
});

describe('rules and codes', () => {
  test('INVALID_QUANTITY: 1–10 per line, adds included', async () => {
    const { variants: [a] } = await createTestProduct(platform, admin, [{ price: 100, stock: 100 }]);
    const id = await guestCart();
    for (const quantity of [0, -1, 11]) {
      const res = await add(id, a!.id, quantity);
      expect(res).toMatchObject({ cart: null, userErrors: [{ code: 'INVALID_QUANTITY', field: ['quantity'] }] });
    }
    expect((await add(id, a!.id, 6)).userErrors).toEqual([]);
    expect(codes(await add(id, a!.id, 5))).toEqual(['INVALID_QUANTITY']);
    expect((await add(id, a!.id, 4)).cart.lines[0].quantity).toBe(10);
    for (const quantity of [11, -1]) {
      const res = (await platform.request(UPDATE, { cartId: id, variantId: a!.id, quantity })).data.updateCartLine;
      expect(codes(res)).toEqual(['INVALID_QUANTITY']);
    }
    expect((await cart(id)).lines[0].quantity).toBe(10);
  });

  test('UNKNOWN_VARIANT and NOT_FOUND', async () => {
    const { variants: [a] } = await createTestProduct(platform, admin, [{ price: 100, stock: 100 }]);
    const id = await guestCart();
    expect(await add(id, 'not-a-variant', 1)).toMatchObject({ cart: null, userErrors: [{ code: 'UNKNOWN_VARIANT', field: ['variantId'] }] });
    expect(codes(await add(id, '00000000-0000-4000-8000-000000000000', 1))).toEqual(['UNKNOWN_VARIANT']);
    expect(await add('no-such-cart', a!.id, 1)).toMatchObject({ cart: null, userErrors: [{ code: 'NOT_FOUND', field: ['cartId'] }] });
    expect(await cart('no-such-cart')).toBeNull();
    const update = (await platform.request(UPDATE, { cartId: id, variantId: a!.id, quantity: 2 })).data.updateCartLine;
    expect(update).toMatchObject({ cart: null, userErrors: [{ code: 'NOT_FOUND', field: ['variantId'] }] });
    expect(codes((await platform.request(CLEAR, { cartId: 'nope' })).data.clearCart)).toEqual(['NOT_FOUND']);
    expect(codes((await platform.request(REMOVE, { cartId: 'nope', variantId: a!.id })).data.removeFromCart)).toEqual(['NOT_FOUND']);
  });

  test('OUT_OF_STOCK: a line never asks for more than is available', async () => {
    const { variants: [a] } = await createTestProduct(platform, admin, [{ price: 100, stock: 3 }]);
    const id = await guestCart();
    expect(await add(id, a!.id, 4)).toMatchObject({ cart: null, userErrors: [{ code: 'OUT_OF_STOCK', field: ['quantity'] }] });
    expect((await add(id, a!.id, 2)).userErrors).toEqual([]);
    expect(codes(await add(id, a!.id, 2))).toEqual(['OUT_OF_STOCK']); // 2 + 2 > 3
    expect(codes((await platform.request(UPDATE, { cartId: id, variantId: a!.id, quantity: 4 })).data.updateCartLine)).toEqual(['OUT_OF_STOCK']);
    expect((await platform.request(UPDATE, { cartId: id, variantId: a!.id, quantity: 3 })).data.updateCartLine.userErrors).toEqual([]);

    // Stock drops below the line: lowering it is still allowed.
    const set = await platform.request('mutation($v: ID!) { setStock(variantId: $v, quantity: 1) { userErrors { code } } }', { v: a!.id }, { token: admin });
    expect(set.data.setStock.userErrors).toEqual([]);
    expect((await platform.request(UPDATE, { cartId: id, variantId: a!.id, quantity: 2 })).data.updateCartLine.userErrors).toEqual([]);
    expect(codes(await add(id, a!.id, 1))).toEqual(['OUT_OF_STOCK']);
  });

  test('CART_FULL at 50 lines; the catalog is called once per request whatever the number of lines', async () => {
    const { variants } = await createTestProduct(platform, admin, Array.from({ length: 51 }, (_, i) => ({ price: 100 + i, stock: 10 })));
    const id = await guestCart();
    for (const variant of variants.slice(0, 50)) expect((await add(id, variant.id, 1)).userErrors).toEqual([]);
    expect(await add(id, variants[50]!.id, 1)).toMatchObject({ cart: null, userErrors: [{ code: 'CART_FULL' }] });
    expect((await add(id, variants[0]!.id, 1)).userErrors).toEqual([]); // an existing line still grows

    let before = await catalogVariantCalls(platform);
    const full = await cart(id);
    expect(full.lines).toHaveLength(50);
    expect(full.totalQuantity).toBe(51);
    expect(full.subtotal.amount).toBe(variants.slice(0, 50).reduce((sum, _v, i) => sum + 100 + i, 0) + 100);
    expect((await catalogVariantCalls(platform)) - before).toBe(1);

    before = await catalogVariantCalls(platform);
    expect((await add(id, variants[1]!.id, 1)).cart.lines).toHaveLength(50);
    expect((await catalogVariantCalls(platform)) - before).toBe(1);
  });

  test('prices are always the catalog current ones', async () => {
    const product = await createTestProduct(platform, admin, [{ price: 1000, stock: 10 }]);
    const variant = product.variants[0]!;
    const id = await guestCart();
    await add(id, variant.id, 2);
    expect((await cart(id)).subtotal.amount).toBe(2000);
    const res = await platform.request(
      'mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { userErrors { code message } } }',
      { id: product.productId, input: { variants: [{ sku: variant.sku, title: 'Variant 0', price: 1250, weightGrams: 100, stock: 10, selectedOptions: [{ name: 'Number', value: '0' }] }] } },
      { token: admin },
    );
    expect(res.data.updateProduct.userErrors).toEqual([]);
    const after = await cart(id);
    expect(after.lines[0]).toMatchObject({ unitPrice: { amount: 1250 }, lineTotal: { amount: 2500 } });
    expect(after.subtotal.amount).toBe(2500);
  });
});

describe('signed-in carts', () => {
  test('no cart id means the shopper cart, created on first add; User.cart shows it', async () => {
    const shopper = await registerShopper(platform);
    const { variants: [a] } = await createTestProduct(platform, admin, [{ price: 700, stock: 10 }]);
    expect(await cart(null, shopper.token)).toBeNull();
    const me = await platform.request('{ me { id cart { id } } }', {}, { token: shopper.token });
    expect(me.data.me.cart).toBeNull();

    const first = await add(null, a!.id, 2, shopper.token);
    expect(first.userErrors).toEqual([]);
    const again = await add(null, a!.id, 1, shopper.token);
    expect(again.cart.id).toBe(first.cart.id);
    expect((await cart(null, shopper.token))).toMatchObject({ id: first.cart.id, totalQuantity: 3, subtotal: { amount: 2100 } });
    expect((await platform.request('{ me { cart { id totalQuantity } } }', {}, { token: shopper.token })).data.me.cart).toEqual({ id: first.cart.id, totalQuantity: 3 });
    const upd = (await platform.request(UPDATE, { variantId: a!.id, quantity: 1 }, { token: shopper.token })).data.updateCartLine;
    expect(upd.cart.totalQuantity).toBe(1);
    const cleared = (await platform.request(CLEAR, {}, { token: shopper.token })).data.clearCart;
    expect(cleared.cart).toMatchObject({ id: first.cart.id, lines: [] });

    // An admin sees it through User.cart; another shopper sees nothing.
    const asAdmin = await platform.request('query($id: ID!) { user(id: $id) { cart { id } } }', { id: shopper.userId }, { token: admin });
    expect(asAdmin.data.user.cart).toEqual({ id: first.cart.id });
  });

  test('concurrent first adds make one cart', async () => {
    const shopper = await registerShopper(platform);
    const { variants } = await createTestProduct(platform, admin, [{ price: 1, stock: 10 }, { price: 2, stock: 10 }, { price: 3, stock: 10 }]);
    const results = await Promise.all(variants.map((v) => add(null, v.id, 1, shopper.token)));
    expect(new Set(results.map((r) => r.cart.id)).size).toBe(1);
    expect((await cart(null, shopper.token)).lines).toHaveLength(3);
  });

  test('a shopper never reads or changes another shopper cart, even with its id', async () => {
    const alice = await registerShopper(platform);
    const bob = await registerShopper(platform);
    const { variants: [a] } = await createTestProduct(platform, admin, [{ price: 700, stock: 10 }]);
    const aliceCart = (await add(null, a!.id, 1, alice.token)).cart.id as string;

    for (const token of [bob.token, undefined]) {
      expect(await cart(aliceCart, token)).toBeNull();
      expect(codes(await add(aliceCart, a!.id, 1, token))).toEqual(['NOT_FOUND']);
      expect(codes((await platform.request(UPDATE, { cartId: aliceCart, variantId: a!.id, quantity: 5 }, { token })).data.updateCartLine)).toEqual(['NOT_FOUND']);
      expect(codes((await platform.request(REMOVE, { cartId: aliceCart, variantId: a!.id }, { token })).data.removeFromCart)).toEqual(['NOT_FOUND']);
      expect(codes((await platform.request(CLEAR, { cartId: aliceCart }, { token })).data.clearCart)).toEqual(['NOT_FOUND']);
    }
    expect(codes((await platform.request(MERGE, { id: aliceCart }, { token: bob.token })).data.mergeCart)).toEqual(['NOT_FOUND']);
    // Bob's own cart is unaffected by all this, and Alice's is intact.
    expect(await cart(null, bob.token)).toBeNull();
    expect((await cart(aliceCart, alice.token)).lines).toEqual([expect.objectContaining({ quantity: 1 })]);
    // Through the graph, Bob's User.cart is his own only.
    expect((await platform.request('{ me { cart { id } } }', {}, { token: bob.token })).data.me.cart).toBeNull();
  });
});

describe('mergeCart', () => {
  test('moves guest lines into the shopper cart, capped at 10, and is idempotent', async () => {
    const shopper = await registerShopper(platform);
    const { variants: [a, b] } = await createTestProduct(platform, admin, [{ price: 100, stock: 50 }, { price: 200, stock: 50 }]);
    await add(null, a!.id, 8, shopper.token);
    const guest = await guestCart();
    await add(guest, a!.id, 5);
    await add(guest, b!.id, 2);

    const merged = (await platform.request(MERGE, { id: guest }, { token: shopper.token })).data.mergeCart;
    expect(merged.userErrors).toEqual([]);
    expect(quantities(merged.cart)).toEqual({ [a!.id]: 10, [b!.id]: 2 });
    expect(await cart(guest)).toBeNull(); // the guest cart is used up
    expect(codes(await add(guest, a!.id, 1))).toEqual(['NOT_FOUND']);

    const again = (await platform.request(MERGE, { id: guest }, { token: shopper.token })).data.mergeCart;
    expect(again.userErrors).toEqual([]);
    expect(again.cart.id).toBe(merged.cart.id);
    expect(quantities(again.cart)).toEqual({ [a!.id]: 10, [b!.id]: 2 });

    // Nobody else can merge it afterwards.
    const other = await registerShopper(platform);
    expect(codes((await platform.request(MERGE, { id: guest }, { token: other.token })).data.mergeCart)).toEqual(['NOT_FOUND']);
    expect(codes((await platform.request(MERGE, { id: 'nope' }, { token: other.token })).data.mergeCart)).toEqual(['NOT_FOUND']);
  });

  test('creates the shopper cart when there is none', async () => {
    const shopper = await registerShopper(platform);
    const { variants: [a] } = await createTestProduct(platform, admin, [{ price: 100, stock: 50 }]);
    const guest = await guestCart();
    await add(guest, a!.id, 3);
    const merged = (await platform.request(MERGE, { id: guest }, { token: shopper.token })).data.mergeCart;
    expect(merged.cart.id).not.toBe(guest);
    expect(quantities(merged.cart)).toEqual({ [a!.id]: 3 });
    expect((await cart(null, shopper.token)).id).toBe(merged.cart.id);
  });

  test('concurrent merges of one guest cart never double quantities', async () => {
    const shopper = await registerShopper(platform);
    const { variants: [a, b] } = await createTestProduct(platform, admin, [{ price: 100, stock: 50 }, { price: 200, stock: 50 }]);
    await add(null, a!.id, 4, shopper.token);
    const guest = await guestCart();
    await add(guest, a!.id, 3);
    await add(guest, b!.id, 1);
    const results = await Promise.all(Array.from({ length: 8 }, () => platform.request(MERGE, { id: guest }, { token: shopper.token })));
    for (const res of results) expect(res.data.mergeCart.userErrors).toEqual([]);
    expect(quantities(await cart(null, shopper.token))).toEqual({ [a!.id]: 7, [b!.id]: 1 });
  });

  test('concurrent merges by two shoppers: exactly one gets the lines', async () => {
    const [alice, bob] = await Promise.all([registerShopper(platform), registerShopper(platform)]);
    const { variants: [a] } = await createTestProduct(platform, admin, [{ price: 100, stock: 50 }]);
    const guest = await guestCart();
    await add(guest, a!.id, 2);
    const [ra, rb] = await Promise.all([alice, bob].map((s) => platform.request(MERGE, { id: guest }, { token: s.token })));
    const outcomes = [ra!.data.mergeCart, rb!.data.mergeCart].map((p) => (p.userErrors.length ? p.userErrors[0].code : 'OK')).sort();
    expect(outcomes).toEqual(['NOT_FOUND', 'OK']);
  });

  test('CART_FULL when the union would exceed 50 lines; nothing is merged', async () => {
    const shopper = await registerShopper(platform);
    const { variants } = await createTestProduct(platform, admin, Array.from({ length: 52 }, () => ({ price: 100, stock: 10 })));
    for (const v of variants.slice(0, 30)) await add(null, v.id, 1, shopper.token);
    const guest = await guestCart();
    for (const v of variants.slice(29, 52)) await add(guest, v.id, 1); // 23 lines, one shared: 52 in all
    const res = (await platform.request(MERGE, { id: guest }, { token: shopper.token })).data.mergeCart;
    expect(codes(res)).toEqual(['CART_FULL']);
    expect((await cart(null, shopper.token)).lines).toHaveLength(30);
    expect((await cart(guest)).lines).toHaveLength(23);
  });
});

describe('abandoned guest carts', () => {
  test('expire after 30 days and are swept', async () => {
    const { variants: [a] } = await createTestProduct(platform, admin, [{ price: 100, stock: 50 }]);
    const old = await guestCart();
    const fresh = await guestCart();
    await add(old, a!.id, 1);
    const services = platform.subgraphs.cart!.services as { db: { execute(q: unknown): Promise<unknown> }; carts: { purgeExpiredGuestCarts(): Promise<number> } };
    await services.db.execute(sql`UPDATE carts SET updated_at = now() - interval '31 days' WHERE id = ${old}`);
    expect(await cart(old)).toBeNull();
    expect(codes(await add(old, a!.id, 1))).toEqual(['NOT_FOUND']);
    const shopper = await registerShopper(platform);
    expect(codes((await platform.request(MERGE, { id: old }, { token: shopper.token })).data.mergeCart)).toEqual(['NOT_FOUND']);

    expect(await services.carts.purgeExpiredGuestCarts()).toBeGreaterThanOrEqual(1);
    const rows = (await services.db.execute(sql`SELECT id FROM carts WHERE id IN (${old}, ${fresh})`)) as { rows: { id: string }[] };
    expect(rows.rows.map((r) => r.id)).toEqual([fresh]);
  });
});

test('variants of an archived product cannot be added', async () => {
  const product = await createTestProduct(platform, admin, [{ price: 1000, stock: 5 }]);
  await platform.request('mutation($id: ID!) { archiveProduct(id: $id) { userErrors { code } } }', { id: product.productId }, { token: admin });
  const id = await guestCart();
  expect(codes(await add(id, product.variants[0]!.id, 1))).toEqual(['UNKNOWN_VARIANT']);
});

test('a line whose product is archived after it was added stays in the cart, shown as archived; it can be lowered and removed, not raised', async () => {
  const kept = (await createTestProduct(platform, admin, [{ price: 1000, stock: 5 }])).variants[0];
  const { productId, variants: [archived] } = await createTestProduct(platform, admin, [{ price: 2000, stock: 5 }]);
  const id = await guestCart();
  await add(id, kept!.id, 1);
  await add(id, archived!.id, 2);
  await platform.request('mutation($id: ID!) { archiveProduct(id: $id) { userErrors { code } } }', { id: productId }, { token: admin });

  const SHOWN = `query($id: ID) { cart(id: $id) { totalQuantity subtotal { amount } lines { variant { id product { archived } } quantity lineTotal { amount } } } }`;
  const shown = (await platform.request(SHOWN, { id })).data.cart;
  expect(shown.lines).toEqual([
    { variant: { id: kept!.id, product: { archived: false } }, quantity: 1, lineTotal: { amount: 1000 } },
    { variant: { id: archived!.id, product: { archived: true } }, quantity: 2, lineTotal: { amount: 4000 } },
  ]);
  expect(shown).toMatchObject({ totalQuantity: 3, subtotal: { amount: 5000 } });

  expect(codes(await add(id, archived!.id, 1))).toEqual(['UNKNOWN_VARIANT']);
  expect(codes((await platform.request(UPDATE, { cartId: id, variantId: archived!.id, quantity: 3 })).data.updateCartLine)).toEqual(['OUT_OF_STOCK']);
  expect(quantities((await platform.request(UPDATE, { cartId: id, variantId: archived!.id, quantity: 1 })).data.updateCartLine.cart)).toEqual({ [kept!.id]: 1, [archived!.id]: 1 });
  expect(quantities((await platform.request(REMOVE, { cartId: id, variantId: archived!.id })).data.removeFromCart.cart)).toEqual({ [kept!.id]: 1 });
});

test('two changes to one cart in a single request: the second sees the first', async () => {
  const product = await createTestProduct(platform, admin, [{ price: 1000, stock: 5 }]);
  const id = await guestCart();
  const res = await platform.request(
    `mutation($c: ID, $v: ID!) { a: addToCart(cartId: $c, variantId: $v, quantity: 1) { cart { totalQuantity } }
       b: addToCart(cartId: $c, variantId: $v, quantity: 1) { cart { totalQuantity lines { quantity } } } }`,
    { c: id, v: product.variants[0]!.id },
  );
  expect(res.data.a.cart.totalQuantity).toBe(1);
  expect(res.data.b.cart).toEqual({ totalQuantity: 2, lines: [{ quantity: 2 }] });
});

test('concurrent adds of one variant lose nothing and double nothing', async () => {
  const product = await createTestProduct(platform, admin, [{ price: 1000, stock: 50 }]);
  const id = await guestCart();
  await Promise.all(Array.from({ length: 8 }, () => add(id, product.variants[0]!.id, 1)));
  expect((await cart(id)).totalQuantity).toBe(8);
});

test('after checkout, the ordered quantities leave the cart once; lines added since stay', async () => {
  const { InternalCredentials } = await import('@zero/service');
  const product = await createTestProduct(platform, admin, [{ price: 1000, stock: 50 }, { price: 2000, stock: 50 }]);
  const [a, b] = product.variants;
  const id = await guestCart();
  await add(id, a!.id, 5);
  await add(id, b!.id, 2);
  const asOrders = async () => {
    const credential = await new InternalCredentials(platform.internalSecret).sign({ issuer: 'service:orders', viewer: null, ip: null });
    const res = await fetch(`${platform.subgraphs.cart!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-zero-context': credential },
      body: JSON.stringify({
        query: 'mutation($c: ID!, $o: ID!, $l: [OrderedLineInput!]!) { removeOrderedLines(cartId: $c, orderId: $o, lines: $l) }',
        variables: { c: id, o: 'order-1', l: [{ variantId: a!.id, quantity: 3 }, { variantId: b!.id, quantity: 2 }] },
      }),
    });
    return ((await res.json()) as { data: { removeOrderedLines: boolean } }).data.removeOrderedLines;
  };
  expect(await asOrders()).toBe(true);
  expect(await asOrders()).toBe(true); // redelivered: nothing more leaves
  expect(quantities(await cart(id))).toEqual({ [a!.id]: 2 });
});
