import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { Database } from '@zero/service';
import { users, type tables, type UserRow } from './db/schema';

/** Per-request batching: one SELECT for every user a request touches. */
export function createLoaders(db: Database<typeof tables>) {
  return {
    user: new DataLoader<string, UserRow | null>(async (ids) => {
      const rows = await db.select().from(users).where(inArray(users.id, ids as string[]));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
