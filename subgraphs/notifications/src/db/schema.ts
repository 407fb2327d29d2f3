import { timestampMs } from '@zero/service';
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** `enum NotificationKind`. */
export const NOTIFICATION_KINDS = [
  'WELCOME', 'PASSWORD_RESET', 'PASSWORD_CHANGED', 'ORDER_CONFIRMED', 'PAYMENT_RECEIPT', 'ORDER_SHIPPED',
  'ORDER_DELIVERED', 'ORDER_CANCELLED', 'REFUND_ISSUED', 'ANNOUNCEMENT',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
/** `enum NotificationChannel`. */
export const CHANNELS = ['EMAIL', 'SMS', 'IN_APP'] as const;
export type Channel = (typeof CHANNELS)[number];
/** `enum DeliveryStatus`. */
export const DELIVERY_STATUSES = ['PENDING', 'SENT', 'FAILED', 'SUPPRESSED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * Every event that notifies a user, by the id its producer's outbox gave it (announcements: one per recipient). The
 * primary key makes receiving idempotent: an event delivered again is not recorded again. `processed_at` is set once
 * its notifications and deliveries exist (services/dispatcher.ts).
 */
export const events = pgTable(
  'events',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    userId: uuid('user_id').notNull(),
    payload: jsonb('payload').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    processedAt: timestamp('processed_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    index('events_unprocessed_idx').on(t.receivedAt).where(sql`${t.processedAt} IS NULL`),
    // The retention job finds dispatched events by age.
    index('events_processed_idx').on(t.processedAt).where(sql`${t.processedAt} IS NOT NULL`),
  ],
);

/** Announcements an admin sent (their text; each recipient's copy is an event, `<announcement id>:<user id>`). */
export const announcements = pgTable('announcements', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  channels: text('channels').array().$type<Channel[]>().notNull(),
  sentBy: uuid('sent_by').notNull(),
  recipients: integer('recipients').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** The in-app inbox: one row per event that notifies in-app. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: text('event_id').notNull(),
    userId: uuid('user_id').notNull(),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    createdAt: timestampMs('created_at').notNull().defaultNow(), // a keyset cursor's: milliseconds
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    // One in-app notification per event, however often it arrives.
    uniqueIndex('notifications_event_key').on(t.eventId),
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_unread_idx').on(t.userId).where(sql`${t.readAt} IS NULL`),
  ],
);

/**
 * The delivery log: one row per event and channel, with its outcome. The message is kept only while it may still be
 * sent (PENDING): once SENT or FAILED it is cleared, so no email body — a reset link, say — outlives its delivery.
 */
export const deliveries = pgTable(
  'deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: text('event_id').notNull(),
    userId: uuid('user_id').notNull(),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    /** The address or phone number sent to (never logged, masked in the API); null when there was none. */
    recipient: text('recipient'),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** What is sent, while it is PENDING (services/message.ts). */
    message: jsonb('message'),
    createdAt: timestampMs('created_at').notNull().defaultNow(), // a keyset cursor's: milliseconds
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    // One delivery per event and channel, however often the event arrives.
    uniqueIndex('deliveries_event_channel_key').on(t.eventId, t.channel),
    index('deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'PENDING'`),
    index('deliveries_created_idx').on(t.createdAt),
    index('deliveries_user_idx').on(t.userId, t.createdAt),
    check('deliveries_attempts_check', sql`${t.attempts} >= 0 AND ${t.attempts} <= 5`),
  ],
);

/** Every attempt at a delivery and how it ended: the delivery log's detail. */
export const deliveryAttempts = pgTable(
  'delivery_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deliveryId: uuid('delivery_id').notNull().references(() => deliveries.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    status: text('status', { enum: ['SENT', 'FAILED'] }).notNull(),
    error: text('error'),
  },
  (t) => [uniqueIndex('delivery_attempts_number_key').on(t.deliveryId, t.number)],
);

/**
 * Users whose account was erased (ids only): an event about one that arrives later — an order cancelled by the
 * erasure itself, a notice still in some producer's outbox — is acknowledged and dropped, so nothing is kept or sent
 * about them again. User ids are never reused: an email registered again is a new account with a new id.
 */
export const erasedUsers = pgTable('erased_users', {
  userId: uuid('user_id').primaryKey(),
  erasedAt: timestamp('erased_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const tables = { events, announcements, notifications, deliveries, deliveryAttempts, erasedUsers };
export type EventRow = typeof events.$inferSelect;
export type NotificationRow = typeof notifications.$inferSelect;
export type DeliveryRow = typeof deliveries.$inferSelect;
export type DeliveryAttemptRow = typeof deliveryAttempts.$inferSelect;
