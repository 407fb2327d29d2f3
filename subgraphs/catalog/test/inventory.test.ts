import { InternalCredentials } from '@zero/service';
import { sql } from 'drizzle-orm';
import { adminToken, registerShopper, sqlRows, type Platform } from '@zero/testing';
import { asService, startCatalogPlatform } from './helpers';

/** Stock reservations: the internal API other subgraphs (orders) call with a service credential. */
let platform: Platform;
let admin: string;
beforeAll(async () => {
  platform = await startCatalogPlatform();
  admin = await adminToken(platform);
});
afterAll(() => platform?.stop());

let serial = 0;
/** Creates a product whose variants have the given stock; returns the variant ids. */
async function productWithStock(...stock: number[]): Promise<string[]> {
  const tag = `${Date.now().toString(36)}${++serial}`;
  const res = await platform.request(
    `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { variants { id } } userErrors { code field } } }`,
    {
      input: {
        name: `Stock Test ${tag}`,
        description: 'For reservations.',
        categorySlug: 'electronics',
        variants: stock.map((s, i) => ({ sku: `ST-${tag}-${i}`, price: 1000, weightGrams: 100, stock: s, selectedOptions: [{ name: 'N', value: String(i) }] })),
      },
    },
    { token: admin },
  );
  expect(res.data?.createProduct.userErrors).toEqual([]);
  return res.data.createProduct.product.variants.map((v: { id: string }) => v.id);
}

const RESERVE = `mutation($ref: String!, $lines: [ReservationLineInput!]!, $ttl: Int) {
  reserveStock(reference: $ref, lines: $lines, ttlSeconds: $ttl) {
    reservation { reference status expiresAt lines { quantity variant { id quantityAvailable } } }
    userErrors { code message field }
  }
}`;
const COMMIT = `mutation($ref: String!) { commitReservation(reference: $ref) { reservation { status } userErrors { code field } } }`;
const RELEASE = `mutation($ref: String!) { releaseReservation(reference: $ref) { reservation { status } userErrors { code field } } }`;

async function available(variantId: string): Promise<number> {
  const res = await asService(platform, `query($r: [_Any!]!) { _entities(representations: $r) { ... on ProductVariant { quantityAvailable } } }`, {
    r: [{ __typename: 'ProductVariant', id: variantId }],
  });
  return res.data._entities[0].quantityAvailable;
}

test('50 concurrent reservations against stock 10 reserve exactly 10, never oversell', async () => {
  const [variant] = await productWithStock(10);
  const results = await Promise.all(
    Array.from({ length: 50 }, (_, i) => asService(platform, RESERVE, { ref: `race-${variant}-${i}`, lines: [{ variantId: variant, quantity: 1 }] })),
  );
  for (const r of results) expect(r.errors).toBeUndefined();
  const ok = results.filter((r) => r.data.reserveStock.reservation);
  const refused = results.filter((r) => !r.data.reserveStock.reservation);
  expect(ok.length).toBe(10);
  expect(refused.length).toBe(40);
  for (const r of refused) expect(r.data.reserveStock.userErrors[0].code).toBe('OUT_OF_STOCK');
  expect(await available(variant!)).toBe(0);
  for (const r of ok) expect(r.data.reserveStock.reservation.lines[0].variant.quantityAvailable).toBeGreaterThanOrEqual(0);
});

test('concurrent multi-line reservations are all-or-nothing', async () => {
  const [a, b] = await productWithStock(5, 3);
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      asService(platform, RESERVE, { ref: `multi-${a}-${i}`, lines: [{ variantId: a, quantity: 1 }, { variantId: b, quantity: 1 }] }),
    ),
  );
  const ok = results.filter((r) => r.data.reserveStock.reservation).length;
  expect(ok).toBe(3); // b runs out first; a keeps what the failed ones did not take
  expect(await available(a!)).toBe(2);
  expect(await available(b!)).toBe(0);
});

test('reservations are atomic: one short line reserves nothing', async () => {
  const [a, b] = await productWithStock(5, 1);
  const res = await asService(platform, RESERVE, { ref: `atomic-${a}`, lines: [{ variantId: a, quantity: 2 }, { variantId: b, quantity: 2 }] });
  expect(res.data.reserveStock.reservation).toBeNull();
  expect(res.data.reserveStock.userErrors).toEqual([expect.objectContaining({ code: 'OUT_OF_STOCK', field: ['lines', '1', 'quantity'] })]);
  expect(await available(a!)).toBe(5);
  expect(await available(b!)).toBe(1);
});

test('reserve, commit and release are idempotent per reference', async () => {
  const [v] = await productWithStock(10);
  const ref = `idem-${v}`;
  const lines = [{ variantId: v, quantity: 3 }];
  const concurrent = await Promise.all(Array.from({ length: 10 }, () => asService(platform, RESERVE, { ref, lines })));
  for (const r of concurrent) expect(r.data.reserveStock.reservation.status).toBe('ACTIVE');
  expect(await available(v!)).toBe(7);
  const reused = await asService(platform, RESERVE, { ref, lines: [{ variantId: v, quantity: 4 }] });
  expect(reused.data.reserveStock.userErrors[0].code).toBe('REFERENCE_REUSED');

  const commits = await Promise.all(Array.from({ length: 5 }, () => asService(platform, COMMIT, { ref })));
  for (const c of commits) expect(c.data.commitReservation).toEqual({ reservation: { status: 'COMMITTED' }, userErrors: [] });
  expect(await available(v!)).toBe(7);
  const onHand = await platform.request(`query($id: ID!) { product(id: $id) { id } }`, { id: v }); // (variant ids are not product ids)
  expect(onHand.data.product).toBeNull();
  // Releasing a sold reservation returns the goods (a paid order was cancelled), once however often it is sent.
  const returns = await Promise.all(Array.from({ length: 5 }, () => asService(platform, RELEASE, { ref })));
  for (const r of returns) expect(r.data.releaseReservation).toEqual({ reservation: { status: 'RELEASED' }, userErrors: [] });
  expect(await available(v!)).toBe(10);
  await asService(platform, RESERVE, { ref: `idem-back-${v}`, lines: [{ variantId: v, quantity: 3 }] });
  await asService(platform, COMMIT, { ref: `idem-back-${v}` });

  const ref2 = `idem2-${v}`;
  await asService(platform, RESERVE, { ref: ref2, lines: [{ variantId: v, quantity: 2 }] });
  expect(await available(v!)).toBe(5);
  for (let i = 0; i < 3; i++) {
    const r = await asService(platform, RELEASE, { ref: ref2 });
    expect(r.data.releaseReservation).toEqual({ reservation: { status: 'RELEASED' }, userErrors: [] });
  }
  expect(await available(v!)).toBe(7);
  const commitReleased = await asService(platform, COMMIT, { ref: ref2 });
  expect(commitReleased.data.commitReservation.userErrors[0].code).toBe('RESERVATION_RELEASED');
  const unknown = await asService(platform, COMMIT, { ref: 'never-made' });
  expect(unknown.data.commitReservation.userErrors[0].code).toBe('NOT_FOUND');
});

test('a reference released before it was reserved (its reserve slow, the caller gave up) cannot hold stock later', async () => {
  const [v] = await productWithStock(4);
  const ref = `early-release-${v}`;
  const released = await asService(platform, RELEASE, { ref });
  expect(released.data.releaseReservation).toEqual({ reservation: { status: 'RELEASED' }, userErrors: [] });
  expect((await asService(platform, RELEASE, { ref })).data.releaseReservation).toEqual({ reservation: { status: 'RELEASED' }, userErrors: [] });
  const late = await asService(platform, RESERVE, { ref, lines: [{ variantId: v, quantity: 3 }] });
  expect(late.data.reserveStock).toEqual({ reservation: null, userErrors: [{ code: 'RESERVATION_RELEASED', message: 'The reservation was released', field: ['reference'] }] });
  expect((await asService(platform, COMMIT, { ref })).data.commitReservation.userErrors[0].code).toBe('RESERVATION_RELEASED');
  expect(await available(v!)).toBe(4);
  // A reservation released the usual way is not made again by a repeated reserve either.
  const ref2 = `released-${v}`;
  await asService(platform, RESERVE, { ref: ref2, lines: [{ variantId: v, quantity: 1 }] });
  await asService(platform, RELEASE, { ref: ref2 });
  expect((await asService(platform, RESERVE, { ref: ref2, lines: [{ variantId: v, quantity: 1 }] })).data.reserveStock.userErrors[0].code).toBe('RESERVATION_RELEASED');
  expect(await available(v!)).toBe(4);
  expect((await asService(platform, RELEASE, { ref: '' })).data.releaseReservation.userErrors[0].code).toBe('NOT_FOUND');
});

test('a commit writes a sale to the ledger', async () => {
  const [v] = await productWithStock(8);
  await asService(platform, RESERVE, { ref: `ledger-${v}`, lines: [{ variantId: v, quantity: 3 }] });
  await asService(platform, COMMIT, { ref: `ledger-${v}` });
  const res = await asService(platform, `query($r: [_Any!]!) { _entities(representations: $r) { ... on ProductVariant { quantityOnHand quantityAvailable stockMovements { delta quantityAfter reason reference actor at } } } }`, {
    r: [{ __typename: 'ProductVariant', id: v }],
  });
  expect(res.errors).toBeUndefined();
  const variant = res.data._entities[0];
  expect(variant.quantityOnHand).toBe(5);
  expect(variant.quantityAvailable).toBe(5);
  expect(variant.stockMovements[0]).toMatchObject({ delta: -3, quantityAfter: 5, reason: 'sale', reference: `ledger-${v}`, actor: 'service:orders' });
  expect(variant.stockMovements[1]).toMatchObject({ delta: 8, quantityAfter: 8, reason: 'initial' });
});

test('expired reservations stop counting', async () => {
  const [v] = await productWithStock(4);
  const res = await asService(platform, RESERVE, { ref: `expiring-${v}`, lines: [{ variantId: v, quantity: 4 }], ttl: 1 });
  expect(res.data.reserveStock.reservation.status).toBe('ACTIVE');
  expect(await available(v!)).toBe(0);
  await new Promise((resolve) => setTimeout(resolve, 1200));
  expect(await available(v!)).toBe(4);
  // Someone else takes the stock; the expired reservation can no longer be sold.
  await asService(platform, RESERVE, { ref: `taker-${v}`, lines: [{ variantId: v, quantity: 4 }] });
  const commit = await asService(platform, COMMIT, { ref: `expiring-${v}` });
  expect(commit.data.commitReservation.userErrors[0].code).toBe('RESERVATION_EXPIRED');
});

test('bad reservation input is a user error', async () => {
  const [v] = await productWithStock(4);
  const zero = await asService(platform, RESERVE, { ref: `bad-${v}`, lines: [{ variantId: v, quantity: 0 }] });
  expect(zero.data.reserveStock.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['lines', '0', 'quantity'] });
  const unknown = await asService(platform, RESERVE, { ref: `bad2-${v}`, lines: [{ variantId: '00000000-0000-4000-8000-000000000000', quantity: 1 }] });
  expect(unknown.data.reserveStock.userErrors[0]).toMatchObject({ code: 'UNKNOWN_VARIANT', field: ['lines', '0', 'variantId'] });
  const empty = await asService(platform, RESERVE, { ref: `bad3-${v}`, lines: [] });
  expect(empty.data.reserveStock.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['lines'] });
});

test('the reservation API is not in the public schema and refuses non-service callers', async () => {
  const shopper = await registerShopper(platform);
  for (const token of [undefined, shopper.token, admin]) {
    const res = await platform.request(`mutation { releaseReservation(reference: "x") { userErrors { code } } }`, {}, { token });
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  }
  const introspection = await platform.request(`{ __schema { mutationType { fields { name } } types { name } } }`);
  const names = introspection.data.__schema.mutationType.fields.map((f: { name: string }) => f.name);
  expect(names).toEqual(expect.arrayContaining(['createProduct', 'updateProduct', 'archiveProduct', 'setStock']));
  expect(names).not.toContain('reserveStock');
  expect(names).not.toContain('commitReservation');
  expect(names).not.toContain('releaseReservation');
  const types = introspection.data.__schema.types.map((t: { name: string }) => t.name);
  expect(types).not.toContain('Reservation');
  expect(types).not.toContain('ReservationLineInput');

  // Even with a valid credential, a request from the router (on behalf of anyone, an admin too) is refused.
  const credential = await new InternalCredentials(platform.internalSecret).sign({ issuer: 'router', viewer: null, ip: null });
  const res = await fetch(`${platform.subgraphs.catalog!.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-zero-context': credential, authorization: `Bearer ${admin}` },
    body: JSON.stringify({ query: `mutation { releaseReservation(reference: "x") { userErrors { code } } }` }),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  // And without any credential the subgraph does not answer at all.
  const anonymous = await fetch(`${platform.subgraphs.catalog!.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { releaseReservation(reference: "x") { userErrors { code } } }` }),
  });
  expect(anonymous.status).toBe(401);
});

test('stock counted below a live reservation: its commit is STOCK_SHORT and sells nothing; releasing gives nothing back', async () => {
  const [v] = await productWithStock(5);
  const ref = `lowered-${v}`;
  await asService(platform, RESERVE, { ref, lines: [{ variantId: v, quantity: 3 }] });
  const lowered = await platform.request('mutation($id: ID!) { setStock(variantId: $id, quantity: 1) { userErrors { code } } }', { id: v }, { token: admin });
  expect(lowered.data.setStock.userErrors).toEqual([]);
  const committed = await asService(platform, COMMIT, { ref });
  expect(committed.data.commitReservation).toEqual({ reservation: null, userErrors: [{ code: 'STOCK_SHORT', field: ['reference'] }] });
  await asService(platform, RELEASE, { ref });
  const onHand = await asService(platform, `query($r: [_Any!]!) { _entities(representations: $r) { ... on ProductVariant { quantityAvailable } } }`, {
    r: [{ __typename: 'ProductVariant', id: v }],
  });
  expect(onHand.data._entities[0].quantityAvailable).toBe(1); // the unit counted; nothing sold, none from nowhere
  const ledger = await sqlRows(platform, 'catalog', sql`SELECT reason, delta FROM stock_movements WHERE variant_id = ${v} ORDER BY created_at`);
  expect(ledger.map((m) => m.reason)).not.toContain('sale');
});

test('returning a sale gives back exactly what the sale took', async () => {
  const [v] = await productWithStock(5);
  const ref = `returned-${v}`;
  await asService(platform, RESERVE, { ref, lines: [{ variantId: v, quantity: 3 }] });
  await asService(platform, COMMIT, { ref });
  await asService(platform, RELEASE, { ref }); // the sale is undone
  await asService(platform, RELEASE, { ref }); // and again: nothing more comes back
  const onHand = await asService(platform, `query($r: [_Any!]!) { _entities(representations: $r) { ... on ProductVariant { quantityAvailable } } }`, {
    r: [{ __typename: 'ProductVariant', id: v }],
  });
  expect(onHand.data._entities[0].quantityAvailable).toBe(5);
});
