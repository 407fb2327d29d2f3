import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Users are owned by the auth subgraph; here they are only ids. Rows appear on first write; reads fall back to defaults. */
export const profiles = pgTable('profiles', {
  userId: uuid('user_id').primaryKey(),
  firstName: text('first_name'),
  lastName: text('last_name'),
  phone: text('phone'),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const addresses = pgTable(
  'addresses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    recipientName: text('recipient_name').notNull(),
    line1: text('line1').notNull(),
    line2: text('line2'),
    city: text('city').notNull(),
    region: text('region').notNull(),
    postalCode: text('postal_code').notNull(),
    country: text('country').notNull(),
    phone: text('phone'),
    isDefaultShipping: boolean('is_default_shipping').notNull().default(false),
    isDefaultBilling: boolean('is_default_billing').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('addresses_user_idx').on(t.userId, t.createdAt),
    // At most one default of each kind per user, whatever the timing.
    uniqueIndex('addresses_default_shipping_key').on(t.userId).where(sql`${t.isDefaultShipping}`),
    uniqueIndex('addresses_default_billing_key').on(t.userId).where(sql`${t.isDefaultBilling}`),
  ],
);

export const preferences = pgTable(
  'preferences',
  {
  userId: uuid('user_id').primaryKey(),
  marketingEmails: boolean('marketing_emails').notNull().default(false),
  orderUpdates: boolean('order_updates').notNull().default(true),
  securityAlerts: boolean('security_alerts').notNull().default(true),
  smsNotifications: boolean('sms_notifications').notNull().default(false),
  locale: text('locale').notNull().default('en-US'),
  timezone: text('timezone').notNull().default('UTC'),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  // An announcement's audience: the users who opted in, in id order.
  (t) => [index('preferences_marketing_idx').on(t.userId).where(sql`${t.marketingEmails}`)],
);

export const tables = { profiles, addresses, preferences };
export type AddressRow = typeof addresses.$inferSelect;
export type ProfileRow = typeof profiles.$inferSelect;
export type PreferencesRow = typeof preferences.$inferSelect;
