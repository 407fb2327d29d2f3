import DataLoader from 'dataloader';
import { desc, inArray } from 'drizzle-orm';
import type { Database } from '@zero/service';
import { addresses, preferences, profiles, type AddressRow, type PreferencesRow, type ProfileRow, type tables } from './db/schema';

/** Per-request batching: one SELECT per table for every user a request touches. */
export function createLoaders(db: Database<typeof tables>) {
  return {
    profile: new DataLoader<string, ProfileRow | null>(async (userIds) => {
      const rows = await db.select().from(profiles).where(inArray(profiles.userId, userIds as string[]));
      const byUser = new Map(rows.map((row) => [row.userId, row]));
      return userIds.map((id) => byUser.get(id) ?? null);
    }),
    preferences: new DataLoader<string, PreferencesRow | null>(async (userIds) => {
      const rows = await db.select().from(preferences).where(inArray(preferences.userId, userIds as string[]));
      const byUser = new Map(rows.map((row) => [row.userId, row]));
      return userIds.map((id) => byUser.get(id) ?? null);
    }),
    addresses: new DataLoader<string, AddressRow[]>(async (userIds) => {
      const rows = await db
        .select()
        .from(addresses)
        .where(inArray(addresses.userId, userIds as string[]))
        .orderBy(desc(addresses.createdAt), desc(addresses.id));
      return userIds.map((id) => rows.filter((row) => row.userId === id));
    }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
