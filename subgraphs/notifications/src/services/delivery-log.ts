import { and, asc, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { isId, type Database } from '@zero/service';
import { deliveries, deliveryAttempts, type DeliveryAttemptRow, type DeliveryStatus, type tables } from '../db/schema';
import { decodeCursor, page } from './cursor';

/** The delivery log, for admins: every delivery and each of its attempts. */
export class DeliveryLog {
  constructor(private readonly db: Database<typeof tables>) {}

  /** Deliveries newest first, keyset-paginated, by status and user when given. */
  async list(first: number, after: string | null | undefined, status: DeliveryStatus | null | undefined, userId: string | null | undefined) {
    if (userId && !isId(userId)) return page([], first, 0);
    const filters: SQL[] = [];
    if (status) filters.push(eq(deliveries.status, status));
    if (userId) filters.push(eq(deliveries.userId, userId));
    const where = filters.length ? and(...filters) : undefined;
    const cursor = after ? decodeCursor(after) : null;
    const slice = cursor
      ? and(where, or(lt(deliveries.createdAt, cursor.createdAt), and(eq(deliveries.createdAt, cursor.createdAt), lt(deliveries.id, cursor.id))))
      : where;
    const [rows, [count]] = await Promise.all([
      this.db.select().from(deliveries).where(slice).orderBy(desc(deliveries.createdAt), desc(deliveries.id)).limit(first + 1),
      this.db.select({ n: sql<number>`count(*)::int` }).from(deliveries).where(where),
    ]);
    return page(rows, first, count?.n ?? 0);
  }

  /** The attempts of many deliveries, oldest first, in one statement (for the per-request loader). */
  async attemptsOf(deliveryIds: readonly string[]): Promise<DeliveryAttemptRow[][]> {
    const rows = await this.db
      .select()
      .from(deliveryAttempts)
      .where(inArray(deliveryAttempts.deliveryId, deliveryIds as string[]))
      .orderBy(asc(deliveryAttempts.deliveryId), asc(deliveryAttempts.number));
    const byDelivery = new Map<string, DeliveryAttemptRow[]>();
    for (const row of rows) byDelivery.set(row.deliveryId, [...(byDelivery.get(row.deliveryId) ?? []), row]);
    return deliveryIds.map((id) => byDelivery.get(id) ?? []);
  }
}
