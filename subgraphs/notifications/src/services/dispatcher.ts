import { randomUUID } from 'node:crypto';
import { and, asc, inArray, isNull } from 'drizzle-orm';
import { inBatches, parseNotificationEvent, type Database, type Logger, type NotificationEventKind } from '@zero/service';
import { announcements, deliveries, deliveryAttempts, events, notifications, type Channel, type EventRow, type tables } from '../db/schema';
import { decideChannels } from './channel-policy';
import type { Contact, ContactDirectory } from './contacts';
import type { DeliveryMessage } from './message';
import { renderAnnouncement, renderEmail, renderEvent, type AnnouncementText, type NotificationContent, type TemplateContext } from './templates';
import type { UnsubscribeLinks } from './unsubscribe-links';

type NewNotification = typeof notifications.$inferInsert;
type NewDelivery = typeof deliveries.$inferInsert;

/** An announcement's recipient copy carries only the announcement's id; its text is read once per batch. */
export interface AnnouncementEventPayload {
  userId: string;
  announcementId: string;
}

/**
 * Turns recorded events into notifications, a batch at a time: one call per owning subgraph for the contacts of the
 * whole batch, the templates rendered, then one transaction that writes the in-app notifications, a delivery per
 * channel (PENDING to send, SENT for in-app, SUPPRESSED where preferences forbid) and marks the events processed.
 * The unique keys (one notification per event, one delivery per event and channel) make it safe to run twice.
 */
export class Dispatcher {
  constructor(
    private readonly db: Database<typeof tables>,
    private readonly contacts: ContactDirectory,
    private readonly links: UnsubscribeLinks,
    private readonly templates: TemplateContext,
    private readonly logger: Logger,
    /** Asks the sender to run soon. */
    private readonly wakeSender: () => void,
  ) {}

  /** Dispatches every recorded event not dispatched yet. Returns how many. */
  async run(batchSize = 100): Promise<number> {
    const done = await inBatches((limit) => this.dispatchBatch(limit), batchSize);
    if (done) this.wakeSender();
    return done;
  }

  private async dispatchBatch(limit: number): Promise<number> {
    const batch = await this.db.select().from(events).where(isNull(events.processedAt)).orderBy(asc(events.receivedAt)).limit(limit);
    if (batch.length === 0) return 0;
    const announcementIds = batch.filter((e) => e.kind === 'ANNOUNCEMENT').map((e) => (e.payload as AnnouncementEventPayload).announcementId);
    const [contacts, texts] = await Promise.all([
      this.contacts.load(batch.map((e) => e.userId)),
      announcementIds.length ? this.db.select().from(announcements).where(inArray(announcements.id, [...new Set(announcementIds)])) : [],
    ]);
    const announcementsById = new Map(texts.map((a) => [a.id, a]));

    const inbox: NewNotification[] = [];
    const outgoing: NewDelivery[] = [];
    const now = new Date();
    for (const event of batch) {
      const contact = contacts.get(event.userId)!;
      const announcement = event.kind === 'ANNOUNCEMENT' ? announcementsById.get((event.payload as AnnouncementEventPayload).announcementId) : undefined;
      const content = this.contentOf(event, contact, announcement);
      if (!content) continue;
      const base = { eventId: event.id, userId: event.userId, kind: event.kind };
      for (const decision of decideChannels(event.kind, contact, announcement?.channels ?? [])) {
        if (!decision.send) {
          outgoing.push({ ...base, channel: decision.channel, status: 'SUPPRESSED', lastError: decision.reason });
        } else if (decision.channel === 'IN_APP') {
          inbox.push({ ...base, title: content.title, body: content.paragraphs.join('\n\n'), link: content.action?.url ?? null, createdAt: now });
          outgoing.push({ ...base, id: randomUUID(), channel: 'IN_APP', recipient: 'in-app', status: 'SENT', attempts: 1, sentAt: now, createdAt: now });
        } else {
          const message = this.messageFor(decision.channel, event, content, contact);
          outgoing.push({ ...base, channel: decision.channel, recipient: decision.channel === 'EMAIL' ? contact.email : contact.phone, status: 'PENDING', message, nextAttemptAt: now });
        }
      }
    }

    await this.db.transaction(async (tx) => {
      // Claim the events first: one dispatched meanwhile, or deleted by its user's erasure (which waits for this
      // transaction's row locks, then deletes what it wrote), yields nothing here.
      const claimed = await tx
        .update(events)
        .set({ processedAt: now })
        .where(and(inArray(events.id, batch.map((e) => e.id)), isNull(events.processedAt)))
        .returning({ id: events.id });
      const mine = new Set(claimed.map((e) => e.id));
      const newInbox = inbox.filter((n) => mine.has(n.eventId));
      const newOutgoing = outgoing.filter((d) => mine.has(d.eventId));
      if (newInbox.length) await tx.insert(notifications).values(newInbox).onConflictDoNothing();
      const created = newOutgoing.length
        ? await tx.insert(deliveries).values(newOutgoing).onConflictDoNothing().returning({ id: deliveries.id, channel: deliveries.channel })
        : [];
      // An in-app delivery succeeds as it is written: its one attempt is in the log too.
      const inApp = created.filter((d) => d.channel === 'IN_APP');
      if (inApp.length) await tx.insert(deliveryAttempts).values(inApp.map((d) => ({ deliveryId: d.id, number: 1, at: now, status: 'SENT' as const })));
    });
    return batch.length;
  }

  /** What the event says to this user; null (and logged) for an event that cannot be rendered. */
  private contentOf(event: EventRow, contact: Contact, announcement: AnnouncementText | undefined): NotificationContent | null {
    try {
      if (event.kind === 'ANNOUNCEMENT') {
        if (announcement) return renderAnnouncement(announcement);
      } else {
        const kind = event.kind as NotificationEventKind;
        const payload = parseNotificationEvent(kind, JSON.stringify(event.payload));
        if (payload) return renderEvent(kind, payload, contact, this.templates);
      }
    } catch (error) {
      // One event that cannot be rendered must not hold up the batch behind it.
      this.logger.error({ err: error, eventId: event.id, kind: event.kind }, 'a notification event could not be rendered; it is skipped');
      return null;
    }
    this.logger.error({ eventId: event.id, kind: event.kind }, 'a notification event could not be rendered; it is skipped');
    return null;
  }

  private messageFor(channel: Exclude<Channel, 'IN_APP'>, event: EventRow, content: NotificationContent, contact: Contact): DeliveryMessage {
    if (channel === 'SMS') return { channel, text: content.sms };
    const unsubscribe = event.kind === 'ANNOUNCEMENT' ? this.links.linkFor(event.userId) : null;
    return { channel, ...renderEmail(event.kind, content, contact, unsubscribe) };
  }
}
