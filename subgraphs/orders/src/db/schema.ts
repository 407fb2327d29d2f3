import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idempotencyKeys, outbox, STORE_CURRENCY, type Address, timestampMs } from '@zero/service';

// Shared tables this subgraph uses; re-exported so drizzle-kit puts them in its migrations.
export { idempotencyKeys, outbox };

/** The shipping address as it was when the order was placed (checked by the shared address rule). */
export type AddressSnapshot = Address;

export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey(),
    number: text('number').notNull(),
    customerId: uuid('customer_id').notNull(),
    status: text('status').notNull(),
    subtotal: integer('subtotal').notNull(),
    tax: integer('tax').notNull(),
    shipping: integer('shipping').notNull(),
    total: integer('total').notNull(),
    currency: text('currency').notNull().default(STORE_CURRENCY),
    weightGrams: integer('weight_grams').notNull(),
    shippingAddress: jsonb('shipping_address').$type<AddressSnapshot>().notNull(),
    notes: text('notes'),
    /** The successful payment, once paid. */
    paymentId: text('payment_id'),
    placedAt: timestampMs('placed_at').notNull().defaultNow(), // a keyset cursor's: milliseconds
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('orders_number_key').on(t.number),
    index('orders_customer_idx').on(t.customerId, t.placedAt),
    index('orders_placed_idx').on(t.placedAt),
    index('orders_status_idx').on(t.status, t.placedAt),
  ],
);

export const orderLines = pgTable(
  'order_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    variantId: text('variant_id').notNull(),
    productName: text('product_name').notNull(),
    sku: text('sku').notNull(),
    variantTitle: text('variant_title').notNull(),
    quantity: integer('quantity').notNull(),
    unitPrice: integer('unit_price').notNull(),
    total: integer('total').notNull(),
    weightGrams: integer('weight_grams').notNull(),
  },
  (t) => [index('order_lines_order_idx').on(t.orderId, t.position)],
);

export const orderStatusChanges = pgTable(
  'order_status_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    note: text('note'),
    actor: text('actor').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('order_status_changes_order_idx').on(t.orderId, t.at)],
);

export const tables = { orders, orderLines, orderStatusChanges, outbox, idempotencyKeys };
export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type OrderStatusChangeRow = typeof orderStatusChanges.$inferSelect;
