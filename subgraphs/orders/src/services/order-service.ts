import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import {
  badInput,
  enqueue,
  idempotent,
  isAdmin,
  userError,
  type Database,
  type Logger,
  type OutboxRelay,
  type UserError,
  type Viewer,
} from '@zero/service';
import { orderLines, orders, orderStatusChanges, tables, type AddressSnapshot, type OrderRow } from '../db/schema';
import type { Collaborators } from './clients';
import { canTransition, isPaid, SHOPPER_CANCELLABLE, type OrderStatus } from './order-status';
import { totalsFor } from './pricing';
import { checkAddress, type AddressInput } from './address';

/** How long the catalog holds an order's stock if orders never settles the reservation. */
export const RESERVATION_SAFETY_NET_SECONDS = 24 * 60 * 60;

export const OrderCode = {
  CART_EMPTY: 'CART_EMPTY',
  OUT_OF_STOCK: 'OUT_OF_STOCK',
  INVALID_ADDRESS: 'INVALID_ADDRESS',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  INVALID_INPUT: 'INVALID_INPUT',
  NOT_FOUND: 'NOT_FOUND',
} as const;

/** Outbox topics of the orders subgraph. */
export const Topic = {
  CART_CLEAR: 'cart.removeOrdered',
  STOCK_COMMIT: 'stock.commit',
  STOCK_RELEASE: 'stock.release',
  PAYMENTS_REFUND: 'payments.refund',
} as const;

export interface PlaceOrderInput {
  idempotencyKey: string;
  shippingAddress?: AddressInput | null;
  shippingAddressId?: string | null;
  notes?: string | null;
}
export type OrderResult = { order: OrderRow | null; userErrors: UserError[] };

type Db = Database<typeof tables>;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const notFound = (): OrderResult => ({ order: null, userErrors: [userError(OrderCode.NOT_FOUND, 'No such order', ['id'])] });

export interface OrderServiceOptions {
  /** A PENDING order unpaid this long is cancelled and its stock released. */
  paymentTimeoutMinutes: number;
}

/** Placing orders, their lifecycle, and the effects they have on other subgraphs. */
export class OrderService {
  constructor(
    private readonly db: Db,
    private readonly others: Collaborators,
    private readonly relay: OutboxRelay,
    private readonly options: OrderServiceOptions,
    private readonly logger: Logger,
  ) {}

  /** Turns the shopper's cart into a PENDING order, once per idempotency key. */
  async placeOrder(viewer: Viewer, input: PlaceOrderInput): Promise<OrderResult> {
    const key = input.idempotencyKey.trim();
    if (key.length < 1 || key.length > 255) {
      return { order: null, userErrors: [userError(OrderCode.INVALID_INPUT, 'idempotencyKey must be 1–255 characters', ['input', 'idempotencyKey'])] };
    }
    if (input.notes && input.notes.length > 1000) {
      return { order: null, userErrors: [userError(OrderCode.INVALID_INPUT, 'notes must be at most 1,000 characters', ['input', 'notes'])] };
    }
    const fingerprint = createHash('sha256')
      .update(JSON.stringify({ a: input.shippingAddress ?? null, id: input.shippingAddressId ?? null, n: input.notes ?? null }))
      .digest('hex');

    const outcome = await idempotent<UserError[]>(this.db, `placeOrder:${viewer.id}`, key, fingerprint, (complete) =>
      this.createOrder(viewer, input, complete),
    );
    if (outcome.kind === 'reused') {
      return { order: null, userErrors: [userError(OrderCode.IDEMPOTENCY_KEY_REUSED, 'This idempotency key was used for a different order', ['input', 'idempotencyKey'])] };
    }
    if (outcome.kind === 'failed') return { order: null, userErrors: outcome.value };
    const [order] = await this.db.select().from(orders).where(eq(orders.id, outcome.resultId));
    return { order: order!, userErrors: [] };
  }

  private async createOrder(
    viewer: Viewer,
    input: PlaceOrderInput,
    complete: (tx: Tx, resultId: string) => Promise<void>,
  ): Promise<{ resultId: string } | { failed: UserError[] }> {
    const address = await this.resolveAddress(viewer, input);
    if ('errors' in address) return { failed: address.errors };

    const cart = await this.others.cartOf(viewer);
    if (!cart || cart.lines.length === 0) return { failed: [userError(OrderCode.CART_EMPTY, 'Your cart is empty')] };

    const variants = await this.others.variants(cart.lines.map((l) => l.variantId));
    const gone = cart.lines.filter((l) => !variants.has(l.variantId));
    if (gone.length) {
      return { failed: gone.map((l) => userError(OrderCode.OUT_OF_STOCK, 'This item is no longer available', ['lines', l.variantId])) };
    }

    const orderId = randomUUID();
    // Orders releases the stock itself (on cancellation and on expiry); the catalog's expiry is only a safety net for
    // an order that was never saved, so it is long — a payment confirmed late must still find its stock.
    const reservation = await this.others.reserve(orderId, cart.lines, RESERVATION_SAFETY_NET_SECONDS);
    if (!reservation.ok) {
      const errors = reservation.userErrors.map((e) =>
        userError(e.code === 'OUT_OF_STOCK' || e.code === 'UNKNOWN_VARIANT' ? OrderCode.OUT_OF_STOCK : e.code, e.message, e.field ?? undefined),
      );
      return { failed: errors };
    }

    const lines = cart.lines.map((line, position) => {
      const variant = variants.get(line.variantId)!;
      return {
        position,
        variantId: variant.id,
        productName: variant.productName,
        sku: variant.sku,
        variantTitle: variant.title,
        quantity: line.quantity,
        unitPrice: variant.price,
        total: variant.price * line.quantity,
        weightGrams: variant.weightGrams,
      };
    });
    const totals = totalsFor(lines, address.value.country, address.value.region);
    let cartEvent = '';
    try {
      await this.db.transaction(async (tx) => {
        await tx.insert(orders).values({
          id: orderId,
          number: orderNumber(),
          customerId: viewer.id,
          status: 'PENDING',
          subtotal: totals.subtotal,
          tax: totals.tax,
          shipping: totals.shipping,
          total: totals.total,
          weightGrams: totals.weightGrams,
          shippingAddress: address.value,
          notes: input.notes?.trim() || null,
        });
        await tx.insert(orderLines).values(lines.map((line) => ({ ...line, orderId })));
        await tx.insert(orderStatusChanges).values({ orderId, status: 'PENDING', actor: viewer.id, note: 'Order placed' });
        await complete(tx, orderId);
        cartEvent = await enqueue(tx, Topic.CART_CLEAR, { viewer, cartId: cart.id, orderId, lines: cart.lines });
      });
    } catch (error) {
      // Nothing was saved: give the stock back now (the reservation would also expire on its own).
      await this.others.settleReservation(orderId, 'release').catch((e) => this.logger.error({ err: e, orderId }, 'could not release reservation'));
      throw error;
    }
    // The cart is emptied before we answer (and, should that fail now, by the outbox's retries).
    await this.relay.deliverNow([cartEvent]);
    this.logger.info({ orderId, total: totals.total }, 'order placed');
    return { resultId: orderId };
  }

  private async resolveAddress(viewer: Viewer, input: PlaceOrderInput): Promise<{ value: AddressSnapshot } | { errors: UserError[] }> {
    if (input.shippingAddress && input.shippingAddressId) {
      return { errors: [userError(OrderCode.INVALID_ADDRESS, 'Give either shippingAddress or shippingAddressId, not both', ['input', 'shippingAddress'])] };
    }
    if (input.shippingAddress) {
      const checked = checkAddress(input.shippingAddress);
      if (checked.problems.length) {
        return { errors: checked.problems.map((p) => userError(OrderCode.INVALID_ADDRESS, p.message, ['input', 'shippingAddress', p.field])) };
      }
      return { value: checked.value };
    }
    const saved = await this.others.addressesOf(viewer);
    const chosen = input.shippingAddressId ? saved.find((a) => a.id === input.shippingAddressId) : saved.find((a) => a.isDefaultShipping);
    if (!chosen) {
      return {
        errors: [
          input.shippingAddressId
            ? userError(OrderCode.INVALID_ADDRESS, 'No such saved address', ['input', 'shippingAddressId'])
            : userError(OrderCode.INVALID_ADDRESS, 'Give a shipping address (you have no default one)', ['input', 'shippingAddress']),
        ],
      };
    }
    const { id: _id, isDefaultShipping: _d, ...snapshot } = chosen;
    return { value: snapshot };
  }

  /** Cancels an order (owner: PENDING or CONFIRMED; admin: any cancellable status), releasing stock and refunding. */
  async cancelOrder(viewer: Viewer, id: string, reason: string | null | undefined): Promise<OrderResult> {
    return this.transition(viewer, id, 'CANCELLED', reason?.trim() || null);
  }

  /** Admin: moves an order along its lifecycle. */
  async updateStatus(viewer: Viewer, id: string, status: OrderStatus, note: string | null | undefined): Promise<OrderResult> {
    return this.transition(viewer, id, status, note?.trim() || null);
  }

  private async transition(viewer: Viewer, id: string, to: OrderStatus, note: string | null): Promise<OrderResult> {
    if (!isUuid(id)) return notFound();
    if (note && note.length > 1000) return { order: null, userErrors: [userError(OrderCode.INVALID_INPUT, 'At most 1,000 characters', ['note'])] };
    const admin = isAdmin(viewer);
    const events: string[] = [];
    const result = await this.db.transaction(async (tx) => {
      const [order] = await tx.select().from(orders).where(eq(orders.id, id)).for('update');
      if (!order || (!admin && order.customerId !== viewer.id)) return notFound();
      const from = order.status as OrderStatus;
      // CONFIRMED means paid and REFUNDED means the money is back: only payments' reports move an order there.
      const allowed = admin
        ? canTransition(from, to) && to !== 'REFUNDED' && to !== 'CONFIRMED'
        : to === 'CANCELLED' && SHOPPER_CANCELLABLE.includes(from);
      if (!allowed) {
        return { order: null, userErrors: [userError(OrderCode.INVALID_TRANSITION, `A ${from} order cannot become ${to}`, ['status'])] };
      }
      return { order: await this.apply(tx, order, to, viewer.id, note, events), userErrors: [] };
    });
    await this.relay.deliverNow(events);
    return result;
  }

  /** Changes status, records history, and enqueues the effects on other subgraphs. */
  private async apply(tx: Tx, order: OrderRow, to: OrderStatus, actor: string, note: string | null, events: string[], paymentId?: string): Promise<OrderRow> {
    const [updated] = await tx
      .update(orders)
      .set({ status: to, updatedAt: new Date(), ...(paymentId ? { paymentId } : {}) })
      .where(eq(orders.id, order.id))
      .returning();
    await tx.insert(orderStatusChanges).values({ orderId: order.id, status: to, actor, note });
    if (to === 'CONFIRMED' && order.status === 'PENDING') events.push(await enqueue(tx, Topic.STOCK_COMMIT, { reference: order.id }));
    if (to === 'CANCELLED') {
      // Unpaid: the reservation is released. Paid: the sold stock returns and the money goes back.
      events.push(await enqueue(tx, Topic.STOCK_RELEASE, { reference: order.id, committed: order.status !== 'PENDING' }));
      if (isPaid(order.status as OrderStatus, order.paymentId)) {
        events.push(await enqueue(tx, Topic.PAYMENTS_REFUND, { orderId: order.id, reason: note ?? 'Order cancelled' }));
      }
    }
    return updated!;
  }

  /** Payments: the order was paid. PENDING → CONFIRMED; an order cancelled meanwhile is refunded instead. */
  async recordPayment(orderId: string, paymentId: string): Promise<boolean> {
    if (!isUuid(orderId)) return false;
    const events: string[] = [];
    await this.db.transaction(async (tx) => {
      const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
      if (!order) return;
      if (order.status === 'PENDING') {
        await this.apply(tx, order, 'CONFIRMED', 'service:payments', 'Payment received', events, paymentId);
      } else if (order.paymentId !== paymentId) {
        // Paid after it was cancelled (e.g. it expired): the money goes back.
        events.push(await enqueue(tx, Topic.PAYMENTS_REFUND, { orderId, reason: `Payment arrived for a ${order.status} order` }));
      }
    });
    await this.relay.deliverNow(events);
    return true;
  }

  /**
   * The catalog could not commit a paid order's stock (its reservation lapsed and the goods were sold since): the
   * order is cancelled and refunded rather than confirmed without goods.
   */
  async stockLost(orderId: string): Promise<void> {
    const events: string[] = [];
    await this.db.transaction(async (tx) => {
      const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
      if (order && order.status !== 'CANCELLED' && order.status !== 'REFUNDED') {
        await this.apply(tx, order, 'CANCELLED', 'system', 'Out of stock when the payment arrived', events);
      }
    });
    this.logger.warn({ orderId }, 'stock lost for a paid order: cancelled and refunded');
    await this.relay.deliverNow(events);
  }

  /** Payments: money returned. A cancelled order whose payments are fully refunded becomes REFUNDED. */
  async recordRefund(orderId: string, fullyRefunded: boolean): Promise<boolean> {
    if (!isUuid(orderId) || !fullyRefunded) return true;
    await this.db.transaction(async (tx) => {
      const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
      if (order?.status === 'CANCELLED') await this.apply(tx, order, 'REFUNDED', 'service:payments', 'Payment refunded', []);
    });
    return true;
  }

  /** Cancels every PENDING order older than the payment timeout, releasing its stock. Returns how many. */
  async expireUnpaid(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.options.paymentTimeoutMinutes * 60_000);
    const expired = await this.db.transaction(async (tx) => {
      const rows = await tx
        .update(orders)
        .set({ status: 'CANCELLED', updatedAt: now })
        .where(and(eq(orders.status, 'PENDING'), lt(orders.placedAt, cutoff)))
        .returning({ id: orders.id });
      if (rows.length === 0) return 0;
      const note = `Not paid within ${this.options.paymentTimeoutMinutes} minutes`;
      await tx.insert(orderStatusChanges).values(rows.map((r) => ({ orderId: r.id, status: 'CANCELLED', actor: 'system', note })));
      for (const row of rows) await enqueue(tx, Topic.STOCK_RELEASE, { reference: row.id, committed: false });
      return rows.length;
    });
    if (expired) {
      this.logger.info({ expired }, 'unpaid orders cancelled');
      this.relay.wake();
    }
    return expired;
  }

  /** Orders newest first with keyset pagination; `customerId` null means every order (admin). */
  async list(customerId: string | null, first: number, after: string | null | undefined, status: OrderStatus | null | undefined) {
    const filters: SQL[] = [];
    if (customerId) filters.push(eq(orders.customerId, customerId));
    if (status) filters.push(eq(orders.status, status));
    const where = filters.length ? and(...filters) : undefined;
    const cursor = after ? decodeCursor(after) : null;
    if (after && !cursor) throw badInput('`after` is not a cursor of this connection');
    const page = cursor
      ? and(where, or(lt(orders.placedAt, cursor.placedAt), and(eq(orders.placedAt, cursor.placedAt), lt(orders.id, cursor.id))))
      : where;
    const [rows, [count]] = await Promise.all([
      this.db.select().from(orders).where(page).orderBy(desc(orders.placedAt), desc(orders.id)).limit(first + 1),
      this.db.select({ n: sql<number>`count(*)::int` }).from(orders).where(where),
    ]);
    const nodes = rows.slice(0, first);
    return {
      edges: nodes.map((node) => ({ cursor: encodeCursor(node), node })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]!) : null },
      totalCount: count?.n ?? 0,
    };
  }

  /** Orders by id, for loaders. */
  async byIds(ids: readonly string[]): Promise<OrderRow[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? this.db.select().from(orders).where(inArray(orders.id, valid)) : [];
  }
}

/** `ORD-YYYYMM-XXXXXXXX`: month of placement and 8 random characters without look-alikes. */
export function orderNumber(now = new Date()): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(8);
  const suffix = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
  return `ORD-${now.getUTCFullYear()}${String(now.getUTCMonth() + 1).padStart(2, '0')}-${suffix}`;
}

function encodeCursor(order: OrderRow): string {
  return Buffer.from(JSON.stringify([order.placedAt.toISOString(), order.id])).toString('base64url');
}

function decodeCursor(cursor: string): { placedAt: Date; id: string } | null {
  try {
    const [placedAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(placedAt);
    if (Number.isNaN(date.getTime()) || !isUuid(id)) return null;
    return { placedAt: date, id };
  } catch {
    return null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
