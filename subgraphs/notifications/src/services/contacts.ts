import type { ServiceClient } from '@zero/service';
import { AccountEmailsDocument } from '../__generated__/auth.operations';
import { MarketingAudienceDocument, NotificationProfilesDocument, UnsubscribeMarketingDocument } from '../__generated__/users.operations';

/** The preferences that decide what a user is sent (the users subgraph's `Preferences`). */
export interface ContactPreferences {
  marketingEmails: boolean;
  orderUpdates: boolean;
  securityAlerts: boolean;
  smsNotifications: boolean;
  locale: string;
  timezone: string;
}

/** Where and how to reach one user: the account's email (auth), the profile's name and phone and the preferences (users). */
export interface Contact {
  userId: string;
  email: string | null;
  name: string | null;
  phone: string | null;
  preferences: ContactPreferences;
}

/** The users subgraph's defaults, for a user it answers nothing about. */
const DEFAULT_PREFERENCES: ContactPreferences = {
  marketingEmails: false,
  orderUpdates: true,
  securityAlerts: true,
  smsNotifications: false,
  locale: 'en-US',
  timezone: 'UTC',
};

/**
 * Contacts of many users at once: one batched call to each subgraph that owns part of them (users: profile and
 * preferences; auth: email), made side by side, per batch of notifications — never one call per user.
 */
export class ContactDirectory {
  constructor(
    private readonly users: ServiceClient,
    private readonly auth: ServiceClient,
  ) {}

  /** The contact of every given user (an unknown user has no email, no phone and the default preferences). */
  async load(userIds: readonly string[]): Promise<Map<string, Contact>> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return new Map();
    const representations = ids.map((id) => ({ __typename: 'User', id }));
    const [profiles, accounts] = await Promise.all([
      this.users.request(NotificationProfilesDocument, { representations }),
      this.auth.request(AccountEmailsDocument, { representations }),
    ]);
    const emails = new Map<string, string>();
    for (const entity of accounts._entities) if (entity?.__typename === 'User') emails.set(entity.id, entity.email);
    const profileOf = new Map<string, Extract<(typeof profiles._entities)[number], { __typename: 'User' }>>();
    for (const entity of profiles._entities) if (entity?.__typename === 'User') profileOf.set(entity.id, entity);
    return new Map(
      ids.map((userId) => {
        const found = profileOf.get(userId);
        const name = [found?.profile.firstName, found?.profile.lastName].filter(Boolean).join(' ') || null;
        return [userId, { userId, email: emails.get(userId) ?? null, name, phone: found?.profile.phone ?? null, preferences: found?.preferences ?? DEFAULT_PREFERENCES }];
      }),
    );
  }

  /** Every user who opted in to marketing emails, a page of `pageSize` ids per call. */
  async *marketingAudience(pageSize = 1000): AsyncGenerator<string[]> {
    let after: string | null = null;
    for (;;) {
      const { marketingAudience }: { marketingAudience: string[] } = await this.users.request(MarketingAudienceDocument, { first: pageSize, after });
      if (marketingAudience.length) yield marketingAudience;
      if (marketingAudience.length < pageSize) return;
      after = marketingAudience[marketingAudience.length - 1]!;
    }
  }

  /** Turns a user's marketing emails off (an unsubscribe link was followed). */
  async unsubscribe(userId: string): Promise<void> {
    await this.users.request(UnsubscribeMarketingDocument, { userId });
  }
}
