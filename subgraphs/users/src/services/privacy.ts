import { asc, eq } from 'drizzle-orm';
import type { Database } from '@zero/service';
import { addresses, preferences, profiles, type tables } from '../db/schema';

/** The users subgraph's part of a data export and of an account erasure (the privacy rules of the API contract). */
export class ProfilePrivacy {
  constructor(private readonly db: Database<typeof tables>) {}

  /** The user's profile, addresses and preferences (null where nothing was ever saved), for `exportMyData`. */
  async exportData(userId: string): Promise<object> {
    const [[profile], saved, [prefs]] = await Promise.all([
      this.db.select().from(profiles).where(eq(profiles.userId, userId)),
      this.db.select().from(addresses).where(eq(addresses.userId, userId)).orderBy(asc(addresses.createdAt)),
      this.db.select().from(preferences).where(eq(preferences.userId, userId)),
    ]);
    return {
      profile: profile ? { firstName: profile.firstName, lastName: profile.lastName, phone: profile.phone, updatedAt: profile.updatedAt } : null,
      addresses: saved.map(({ userId: _owner, ...address }) => address),
      preferences: prefs ? (({ userId: _owner, ...rest }) => rest)(prefs) : null,
    };
  }

  /** Deletes the user's profile, addresses and preferences. Idempotent. */
  async erase(userId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.delete(addresses).where(eq(addresses.userId, userId));
      await tx.delete(profiles).where(eq(profiles.userId, userId));
      await tx.delete(preferences).where(eq(preferences.userId, userId));
    });
  }
}
