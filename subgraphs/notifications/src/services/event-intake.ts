import { sql } from 'drizzle-orm';
import { badInput, isNotificationEventKind, parseNotificationEvent, type Database } from '@zero/service';
import { erasedUsers, events, type tables } from '../db/schema';

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

  /**
   * Records an event unless it was recorded before, or it is about an erased user (acknowledged and dropped);
   * BAD_USER_INPUT when its payload does not fit its kind.
   */
  async record(event: { id: string; kind: string; payload: string }): Promise<true> {
    const { kind } = event;
    if (!isNotificationEventKind(kind)) throw badInput(`${kind} is not the kind of a business event`);
    const payload = parseNotificationEvent(kind, event.payload);
    if (!payload) throw badInput(`The payload does not fit a ${kind} event`);
    // One statement: recorded only when the user was not erased (services/privacy.ts), and only once.
    const result = (await this.db.execute(sql`
      INSERT INTO ${events} (id, kind, user_id, payload)
      SELECT ${event.id}, ${kind}, ${payload.userId}::uuid, ${JSON.stringify(payload)}::jsonb
      WHERE NOT EXISTS (SELECT 1 FROM ${erasedUsers} WHERE ${erasedUsers.userId} = ${payload.userId}::uuid)
      ON CONFLICT DO NOTHING
      RETURNING id`)) as unknown as { rows: unknown[] };
    const inserted = result.rows[0];
    if (inserted) this.wake();
    return true;
  }
}
