import { PGlite } from '@electric-sql/pglite';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import type { OutboxSettings } from './config';
import type { Database } from './db';
import { Jobs } from './jobs';
import { createLogger } from './logger';
import { createMetrics } from './metrics';
import { OutboxRelay, enqueue, enqueueMany, handle, outbox, topic } from './outbox';

const SLOW = topic<{ n: number }>('test.slow');
const FAILING = topic<{ n: number }>('test.failing');
const FINE = topic<{ n: number }>('test.fine');

let client: PGlite;
let db: Database<{ outbox: typeof outbox }>;
beforeAll(async () => {
  client = new PGlite();
  await client.exec(`CREATE TABLE outbox (id uuid PRIMARY KEY, topic text NOT NULL, payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(), attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(), delivered_at timestamptz, last_error text, traceparent text)`);
  db = drizzle(client, { schema: { outbox } }) as unknown as typeof db;
});
afterAll(() => client.close());
beforeEach(() => db.execute(sql`DELETE FROM outbox`));

const settings = (overrides: Partial<OutboxSettings> = {}): OutboxSettings => ({
  intervalMs: 3_600_000,
  backoffMs: 60_000,
  backoffMaxMs: 600_000,
  batchSize: 50,
  leaseMs: 30_000,
  inlineTimeoutMs: 5_000,
  relayTimeoutMs: 15_000,
  retentionMs: 3_600_000,
  retentionIntervalMs: 3_600_000,
  ...overrides,
});

/** A relay with these deliverers, its periodic rounds stopped (the test runs the rounds). */
async function relayWith(options: Partial<OutboxSettings>, handlers: Parameters<OutboxRelay['start']>[1], metrics?: ReturnType<typeof createMetrics>): Promise<OutboxRelay> {
  const relay = new OutboxRelay(db, createLogger('test', 'silent'), settings(options), metrics);
  const jobs = new Jobs(createLogger('test', 'silent'));
  relay.start(jobs, handlers);
  await jobs.stop();
  return relay;
}

/** The statements `run` sends through `db` (its builders and `execute`). */
async function statementsOf(run: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const spies = (['select', 'insert', 'update', 'delete', 'execute'] as const).map((method) => {
    const original = (db[method] as (...args: unknown[]) => unknown).bind(db);
    return jest.spyOn(db, method).mockImplementation(((...args: unknown[]) => (count++, original(...args))) as never);
  });
  try {
    await run();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return count;
}

test('a round writes its outcomes in a constant number of statements, however many events it delivers', async () => {
  const relay = await relayWith({}, [handle(FINE, async () => {}), handle(FAILING, async () => { throw new Error('receiver down'); })]);
  await enqueueMany(db, [...Array.from({ length: 20 }, (_, n) => ({ on: FINE, payload: { n } })), ...Array.from({ length: 5 }, (_, n) => ({ on: FAILING, payload: { n } }))]);
  let delivered = 0;
  // The claim (its subquery built with a select of its own), the delivered, the failed: the same for 25 events as for 2.
  expect(await statementsOf(async () => (delivered = await relay.deliverPending()))).toBe(4);
  expect(delivered).toBe(20);
  const rows = await db.select().from(outbox);
  const fine = rows.filter((r) => r.topic === FINE.name);
  const failing = rows.filter((r) => r.topic === FAILING.name);
  expect(fine.every((r) => r.deliveredAt !== null && r.attempts === 1 && r.lastError === null)).toBe(true);
  expect(failing.every((r) => r.deliveredAt === null && r.attempts === 1 && r.lastError === 'receiver down' && r.nextAttemptAt.getTime() > Date.now() + 30_000)).toBe(true);
});

test('an event is sent only while its lease outlasts a whole attempt; the rest are handed back, due at once', async () => {
  // A lease of 5 s, attempts of up to 1.6 s each (plus the relay's 1 s to write outcomes), receivers taking 1.5 s:
  // two fit in one lease, the third would not.
  const leaseMs = 5_000;
  const relayTimeoutMs = 1_600;
  const attempts: { at: number; lease: number }[] = [];
  const relay = await relayWith({ leaseMs, relayTimeoutMs }, [
    handle(SLOW, async (_payload, { eventId }) => {
      // The lease the claim wrote (untouched until the round's outcomes), as this attempt begins.
      const [row] = await db.select().from(outbox).where(eq(outbox.id, eventId));
      attempts.push({ at: Date.now(), lease: row!.nextAttemptAt.getTime() });
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    }),
  ]);
  await enqueueMany(db, Array.from({ length: 5 }, (_, n) => ({ on: SLOW, payload: { n } })));
  const delivered = await relay.deliverPending();
  expect(delivered).toBe(attempts.length);
  expect(delivered).toBeLessThan(5);
  // However slow this machine, no attempt began without a whole attempt's time left on its lease.
  for (const { at, lease } of attempts) expect(at + relayTimeoutMs).toBeLessThan(lease);
  const left = (await db.select().from(outbox)).filter((r) => r.deliveredAt === null);
  expect(left).toHaveLength(5 - delivered);
  // Handed back unsent: no attempt counted, due now rather than when the lease would have run out.
  expect(left.every((r) => r.attempts === 0 && r.nextAttemptAt.getTime() <= Date.now())).toBe(true);
  // Later rounds deliver them: each round's first event has its whole lease before it.
  for (let round = 0; round < 5 && (await db.select().from(outbox)).some((r) => r.deliveredAt === null); round++) await relay.deliverPending();
  expect((await db.select().from(outbox)).filter((r) => r.deliveredAt === null)).toHaveLength(0);
  for (const { at, lease } of attempts) expect(at + relayTimeoutMs).toBeLessThan(lease);
}, 60_000);

test('/metrics tells what is delivered, what fails and for how long, by topic, read from the table', async () => {
  const metrics = createMetrics('test');
  let receiverUp = false;
  const relay = await relayWith({ backoffMs: 1, backoffMaxMs: 1 }, [handle(FINE, async () => {}), handle(FAILING, async () => {
    if (!receiverUp) throw new Error('receiver down');
  })], metrics);
  const value = async (name: string, labels: Record<string, string>) =>
    (await metrics.registry.getSingleMetric(name)!.get()).values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))?.value;
  await enqueueMany(db, [{ on: FINE, payload: { n: 1 } }, { on: FAILING, payload: { n: 1 } }, { on: FAILING, payload: { n: 2 } }]);
  await enqueue(db, SLOW, { n: 1 }, { notBefore: new Date(Date.now() + 3_600_000) });
  expect(await value('outbox_pending_events', { topic: FAILING.name })).toBe(2);
  expect(await value('outbox_failing_events', { topic: FAILING.name })).toBe(0);

  await db.execute(sql`UPDATE outbox SET created_at = now() - interval '90 seconds' WHERE topic = ${FAILING.name}`);
  await relay.deliverPending();
  expect(await value('outbox_deliveries_total', { topic: FINE.name, outcome: 'delivered' })).toBe(1);
  expect(await value('outbox_deliveries_total', { topic: FAILING.name, outcome: 'failed' })).toBe(2);
  expect(await value('outbox_failing_events', { topic: FAILING.name })).toBe(2);
  expect(await value('outbox_oldest_failing_age_seconds', { topic: FAILING.name })).toBeGreaterThanOrEqual(90);
  // Due later by design (notBefore): waiting, not failing.
  expect(await value('outbox_pending_events', { topic: SLOW.name })).toBe(1);
  expect(await value('outbox_failing_events', { topic: SLOW.name })).toBe(0);
  expect(await value('outbox_pending_events', { topic: FINE.name })).toBeUndefined();

  receiverUp = true;
  await db.execute(sql`UPDATE outbox SET next_attempt_at = now() WHERE topic = ${FAILING.name}`);
  await relay.deliverPending();
  expect(await value('outbox_failing_events', { topic: FAILING.name })).toBeUndefined();
  expect(await value('outbox_deliveries_total', { topic: FAILING.name, outcome: 'delivered' })).toBe(2);
  expect(await metrics.registry.metrics()).toMatch(/^outbox_pending_events\{.*topic="test\.slow".*\} 1$/m);
});
