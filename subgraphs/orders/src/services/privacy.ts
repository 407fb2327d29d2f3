import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { ERASED, forgetOutboxEventsOf, type Database, type Logger, type OutboxRelay } from '@zero/service';
import { orderLines, orders, orderStatusChanges, type tables } from '../db/schema';
import { transitionMany, type OrderStatus } from './order-state-machine';

/** Orders on their way: an account that has one cannot be deleted (`OPEN_ORDERS`) until it is delivered or cancelled. */
export const OPEN_STATUSES: OrderStatus[] = ['CONFIRMED', 'PROCESSING', 'SHIPPED'];

/**
 * The address an order keeps after its shopper's erasure, computed in place: the person and the place are gone; the
 * region and the country stay, as the tax and the shipping charged were computed from them (the order is kept for
 * accounting).
 */
const erasedAddress = sql`jsonb_build_object(
  'recipientName', ${ERASED}::text, 'line1', ${ERASED}::text, 'line2', null, 'city', ${ERASED}::text,
  'region', ${orders.shippingAddress} ->> 'region', 'postalCode', ${ERASED}::text,
  'country', ${orders.shippingAddress} ->> 'country', 'phone', null)`;

/** The orders subgraph's part of a data export and of an account erasure (the privacy rules of the API contract). */
export class OrderPrivacy {
  constructor(
    private readonly db: Database<typeof tables>,
    private readonly relay: Pick<OutboxRelay, 'deliverNow' | 'wake'>,
    private readonly logger: Logger,
  ) {}

  /** How many of the user's orders are on their way (CONFIRMED, PROCESSING, SHIPPED). */
  async openOrderCount(userId: string): Promise<number> {
    const open = await this.db
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.customerId, userId), inArray(orders.status, OPEN_STATUSES)));
    return open.length;
  }

  /** Every order of the user, newest first, with its lines and status history, for `exportMyData`. */
  async exportData(userId: string): Promise<object> {
    const placed = await this.db.select().from(orders).where(eq(orders.customerId, userId)).orderBy(desc(orders.placedAt));
    const ids = placed.map((o) => o.id);
    const [lines, history] = ids.length
      ? await Promise.all([
          this.db.select().from(orderLines).where(inArray(orderLines.orderId, ids)).orderBy(asc(orderLines.position)),
          this.db.select().from(orderStatusChanges).where(inArray(orderStatusChanges.orderId, ids)).orderBy(asc(orderStatusChanges.at)),
        ])
      : [[], []];
    return {
      orders: placed.map(({ customerId: _owner, ...order }) => ({
        ...order,
        lines: lines.filter((l) => l.orderId === order.id).map(({ id: _id, orderId: _order, ...line }) => line),
        statusHistory: history.filter((h) => h.orderId === order.id).map(({ id: _id, orderId: _order, ...change }) => change),
      })),
    };
  }

  /**
   * Erases the user in the orders subgraph, in one transaction: unpaid PENDING orders are cancelled (their stock
   * released), and every order is kept with its shipping address replaced by `erasedAddress`, its notes and
   * the shopper's own cancellation reasons removed; the outbox events about the user go too. Idempotent.
   */
  async erase(userId: string): Promise<void> {
    const events = await this.db.transaction(async (tx) => {
      const owned = await tx.select().from(orders).where(eq(orders.customerId, userId)).for('update');
      const pending = owned.filter((o) => o.status === 'PENDING');
      const released = (await transitionMany(tx, pending, 'CANCELLED', { kind: 'system' }, { note: 'Account deleted' })).flatMap((r) => (r.ok ? r.events : []));
      await tx.update(orders).set({ shippingAddress: erasedAddress, notes: null }).where(eq(orders.customerId, userId));
      // What the shopper wrote (a cancellation reason) may name them; what admins and the platform wrote stays.
      if (owned.length) {
        await tx
          .update(orderStatusChanges)
          .set({ note: null })
          .where(and(inArray(orderStatusChanges.orderId, owned.map((o) => o.id)), eq(orderStatusChanges.actor, userId)));
      }
      // The shopper's notifications (including the cancellations above) are no longer wanted.
      await forgetOutboxEventsOf(tx, userId);
      return released;
    });
    await this.relay.deliverNow(events);
    this.relay.wake();
    if (events.length) this.logger.info({ userId, cancelledEffects: events.length }, 'unpaid orders of an erased account cancelled');
  }
}
