import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { Database } from '@zero/service';
import { erasures, users, type tables, type UserRow } from './db/schema';

/** Per-request batching: one SELECT for every user a request touches. */
export function createLoaders(db: Database<typeof tables>) {
  return {
    user: new DataLoader<string, UserRow | null>(async (ids) => {
      const rows = await db.select().from(users).where(inArray(users.id, ids as string[]));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** The erasure of each id whose account was erased (the earliest, should an id ever be erased twice). */
    erasure: new DataLoader<string, { requestedAt: Date; accountCreatedAt: Date | null } | null>(async (ids) => {
      const rows = await db
        .select({ userId: erasures.userId, requestedAt: erasures.requestedAt, accountCreatedAt: erasures.accountCreatedAt })
        .from(erasures)
        .where(inArray(erasures.userId, ids as string[]))
        .orderBy(erasures.requestedAt);
      const byId = new Map<string, (typeof rows)[number]>();
      for (const row of rows) if (!byId.has(row.userId)) byId.set(row.userId, row);
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
