import { randomUUID } from 'node:crypto';
import { SpanKind, SpanStatusCode, type Span } from '@opentelemetry/api';
import { and, asc, eq, inArray, isNotNull, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import { integer, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { OutboxSettings } from './config';
import type { Database } from './db';
import type { Jobs, PeriodicJob } from './jobs';
import { Counter, Gauge } from 'prom-client';
import { loggableError, type Logger } from './logger';
import type { Metrics } from './metrics';
import { deleteInBatches } from './retention';
import { contextFrom, currentTraceparent, inSpan } from './tracing';

/**
 * The transactional outbox. A side effect that crosses a subgraph boundary (confirm the order, commit the stock,
 * clear the cart) is written as a row of this table in the same transaction as the change that causes it, then
 * delivered by {@link OutboxRelay} at least once, with retries and backoff, to a consumer that is idempotent by
 * event id or by nature. A crash or an outage delays an effect; it never loses or doubles it.
 *
 * A subgraph that uses it adds `outbox` to its drizzle tables, so its migrations create the table.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey(),
    topic: text('topic').notNull(),
    payload: jsonb('payload').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'date' }),
    lastError: text('last_error'),
    /** The W3C `traceparent` of the request that wrote the event: its delivery joins that trace, however late. */
    traceparent: text('traceparent'),
  },
  (t) => [
    index('outbox_pending_idx').on(t.nextAttemptAt).where(sql`${t.deliveredAt} IS NULL`),
    // The retention job finds delivered events by age.
    index('outbox_delivered_idx').on(t.deliveredAt).where(sql`${t.deliveredAt} IS NOT NULL`),
  ],
);

export type OutboxEvent = typeof outbox.$inferSelect;
type OutboxDb = Database<{ outbox: typeof outbox }>;
type Executor = Pick<OutboxDb, 'insert'>;

/** A kind of event and the shape of its payload: declared once, so producer and consumer agree on it. */
export interface Topic<TPayload> {
  readonly name: string;
  /** Carries the payload type only; never set. */
  readonly payload?: TPayload;
}

/** Declares a topic: `const ORDER_PAID = topic<{ orderId: string; paymentId: string }>('order.paid')`. */
export function topic<TPayload extends object>(name: string): Topic<TPayload> {
  return { name };
}

/**
 * Records an event inside the caller's transaction, with the caller's trace context. Returns its id (consumers
 * deduplicate on it). With `notBefore`, the event is not delivered before that time.
 */
export async function enqueue<TPayload extends object>(tx: Executor, on: Topic<TPayload>, payload: TPayload, options: { notBefore?: Date } = {}): Promise<string> {
  const id = randomUUID();
  await tx.insert(outbox).values({ id, topic: on.name, payload, traceparent: currentTraceparent(), ...(options.notBefore ? { nextAttemptAt: options.notBefore } : {}) });
  return id;
}

/**
 * Writes several events in one statement, in the caller's transaction (as {@link enqueue} does one). Returns their
 * ids, in order.
 */
export async function enqueueMany(tx: Executor, events: ReadonlyArray<{ on: Topic<object>; payload: object }>): Promise<string[]> {
  if (events.length === 0) return [];
  const traceparent = currentTraceparent();
  const rows = events.map(({ on, payload }) => ({ id: randomUUID(), topic: on.name, payload, traceparent }));
  await tx.insert(outbox).values(rows);
  return rows.map((row) => row.id);
}

/**
 * Marks events as done without sending them, in the caller's transaction: for an event written ahead as a fallback
 * (`notBefore`) whose effect the caller's own work has made needless. Only events never attempted and not marked by
 * their handler (`last_error`, see {@link markAttempt}) are retired; returns how many were. The update locks the rows:
 * a handler marking the same event waits for the caller's commit, and the caller for the handler's.
 */
export async function retire(tx: Pick<OutboxDb, 'update'>, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const retired = await tx
    .update(outbox)
    .set({ deliveredAt: sql`now()` })
    .where(and(inArray(outbox.id, [...ids]), isNull(outbox.deliveredAt), eq(outbox.attempts, 0), isNull(outbox.lastError)))
    .returning({ id: outbox.id });
  return retired.length;
}

/**
 * For a handler whose effect races a {@link retire}: marks its event as being acted on, in the handler's transaction,
 * unless it was retired (or delivered) meanwhile. True when the handler may go on; from then on no `retire` takes it.
 */
export async function markAttempt(tx: Pick<OutboxDb, 'update'>, id: string, note: string): Promise<boolean> {
  const [marked] = await tx
    .update(outbox)
    .set({ lastError: note })
    .where(and(eq(outbox.id, id), isNull(outbox.deliveredAt)))
    .returning({ id: outbox.id });
  return marked !== undefined;
}

/** What a delivery is told besides the payload. */
export interface Delivery {
  eventId: string;
  /** Aborted when the delivery ran out of time: pass it to the calls it makes. */
  signal: AbortSignal;
}

/** Delivers one event of a topic; throwing means "try again later". */
export interface OutboxHandler {
  topic: string;
  deliver(payload: unknown, delivery: Delivery): Promise<void>;
}

/** Pairs a topic with its deliverer, typed by the topic's payload. */
export function handle<TPayload>(on: Topic<TPayload>, deliver: (payload: TPayload, delivery: Delivery) => Promise<void>): OutboxHandler {
  // The payload was written by enqueue() with the same Topic<TPayload>; the database gives it back as JSON.
  return { topic: on.name, deliver: (payload, delivery) => deliver(payload as TPayload, delivery) };
}

interface BacklogRow {
  topic: string;
  pending: number;
  failing: number;
  oldestFailingSeconds: number;
}

class DeliveryTimeout extends Error {
  constructor(ms: number) {
    super(`delivery took longer than ${ms} ms`);
    this.name = 'DeliveryTimeout';
  }
}

/** Time kept after an attempt's limit, within its lease, to write the attempt's outcome. */
const LEASE_MARGIN_MS = 1_000;

/**
 * Delivers the outbox's events: right after the commit that enqueued them ({@link deliverNow}, bounded in time so a
 * hung receiver cannot hold the request), and every `intervalMs` as a periodic job for what is due (failed
 * deliveries come back with backoff). Events are leased to one deliverer at a time, and each is sent only while its
 * lease outlasts a whole attempt, so no two deliverers ever send one event at once. A round's outcomes are written
 * together at its end (one statement per kind of outcome, not one per event); should the process die before, its
 * events are delivered again once their lease has run out — every consumer is idempotent.
 */
export class OutboxRelay {
  private handlers = new Map<string, OutboxHandler['deliver']>();
  private job: PeriodicJob | null = null;
  private readonly deliveries: Counter<'topic' | 'outcome'> | null = null;

  constructor(
    private readonly db: OutboxDb,
    private readonly logger: Logger,
    private readonly settings: OutboxSettings,
    metrics?: Metrics,
  ) {
    if (!metrics) return;
    this.deliveries = new Counter({
      name: 'outbox_deliveries_total',
      help: 'Outbox delivery attempts, by topic and outcome (delivered, failed)',
      labelNames: ['topic', 'outcome'],
      registers: [metrics.registry],
    });
    this.registerBacklogGauges(metrics);
  }

  /**
   * What has not been delivered yet, read from the table when `/metrics` is scraped (so every replica reports the
   * same figures, whoever delivers): events waiting by topic — some by design (`notBefore`) — and, of those, the
   * ones already tried and failed, with the age of the oldest. A failing count that stays up, or an age that keeps
   * growing, is an effect that is not reaching its receiver: what to alert on.
   */
  private registerBacklogGauges(metrics: Metrics): void {
    // A scrape collects the gauges together: the query in flight serves them all.
    let inFlight: Promise<BacklogRow[]> | null = null;
    const backlog = () => (inFlight ??= this.backlog().finally(() => (inFlight = null)));
    const gauge = (name: string, help: string, value: (row: BacklogRow) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['topic'],
        registers: [metrics.registry],
        async collect() {
          this.reset();
          for (const row of await backlog()) this.set({ topic: row.topic }, value(row));
        },
      });
    gauge('outbox_pending_events', 'Outbox events not delivered yet, by topic (including those due later by design)', (row) => row.pending);
    gauge('outbox_failing_events', 'Outbox events tried at least once and not delivered, by topic', (row) => row.failing);
    gauge('outbox_oldest_failing_age_seconds', 'Age of the oldest outbox event tried and not delivered, by topic (0: none)', (row) => row.oldestFailingSeconds);
  }

  /** Undelivered events by topic; empty (and logged) when the database cannot be read, so a scrape still answers. */
  private async backlog(): Promise<BacklogRow[]> {
    try {
      const rows = await this.db
        .select({
          topic: outbox.topic,
          pending: sql<number>`count(*)::int`,
          failing: sql<number>`(count(*) FILTER (WHERE ${outbox.attempts} > 0))::int`,
          oldestFailingSeconds: sql<number>`coalesce(extract(epoch FROM now() - min(${outbox.createdAt}) FILTER (WHERE ${outbox.attempts} > 0)), 0)::float8`,
        })
        .from(outbox)
        .where(isNull(outbox.deliveredAt))
        .groupBy(outbox.topic);
      return rows.map((row) => ({ topic: row.topic, pending: Number(row.pending), failing: Number(row.failing), oldestFailingSeconds: Number(row.oldestFailingSeconds) }));
    } catch (error) {
      this.logger.warn({ err: error }, 'could not read the outbox backlog for /metrics');
      return [];
    }
  }

  /**
   * Starts delivering: registers a deliverer per topic and the periodic relay among the service's jobs. Called once
   * the services the deliverers use exist (they may themselves enqueue through this relay).
   */
  start(jobs: Jobs, handlers: OutboxHandler[]): void {
    this.handlers = new Map(handlers.map((h) => [h.topic, h.deliver]));
    this.job = jobs.every(this.settings.intervalMs, { name: 'outbox relay', run: () => this.deliverPending() }, { startNow: true });
    jobs.every(this.settings.retentionIntervalMs, { name: 'outbox retention', run: () => this.purgeDelivered() });
  }

  /** Asks for a delivery round soon (after a commit that enqueued something). Retries need no asking: a failed attempt brings the relay back when it is due. */
  wake(): void {
    this.job?.trigger();
  }

  /** Runs one delivery round; returns how many events were delivered. */
  async deliverPending(): Promise<number> {
    const due = this.db
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(isNull(outbox.deliveredAt), lte(outbox.nextAttemptAt, new Date())))
      .orderBy(asc(outbox.createdAt))
      .limit(this.settings.batchSize);
    return this.deliverLeased(await this.claim(inArray(outbox.id, due)), this.settings.relayTimeoutMs);
  }

  /**
   * Delivers the given events right away — after the commit that enqueued them, so the caller's response already
   * reflects their effects. Each gets at most `inlineTimeoutMs`: what fails or takes longer stays in the outbox
   * for the relay.
   */
  async deliverNow(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.deliverLeased(await this.claim(inArray(outbox.id, ids)), this.settings.inlineTimeoutMs);
  }

/** Deletes delivered events older than the retention period, a batch at a time. Returns how many. */
  purgeDelivered(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.settings.retentionMs);
    return deleteInBatches(this.db, outbox, and(isNotNull(outbox.deliveredAt), lt(outbox.deliveredAt, cutoff))!);
  }

  /**
   * Leases due events to this deliverer: one atomic UPDATE moves their next attempt past the lease, so a concurrent
   * round (another request, another replica) does not deliver them too. A deliverer that dies mid-way loses its
   * lease when it runs out, and the events are delivered by someone else.
   */
  private async claim(which: SQL): Promise<{ events: OutboxEvent[]; leaseEnds: number }> {
    const now = new Date();
    const leaseEnds = now.getTime() + this.settings.leaseMs;
    const claimed = await this.db
      .update(outbox)
      .set({ nextAttemptAt: new Date(leaseEnds) })
      .where(and(which, isNull(outbox.deliveredAt), lte(outbox.nextAttemptAt, now)))
      .returning();
    return { events: claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()), leaseEnds };
  }

  /**
   * Delivers leased events one after another, in the order they were written, each within `timeoutMs` — and only
   * while the lease outlasts a whole attempt: the rest are handed back, due at once, rather than sent after another
   * deliverer may have claimed them. Then writes every outcome in at most three statements. Returns how many were
   * delivered.
   */
  private async deliverLeased({ events, leaseEnds }: { events: OutboxEvent[]; leaseEnds: number }, timeoutMs: number): Promise<number> {
    const delivered: OutboxEvent[] = [];
    const failed: { event: OutboxEvent; error: string; retryAt: Date }[] = [];
    const handedBack: OutboxEvent[] = [];
    for (const event of events) {
      // A second to spare after the attempt, to write its outcome while the lease is still ours.
      if (handedBack.length || leaseEnds - Date.now() <= timeoutMs + LEASE_MARGIN_MS) {
        handedBack.push(event);
        continue;
      }
      const error = await this.deliver(event, timeoutMs);
      this.deliveries?.inc({ topic: event.topic, outcome: error === null ? 'delivered' : 'failed' });
      if (error === null) {
        delivered.push(event);
        continue;
      }
      const attempts = event.attempts + 1;
      const delay = Math.min(this.settings.backoffMs * 2 ** Math.min(attempts - 1, 16), this.settings.backoffMaxMs);
      this.logger.warn({ eventId: event.id, topic: event.topic, attempts, err: error }, 'outbox delivery failed; will retry');
      failed.push({ event, error, retryAt: new Date(Date.now() + delay) });
    }
    await this.record(delivered, failed, handedBack, new Date(leaseEnds));
    // The relay comes back when the first retry is due rather than at its next look, and at once for what it handed back.
    if (handedBack.length) this.job?.trigger();
    else if (failed.length) this.job?.trigger(Math.max(0, Math.min(...failed.map((f) => f.retryAt.getTime())) - Date.now()));
    return delivered.length;
  }

  /**
   * A round's outcomes: the delivered, the failed (each with its retry), and the events handed back unsent. A retry
   * time or a hand-back is written only where the lease is still this round's (`next_attempt_at` as the claim set it):
   * an event whose lease ran out meanwhile may be another deliverer's now, and its lease is not shortened under it.
   */
  private async record(delivered: OutboxEvent[], failed: { event: OutboxEvent; error: string; retryAt: Date }[], handedBack: OutboxEvent[], lease: Date): Promise<void> {
    if (delivered.length) {
      await this.db
        .update(outbox)
        .set({ deliveredAt: new Date(), attempts: sql`${outbox.attempts} + 1`, lastError: null })
        .where(inArray(outbox.id, delivered.map((e) => e.id)));
    }
    if (failed.length) {
      const rows = sql.join(
        failed.map((f) => sql`(${f.event.id}::uuid, ${f.error.slice(0, 500)}, ${f.retryAt.toISOString()}::timestamptz)`),
        sql`, `,
      );
      await this.db.execute(sql`
        UPDATE ${outbox} AS o SET attempts = o.attempts + 1, last_error = v.error, next_attempt_at = v.retry_at
        FROM (VALUES ${rows}) AS v(id, error, retry_at)
        WHERE o.id = v.id AND o.delivered_at IS NULL AND o.next_attempt_at = ${lease.toISOString()}::timestamptz`);
    }
    if (handedBack.length) {
      await this.db
        .update(outbox)
        .set({ nextAttemptAt: new Date() })
        .where(and(inArray(outbox.id, handedBack.map((e) => e.id)), isNull(outbox.deliveredAt), eq(outbox.nextAttemptAt, lease)));
    }
  }

  /**
   * One attempt within `timeoutMs` (less than the lease): the receiver's call is aborted when time runs out. Resolves
   * with null when delivered, else with the error, loggable. The attempt is a span in the trace of the request that
   * wrote the event, whether it runs right after that request's commit or minutes later in the relay.
   */
  private deliver(event: OutboxEvent, timeoutMs: number): Promise<string | null> {
    const attributes = { 'messaging.system': 'outbox', 'messaging.operation.type': 'process', 'messaging.destination.name': event.topic, 'messaging.message.id': event.id };
    return inSpan(`outbox ${event.topic}`, { kind: SpanKind.CONSUMER, attributes }, (span) => this.attempt(event, timeoutMs, span), contextFrom(event.traceparent));
  }

  private async attempt(event: OutboxEvent, timeoutMs: number, span: Span): Promise<string | null> {
    const handler = this.handlers.get(event.topic);
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    try {
      if (!handler) throw new Error(`no handler for topic ${event.topic}`);
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const error = new DeliveryTimeout(timeoutMs);
          abort.abort(error);
          reject(error);
        }, timeoutMs);
      });
      await Promise.race([handler(event.payload, { eventId: event.id, signal: abort.signal }), deadline]);
      return null;
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
      return String(loggableError(error instanceof Error ? error.message : String(error)));
    } finally {
      clearTimeout(timer);
    }
  }
}
