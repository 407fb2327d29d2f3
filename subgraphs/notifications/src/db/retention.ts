import { and, isNotNull, lt } from 'drizzle-orm';
import { deleteInBatches, type Database, type Job } from '@zero/service';
import { events, type tables } from './schema';

/**
 * Dispatched events are kept `retentionDays` to recognise a repeated delivery, then deleted (in batches). Their
 * notifications and deliveries stay: they are the user's inbox and the delivery log.
 */
export function eventRetention(db: Database<typeof tables>, retentionDays: number): Job {
  return {
    name: 'notification event retention',
    run: () => deleteInBatches(db, events, and(isNotNull(events.processedAt), lt(events.processedAt, new Date(Date.now() - retentionDays * 86_400_000)))!),
  };
}
