import { and, desc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { ErrorCode, isId, userError, type Database, type UserError } from '@zero/service';
import { notifications, type NotificationRow, type tables } from '../db/schema';
import { decodeCursor, page } from './cursor';

/** The most ids `markNotificationsRead` takes at once. */
export const MARK_READ_MAX_IDS = 100;

/** The in-app inbox of each user: reading it, counting what is unread, marking it read. */
export class Inbox {
  constructor(private readonly db: Database<typeof tables>) {}

  /** A user's notifications, newest first, keyset-paginated. */
  async list(userId: string, first: number, after: string | null | undefined, unreadOnly: boolean) {
    const where = and(eq(notifications.userId, userId), unreadOnly ? isNull(notifications.readAt) : undefined);
    const cursor = after ? decodeCursor(after) : null;
    const slice: SQL | undefined = cursor
      ? and(where, or(lt(notifications.createdAt, cursor.createdAt), and(eq(notifications.createdAt, cursor.createdAt), lt(notifications.id, cursor.id))))
      : where;
    const [rows, [count]] = await Promise.all([
      this.db.select().from(notifications).where(slice).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(first + 1),
      this.db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(where),
    ]);
    return page(rows, first, count?.n ?? 0);
  }

  /** Unread counts of many users in one statement (for the per-request loader). */
  async unreadCounts(userIds: readonly string[]): Promise<number[]> {
    const rows = await this.db
      .select({ userId: notifications.userId, n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(inArray(notifications.userId, userIds as string[]), isNull(notifications.readAt)))
      .groupBy(notifications.userId);
    const byUser = new Map(rows.map((r) => [r.userId, r.n]));
    return userIds.map((id) => byUser.get(id) ?? 0);
  }

  /** Notifications by id, for the per-request loader. */
  async byIds(ids: readonly string[]): Promise<Array<NotificationRow | null>> {
    const valid = ids.filter(isId);
    const rows = valid.length ? await this.db.select().from(notifications).where(inArray(notifications.id, valid)) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Marks the given notifications of the user read (all of them without ids); answers how many remain unread. */
  async markRead(userId: string, ids: readonly string[] | null | undefined): Promise<{ unreadCount: number; userErrors: UserError[] }> {
    if (ids && ids.length > MARK_READ_MAX_IDS) {
      const [unread] = await this.unreadCounts([userId]);
      return { unreadCount: unread!, userErrors: [userError(ErrorCode.INVALID_INPUT, `At most ${MARK_READ_MAX_IDS} ids at once`, ['ids'])] };
    }
    const mine = and(eq(notifications.userId, userId), isNull(notifications.readAt));
    // Ids that are not the user's notifications match nothing: another user's inbox is never touched.
    const which = ids ? and(mine, inArray(notifications.id, ids.filter(isId))) : mine;
    if (!ids || ids.some(isId)) await this.db.update(notifications).set({ readAt: new Date() }).where(which);
    const [unread] = await this.unreadCounts([userId]);
    return { unreadCount: unread!, userErrors: [] };
  }
}
