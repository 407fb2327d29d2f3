import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { inBatches, type Database, type Logger } from '@zero/service';
import { deliveries, deliveryAttempts, type DeliveryRow, type tables } from '../db/schema';
import type { EmailTransport } from './email-channel';
import { redactContacts } from './masking';
import type { DeliveryMessage } from './message';
import { afterFailure, type RetrySettings } from './retry-policy';
import type { SmsProvider } from './sms-channel';

/** A claimed delivery is reserved for its sender this long, so two senders (replicas) never send it at once. */
const LEASE_MS = 60_000;
/** How many deliveries of a batch are sent side by side. */
const CONCURRENCY = 10;

interface Outcome {
  delivery: DeliveryRow;
  attempt: number;
  error: string | null;
}

/**
 * Sends PENDING email and SMS deliveries that are due, a batch at a time, and records every attempt: a success makes
 * the delivery SENT; a failure schedules a retry with exponential backoff, or, at the fifth attempt, makes it FAILED
 * (services/retry-policy.ts). The outcomes of a batch are written in one transaction.
 */
export class DeliverySender {
  constructor(
    private readonly db: Database<typeof tables>,
    private readonly email: EmailTransport,
    private readonly sms: SmsProvider,
    private readonly retry: RetrySettings,
    private readonly logger: Logger,
    /** Told when the earliest retry of a batch is due, so the sending job comes back then instead of polling for it. */
    private readonly retryDueIn: (ms: number) => void = () => {},
  ) {}

  /** Sends everything due now. Returns how many attempts were made. */
  run(batchSize = 50): Promise<number> {
    return inBatches((limit) => this.sendBatch(limit), batchSize);
  }

  private async sendBatch(limit: number): Promise<number> {
    const now = new Date();
    const due = this.db
      .select({ id: deliveries.id })
      .from(deliveries)
      .where(and(eq(deliveries.status, 'PENDING'), lte(deliveries.nextAttemptAt, now)))
      .orderBy(asc(deliveries.nextAttemptAt))
      .limit(limit);
    // One atomic UPDATE leases the batch: a concurrent sender skips what this one took.
    const claimed = await this.db
      .update(deliveries)
      .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
      .where(and(inArray(deliveries.id, due), eq(deliveries.status, 'PENDING'), lte(deliveries.nextAttemptAt, now)))
      .returning();
    const outcomes: Outcome[] = [];
    for (let i = 0; i < claimed.length; i += CONCURRENCY) {
      outcomes.push(...(await Promise.all(claimed.slice(i, i + CONCURRENCY).map((delivery) => this.attempt(delivery)))));
    }
    if (outcomes.length) await this.record(outcomes);
    return claimed.length;
  }

  /** One attempt at one delivery; never throws. */
  private async attempt(delivery: DeliveryRow): Promise<Outcome> {
    const attempt = delivery.attempts + 1;
    try {
      const message = delivery.message as DeliveryMessage | null;
      if (!message || !delivery.recipient) throw new Error('nothing to send');
      if (message.channel === 'EMAIL') {
        await this.email.send({ id: delivery.id, to: delivery.recipient, subject: message.subject, text: message.text, html: message.html, headers: message.headers });
      } else {
        await this.sms.send({ id: delivery.id, to: delivery.recipient, text: message.text });
      }
      return { delivery, attempt, error: null };
    } catch (error) {
      // A mail server's refusal may quote the address: what is stored and logged is redacted.
      const reason = redactContacts(error instanceof Error ? error.message : String(error)).slice(0, 500);
      return { delivery, attempt, error: reason || 'failed' };
    }
  }

  /** The batch's attempts and the deliveries' new state, in one transaction. */
  private async record(outcomes: Outcome[]): Promise<void> {
    const now = new Date();
    const sent = outcomes.filter((o) => o.error === null);
    const failed = outcomes
      .filter((o) => o.error !== null)
      .map((o) => {
        const next = afterFailure(o.attempt, this.retry, now);
        return { ...o, final: next.final, retryAt: next.final ? now : next.retryAt };
      });
    await this.db.transaction(async (tx) => {
      await tx.insert(deliveryAttempts).values(
        outcomes.map((o) => ({ deliveryId: o.delivery.id, number: o.attempt, at: now, status: o.error === null ? ('SENT' as const) : ('FAILED' as const), error: o.error })),
      );
      if (sent.length) {
        await tx
          .update(deliveries)
          .set({ status: 'SENT', attempts: sql`${deliveries.attempts} + 1`, sentAt: now, lastError: null, message: null })
          .where(inArray(deliveries.id, sent.map((o) => o.delivery.id)));
      }
      if (failed.length) {
        const rows = sql.join(
          failed.map((f) => sql`(${f.delivery.id}::uuid, ${f.error}, ${f.final ? 'FAILED' : 'PENDING'}, ${f.retryAt.toISOString()}::timestamptz)`),
          sql`, `,
        );
        // The message goes with the last attempt: nothing that was to be sent outlives its delivery.
        await tx.execute(sql`
          UPDATE ${deliveries} AS d
          SET attempts = d.attempts + 1, last_error = v.error, status = v.status, next_attempt_at = v.retry_at,
              message = CASE WHEN v.status = 'FAILED' THEN NULL ELSE d.message END
          FROM (VALUES ${rows}) AS v(id, error, status, retry_at)
          WHERE d.id = v.id`);
      }
    });
    for (const f of failed) {
      const fields = { deliveryId: f.delivery.id, kind: f.delivery.kind, channel: f.delivery.channel, attempt: f.attempt, err: f.error };
      if (f.final) this.logger.error(fields, 'notification delivery failed for good');
      else this.logger.warn(fields, 'notification delivery failed; will retry');
    }
    const retries = failed.filter((f) => !f.final).map((f) => f.retryAt.getTime());
    if (retries.length) this.retryDueIn(Math.min(...retries) - now.getTime());
  }
}
