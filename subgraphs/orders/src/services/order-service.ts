import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import {
  badInput,
  CONTROL_CHARACTERS_PROBLEM_MULTILINE,
  checkAddress,
  checkIdempotencyKey,
  decodeTimeIdCursor,
  encodeTimeIdCursor,
  enqueue,
  exclusively,
  markAttempt,
  retire,
  hasControlCharacters,
  idempotent,
  inBatches,
  isAdmin,
  isId,
  outbox,
  userError,
  usRegionCode,
  type AddressInput,
  type Database,
  type Logger,
  type OutboxRelay,
  type UserError,
  type Viewer,
} from '@zero/service';
import { orderLines, orders, orderStatusChanges, tables, type AddressSnapshot, type OrderLineRow, type OrderRow } from '../db/schema';
import { Topic, type CartSnapshot, type Collaborators, type VariantSnapshot } from './clients';
import { INITIAL_STATUS, transition, transitionMany, type OrderActor, type OrderStatus, type TransitionDetails } from './order-state-machine';
import { totalsFor, type Totals } from './pricing';

/** How long the catalog holds an order's stock if orders never settles the reservation. */
export const RESERVATION_SAFETY_NET_SECONDS = 24 * 60 * 60;

export const OrderCode = {
  CART_EMPTY: 'CART_EMPTY',
  OUT_OF_STOCK: 'OUT_OF_STOCK',
  INVALID_ADDRESS: 'INVALID_ADDRESS',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  IDEMPOTENCY_KEY_IN_USE: 'IDEMPOTENCY_KEY_IN_USE',
  CHECKOUT_IN_PROGRESS: 'CHECKOUT_IN_PROGRESS',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  INVALID_INPUT: 'INVALID_INPUT',
  NOT_FOUND: 'NOT_FOUND',
} as const;

/** What makes two `placeOrder` requests under one idempotency key the same request. */
export function placeOrderFingerprint(input: PlaceOrderInput): string {
  return createHash('sha256')
    .update(JSON.stringify({ a: input.shippingAddress ?? null, id: input.shippingAddressId ?? null, n: input.notes ?? null }))
    .digest('hex');
}

export interface PlaceOrderInput {
  idempotencyKey: string;
  shippingAddress?: AddressInput | null;
  shippingAddressId?: string | null;
  notes?: string | null;
}
export type OrderResult = { order: OrderRow | null; userErrors: UserError[] };

/** Where a checkout quote ships: an address, a saved address's id, or neither (the default shipping address). */
export interface QuoteInput {
  shippingAddress?: AddressInput | null;
  shippingAddressId?: string | null;
}
/** One line of an order or of a quote, priced from the catalog as it is now. */
export type PricedLine = Omit<OrderLineRow, 'id' | 'orderId'>;
/** The cart priced as placeOrder would price it, and what would make placeOrder fail now. */
export type Quote = Totals & { lines: PricedLine[]; problems: UserError[] };

type Db = Database<typeof tables>;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const PAYMENTS: OrderActor = { kind: 'payments' };
const SYSTEM: OrderActor = { kind: 'system' };

const notFound = (): OrderResult => ({ order: null, userErrors: [userError(OrderCode.NOT_FOUND, 'No such order', ['id'])] });

export interface OrderServiceOptions {
  /** A PENDING order unpaid this long is cancelled and its stock released. */
  paymentTimeoutMinutes: number;
  /** Claim lease and wait of idempotency keys (`idempotencySettings`); the shared defaults otherwise. */
  idempotency?: { leaseMs?: number; waitMs?: number };
  /** How long a checkout waits for the shopper's last order to take its lines out of the cart (the outbox's inline budget). */
  cartClearTimeoutMs?: number;
  /**
   * How long after a checkout asked for its stock that stock is given back if no order was saved (a crash, a reply
   * from the catalog lost on the way); a checkout still unsaved then gives up. Default 10 min.
   */
  abandonedCheckoutMs?: number;
}

const ABANDONED_CHECKOUT_MS = 10 * 60_000;

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
    const { key, error } = checkIdempotencyKey(input.idempotencyKey);
    if (error) return { order: null, userErrors: [error] };
    if (input.notes && input.notes.length > 1000) {
      return { order: null, userErrors: [userError(OrderCode.INVALID_INPUT, 'notes must be at most 1,000 characters', ['input', 'notes'])] };
    }
    if (input.notes && hasControlCharacters(input.notes, { multiline: true })) {
      return { order: null, userErrors: [userError(OrderCode.INVALID_INPUT, `notes ${CONTROL_CHARACTERS_PROBLEM_MULTILINE}`, ['input', 'notes'])] };
    }
    const outcome = await idempotent<UserError[]>(
      this.db,
      `placeOrder:${viewer.id}`,
      key,
      placeOrderFingerprint(input),
      (complete) => this.createOrder(viewer, input, complete),
      this.options.idempotency,
    );
    if (outcome.kind === 'reused') {
      return { order: null, userErrors: [userError(OrderCode.IDEMPOTENCY_KEY_REUSED, 'This idempotency key was used for a different order', ['input', 'idempotencyKey'])] };
    }
    if (outcome.kind === 'busy') {
      return { order: null, userErrors: [userError(OrderCode.IDEMPOTENCY_KEY_IN_USE, 'This order is still being placed; try again in a few seconds', ['input', 'idempotencyKey'])] };
    }
    if (outcome.kind === 'failed') return { order: null, userErrors: outcome.value };
    const [order] = await this.db.select().from(orders).where(eq(orders.id, outcome.resultId));
    return { order: order!, userErrors: [] };
  }

  /**
   * Places the order — one shopper's checkouts one at a time, under a lock of their own (`exclusively`), whatever their
   * idempotency keys: a second checkout of the same cart (a double click that made a new key, a second tab) waits for
   * the first, whose cart is emptied before it ends, and finds the cart empty, rather than ordering and reserving the
   * same lines twice.
   */
  private async createOrder(
    viewer: Viewer,
    input: PlaceOrderInput,
    complete: (tx: Tx, resultId: string) => Promise<void>,
  ): Promise<{ resultId: string } | { failed: UserError[] }> {
    const address = await this.resolveAddress(viewer, input, ['input']);
    if ('errors' in address) return { failed: address.errors };
    const placed = await exclusively(this.db, 'lock:placeOrder', viewer.id, (stillHeld) => this.orderFromCart(viewer, input, address.value, complete, stillHeld), this.options.idempotency);
    if (placed.kind === 'busy') {
      return { failed: [userError(OrderCode.CHECKOUT_IN_PROGRESS, 'Another order of yours is still being placed; try again in a few seconds')] };
    }
    return placed.value;
  }

  private async orderFromCart(
    viewer: Viewer,
    input: PlaceOrderInput,
    address: AddressSnapshot,
    complete: (tx: Tx, resultId: string) => Promise<void>,
    stillHeld: (tx: Tx) => Promise<void>,
  ): Promise<{ resultId: string } | { failed: UserError[] }> {
    // The shopper's last order may still be waiting to empty the cart (the cart subgraph was slow or down): its lines
    // are in the cart, and must not be ordered again.
    if (await this.cartStillHoldsAnOrder(viewer)) {
      return { failed: [userError(OrderCode.CHECKOUT_IN_PROGRESS, 'Your last order is still being completed; try again in a few seconds')] };
    }
    const cart = await this.others.cartOf(viewer);
    if (!cart || cart.lines.length === 0) return { failed: [userError(OrderCode.CART_EMPTY, 'Your cart is empty')] };

    const variants = await this.others.variants(cart.lines.map((l) => l.variantId));
    const gone = goneLines(cart, variants);
    if (gone.length) return { failed: gone };

    const orderId = randomUUID();
    // Before any stock is held, the outbox is told to give it back later unless the order is saved by then: should
    // this checkout never get that far — the process dies, or the catalog reserved but its answer was lost on the way
    // and every retry timed out — nothing else would (the catalog's own expiry is a day: a payment confirmed late
    // must still find an order's stock). Saving the order retires the event; a release of nothing is harmless.
    const abandonedAfterMs = this.options.abandonedCheckoutMs ?? ABANDONED_CHECKOUT_MS;
    const abandoned = await enqueue(this.db, Topic.STOCK_RELEASE_ABANDONED, { reference: orderId }, { notBefore: new Date(Date.now() + abandonedAfterMs) });
    let reservation: Awaited<ReturnType<Collaborators['reserve']>>;
    try {
      reservation = await this.others.reserve(orderId, cart.lines, RESERVATION_SAFETY_NET_SECONDS);
    } catch (error) {
      // The catalog may have reserved all the same: give it back now if it did (the event above, should this fail).
      await this.others.settleReservation(orderId, 'release').catch((e) => this.logger.warn({ err: e, orderId }, 'could not release the reservation now; the outbox will'));
      throw error;
    }
    if (!reservation.ok) {
      await retire(this.db, [abandoned]); // all or none: nothing was reserved
      const errors = reservation.userErrors.map((e) =>
        userError(e.code === 'OUT_OF_STOCK' || e.code === 'UNKNOWN_VARIANT' ? OrderCode.OUT_OF_STOCK : e.code, e.message, e.field ?? undefined),
      );
      return { failed: errors };
    }

    const lines = pricedLines(cart, variants);
    const totals = totalsFor(lines, address);
    let cartEvent = '';
    try {
      await this.db.transaction(async (tx) => {
        await stillHeld(tx);
        // The abandoned-checkout release and this save exclude each other on the event's row (`releaseAbandoned`):
        // if the release got there first, the stock is going back, and this checkout is too late to keep it.
        if ((await retire(tx, [abandoned])) !== 1) throw new GraphQLError('Placing the order took too long; try again', { extensions: { code: 'SERVICE_UNAVAILABLE' } });
        await tx.insert(orders).values({
          id: orderId,
          number: orderNumber(),
          customerId: viewer.id,
          status: INITIAL_STATUS,
          subtotal: totals.subtotal,
          tax: totals.tax,
          shipping: totals.shipping,
          total: totals.total,
          weightGrams: totals.weightGrams,
          shippingAddress: address,
          notes: input.notes?.trim() || null,
        });
        await tx.insert(orderLines).values(lines.map((line) => ({ ...line, orderId })));
        await tx.insert(orderStatusChanges).values({ orderId, status: INITIAL_STATUS, actor: viewer.id, note: 'Order placed' });
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

  /**
   * Whether an order of the shopper's has yet to empty their cart, after one more try at it now — whatever the relay's
   * backoff says: taking an order's lines out is idempotent (the cart records each order's checkout), so the relay's
   * own delivery later changes nothing.
   */
  private async cartStillHoldsAnOrder(viewer: Viewer): Promise<boolean> {
    const pending = await this.db
      .select({ payload: outbox.payload })
      .from(outbox)
      .where(and(eq(outbox.topic, Topic.CART_CLEAR.name), isNull(outbox.deliveredAt), eq(sql`${outbox.payload} -> 'viewer' ->> 'id'`, viewer.id)));
    const tries = await Promise.allSettled(
      pending.map(({ payload }) => {
        const { cartId, orderId, lines } = payload as NonNullable<(typeof Topic.CART_CLEAR)['payload']>;
        return this.others.clearOrderedLines(viewer, cartId, orderId, lines, { signal: AbortSignal.timeout(this.options.cartClearTimeoutMs ?? 5000) });
      }),
    );
    return tries.some((t) => t.status === 'rejected');
  }

  /**
   * The shopper's cart priced exactly as placeOrder would price it for that address (null when the cart is empty),
   * with what would make placeOrder fail now. Nothing is reserved and nothing is written.
   */
  async quote(viewer: Viewer, input: QuoteInput): Promise<Quote | null> {
    const [cart, address] = await Promise.all([this.others.cartOf(viewer), this.resolveAddress(viewer, input, [])]);
    if (!cart || cart.lines.length === 0) return null;
    const variants = await this.others.variants(cart.lines.map((l) => l.variantId));
    const lines = pricedLines(cart, variants);
    const problems = [...('errors' in address ? address.errors : []), ...goneLines(cart, variants), ...unavailableLines(cart, variants)];
    return { ...totalsFor(lines, 'value' in address ? address.value : null), lines, problems };
  }

  /** Where to ship, from an address, a saved address's id, or the default shipping address; `path` prefixes error fields. */
  private async resolveAddress(viewer: Viewer, input: QuoteInput, path: string[]): Promise<{ value: AddressSnapshot } | { errors: UserError[] }> {
    if (input.shippingAddress && input.shippingAddressId) {
      return { errors: [userError(OrderCode.INVALID_ADDRESS, 'Give either shippingAddress or shippingAddressId, not both', [...path, 'shippingAddress'])] };
    }
    if (input.shippingAddress) {
      const checked = checkAddress(input.shippingAddress);
      if (checked.problems.length) {
        return { errors: checked.problems.map((p) => userError(OrderCode.INVALID_ADDRESS, p.message, [...path, 'shippingAddress', p.field])) };
      }
      return { value: checked.value };
    }
    const saved = await this.others.addressesOf(viewer);
    const chosen = input.shippingAddressId ? saved.find((a) => a.id === input.shippingAddressId) : saved.find((a) => a.isDefaultShipping);
    if (!chosen) {
      return {
        errors: [
          input.shippingAddressId
            ? userError(OrderCode.INVALID_ADDRESS, 'No such saved address', [...path, 'shippingAddressId'])
            : userError(OrderCode.INVALID_ADDRESS, 'Give a shipping address (you have no default one)', [...path, 'shippingAddress']),
        ],
      };
    }
    const { id: _id, isDefaultShipping: _d, ...snapshot } = chosen;
    // Saved before US regions were kept as codes (`California`): priced by its code all the same.
    const region = snapshot.country === 'US' ? (usRegionCode(snapshot.region) ?? snapshot.region) : snapshot.region;
    return { value: { ...snapshot, region } };
  }

  /** Cancels an order (owner: PENDING or CONFIRMED; admin: any cancellable status), releasing stock and refunding. */
  async cancelOrder(viewer: Viewer, id: string, reason: string | null | undefined): Promise<OrderResult> {
    return this.changeStatus(viewer, id, 'CANCELLED', reason?.trim() || null, 'reason');
  }

  /** Admin: moves an order along its lifecycle. */
  async updateStatus(viewer: Viewer, id: string, status: OrderStatus, note: string | null | undefined): Promise<OrderResult> {
    return this.changeStatus(viewer, id, status, note?.trim() || null, 'note');
  }

  /** A shopper's or an admin's status change, as the state machine allows it; `noteArgument` names the note's argument. */
  private async changeStatus(viewer: Viewer, id: string, to: OrderStatus, note: string | null, noteArgument: 'reason' | 'note'): Promise<OrderResult> {
    if (!isId(id)) return notFound();
    if (note && note.length > 1000) return { order: null, userErrors: [userError(OrderCode.INVALID_INPUT, `${noteArgument} must be at most 1,000 characters`, [noteArgument])] };
    if (note && hasControlCharacters(note, { multiline: true })) {
      return { order: null, userErrors: [userError(OrderCode.INVALID_INPUT, `${noteArgument} ${CONTROL_CHARACTERS_PROBLEM_MULTILINE}`, [noteArgument])] };
    }
    const actor: OrderActor = isAdmin(viewer) ? { kind: 'admin', id: viewer.id } : { kind: 'shopper', id: viewer.id };
    const result = await this.withOrder<OrderResult>(id, async (tx, order) => {
      // Another shopper's order is indistinguishable from a missing one.
      if (!order || (actor.kind === 'shopper' && order.customerId !== viewer.id)) return { value: notFound() };
      const moved = await transition(tx, order, to, actor, { note });
      // The argument at fault: updateOrderStatus's status; for cancelOrder, which names no status, the order itself.
      const field = noteArgument === 'note' ? ['status'] : ['id'];
      if (!moved.ok) return { value: { order: null, userErrors: [userError(OrderCode.INVALID_TRANSITION, moved.reason, field)] } };
      return { value: { order: moved.order, userErrors: [] }, events: moved.events };
    });
    // The effects were delivered before we answer, and may have moved the order on (a cancelled paid order is
    // REFUNDED once its money is back): answer with the order as it is now, so its status and its history agree.
    return result.order ? { order: (await this.byIds([id]))[0] ?? result.order, userErrors: [] } : result;
  }

  /** Payments: the order was paid. PENDING → CONFIRMED; an order cancelled meanwhile is refunded instead. */
  async recordPayment(orderId: string, paymentId: string): Promise<boolean> {
    if (!isId(orderId)) return false;
    return this.withOrder(orderId, async (tx, order) => {
      if (!order) return { value: true };
      const confirmed = await transition(tx, order, 'CONFIRMED', PAYMENTS, { note: 'Payment received', paymentId });
      if (confirmed.ok) return { value: true, events: confirmed.events };
      // Not payable any more (it was cancelled meanwhile, e.g. it expired): unless this very payment is the one that
      // confirmed it (a repeated report), the money goes back.
      if (order.paymentId === paymentId) return { value: true };
      return { value: true, events: [await enqueue(tx, Topic.PAYMENTS_REFUND, { orderId, reason: `Payment arrived for a ${order.status} order` })] };
    });
  }

  /**
   * The abandoned-checkout event's handler (the outbox's `stock.releaseAbandoned`): whether the checkout's stock is to
   * be given back — no order of that id was saved, and none can be from now on. Marking the event (`markAttempt`)
   * locks its row against the checkout's `retire`, whichever comes second waiting for the other's commit: either the
   * checkout saved its order (and retired the event: nothing to do), or it will find the event taken and give up.
   */
  async releaseAbandoned(eventId: string, orderId: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      if (!(await markAttempt(tx, eventId, 'releasing the stock of a checkout that saved no order'))) return false;
      const [saved] = isId(orderId) ? await tx.select({ id: orders.id }).from(orders).where(eq(orders.id, orderId)) : [];
      return saved === undefined;
    });
  }

  /**
   * The catalog could not commit a paid order's stock (its reservation lapsed and the goods were sold since, or an
   * admin's count put stock on hand below it): the
   * order is cancelled and refunded rather than confirmed without goods — where the lifecycle still allows it.
   */
  async stockLost(orderId: string): Promise<void> {
    await this.withOrder(orderId, async (tx, order) => {
      if (!order) return { value: undefined };
      const cancelled = await transition(tx, order, 'CANCELLED', SYSTEM, { note: 'Out of stock when the payment arrived' });
      if (cancelled.ok) {
        this.logger.warn({ orderId }, 'stock lost for a paid order: cancelled and refunded');
        return { value: undefined, events: cancelled.events };
      }
      if (order.status !== 'CANCELLED' && order.status !== 'REFUNDED') {
        // Shipped or delivered: too late to cancel. The goods left, so the catalog's count is what is wrong.
        this.logger.error({ orderId, status: order.status }, 'stock lost for an order that can no longer be cancelled: check the stock');
      }
      return { value: undefined };
    });
  }

  /**
   * Payments: money returned. A cancelled order whose payments are fully refunded becomes REFUNDED. A paid order not
   * shipped yet whose money has all gone back (an admin's `refundPayment` of the whole amount) is cancelled first —
   * its sold stock returns, the shopper is told — so that nothing ships for free; a shipped or delivered order keeps
   * its status (a refund after delivery is a return, and the goods are out).
   */
  async recordRefund(orderId: string, fullyRefunded: boolean): Promise<boolean> {
    if (!isId(orderId) || !fullyRefunded) return true;
    return this.withOrder(orderId, async (tx, order) => {
      if (!order) return { value: true };
      // Payments reports a payment (`order.paid`) before any refund of it, but its outbox may deliver the refund first
      // (the payment's report failed and waits for its retry). Refused, so that it comes again once the payment is
      // recorded — ignored, it would leave the order to be confirmed with all its money gone. Should the payment's
      // report never come, the order expires unpaid (CANCELLED) and the next delivery finds it so.
      if (order.status === 'PENDING') throw new GraphQLError("The order's payment is not recorded yet; try again", { extensions: { code: 'SERVICE_UNAVAILABLE' } });
      let current = order;
      const events: string[] = [];
      if (current.status === 'CONFIRMED' || current.status === 'PROCESSING') {
        // Its effects ask payments to refund what is left (nothing, normally: refunding an order is idempotent).
        const cancelled = await transition(tx, current, 'CANCELLED', SYSTEM, { note: 'Refunded in full before shipping' });
        if (!cancelled.ok) return { value: true };
        current = cancelled.order;
        events.push(...cancelled.events);
      }
      const refunded = await transition(tx, current, 'REFUNDED', PAYMENTS, { note: 'Payment refunded' });
      return { value: true, events: refunded.ok ? [...events, ...refunded.events] : events };
    });
  }

  /**
   * Cancels every PENDING order older than the payment timeout, releasing its stock, `batchSize` orders per
   * transaction (rows another transaction holds are left for the next run). Returns how many.
   */
  async expireUnpaid(now = new Date(), batchSize = 200): Promise<number> {
    const cutoff = new Date(now.getTime() - this.options.paymentTimeoutMinutes * 60_000);
    const details: TransitionDetails = { note: `Not paid within ${this.options.paymentTimeoutMinutes} minutes` };
    const expired = await inBatches(
      (limit) =>
        this.db.transaction(async (tx) => {
          const due = await tx
            .select()
            .from(orders)
            .where(and(eq(orders.status, 'PENDING'), lt(orders.placedAt, cutoff)))
            .limit(limit)
            .for('update', { skipLocked: true });
          // Three statements for the whole batch, whatever its size (transitionMany).
          return (await transitionMany(tx, due, 'CANCELLED', SYSTEM, details)).filter((r) => r.ok).length;
        }),
      batchSize,
    );
    if (expired) {
      this.logger.info({ expired }, 'unpaid orders cancelled');
      this.relay.wake();
    }
    return expired;
  }

  /** Runs `work` on one order (undefined when there is none) under its row lock, then delivers the effects it enqueued. */
  private async withOrder<T>(id: string, work: (tx: Tx, order: OrderRow | undefined) => Promise<{ value: T; events?: string[] }>): Promise<T> {
    const { value, events = [] } = await this.db.transaction(async (tx) => {
      const [order] = await tx.select().from(orders).where(eq(orders.id, id)).for('update');
      return work(tx, order);
    });
    await this.relay.deliverNow(events);
    // A status change also enqueued the shopper's notification: the relay takes it from here.
    this.relay.wake();
    return value;
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
    return connection(rows, first, count?.n ?? 0);
  }

  /**
   * {@link list} for several customers at once — the orders of every User a request touches (an admin's order list
   * with each customer's history, say) — in three statements however many: the page of each (a lateral join, each
   * page down the index to its limit); the rows; and every count. Each key gets its connection, or the error its cursor earns.
   */
  async listsByCustomer(keys: readonly CustomerOrdersKey[]): Promise<Array<OrderConnection | Error>> {
    const cursors = keys.map((key) => (key.after ? decodeCursor(key.after) : null));
    const wanted = keys.flatMap((key, idx) => (isId(key.customerId) && !(key.after && !cursors[idx]) ? [idx] : []));
    const pages = wanted.map((idx) => {
      const { customerId, status, first } = keys[idx]!;
      const after = cursors[idx];
      return sql`(${idx}::int, ${customerId}::uuid, ${status ?? null}::text, ${after?.placedAt.toISOString() ?? null}::timestamptz, ${after?.id ?? null}::uuid, ${first + 1}::int)`;
    });
    const counted = wanted.map((idx) => sql`(${idx}::int, ${keys[idx]!.customerId}::uuid, ${keys[idx]!.status ?? null}::text)`);
    const [ranked, counts] = wanted.length
      ? await Promise.all([
          // Each page read as `list` reads one — down the (customer_id, placed_at) index, stopping at its limit.
          this.db.execute(sql`
            select p.id, k.idx
            from (values ${sql.join(pages, sql`, `)}) as k(idx, customer_id, status, after_at, after_id, lim)
            cross join lateral (
              select o.id, o.placed_at from ${orders} o
              where o.customer_id = k.customer_id and (k.status is null or o.status = k.status)
                and (k.after_at is null or (o.placed_at, o.id) < (k.after_at, k.after_id))
              order by o.placed_at desc, o.id desc
              limit k.lim
            ) p
            order by k.idx, p.placed_at desc, p.id desc`),
          this.db.execute(sql`
            select k.idx, count(o.id)::int as n
            from (values ${sql.join(counted, sql`, `)}) as k(idx, customer_id, status)
            left join ${orders} o on o.customer_id = k.customer_id and (k.status is null or o.status = k.status)
            group by k.idx`),
        ])
      : [{ rows: [] }, { rows: [] }];
    const pageRows = (ranked as unknown as { rows: { id: string; idx: number }[] }).rows;
    const totals = new Map((counts as unknown as { rows: { idx: number; n: number }[] }).rows.map((row) => [Number(row.idx), Number(row.n)]));
    const byId = new Map((await this.byIds(pageRows.map((row) => row.id))).map((row) => [row.id, row]));
    return keys.map((key, idx) => {
      if (key.after && !cursors[idx]) return badInput('`after` is not a cursor of this connection');
      const rows = pageRows.filter((row) => Number(row.idx) === idx).map((row) => byId.get(row.id)!);
      return connection(rows, key.first, totals.get(idx) ?? 0);
    });
  }

  /** Orders by id, for loaders. */
  async byIds(ids: readonly string[]): Promise<OrderRow[]> {
    const valid = ids.filter(isId);
    return valid.length ? this.db.select().from(orders).where(inArray(orders.id, valid)) : [];
  }
}

/** The cart's lines at the catalog's current prices; lines whose variant is gone are left out (see goneLines). */
function pricedLines(cart: CartSnapshot, variants: Map<string, VariantSnapshot>): PricedLine[] {
  return cart.lines.flatMap((line, position) => {
    const variant = variants.get(line.variantId);
    if (!variant) return [];
    return [{
      position,
      variantId: variant.id,
      productName: variant.productName,
      sku: variant.sku,
      variantTitle: variant.title,
      quantity: line.quantity,
      unitPrice: variant.price,
      total: variant.price * line.quantity,
      weightGrams: variant.weightGrams,
    }];
  });
}

/** OUT_OF_STOCK for each cart line whose variant the catalog no longer has (placeOrder refuses them before reserving). */
function goneLines(cart: CartSnapshot, variants: Map<string, VariantSnapshot>): UserError[] {
  return cart.lines
    .filter((l) => !variants.has(l.variantId))
    .map((l) => userError(OrderCode.OUT_OF_STOCK, 'This item is no longer available', ['lines', l.variantId]));
}

/**
 * OUT_OF_STOCK for each cart line the catalog's reservation would refuse right now — its product archived (no longer
 * sold), or less available than the cart wants of that variant — with the field the reservation would name. The
 * catalog decides for real when placeOrder reserves; this only reads its current availability.
 */
function unavailableLines(cart: CartSnapshot, variants: Map<string, VariantSnapshot>): UserError[] {
  const wanted = new Map<string, number>();
  for (const line of cart.lines) wanted.set(line.variantId, (wanted.get(line.variantId) ?? 0) + line.quantity);
  return cart.lines.flatMap((line, i) => {
    const variant = variants.get(line.variantId);
    if (!variant) return [];
    const name = `${variant.productName}${variant.title === 'Default' ? '' : ` (${variant.title})`}`;
    if (variant.archived) return [userError(OrderCode.OUT_OF_STOCK, `${name} is no longer sold`, ['lines', String(i), 'variantId'])];
    if (variant.available >= wanted.get(line.variantId)!) return [];
    const message = variant.available > 0 ? `Only ${variant.available} of ${name} available` : `${name} is out of stock`;
    return [userError(OrderCode.OUT_OF_STOCK, message, ['lines', String(i), 'quantity'])];
  });
}

/** `ORD-YYYYMM-XXXXXXXX`: month of placement and 8 random characters without look-alikes. */
export function orderNumber(now = new Date()): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(8);
  const suffix = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
  return `ORD-${now.getUTCFullYear()}${String(now.getUTCMonth() + 1).padStart(2, '0')}-${suffix}`;
}

/** Which of a customer's orders a `User.orders` field asks for. */
export interface CustomerOrdersKey {
  customerId: string;
  first: number;
  after: string | null | undefined;
  status: OrderStatus | null | undefined;
}

type OrderConnection = ReturnType<typeof connection>;

/** A connection page from `first + 1` rows fetched newest first. */
function connection(rows: OrderRow[], first: number, totalCount: number) {
  const nodes = rows.slice(0, first);
  return {
    edges: nodes.map((node) => ({ cursor: encodeCursor(node), node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]!) : null },
    totalCount,
  };
}

function encodeCursor(order: OrderRow): string {
  return encodeTimeIdCursor(order.placedAt, order.id);
}

function decodeCursor(cursor: string): { placedAt: Date; id: string } | null {
  const position = decodeTimeIdCursor(cursor);
  return position && { placedAt: position.at, id: position.id };
}
