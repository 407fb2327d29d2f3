import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import {
  adminToken,
  createTestProduct,
  databaseOf,
  emailsTo,
  eventually,
  placeTestOrder,
  registerShopper,
  remains,
  serviceOf,
  sqlRows,
  startPlatform,
  textsTo,
  type Platform,
  type TestAccount,
} from '@zero/testing';
import type { NotificationsServices } from '../src/app';
import { eventRetention } from '../src/db/retention';
import type { OutgoingEmail } from '../src/services/email-channel';

// The notifications subgraph behind the real router, fed by the real producers' outboxes (auth, orders, payments).
// Every service logs at debug level to one file, searched at the end for addresses and phone numbers.
let platform: Platform;
let admin: string;
let product: { variantId: string };
const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zero-notifications-log-')), 'services.log');
/** Phone numbers the tests gave profiles: none may reach a log line. */
const phones: string[] = [];

beforeAll(async () => {
  platform = await startPlatform({
    env: {
      LOG_LEVEL: 'debug',
      LOG_FILE: logFile,
      NOTIFICATION_BACKOFF_MS: '20',
      NOTIFICATION_BACKOFF_MAX_MS: '100',
    },
  });
  admin = await adminToken(platform);
  product = await createTestProduct(platform, admin, { price: 2999, stock: 1000 });
});
afterAll(async () => {
  await platform?.stop();
  fs.rmSync(path.dirname(logFile), { recursive: true, force: true });
});

const INBOX = '{ me { unreadNotificationCount notifications(first: 50) { totalCount edges { node { id kind title body link createdAt readAt } } } } }';
const DELIVERIES = `query($userId: ID, $status: DeliveryStatus) { deliveries(first: 100, userId: $userId, status: $status) {
  totalCount edges { node { id kind channel recipient status attempts lastError createdAt sentAt attemptLog { number status error } user { id } } } } }`;

type InboxNode = { id: string; kind: string; title: string; body: string; link: string | null; readAt: string | null };
type DeliveryNode = { id: string; kind: string; channel: string; recipient: string; status: string; attempts: number; lastError: string | null; attemptLog: { number: number; status: string; error: string | null }[] };

async function inbox(shopper: TestAccount): Promise<{ unread: number; nodes: InboxNode[] }> {
  const res = await platform.request(INBOX, {}, { token: shopper.token });
  expect(res.errors).toBeUndefined();
  return { unread: res.data.me.unreadNotificationCount, nodes: res.data.me.notifications.edges.map((e: { node: InboxNode }) => e.node) };
}

async function deliveriesOf(userId: string): Promise<DeliveryNode[]> {
  const res = await platform.request(DELIVERIES, { userId }, { token: admin });
  expect(res.errors).toBeUndefined();
  return res.data.deliveries.edges.map((e: { node: DeliveryNode }) => e.node);
}

/** Waits until the user's inbox holds notifications of every given kind. */
const inboxWith = (shopper: TestAccount, ...kinds: string[]) =>
  eventually(async () => {
    const box = await inbox(shopper);
    return kinds.every((k) => box.nodes.some((n) => n.kind === k)) ? box : null;
  });

async function paidOrder(shopper: TestAccount): Promise<{ id: string; total: number }> {
  const order = await placeTestOrder(platform, shopper, product.variantId, 2);
  const card = await platform.request(
    'mutation($input: CardInput!) { addPaymentMethod(input: $input) { paymentMethod { id } userErrors { code } } }',
    { input: { number: '4242424242424242', expMonth: 12, expYear: new Date().getUTCFullYear() + 1, cvc: '123', holderName: 'Ada Lovelace' } },
    { token: shopper.token },
  );
  const paid = await platform.request(
    'mutation($input: PayOrderInput!) { payOrder(input: $input) { payment { status } userErrors { code } } }',
    { input: { orderId: order.id, paymentMethodId: card.data.addPaymentMethod.paymentMethod.id, idempotencyKey: `pay-${order.id}` } },
    { token: shopper.token },
  );
  expect(paid.data.payOrder.payment.status).toBe('SUCCEEDED');
  return order;
}

async function setStatus(orderId: string, status: string): Promise<void> {
  const res = await platform.request('mutation($id: ID!, $s: OrderStatus!) { updateOrderStatus(id: $id, status: $s) { userErrors { code } } }', { id: orderId, s: status }, { token: admin });
  expect(res.data.updateOrderStatus.userErrors).toEqual([]);
}

const updateProfile = (shopper: TestAccount, input: Record<string, unknown>) =>
  platform.request('mutation($input: ProfileInput!) { updateProfile(input: $input) { userErrors { code } } }', { input }, { token: shopper.token });
const updatePreferences = (shopper: TestAccount, input: Record<string, unknown>) =>
  platform.request('mutation($input: PreferencesInput!) { updatePreferences(input: $input) { userErrors { code } } }', { input }, { token: shopper.token });

/** Makes the notifications' email channel fail `times` times (every time, when omitted) for one address. */
function failEmailsTo(address: string, times = Infinity): void {
  const channels = serviceOf<NotificationsServices['channels']>(platform, 'notifications', 'channels');
  const real = channels.email;
  let failures = 0;
  channels.email = {
    send: async (mail: OutgoingEmail) => {
      if (mail.to === address && failures < times) {
        failures++;
        throw new Error(`421 4.4.2 ${address}: connection dropped (failure ${failures})`);
      }
      return real.send(mail);
    },
    close: () => real.close(),
  };
}

test('register → WELCOME in the inbox and an .eml on disk, greeting by name', async () => {
  const shopper = await registerShopper(platform);
  await updateProfile(shopper, { firstName: 'Grace', lastName: 'Hopper' });
  const box = await inboxWith(shopper, 'WELCOME');
  expect(box.unread).toBe(1);
  expect(box.nodes).toEqual([expect.objectContaining({ kind: 'WELCOME', title: 'Welcome to Project Zero', readAt: null })]);
  const [mail] = await eventually(() => {
    const found = emailsTo(platform, shopper.email);
    return found.length ? found : null;
  });
  expect(mail!.subject).toBe('Welcome to Project Zero');
  expect(mail!.text).toMatch(/^Hello( Grace Hopper)?,/);
  expect(mail!.text).toMatch(/Your account was created on .* UTC\./);
  expect(mail!.html).toContain('<h1');

  // Another user cannot mark it read.
  const other = await registerShopper(platform);
  await platform.request('mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { unreadCount } }', { ids: [box.nodes[0]!.id] }, { token: other.token });
  expect((await inbox(shopper)).unread).toBe(1);
  const read = await platform.request('mutation { markNotificationsRead { unreadCount userErrors { code } } }', {}, { token: shopper.token });
  expect(read.data.markNotificationsRead).toEqual({ unreadCount: 0, userErrors: [] });
  expect((await inbox(shopper)).nodes[0]!.readAt).not.toBeNull();
});

test('a paid order → ORDER_CONFIRMED and PAYMENT_RECEIPT once each, though every event is delivered three times', async () => {
  const shopper = await registerShopper(platform);
  await updatePreferences(shopper, { timezone: 'America/New_York' });
  const order = await paidOrder(shopper);
  const box = await inboxWith(shopper, 'ORDER_CONFIRMED', 'PAYMENT_RECEIPT');
  const confirmed = box.nodes.find((n) => n.kind === 'ORDER_CONFIRMED')!;
  expect(confirmed.body).toContain(`$${(order.total / 100).toFixed(2)}`);
  expect(confirmed.body).toMatch(/ EST\./);
  expect(confirmed.link).toBe(`http://localhost:3000/account/orders/${order.id}`);
  expect(box.nodes.find((n) => n.kind === 'PAYMENT_RECEIPT')!.body).toContain('Visa ending in 4242');

  // The producers' relays deliver the same events twice more (as after a lost acknowledgement).
  const redeliver = async () => {
    const orders = sql`UPDATE outbox SET delivered_at = NULL, next_attempt_at = now() WHERE topic = 'notify.orderConfirmed' AND payload->>'orderId' = ${order.id}`;
    const payments = sql`UPDATE outbox SET delivered_at = NULL, next_attempt_at = now() WHERE topic = 'notify.paymentReceipt' AND payload->>'orderId' = ${order.id}`;
    await Promise.all([sqlRows(platform, 'orders', orders), sqlRows(platform, 'payments', payments)]);
    await eventually(async () => {
      const pending = sql`SELECT count(*)::int AS n FROM outbox WHERE topic LIKE 'notify.%' AND payload->>'orderId' = ${order.id} AND delivered_at IS NULL`;
      const [[o], [p]] = await Promise.all([sqlRows<{ n: number }>(platform, 'orders', pending), sqlRows<{ n: number }>(platform, 'payments', pending)]);
      return o!.n === 0 && p!.n === 0;
    });
  };
  await redeliver();
  await redeliver();
  const attempts = await sqlRows<{ topic: string; attempts: number }>(platform, 'orders', sql`SELECT topic, attempts FROM outbox WHERE topic = 'notify.orderConfirmed' AND payload->>'orderId' = ${order.id}`);
  expect(attempts).toEqual([{ topic: 'notify.orderConfirmed', attempts: 3 }]);

  await eventually(async () => (await deliveriesOf(shopper.userId)).filter((d) => d.kind === 'PAYMENT_RECEIPT' && d.status === 'SENT').length === 2);
  const after = await inbox(shopper);
  expect(after.nodes.filter((n) => n.kind === 'ORDER_CONFIRMED')).toHaveLength(1);
  expect(after.nodes.filter((n) => n.kind === 'PAYMENT_RECEIPT')).toHaveLength(1);
  const log = await deliveriesOf(shopper.userId);
  for (const kind of ['ORDER_CONFIRMED', 'PAYMENT_RECEIPT']) {
    expect(log.filter((d) => d.kind === kind).map((d) => d.channel).sort()).toEqual(['EMAIL', 'IN_APP']);
  }
  const subjects = emailsTo(platform, shopper.email).map((m) => m.subject);
  expect(subjects.filter((s) => s.startsWith('Order ') && s.endsWith(' is confirmed'))).toHaveLength(1);
  expect(subjects.filter((s) => s.startsWith('Receipt for your payment'))).toHaveLength(1);
});

test('ORDER_SHIPPED by SMS only with smsNotifications on and a phone', async () => {
  const [texting, quiet] = [await registerShopper(platform), await registerShopper(platform)];
  const [textingPhone, quietPhone] = ['+14155550101', '+14155550102'];
  phones.push(textingPhone, quietPhone);
  await updateProfile(texting, { phone: textingPhone });
  await updatePreferences(texting, { smsNotifications: true });
  await updateProfile(quiet, { phone: quietPhone });
  for (const shopper of [texting, quiet]) {
    const order = await paidOrder(shopper);
    await setStatus(order.id, 'PROCESSING');
    await setStatus(order.id, 'SHIPPED');
  }
  const [sms] = await eventually(() => {
    const lines = textsTo(platform, textingPhone);
    return lines.length ? lines : null;
  });
  expect(sms).toMatch(/order ORD-\d{6}-\w{8} shipped on/);
  await inboxWith(quiet, 'ORDER_SHIPPED');
  const quietSms = await eventually(async () => (await deliveriesOf(quiet.userId)).find((d) => d.kind === 'ORDER_SHIPPED' && d.channel === 'SMS'));
  expect(quietSms).toMatchObject({ status: 'SUPPRESSED', attempts: 0, lastError: 'smsNotifications is off', recipient: '-' });
  const textingSms = await eventually(async () => (await deliveriesOf(texting.userId)).find((d) => d.kind === 'ORDER_SHIPPED' && d.channel === 'SMS' && d.status === 'SENT'));
  expect(textingSms.recipient).toBe('+*******0101');
  expect(textsTo(platform, quietPhone)).toEqual([]);
  // No other kind goes by SMS.
  expect((await deliveriesOf(texting.userId)).filter((d) => d.channel === 'SMS').map((d) => d.kind)).toEqual(['ORDER_SHIPPED']);
});

test('an announcement reaches only opted-in users, and its unsubscribe link works without signing in', async () => {
  const [keen, unwilling] = [await registerShopper(platform), await registerShopper(platform)];
  await updatePreferences(keen, { marketingEmails: true });
  const SEND = 'mutation($input: AnnouncementInput!) { sendAnnouncement(input: $input) { recipients userErrors { code field } } }';
  const denied = await platform.request(SEND, { input: { title: 'x', body: 'y' } }, { token: keen.token });
  expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const invalid = await platform.request(SEND, { input: { title: ' ', body: 'Body', channels: [] } }, { token: admin });
  expect(invalid.data.sendAnnouncement).toEqual({ recipients: 0, userErrors: [{ code: 'INVALID_INPUT', field: ['input', 'title'] }, { code: 'INVALID_INPUT', field: ['input', 'channels'] }] });
  // The title is the email's subject: no line break (a header of its own), no control character; the body may have lines.
  const injected = await platform.request(SEND, { input: { title: 'Sale\r\nBcc: x@evil.test', body: 'Body\u0007' } }, { token: admin });
  expect(injected.data.sendAnnouncement).toEqual({ recipients: 0, userErrors: [{ code: 'INVALID_INPUT', field: ['input', 'title'] }, { code: 'INVALID_INPUT', field: ['input', 'body'] }] });

  const sent = await platform.request(SEND, { input: { title: 'Winter sale', body: 'Everything is 20% off.\n\nUntil Sunday.' } }, { token: admin });
  expect(sent.data.sendAnnouncement).toEqual({ recipients: 1, userErrors: [] });
  const mail = await eventually(() => emailsTo(platform, keen.email).find((m) => m.subject === 'Winter sale'));
  expect(mail.text).toContain('Everything is 20% off.');
  expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  await inboxWith(keen, 'ANNOUNCEMENT');
  await remains(() => !emailsTo(platform, unwilling.email).some((m) => m.subject === 'Winter sale'));
  expect((await inbox(unwilling)).nodes.some((n) => n.kind === 'ANNOUNCEMENT')).toBe(false);

  // The link points at the notifications service (NOTIFICATIONS_PUBLIC_URL); here it listens on a port of its own.
  const link = new URL(/Unsubscribe: (\S+)/.exec(mail.text)![1]!);
  expect(link.pathname).toBe('/unsubscribe');
  expect(mail.headers['list-unsubscribe']).toBe(`<${link.toString()}>`);
  const service = platform.subgraphs.notifications!.url;
  const forged = await fetch(`${service}/unsubscribe?token=${encodeURIComponent(`${Buffer.from(unwilling.userId).toString('base64url')}.AAAA`)}`);
  expect(forged.status).toBe(400);
  const followed = await fetch(`${service}/unsubscribe${link.search}`);
  expect(followed.status).toBe(200);
  expect(await followed.text()).toContain('You are unsubscribed');
  const prefs = await platform.request('{ me { preferences { marketingEmails orderUpdates } } }', {}, { token: keen.token });
  expect(prefs.data.me.preferences).toEqual({ marketingEmails: false, orderUpdates: true });
  // RFC 8058's one-click POST works too, and again changes nothing.
  expect((await fetch(`${service}/unsubscribe${link.search}`, { method: 'POST' })).status).toBe(200);

  const again = await platform.request(SEND, { input: { title: 'Another', body: 'Nobody left.' } }, { token: admin });
  expect(again.data.sendAnnouncement.recipients).toBe(0);
});

test('a delivery failing twice then succeeding: three attempts in the log', async () => {
  const email = `retry-${Date.now()}@example.com`;
  failEmailsTo(email, 2);
  const shopper = await registerShopper(platform, email);
  const delivery = await eventually(async () => (await deliveriesOf(shopper.userId)).find((d) => d.channel === 'EMAIL' && d.status === 'SENT'));
  expect(delivery).toMatchObject({ kind: 'WELCOME', recipient: `r***@example.com`, attempts: 3, lastError: null });
  expect(delivery.attemptLog.map((a) => a.status)).toEqual(['FAILED', 'FAILED', 'SENT']);
  expect(delivery.attemptLog[0]!.error).toBe('421 4.4.2 r***@example.com: connection dropped (failure 1)');
  expect(emailsTo(platform, email)).toHaveLength(1);
});

test('a delivery failing five times ends FAILED, and is not tried again', async () => {
  const email = `doomed-${Date.now()}@example.com`;
  failEmailsTo(email);
  const shopper = await registerShopper(platform, email);
  const delivery = await eventually(async () => (await deliveriesOf(shopper.userId)).find((d) => d.channel === 'EMAIL' && d.status === 'FAILED'));
  expect(delivery.attempts).toBe(5);
  expect(delivery.attemptLog.map((a) => `${a.number}:${a.status}`)).toEqual(['1:FAILED', '2:FAILED', '3:FAILED', '4:FAILED', '5:FAILED']);
  expect(delivery.lastError).toContain('connection dropped (failure 5)');
  const failed = await platform.request(DELIVERIES, { status: 'FAILED' }, { token: admin });
  expect(failed.data.deliveries.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(delivery.id);
  // Nothing of the message is kept once the delivery is over.
  const [row] = await sqlRows<{ message: unknown }>(platform, 'notifications', sql`SELECT message FROM deliveries WHERE id = ${delivery.id}`);
  expect(row!.message).toBeNull();
  await remains(async () => (await deliveriesOf(shopper.userId)).find((d) => d.id === delivery.id)!.attempts === 5);
});

test('the delivery log is for admins; the inbox for its owner', async () => {
  const shopper = await registerShopper(platform);
  const res = await platform.request(DELIVERIES, {}, { token: shopper.token });
  expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const anonymous = await platform.request('{ me { id } }');
  expect(anonymous.data.me).toBeNull();
  const unauthenticated = await platform.request(INBOX);
  expect(unauthenticated.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

test('dispatched events are forgotten after the retention period; the inbox stays', async () => {
  const shopper = await registerShopper(platform);
  await inboxWith(shopper, 'WELCOME');
  await sqlRows(platform, 'notifications', sql`UPDATE events SET processed_at = now() - interval '31 days' WHERE user_id = ${shopper.userId}`);
  const deleted = await eventRetention(databaseOf(platform, 'notifications') as never, 30).run();
  expect(deleted).toBeGreaterThanOrEqual(1);
  const [left] = await sqlRows<{ n: number }>(platform, 'notifications', sql`SELECT count(*)::int AS n FROM events WHERE user_id = ${shopper.userId}`);
  expect(left!.n).toBe(0);
  expect((await inbox(shopper)).nodes.map((n) => n.kind)).toEqual(['WELCOME']);
});

test('no email address or phone number in any log line', async () => {
  const emails = (await sqlRows<{ email: string }>(platform, 'auth', sql`SELECT email FROM users`)).map((r) => r.email);
  expect(emails.length).toBeGreaterThan(5);
  const log = fs.readFileSync(logFile, 'utf8');
  expect(log).toContain('notification delivery failed for good');
  for (const secret of [...emails, ...phones]) expect(log).not.toContain(secret);
});
