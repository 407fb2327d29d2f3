import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idempotencyKeys, outbox } from '@zero/service';

/**
 * A saved card: what is needed to show it and to charge it through the provider — never the number or the CVC.
 * Users are owned by the auth subgraph; here they are only ids. Removal is soft, so past payments keep their card.
 */
export const paymentMethods = pgTable(
  'payment_methods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    brand: text('brand').notNull(),
    last4: text('last4').notNull(),
    expMonth: integer('exp_month').notNull(),
    expYear: integer('exp_year').notNull(),
    holderName: text('holder_name').notNull(),
    /** The provider's reusable token for the card (the test provider encodes its behaviour in it). */
    providerToken: text('provider_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('payment_methods_user_idx').on(t.userId, t.createdAt)],
);

export const PAYMENT_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED', 'REFUNDED', 'PARTIALLY_REFUNDED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The order's id as the orders subgraph gives it (opaque). */
    orderId: text('order_id').notNull(),
    /** The order's owner, so reads are authorised without asking the orders subgraph. */
    customerId: uuid('customer_id').notNull(),
    paymentMethodId: uuid('payment_method_id').notNull().references(() => paymentMethods.id),
    amount: integer('amount').notNull(),
    refunded: integer('refunded').notNull().default(0),
    currency: text('currency').notNull(),
    status: text('status', { enum: PAYMENT_STATUSES }).notNull(),
    failureCode: text('failure_code'),
    providerChargeId: text('provider_charge_id'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('payments_order_idx').on(t.orderId, t.createdAt),
    // The reconciliation job's scan: payments left PENDING, oldest first.
    index('payments_pending_idx').on(t.createdAt).where(sql`${t.status} = 'PENDING'`),
    // The guard against double charges: at most one payment per order that is being charged or was charged,
    // claimed before the provider is called, whatever the idempotency keys and the timing.
    uniqueIndex('payments_one_charge_per_order_key').on(t.orderId).where(sql`${t.status} <> 'FAILED'`),
    check('payments_amounts_check', sql`${t.amount} >= 0 AND ${t.refunded} >= 0 AND ${t.refunded} <= ${t.amount}`),
  ],
);

/** Every refund made against a payment (the audit trail behind `payments.refunded`). */
export const refunds = pgTable(
  'refunds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    paymentId: uuid('payment_id').notNull().references(() => payments.id),
    amount: integer('amount').notNull(),
    reason: text('reason'),
    /** A user id (admin) or `service:<name>`. */
    requestedBy: text('requested_by').notNull(),
    /** Null while the provider has not confirmed the refund yet. */
    providerRefundId: text('provider_refund_id'),
    /** PENDING (amount set aside, provider not yet confirmed), SUCCEEDED, or FAILED (amount given back to the payment). */
    status: text('status').notNull().default('SUCCEEDED'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('refunds_payment_idx').on(t.paymentId),
    // The reconciliation job's scan: refunds left PENDING, oldest first.
    index('refunds_pending_idx').on(t.createdAt).where(sql`${t.status} = 'PENDING'`),
  ],
);

export { idempotencyKeys, outbox };
export const tables = { paymentMethods, payments, refunds, outbox, idempotencyKeys };
export type PaymentMethodRow = typeof paymentMethods.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;
export type RefundRow = typeof refunds.$inferSelect;
