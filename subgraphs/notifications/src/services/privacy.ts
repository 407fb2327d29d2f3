import { asc, eq, inArray } from 'drizzle-orm';
import type { Database, Logger } from '@zero/service';
import { deliveries, deliveryAttempts, erasedUsers, events, notifications, type tables } from '../db/schema';
import type { EmailTransport } from './email-channel';
import { maskEmail, maskPhone } from './masking';
import type { SmsProvider } from './sms-channel';

/** The notifications subgraph's part of a data export and of an account erasure (the privacy rules of the API contract). */
export class NotificationPrivacy {
  constructor(
    private readonly db: Database<typeof tables>,
    /** The live channels (tests replace them), asked to forget the copies they keep. */
    private readonly channels: { email: EmailTransport; sms: SmsProvider },
    private readonly logger: Logger,
  ) {}

  /** The user's in-app inbox and delivery log (recipients masked, every attempt's outcome), for `exportMyData`. */
  async exportData(userId: string): Promise<object> {
    const [inbox, sent] = await Promise.all([
      this.db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(asc(notifications.createdAt)),
      this.db.select().from(deliveries).where(eq(deliveries.userId, userId)).orderBy(asc(deliveries.createdAt)),
    ]);
    const attempts = sent.length
      ? await this.db.select().from(deliveryAttempts).where(inArray(deliveryAttempts.deliveryId, sent.map((d) => d.id))).orderBy(asc(deliveryAttempts.number))
      : [];
    return {
      notifications: inbox.map((n) => ({ id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt, readAt: n.readAt })),
      deliveries: sent.map((d) => ({
        id: d.id,
        kind: d.kind,
        channel: d.channel,
        recipient: d.recipient === null ? null : d.channel === 'SMS' ? maskPhone(d.recipient) : maskEmail(d.recipient),
        status: d.status,
        createdAt: d.createdAt,
        sentAt: d.sentAt,
        attempts: attempts.filter((a) => a.deliveryId === d.id).map((a) => ({ number: a.number, at: a.at, status: a.status, error: a.error })),
      })),
    };
  }

  /**
   * Erases the user here: first the copies the built-in channels keep (`.eml` files, `sms.log` lines), then, in one
   * transaction, the inbox, the deliveries with their attempts and messages, and the events recorded for the user;
   * the user is remembered as erased (id only), so events arriving later are dropped. Idempotent: a retry after a
   * failure finds what is left and erases it.
   */
  async erase(userId: string): Promise<void> {
    const theirs = await this.db.select({ id: deliveries.id }).from(deliveries).where(eq(deliveries.userId, userId));
    await this.forgetFiles(theirs.map((d) => d.id));
    const deleted = await this.db.transaction(async (tx) => {
      await tx.insert(erasedUsers).values({ userId }).onConflictDoNothing();
      // Events first: a dispatch under way holds their rows, and what it writes is visible to the deletes after it.
      await tx.delete(events).where(eq(events.userId, userId));
      await tx.delete(notifications).where(eq(notifications.userId, userId));
      return tx.delete(deliveries).where(eq(deliveries.userId, userId)).returning({ id: deliveries.id });
    });
    // A message sent while this ran (its delivery was deleted just now) leaves a copy too.
    await this.forgetFiles(deleted.map((d) => d.id).filter((id) => !theirs.some((t) => t.id === id)));
    this.logger.debug({ userId, deliveries: theirs.length }, 'notifications of an erased user deleted');
  }

  /** Asks the channels to delete their copies of these deliveries' messages. */
  private async forgetFiles(deliveryIds: string[]): Promise<void> {
    if (deliveryIds.length === 0) return;
    const ids = new Set(deliveryIds);
    await Promise.all([this.channels.email.forget?.(ids), this.channels.sms.forget?.(ids)]);
  }

  /** Whether the user's account was erased (events about them are then dropped). */
  async isErased(userId: string): Promise<boolean> {
    const [row] = await this.db.select({ userId: erasedUsers.userId }).from(erasedUsers).where(eq(erasedUsers.userId, userId));
    return !!row;
  }
}
