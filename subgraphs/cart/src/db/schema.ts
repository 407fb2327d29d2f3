import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * A cart. `id` is a random 256-bit secret (base64url): for a guest cart it is the only key. `user_id` is set for a
 * signed-in shopper's cart (users are owned by the auth subgraph; here they are only ids). A merged guest cart keeps
 * its row with `merged_into` so that merging it again is recognised and changes nothing.
 */
export const carts = pgTable(
  'carts',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id'),
    mergedInto: text('merged_into'),
    mergedAt: timestamp('merged_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    // One cart per shopper, whatever the timing.
    uniqueIndex('carts_user_key').on(t.userId).where(sql`${t.userId} IS NOT NULL`),
    // The expiry job scans guest carts by age.
    index('carts_guest_updated_idx').on(t.updatedAt).where(sql`${t.userId} IS NULL`),
  ],
);

export const cartLines = pgTable(
  'cart_lines',
  {
    cartId: text('cart_id')
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    /** A catalog variant id; prices and stock are always read from the catalog. */
    variantId: text('variant_id').notNull(),
    quantity: integer('quantity').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.cartId, t.variantId] }), check('cart_lines_quantity_check', sql`${t.quantity} BETWEEN 1 AND 10`)],
);

/** Orders whose lines were taken out of a cart: makes the checkout's clean-up idempotent when it is redelivered. */
export const checkouts = pgTable(
  'checkouts',
  {
    orderId: text('order_id').primaryKey(),
    cartId: text('cart_id').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  // The retention job finds checkouts by age.
  (t) => [index('checkouts_at_idx').on(t.at)],
);

export const tables = { carts, cartLines, checkouts };
export type CartRow = typeof carts.$inferSelect;
export type CartLineRow = typeof cartLines.$inferSelect;
