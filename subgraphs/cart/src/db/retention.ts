import { lt } from 'drizzle-orm';
import { deleteInBatches, type Database, type Job } from '@zero/service';
import { checkouts, type tables } from './schema';

/**
 * A checkout's record makes the removal of its ordered lines idempotent while the orders subgraph's outbox may still
 * redeliver it (seconds, or the length of an outage); after `retentionDays` it has served its purpose.
 */
export function checkoutRetention(db: Database<typeof tables>, retentionDays: number): Job {
  return {
    name: 'checkout retention',
    run: () => deleteInBatches(db, checkouts, lt(checkouts.at, new Date(Date.now() - retentionDays * 86_400_000))),
  };
}
