import { badInput, isNotificationEventKind, parseNotificationEvent, type Database } from '@zero/service';
import { events, type tables } from '../db/schema';

/**
 * Receives the business events producers deliver from their outboxes. Recording is idempotent by the event's id —
 * the outbox delivers at least once — and cheap: the notifications themselves are made in batches by the dispatcher.
 */
export class EventIntake {
  constructor(
    private readonly db: Database<typeof tables>,
    /** Asks the dispatcher to run soon. */
    private readonly wake: () => void,
  ) {}

  /** Records an event unless it was recorded before; BAD_USER_INPUT when its payload does not fit its kind. */
  async record(event: { id: string; kind: string; payload: string }): Promise<true> {
    const { kind } = event;
    if (!isNotificationEventKind(kind)) throw badInput(`${kind} is not the kind of a business event`);
    const payload = parseNotificationEvent(kind, event.payload);
    if (!payload) throw badInput(`The payload does not fit a ${kind} event`);
    const [inserted] = await this.db
      .insert(events)
      .values({ id: event.id, kind, userId: payload.userId, payload })
      .onConflictDoNothing()
      .returning({ id: events.id });
    if (inserted) this.wake();
    return true;
  }
}
