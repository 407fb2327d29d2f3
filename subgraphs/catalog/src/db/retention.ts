import { and, eq, inArray, lt, or } from 'drizzle-orm';
import { inBatches, type Database, type Job } from '@zero/service';
import { reservationLines, reservations, type tables } from './schema';

/**
 * Reservations that no longer hold anything — released, or expired without being committed — are deleted with
 * their lines `retentionDays` after they ended, a batch per transaction. Committed ones stay: they are the sale, and
 * releasing one (a paid order cancelled) gives the stock back.
 */
export function reservationRetention(db: Database<typeof tables>, retentionDays: number, batchSize = 500): Job {
  return {
    name: 'reservation retention',
    run: () => {
      const cutoff = new Date(Date.now() - retentionDays * 86_400_000);
      const ended = or(
        and(eq(reservations.status, 'RELEASED'), lt(reservations.updatedAt, cutoff)),
        and(eq(reservations.status, 'ACTIVE'), lt(reservations.expiresAt, cutoff)),
      );
      return inBatches(
        (limit) =>
          db.transaction(async (tx) => {
            const batch = await tx.select({ id: reservations.id }).from(reservations).where(ended).limit(limit).for('update', { skipLocked: true });
            if (batch.length === 0) return 0;
            const ids = batch.map((r) => r.id);
            await tx.delete(reservationLines).where(inArray(reservationLines.reservationId, ids));
            await tx.delete(reservations).where(inArray(reservations.id, ids));
            return ids.length;
          }),
        batchSize,
      );
    },
  };
}
