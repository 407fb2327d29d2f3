import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { integer, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Database } from './db';
import { loggableError, type Logger } from './logger';

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
  },
  (t) => [index('outbox_pending_idx').on(t.nextAttemptAt).where(sql`${t.deliveredAt} IS NULL`)],
);

export type OutboxEvent = typeof outbox.$inferSelect;
type Executor = Pick<Database<{ outbox: typeof outbox }>, 'insert'>;

/** Records an event inside the caller's transaction. Returns its id (consumers deduplicate on it). */
export async function enqueue(tx: Executor, topic: string, payload: Record<string, unknown>): Promise<string> {
  const id = randomUUID();
  await tx.insert(outbox).values({ id, topic, payload });
  return id;
}

/** Delivers one event; throwing means "try again later". */
export type OutboxHandler = (payload: any, eventId: string) => Promise<void>;

export interface OutboxRelayOptions {
  intervalMs?: number;
  batchSize?: number;
  /** Delay before the n-th retry: base × 2^n, capped. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** How long a claimed event is reserved for its deliverer before others may try it. */
  leaseMs?: number;
}

/** Polls the outbox and delivers pending events, oldest first, each with its own retry schedule. */
export class OutboxRelay {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly db: Database<{ outbox: typeof outbox }>,
    private readonly handlers: Record<string, OutboxHandler>,
    private readonly logger: Logger,
    private readonly options: OutboxRelayOptions = {},
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Asks for a delivery round soon (after a commit that enqueued something). */
  wake(): void {
    if (!this.stopped && !this.running) this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Runs one delivery round; returns how many events were delivered. */
  async deliverPending(): Promise<number> {
    const due = this.db
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(isNull(outbox.deliveredAt), lte(outbox.nextAttemptAt, new Date())))
      .orderBy(asc(outbox.createdAt))
      .limit(this.options.batchSize ?? 50);
    let delivered = 0;
    for (const event of await this.claim(inArray(outbox.id, due))) if (await this.deliver(event)) delivered++;
    return delivered;
  }

  /**
   * Leases due events to this deliverer: one atomic UPDATE moves their next attempt past the lease, so a concurrent
   * round (another request, another replica) does not deliver them too. A deliverer that dies mid-way loses its
   * lease when it runs out, and the events are delivered by someone else.
   */
  private async claim(which: SQL): Promise<OutboxEvent[]> {
    const now = new Date();
    const claimed = await this.db
      .update(outbox)
      .set({ nextAttemptAt: new Date(now.getTime() + (this.options.leaseMs ?? 30_000)) })
      .where(and(which, isNull(outbox.deliveredAt), lte(outbox.nextAttemptAt, now)))
      .returning();
    return claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  /**
   * Delivers the given events right away — after the commit that enqueued them, so the caller's response already
   * reflects their effects. What fails stays in the outbox for the retries.
   */
  async deliverNow(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    for (const event of await this.claim(inArray(outbox.id, ids))) await this.deliver(event);
  }

  private async deliver(event: OutboxEvent): Promise<boolean> {
    const handler = this.handlers[event.topic];
    try {
      if (!handler) throw new Error(`no handler for topic ${event.topic}`);
      await handler(event.payload, event.id);
      await this.db.update(outbox).set({ deliveredAt: new Date(), attempts: event.attempts + 1, lastError: null }).where(eq(outbox.id, event.id));
      return true;
    } catch (error) {
      const attempts = event.attempts + 1;
      const delay = Math.min((this.options.backoffBaseMs ?? 500) * 2 ** Math.min(attempts - 1, 16), this.options.backoffMaxMs ?? 60_000);
      const message = String(loggableError(error instanceof Error ? error.message : String(error)));
      this.logger.warn({ eventId: event.id, topic: event.topic, attempts, err: message }, 'outbox delivery failed; will retry');
      await this.db
        .update(outbox)
        .set({ attempts, lastError: message.slice(0, 500), nextAttemptAt: new Date(Date.now() + delay) })
        .where(eq(outbox.id, event.id));
      return false;
    }
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.deliverPending()
        .catch((error) => this.logger.error({ err: error }, 'outbox round failed'))
        .then(() => {
          this.running = null;
          this.schedule(this.options.intervalMs ?? 1000);
        });
    }, delay);
    this.timer.unref();
  }
}
