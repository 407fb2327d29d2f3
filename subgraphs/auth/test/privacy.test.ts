import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import {
  adminToken,
  asService,
  createTestProduct,
  emailsTo,
  eventually,
  FAST_OUTBOX,
  type Platform,
  registerShopper,
  sqlRows,
  startPlatform,
  STRONG_PASSWORD,
  type TestAccount,
  textsTo,
  uniqueEmail,
} from '@zero/testing';

// Data export and account erasure across every subgraph, through the real router: auth coordinates, every other
// subgraph answers its section and erases its part through auth's outbox. Payments keeps its database across a stop
// (durable) so it can be taken down in the middle of an erasure. Every service logs at debug level to one file,
// searched at the end for the shoppers' emails, phones and reset tokens.
let platform: Platform;
let admin: string;
let product: { variantId: string; sku: string };
const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zero-privacy-log-')), 'services.log');
/** Every email, phone and reset token the tests used: none may reach a log line. */
const secrets: string[] = [];

beforeAll(async () => {
  platform = await startPlatform({
    durable: ['payments'],
    env: {
      LOG_LEVEL: 'debug',
      LOG_FILE: logFile,
      ...FAST_OUTBOX,
    },
  });
  admin = await adminToken(platform);
  product = await createTestProduct(platform, admin, { price: 2500, stock: 1000 });
});
afterAll(async () => {
  await platform?.stop();
  fs.rmSync(path.dirname(logFile), { recursive: true, force: true });
});

const EXPORT = 'mutation { exportMyData { export { generatedAt json } userErrors { code message } } }';
const DELETE = 'mutation($p: String!) { deleteMyAccount(password: $p) { deleted userErrors { code field } } }';
const ERASE = 'mutation($id: ID!) { eraseUser(id: $id) { erasure { id userId requestedBy adminId } userErrors { code } } }';
const STEPS = 'id userId requestedBy adminId requestedAt completedAt steps { subgraph status attempts completedAt lastError }';
const ERASURE = `query($id: ID!) { erasure(id: $id) { ${STEPS} } }`;
const PENDING_ERASURES = `{ erasures(first: 100, pendingOnly: true) { totalCount edges { node { ${STEPS} } } } }`;

type Step = { subgraph: string; status: string; attempts: number; completedAt: string | null; lastError: string | null };
type Erasure = { id: string; userId: string; requestedBy: string; adminId: string | null; requestedAt: string; completedAt: string | null; steps: Step[] };

/** A shopper the platform knows everything about, with the personal details a scan looks for afterwards. */
interface RichShopper extends TestAccount {
  firstName: string;
  lastName: string;
  phone: string;
  street: string;
  holderName: string;
  deliveredOrderId: string;
  pendingOrderId: string;
}

let shoppers = 0;
/** Letters only, unlike anything else in the databases: a name the scan cannot mistake. */
const word = () => `Q${randomBytes(5).toString('hex').replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!)}`;

async function ok<T = any>(query: string, variables: Record<string, unknown>, token: string, field: string): Promise<T> {
  const res = await platform.request(query, variables, { token });
  expect(res.errors).toBeUndefined();
  const payload = res.data[field];
  if (payload && typeof payload === 'object' && 'userErrors' in payload) expect(payload.userErrors).toEqual([]);
  return payload as T;
}

/**
 * Registers a shopper with a name, gives them a profile with a phone, an address, SMS consent, a card, a delivered
 * order (which texted them), an unpaid PENDING order, a cart line and a reset link, and waits for their notifications.
 */
async function richShopper(): Promise<RichShopper> {
  const firstName = word();
  const lastName = word();
  const phone = `+1415555${String(1000 + (++shoppers % 9000)).padStart(4, '0')}`;
  const street = `${100 + shoppers} ${word()} Street`;
  const holderName = `${firstName} ${lastName}`;
  const email = uniqueEmail('privacy');
  const registered = await platform.request(
    'mutation($input: RegisterInput!) { register(input: $input) { session { accessToken refreshToken user { id } } userErrors { code } } }',
    { input: { email, password: STRONG_PASSWORD, name: `${firstName} ${lastName}` } },
  );
  const session = registered.data.register.session;
  const shopper = { email, password: STRONG_PASSWORD, token: session.accessToken, refreshToken: session.refreshToken, userId: session.user.id };
  secrets.push(email, phone);
  const token = shopper.token;
  await ok('mutation($input: ProfileInput!) { updateProfile(input: $input) { userErrors { code } } }', { input: { firstName, lastName, phone } }, token, 'updateProfile');
  await ok('mutation($input: PreferencesInput!) { updatePreferences(input: $input) { userErrors { code } } }', { input: { smsNotifications: true } }, token, 'updatePreferences');
  const address = { recipientName: holderName, line1: street, city: 'San Francisco', region: 'CA', postalCode: '94105', country: 'US', phone };
  await ok('mutation($input: AddressInput!) { addAddress(input: $input) { userErrors { code } } }', { input: address }, token, 'addAddress');
  const card = await ok(
    'mutation($input: CardInput!) { addPaymentMethod(input: $input) { paymentMethod { id } userErrors { code } } }',
    { input: { number: '4242424242424242', expMonth: 12, expYear: new Date().getUTCFullYear() + 2, cvc: '123', holderName } },
    token,
    'addPaymentMethod',
  );

  const place = async (key: string) => {
    await ok('mutation($v: ID!) { addToCart(variantId: $v, quantity: 1) { userErrors { code } } }', { v: product.variantId }, token, 'addToCart');
    const placed = await ok(
      'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id } userErrors { code } } }',
      { input: { idempotencyKey: `${key}-${shopper.userId}`, shippingAddress: address, notes: `Leave it with ${firstName}` } },
      token,
      'placeOrder',
    );
    return placed.order.id as string;
  };
  const deliveredOrderId = await place('delivered');
  await ok(
    'mutation($input: PayOrderInput!) { payOrder(input: $input) { payment { status } userErrors { code } } }',
    { input: { orderId: deliveredOrderId, paymentMethodId: card.paymentMethod.id, idempotencyKey: `pay-${deliveredOrderId}` } },
    token,
    'payOrder',
  );
  for (const status of ['PROCESSING', 'SHIPPED', 'DELIVERED']) {
    await ok('mutation($id: ID!, $s: OrderStatus!) { updateOrderStatus(id: $id, status: $s) { userErrors { code } } }', { id: deliveredOrderId, s: status }, admin, 'updateOrderStatus');
  }
  const pendingOrderId = await place('pending');
  await ok('mutation($v: ID!) { addToCart(variantId: $v, quantity: 2) { userErrors { code } } }', { v: product.variantId }, token, 'addToCart');
  await platform.request('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: email });

  // Their welcome, receipt and reset emails are on disk and the shipping text is in the SMS log.
  const resetMail = await eventually(() => emailsTo(platform, email).find((m) => m.subject === 'Reset your password') ?? null);
  secrets.push(/token=([\w-]+)/.exec(resetMail.text)![1]!);
  await eventually(() => textsTo(platform, phone).length > 0);
  await eventually(() => emailsTo(platform, email).length >= 3);
  return { ...shopper, firstName, lastName, phone, street, holderName, deliveredOrderId, pendingOrderId };
}

async function exportOf(shopper: TestAccount): Promise<any> {
  const payload = await ok(EXPORT, {}, shopper.token, 'exportMyData');
  return JSON.parse(payload.export.json);
}

async function erasure(id: string): Promise<Erasure> {
  const res = await platform.request(ERASURE, { id }, { token: admin });
  expect(res.errors).toBeUndefined();
  return res.data.erasure;
}

/** The pending erasure of a user, as the admins' list shows it. */
async function pendingErasureOf(userId: string): Promise<Erasure | null> {
  const res = await platform.request(PENDING_ERASURES, {}, { token: admin });
  expect(res.errors).toBeUndefined();
  return res.data.erasures.edges.map((e: { node: Erasure }) => e.node).find((e: Erasure) => e.userId === userId) ?? null;
}

/**
 * Every row of every table of every subgraph's database, each cast to text (so every column), that contains one of
 * the needles, case-insensitively: `<subgraph>.<table>: <row>`.
 */
async function rowsHolding(needles: string[]): Promise<string[]> {
  const found: string[] = [];
  const patterns = needles.map((n) => `%${n.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  for (const name of Object.keys(platform.subgraphs)) {
    const tables = await sqlRows<{ schema: string; table: string }>(
      platform,
      name,
      sql`SELECT table_schema AS schema, table_name AS table FROM information_schema.tables
          WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const { schema, table } of tables) {
      const rows = await sqlRows<{ row: string }>(
        platform,
        name,
        sql`SELECT t::text AS row FROM ${sql.identifier(schema)}.${sql.identifier(table)} t WHERE t::text ILIKE ANY (ARRAY[${sql.join(patterns.map((p) => sql`${p}`), sql`, `)}]::text[])`,
      );
      found.push(...rows.map((r) => `${name}.${table}: ${r.row}`));
    }
  }
  return found;
}

/** Every file the services wrote (emails, the SMS log) that contains one of the needles. */
function filesHolding(needles: string[]): string[] {
  const files = fs.readdirSync(platform.filesDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  return files
    .map((f) => path.join(f.parentPath, f.name))
    .filter((file) => {
      const text = fs.readFileSync(file, 'utf8').toLowerCase();
      return needles.some((n) => text.includes(n.toLowerCase()));
    });
}

const detailsOf = (s: RichShopper) => [s.email, s.firstName, s.lastName, s.phone, s.phone.slice(2), s.street];

test('exportMyData holds every section of the shopper, and no password hash, token or card token', async () => {
  const shopper = await richShopper();
  const data = await exportOf(shopper);
  expect(data.userId).toBe(shopper.userId);
  const { auth, users, cart, orders, payments, notifications } = data.sections;

  expect(auth.account).toMatchObject({ id: shopper.userId, email: shopper.email, roles: ['CUSTOMER'] });
  expect(auth.sessions.length).toBeGreaterThanOrEqual(1);
  expect(auth.sessions[0]).toEqual(expect.objectContaining({ startedAt: expect.any(String), expiresAt: expect.any(String), startedFrom: expect.any(String) }));

  expect(users.profile).toMatchObject({ firstName: shopper.firstName, lastName: shopper.lastName, phone: shopper.phone });
  expect(users.addresses).toEqual([expect.objectContaining({ line1: shopper.street, recipientName: shopper.holderName })]);
  expect(users.preferences).toMatchObject({ smsNotifications: true });

  expect(cart.cart.lines).toEqual([expect.objectContaining({ variantId: product.variantId, quantity: 2 })]);

  expect(orders.orders.map((o: { id: string }) => o.id).sort()).toEqual([shopper.deliveredOrderId, shopper.pendingOrderId].sort());
  const delivered = orders.orders.find((o: { id: string }) => o.id === shopper.deliveredOrderId);
  expect(delivered.status).toBe('DELIVERED');
  expect(delivered.shippingAddress.line1).toBe(shopper.street);
  expect(delivered.lines).toEqual([expect.objectContaining({ sku: product.sku, quantity: 1, unitPrice: 2500 })]);
  expect(delivered.statusHistory.map((h: { status: string }) => h.status)).toEqual(['PENDING', 'CONFIRMED', 'PROCESSING', 'SHIPPED', 'DELIVERED']);

  expect(payments.payments).toEqual([expect.objectContaining({ orderId: shopper.deliveredOrderId, status: 'SUCCEEDED', card: expect.objectContaining({ brand: 'visa', last4: '4242' }) })]);
  expect(payments.savedCards).toEqual([{ id: expect.any(String), brand: 'visa', last4: '4242', expMonth: 12, expYear: expect.any(Number), createdAt: expect.any(String) }]);

  expect(notifications.notifications.map((n: { kind: string }) => n.kind)).toEqual(expect.arrayContaining(['WELCOME', 'ORDER_CONFIRMED', 'ORDER_SHIPPED']));
  expect(notifications.deliveries.map((d: { channel: string; kind: string }) => `${d.kind}/${d.channel}`)).toEqual(
    expect.arrayContaining(['WELCOME/EMAIL', 'ORDER_SHIPPED/SMS', 'PASSWORD_RESET/EMAIL']),
  );

  const json = JSON.stringify(data);
  for (const secret of ['passwordHash', 'password_hash', 'tokenHash', 'providerToken', 'tok_test_', secrets.at(-1)!]) expect(json).not.toContain(secret);

  // Anonymous: refused by the router before any subgraph is asked.
  const anonymous = await platform.request(EXPORT);
  expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

test('deleteMyAccount: INVALID_CREDENTIALS for a wrong password, OPEN_ORDERS while an order is on its way', async () => {
  const shopper = await registerShopper(platform);
  const wrong = await platform.request(DELETE, { p: 'Not-The-Password-1' }, { token: shopper.token });
  expect(wrong.data.deleteMyAccount).toEqual({ deleted: false, userErrors: [{ code: 'INVALID_CREDENTIALS', field: ['password'] }] });

  // A paid (CONFIRMED) order: the account stays until it is delivered or cancelled.
  await ok('mutation($v: ID!) { addToCart(variantId: $v, quantity: 1) { userErrors { code } } }', { v: product.variantId }, shopper.token, 'addToCart');
  const placed = await ok(
    'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id } userErrors { code } } }',
    { input: { idempotencyKey: `open-${shopper.userId}`, shippingAddress: { recipientName: 'Open Order', line1: '1 Market St', city: 'San Francisco', region: 'CA', postalCode: '94105', country: 'US' } } },
    shopper.token,
    'placeOrder',
  );
  const card = await ok(
    'mutation($input: CardInput!) { addPaymentMethod(input: $input) { paymentMethod { id } userErrors { code } } }',
    { input: { number: '4242424242424242', expMonth: 12, expYear: new Date().getUTCFullYear() + 1, cvc: '123', holderName: 'Open Order' } },
    shopper.token,
    'addPaymentMethod',
  );
  await ok(
    'mutation($input: PayOrderInput!) { payOrder(input: $input) { payment { status } userErrors { code } } }',
    { input: { orderId: placed.order.id, paymentMethodId: card.paymentMethod.id, idempotencyKey: `pay-${placed.order.id}` } },
    shopper.token,
    'payOrder',
  );
  const open = await platform.request(DELETE, { p: shopper.password }, { token: shopper.token });
  expect(open.data.deleteMyAccount).toEqual({ deleted: false, userErrors: [{ code: 'OPEN_ORDERS', field: null }] });

  // Nothing happened: the shopper is still signed in and still has the account.
  const me = await platform.request('{ me { id } }', {}, { token: shopper.token });
  expect(me.data.me).toEqual({ id: shopper.userId });
  expect(await sqlRows(platform, 'auth', sql`SELECT id FROM erasures WHERE user_id = ${shopper.userId}`)).toEqual([]);
});

test('an erasure with payments down completes when it returns; then no database holds the personal details, and the email registers again', async () => {
  const shopper = await richShopper();
  const before = await rowsHolding(detailsOf(shopper));
  // The scan finds what it looks for: the details are in every subgraph that holds personal data.
  for (const where of ['auth.users', 'users.profiles', 'users.addresses', 'orders.orders', 'payments.payment_methods', 'notifications.deliveries']) {
    expect(before.some((row) => row.startsWith(`${where}:`))).toBe(true);
  }
  expect(filesHolding([shopper.email, shopper.phone]).length).toBeGreaterThan(0);

  await platform.stopSubgraph('payments');
  const deleted = await platform.request(DELETE, { p: shopper.password }, { token: shopper.token });
  expect(deleted.data.deleteMyAccount).toEqual({ deleted: true, userErrors: [] });

  // Every session is revoked at once, and the account is gone.
  const refreshed = await platform.request('mutation($t: String!) { refreshSession(refreshToken: $t) { userErrors { code } } }', { t: shopper.refreshToken });
  expect(refreshed.data.refreshSession.userErrors).toEqual([{ code: 'INVALID_REFRESH_TOKEN' }]);
  const login = await platform.request('mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }', { input: { email: shopper.email, password: shopper.password } });
  expect(login.data.login.userErrors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);

  // The admin sees it pending: every subgraph done but payments, which has been tried and is still failing.
  const stuck = await eventually(async () => {
    const found = await pendingErasureOf(shopper.userId);
    const payments = found?.steps.find((s) => s.subgraph === 'payments');
    const othersDone = found?.steps.filter((s) => s.subgraph !== 'payments').every((s) => s.status === 'DONE');
    return found && othersDone && payments && payments.attempts >= 2 && payments.lastError ? found : null;
  });
  expect(stuck).toMatchObject({ requestedBy: 'SELF', adminId: null, completedAt: null });
  expect(stuck.steps.map((s) => s.subgraph)).toEqual(['auth', 'users', 'cart', 'orders', 'payments', 'notifications']);
  expect(stuck.steps.find((s) => s.subgraph === 'payments')).toMatchObject({ status: 'PENDING', completedAt: null });

  await platform.startSubgraph('payments');
  const done = await eventually(async () => {
    const found = await erasure(stuck.id);
    return found.completedAt ? found : null;
  }, 30_000);
  expect(done.steps.every((s) => s.status === 'DONE' && s.completedAt && !s.lastError)).toBe(true);
  expect(await pendingErasureOf(shopper.userId)).toBeNull();

  // Not one row of any table of any database holds the shopper's email, name, phone or street; nor does any file.
  expect(await rowsHolding(detailsOf(shopper))).toEqual([]);
  expect(filesHolding(detailsOf(shopper))).toEqual([]);

  // Orders and payments stay for accounting: amounts, SKUs and dates, with placeholders for the person.
  const [kept] = await sqlRows<{ status: string; total: number; shipping_address: Record<string, unknown>; notes: string | null }>(
    platform,
    'orders',
    sql`SELECT status, total, shipping_address, notes FROM orders WHERE id = ${shopper.deliveredOrderId}`,
  );
  expect(kept).toMatchObject({ status: 'DELIVERED', notes: null, shipping_address: { recipientName: '[erased]', line1: '[erased]', region: 'CA', country: 'US', phone: null } });
  expect(kept!.total).toBeGreaterThan(2500);
  // Through the API an admin still reads them: the order's customer is the erased account's placeholder, and the
  // admin's order list (the storefront's, which asks for the customer's email) still holds the order.
  const seen = await platform.request('query($id: ID!) { order(id: $id) { id status customer { id email roles createdAt } } }', { id: shopper.deliveredOrderId }, { token: admin });
  expect(seen.errors).toBeUndefined();
  expect(seen.data.order).toMatchObject({ id: shopper.deliveredOrderId, status: 'DELIVERED', customer: { id: shopper.userId, email: '[erased]', roles: [] } });
  expect(Date.parse(seen.data.order.customer.createdAt)).toBeLessThan(Date.parse(done.requestedAt));
  // A service asking auth for the account (notifications, for an address to write to) learns there is none.
  const entities = await asService(platform, 'auth', 'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id email } } }', { r: [{ __typename: 'User', id: shopper.userId }] }, 'service:notifications');
  expect(entities).toEqual({ data: { _entities: [null] } });
  const listed = await platform.request('{ orders(first: 100) { edges { node { id customer { id email } } } } }', {}, { token: admin });
  expect(listed.errors).toBeUndefined();
  expect(listed.data.orders.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual({ id: shopper.deliveredOrderId, customer: { id: shopper.userId, email: '[erased]' } });
  const lines = await sqlRows<{ sku: string }>(platform, 'orders', sql`SELECT sku FROM order_lines WHERE order_id = ${shopper.deliveredOrderId}`);
  expect(lines).toEqual([{ sku: product.sku }]);
  const [cancelled] = await sqlRows<{ status: string }>(platform, 'orders', sql`SELECT status FROM orders WHERE id = ${shopper.pendingOrderId}`);
  expect(cancelled).toEqual({ status: 'CANCELLED' });
  const paid = await sqlRows<{ amount: number; status: string }>(platform, 'payments', sql`SELECT amount, status FROM payments WHERE customer_id = ${shopper.userId}`);
  expect(paid).toEqual([{ amount: kept!.total, status: 'SUCCEEDED' }]);
  // The audit log: ids and times only.
  const [audit] = await sqlRows(platform, 'auth', sql`SELECT * FROM erasures WHERE id = ${stuck.id}`);
  expect(Object.keys(audit!).sort()).toEqual(['account_created_at', 'admin_id', 'completed_at', 'id', 'requested_at', 'requested_by', 'user_id']);

  // The email is free: it registers again, as a new account with nothing of the old one.
  const again = await registerShopper(platform, shopper.email);
  expect(again.userId).not.toBe(shopper.userId);
  const fresh = await exportOf(again);
  expect(fresh.sections.orders.orders).toEqual([]);
  expect(fresh.sections.users.addresses).toEqual([]);
});

test("a deleted account's access token is refused within moments, and what it wrote meanwhile is erased all the same", async () => {
  const shopper = await registerShopper(platform);
  const ADD_ADDRESS = 'mutation($input: AddressInput!) { addAddress(input: $input) { address { id } userErrors { code } } }';
  const address = { recipientName: 'Late Writer', line1: '1 Market St', city: 'San Francisco', region: 'CA', postalCode: '94105', country: 'US' };
  const deleted = await platform.request(DELETE, { p: shopper.password }, { token: shopper.token });
  expect(deleted.data.deleteMyAccount).toEqual({ deleted: true, userErrors: [] });
  // Right after the deletion, before any router has heard of it, a write with the old token may still get through...
  const late = await platform.request(ADD_ADDRESS, { input: address }, { token: shopper.token });
  // ...but within a revocation poll every request with it is refused,
  await eventually(async () => (await platform.request(ADD_ADDRESS, { input: address }, { token: shopper.token })).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED');
  const refused = await platform.request('{ me { id } }', {}, { token: shopper.token });
  expect(refused.errors?.[0]?.message).toBe('The session was signed out: sign in again');
  // and the erasure, which starts only after that, takes what got through with it.
  const [erasureRow] = await sqlRows<{ id: string }>(platform, 'auth', sql`SELECT id FROM erasures WHERE user_id = ${shopper.userId}`);
  await eventually(async () => ((await erasure(erasureRow!.id)).completedAt ? true : null), 30_000);
  expect(await sqlRows(platform, 'users', sql`SELECT id FROM addresses WHERE user_id = ${shopper.userId}`)).toEqual([]);
  expect(late.errors === undefined || late.errors[0]?.extensions?.code === 'UNAUTHENTICATED').toBe(true);
});

test("an admin's eraseUser: NOT_FOUND for an unknown account; otherwise the same erasure, recorded as the admin's", async () => {
  const unknown = await platform.request(ERASE, { id: '00000000-0000-4000-8000-000000000000' }, { token: admin });
  expect(unknown.data.eraseUser).toEqual({ erasure: null, userErrors: [{ code: 'NOT_FOUND' }] });
  const notAnId = await platform.request(ERASE, { id: 'nope' }, { token: admin });
  expect(notAnId.data.eraseUser.userErrors).toEqual([{ code: 'NOT_FOUND' }]);

  const shopper = await richShopper();
  const forbidden = await platform.request(ERASE, { id: shopper.userId }, { token: shopper.token });
  expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

  const erased = await platform.request(ERASE, { id: shopper.userId }, { token: admin });
  expect(erased.data.eraseUser.userErrors).toEqual([]);
  const started = erased.data.eraseUser.erasure;
  expect(started).toMatchObject({ userId: shopper.userId, requestedBy: 'ADMIN', adminId: expect.any(String) });
  const done = await eventually(async () => {
    const found = await erasure(started.id);
    return found.completedAt ? found : null;
  }, 30_000);
  expect(done.steps.every((s) => s.status === 'DONE' && s.attempts >= 1)).toBe(true);
  expect(await rowsHolding(detailsOf(shopper))).toEqual([]);

  // Erasing it again: there is no such account any more.
  const again = await platform.request(ERASE, { id: shopper.userId }, { token: admin });
  expect(again.data.eraseUser.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
});

test('the privacy fields answer the auth subgraph alone, and erasing again changes nothing', async () => {
  const shopper = await registerShopper(platform);
  const fields: Array<[string, string, string]> = [
    ['users', 'profileDataExport', 'eraseProfileData'],
    ['cart', 'cartDataExport', 'eraseCartData'],
    ['orders', 'orderDataExport', 'eraseOrderData'],
    ['payments', 'paymentDataExport', 'erasePaymentData'],
    ['notifications', 'notificationDataExport', 'eraseNotificationData'],
  ];
  const erasureId = '00000000-0000-4000-8000-000000000001';
  for (const [subgraph, exportField, eraseField] of fields) {
    const exportQuery = `query($u: ID!) { ${exportField}(userId: $u) }`;
    const eraseMutation = `mutation($u: ID!, $e: ID!) { ${eraseField}(userId: $u, erasureId: $e) }`;
    // Not in the API: the router does not know the fields.
    const viaRouter = await platform.request(exportQuery, { u: shopper.userId }, { token: shopper.token });
    expect(viaRouter.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // Another service is refused.
    const other = await asService(platform, subgraph, eraseMutation, { u: shopper.userId, e: erasureId }, 'service:orders');
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Auth may, as often as the outbox delivers it.
    for (let i = 0; i < 2; i++) {
      const erased = await asService(platform, subgraph, eraseMutation, { u: shopper.userId, e: erasureId }, 'service:auth');
      expect(erased).toEqual({ data: { [eraseField]: true } });
    }
    const section = await asService(platform, subgraph, exportQuery, { u: shopper.userId }, 'service:auth');
    expect(typeof JSON.parse(section.data[exportField])).toBe('object');
  }
});

test('no email address, phone number or reset token in any log line', async () => {
  expect(secrets.length).toBeGreaterThan(6);
  const log = fs.readFileSync(logFile, 'utf8');
  expect(log).toContain('account erasure complete in every subgraph');
  for (const secret of secrets) expect(log).not.toContain(secret);
});
