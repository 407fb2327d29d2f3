import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import { CONTROL_CHARACTERS_PROBLEM_MULTILINE, checkIdempotencyKey, enqueue, hasControlCharacters, idempotent, isId, lockKey, NotificationEvents, STORE_CURRENCY, userError, type Database, type Logger, type UserError } from '@zero/service';
import { PaymentCode } from '../codes';
import { paymentMethods, payments, refunds, type PaymentRow, type RefundRow, type tables } from '../db/schema';
import { isExpired } from './card';
import { Topics, type OrdersClient } from './orders-client';
import type { PaymentMethodService } from './payment-method-service';
import type { PaymentProvider } from './provider';

export interface PayOrderInput { orderId: string; paymentMethodId: string; idempotencyKey: string }
export type PaymentResult = { payment: PaymentRow | null; userErrors: UserError[] };

type Db = Database<typeof tables>;
const fail = (...errors: UserError[]): PaymentResult => ({ payment: null, userErrors: errors });
const orderNotFound = () => userError(PaymentCode.NOT_FOUND, 'No such order', ['input', 'orderId']);

/** Statuses of a payment from which money can still be refunded. */
const REFUNDABLE = ['SUCCEEDED', 'PARTIALLY_REFUNDED'] as const;
/** Payments (or refunds) a reconciliation round settles with the provider at once. */
const RECONCILE_CONCURRENCY = 8;

/** Charges orders and refunds payments. The rules against double charges and double refunds live here. */
export class PaymentService {
  constructor(
    private readonly db: Db,
    private readonly provider: PaymentProvider,
    private readonly orders: OrdersClient,
    private readonly methods: PaymentMethodService,
    private readonly logger: Logger,
    /**
     * Delivers outbox events right after the commit that enqueued them (the given ones, or every due one), so a
     * response already reflects their effects; what fails is retried by the relay.
     */
    private readonly deliver: (ids: string[]) => Promise<void> = async () => undefined,
    /** Claim lease and wait of idempotency keys (`idempotencySettings`); the shared defaults otherwise. */
    private readonly idempotency: { leaseMs?: number; waitMs?: number } = {},
  ) {}

  /**
   * Charges the order's total (as the orders subgraph states it) to one of the payer's cards. One idempotency key is
   * one charge; and whatever the keys, an order has at most one payment that is being charged or was charged.
   */
  async payOrder(payerId: string, input: PayOrderInput): Promise<PaymentResult> {
    const { key, error } = checkIdempotencyKey(input.idempotencyKey);
    if (error) return fail(error);
    const fingerprint = createHash('sha256').update(JSON.stringify([input.orderId, input.paymentMethodId])).digest('hex');
    const outcome = await idempotent<UserError>(this.db, `payOrder:${payerId}`, key, fingerprint, (complete) => this.charge(payerId, input, complete), this.idempotency);
    if (outcome.kind === 'reused') {
      return fail(userError(PaymentCode.IDEMPOTENCY_KEY_REUSED, 'This idempotency key was used for another payment', ['input', 'idempotencyKey']));
    }
    if (outcome.kind === 'busy') {
      return fail(userError(PaymentCode.IDEMPOTENCY_KEY_IN_USE, 'This payment is still being processed; try again in a few seconds', ['input', 'idempotencyKey']));
    }
    if (outcome.kind === 'failed') return fail(outcome.value);
    const [payment] = await this.db.select().from(payments).where(eq(payments.id, outcome.resultId));
    if (!payment) throw new Error(`payment ${outcome.resultId} of an idempotency key is missing`);
    return payment.status === 'FAILED'
      ? { payment, userErrors: [userError(PaymentCode.PAYMENT_DECLINED, `The card was declined (${payment.failureCode})`, ['input', 'paymentMethodId'])] }
      : { payment, userErrors: [] };
  }

  private async charge(
    payerId: string,
    input: PayOrderInput,
    complete: (tx: Pick<Db, 'update'>, resultId: string) => Promise<void>,
  ): Promise<{ resultId: string } | { failed: UserError }> {
    const order = await this.orders.orderForPayment(input.orderId);
    // Another shopper's order answers exactly like a missing one.
    if (!order || order.customerId !== payerId) return { failed: orderNotFound() };
    if (order.status !== 'PENDING') {
      return { failed: userError(PaymentCode.ORDER_NOT_PAYABLE, `The order cannot be paid (it is ${order.status})`, ['input', 'orderId']) };
    }
    const method = await this.methods.findUsable(payerId, input.paymentMethodId);
    if (!method) return { failed: userError(PaymentCode.NOT_FOUND, 'No such payment method', ['input', 'paymentMethodId']) };
    // A card saved while valid may have run out since: it is not offered to the provider at all.
    if (isExpired(method.expMonth, method.expYear)) {
      return { failed: userError(PaymentCode.CARD_EXPIRED, `The card ending ${method.last4} has expired; add a current one`, ['input', 'paymentMethodId']) };
    }

    // Claim the order before the provider is asked: the partial unique index admits one live payment per order.
    const [claimed] = await this.db
      .insert(payments)
      .values({
        orderId: order.id,
        customerId: payerId,
        paymentMethodId: method.id,
        amount: order.total.amount,
        currency: order.total.currency || STORE_CURRENCY,
        status: 'PENDING',
      })
      .onConflictDoNothing()
      .returning();
    if (!claimed) {
      return { failed: userError(PaymentCode.ORDER_NOT_PAYABLE, 'The order has already been paid', ['input', 'orderId']) };
    }

    const { event: confirmed } = await this.settle(claimed, method.providerToken, complete);
    // The order is confirmed before we answer (and, should orders be unreachable now, by the outbox's retries).
    if (confirmed) await this.deliver([confirmed]);
    return { resultId: claimed.id };
  }

  /**
   * Asks the provider to charge a PENDING payment (keyed by the payment's id, so asking again never charges twice) and
   * records the answer. When the provider cannot be reached the payment stays PENDING; {@link reconcilePending}
   * asks again later. Returns the event that confirms the order, for the caller to deliver, when the charge went
   * through; and whether the provider answered at all.
   */
  private async settle(payment: PaymentRow, providerToken: string, complete?: (tx: Pick<Db, 'update'>, resultId: string) => Promise<void>): Promise<{ event: string | null; reached: boolean }> {
    let result;
    try {
      result = await this.provider.charge({ token: providerToken, amount: payment.amount, currency: payment.currency, idempotencyKey: payment.id });
    } catch (error) {
      this.logger.error({ err: error, paymentId: payment.id }, 'payment provider unreachable; the payment stays PENDING and will be retried');
      // The key now answers with this PENDING payment: a retry waits for reconciliation instead of charging again.
      await complete?.(this.db, payment.id);
      return { event: null, reached: false };
    }
    const settled = await this.db.transaction(async (tx) => {
      const [row] = await tx
        .update(payments)
        .set(result.ok
          ? { status: 'SUCCEEDED', providerChargeId: result.chargeId, updatedAt: new Date() }
          : { status: 'FAILED', failureCode: result.failureCode, updatedAt: new Date() })
        .where(and(eq(payments.id, payment.id), eq(payments.status, 'PENDING')))
        .returning();
      // In the same transaction as the payment: the order is confirmed at least once, even if orders is down now.
      const event = row && result.ok ? await enqueue(tx, Topics.ORDER_PAID, { orderId: payment.orderId, paymentId: payment.id }) : null;
      // And the shopper's receipt, by the relay.
      if (event) await enqueue(tx, NotificationEvents.PAYMENT_RECEIPT, await this.receiptOf(tx, row!));
      await complete?.(tx, payment.id);
      return event;
    });
    this.logger.info({ paymentId: payment.id, orderId: payment.orderId, ok: result.ok }, 'order charged');
    return { event: settled, reached: true };
  }

  /** The receipt of a payment that succeeded: the amount, and the card it was charged to. */
  private async receiptOf(tx: Pick<Db, 'select'>, payment: PaymentRow) {
    const [card] = await tx.select({ brand: paymentMethods.brand, last4: paymentMethods.last4 }).from(paymentMethods).where(eq(paymentMethods.id, payment.paymentMethodId));
    return {
      userId: payment.customerId,
      at: payment.updatedAt.toISOString(),
      paymentId: payment.id,
      orderId: payment.orderId,
      amount: { amount: payment.amount, currency: payment.currency },
      card: card ?? null,
    };
  }

  /** Settles payments left PENDING (the provider was unreachable, or the process stopped mid-charge). Returns how many were tried. */
  async reconcilePending(olderThanMs = 30_000): Promise<number> {
    const stale = await this.db
      .select({ payment: payments, token: paymentMethods.providerToken })
      .from(payments)
      .innerJoin(paymentMethods, eq(paymentMethods.id, payments.paymentMethodId))
      .where(and(eq(payments.status, 'PENDING'), lt(payments.createdAt, new Date(Date.now() - olderThanMs))))
      .limit(100);
    // One provider call and one transaction per payment (each its own answer), a few at once; the orders told
    // together at the end.
    const settled = await settleWhileReachable(stale, async ({ payment, token }) => this.settle(payment, token));
    await this.deliver(settled.flatMap(({ event }) => (event ? [event] : [])));
    return settled.length;
  }

  /** Admin: refunds `amount` (default: what remains) of a payment. */
  async refundPayment(requestedBy: string, paymentId: string, amount: number | null | undefined, reason: string | null | undefined): Promise<PaymentResult> {
    if (!isId(paymentId)) return fail(userError(PaymentCode.NOT_FOUND, 'No such payment', ['paymentId']));
    if (reason && hasControlCharacters(reason, { multiline: true })) return fail(userError(PaymentCode.INVALID_INPUT, `The reason ${CONTROL_CHARACTERS_PROBLEM_MULTILINE}`, ['reason']));
    const result = await this.refund(requestedBy, paymentId, amount ?? null, cleanReason(reason));
    await this.deliver(result.events ?? []);
    return result;
  }

  /**
   * Internal: refunds what remains of every charged payment of an order (it was cancelled). Idempotent. Returns
   * true when nothing of the order remains to be refunded.
   */
  async refundOrderPayments(requestedBy: string, orderId: string, reason: string | null | undefined): Promise<boolean> {
    const refundable = await this.db
      .select({ id: payments.id })
      .from(payments)
      .where(and(eq(payments.orderId, orderId), inArray(payments.status, [...REFUNDABLE])))
      .orderBy(asc(payments.createdAt));
    const events: string[] = [];
    for (const { id } of refundable) {
      const result = await this.refund(requestedBy, id, null, cleanReason(reason) ?? 'order cancelled');
      events.push(...(result.events ?? []));
      // A concurrent call may have refunded it first: that is the outcome we want. The provider refusing this call's
      // own refund, or its answer being unknown, is not: the order's money may still be owed, so the caller (orders'
      // outbox) must try again — by then reconciliation has settled a refund in doubt, or given a refused one back.
      if (result.refused || result.inDoubt || result.userErrors.some((e) => e.code !== PaymentCode.PAYMENT_NOT_REFUNDABLE)) {
        await this.deliver(events);
        const why = result.refused ? 'refused by the provider' : result.inDoubt ? "the provider's answer is unknown" : result.userErrors.map((e) => e.code).join(', ');
        throw new Error(`refund of payment ${id} failed: ${why}`);
      }
    }
    // A refund still PENDING (this order's, asked for by an earlier call) is money not yet known to be back: no news
    // until reconciliation has settled it, and the caller tries again.
    const [pending] = await this.db
      .select({ id: refunds.id })
      .from(refunds)
      .innerJoin(payments, eq(payments.id, refunds.paymentId))
      .where(and(eq(payments.orderId, orderId), eq(refunds.status, 'PENDING')))
      .limit(1);
    if (pending) {
      await this.deliver(events);
      throw new Error(`refund ${pending.id} of order ${orderId} is still in doubt; try again once it is settled`);
    }
    const rows = await this.db.select().from(payments).where(eq(payments.orderId, orderId));
    const fullyRefunded = rows.length > 0 && rows.every((p) => p.status !== 'SUCCEEDED' && p.status !== 'PARTIALLY_REFUNDED' && p.status !== 'PENDING');
    if (!refundable.length && rows.some((p) => p.status === 'REFUNDED')) {
      // A repeated call: tell orders again (its consumer is idempotent), in case the earlier news was lost upstream.
      events.push(await enqueue(this.db, Topics.ORDER_REFUNDED, { orderId, fullyRefunded: true }));
    }
    // This call's news only, at once: not every event due in the outbox, on a caller's clock.
    await this.deliver(events);
    return fullyRefunded;
  }

  /**
   * One refund, in two steps so that the provider is never called inside a database transaction: (1) under the
   * payment's lock the amount is set aside (a PENDING refund row, the payment's `refunded` raised), so concurrent
   * refunds never exceed what was charged; (2) the provider is asked, keyed by the refund's id; (3) the outcome is
   * recorded — or, if the provider refused, the amount is given back. A refund left PENDING by a crash, or because the
   * provider's answer is unknown, is settled by {@link reconcilePendingRefunds}, which asks again with the same key.
   */
  private async refund(requestedBy: string, paymentId: string, amount: number | null, reason: string | null): Promise<RefundOutcome> {
    const reserved = await this.db.transaction(async (tx) => {
      await tx.execute(lockKey(`payment:${paymentId}`));
      const [payment] = await tx.select().from(payments).where(eq(payments.id, paymentId));
      if (!payment) return fail(userError(PaymentCode.NOT_FOUND, 'No such payment', ['paymentId']));
      const remaining = payment.amount - payment.refunded;
      if (!(REFUNDABLE as readonly string[]).includes(payment.status) || remaining <= 0) {
        return fail(userError(PaymentCode.PAYMENT_NOT_REFUNDABLE, `The payment cannot be refunded (it is ${payment.status})`, ['paymentId']));
      }
      const value = amount ?? remaining;
      if (!Number.isInteger(value) || value <= 0 || value > remaining) {
        return fail(userError(PaymentCode.INVALID_INPUT, `The amount must be between 1 and ${remaining}`, ['amount']));
      }
      const [refund] = await tx.insert(refunds).values({ paymentId, amount: value, reason, requestedBy, status: 'PENDING' }).returning();
      const refunded = payment.refunded + value;
      await tx
        .update(payments)
        .set({ refunded, status: refunded === payment.amount ? 'REFUNDED' : 'PARTIALLY_REFUNDED', updatedAt: new Date() })
        .where(eq(payments.id, paymentId));
      return { refund: refund!, payment };
    });
    if (!('refund' in reserved)) return reserved;
    return this.settleRefund(reserved.refund, reserved.payment.providerChargeId!);
  }

  /**
   * Asks the provider for a PENDING refund and records the answer (idempotent: the provider dedupes on the refund id).
   * When the answer is unknown (the provider unreachable or too slow: the money may have moved) the refund stays
   * PENDING, its amount still set aside, and reconciliation asks again with the same key — never a second refund with
   * a new key, never the amount handed back as if refused.
   */
  private async settleRefund(refund: RefundRow, chargeId: string): Promise<RefundOutcome> {
    let result;
    try {
      result = await this.provider.refund({ chargeId, amount: refund.amount, idempotencyKey: refund.id });
    } catch (error) {
      this.logger.error({ err: error, refundId: refund.id }, 'payment provider unreachable; the refund stays PENDING and will be asked again');
      const [payment] = await this.db.select().from(payments).where(eq(payments.id, refund.paymentId));
      return { payment: payment!, userErrors: [], inDoubt: true };
    }
    const refundId = result.ok ? result.refundId : null;
    return this.db.transaction(async (tx) => {
      await tx.execute(lockKey(`payment:${refund.paymentId}`));
      const [current] = await tx.select().from(refunds).where(eq(refunds.id, refund.id));
      const [payment] = await tx.select().from(payments).where(eq(payments.id, refund.paymentId));
      if (current?.status !== 'PENDING') return { payment: payment!, userErrors: [] }; // settled meanwhile
      if (refundId) {
        await tx.update(refunds).set({ status: 'SUCCEEDED', providerRefundId: refundId }).where(eq(refunds.id, refund.id));
        // Fully refunded only once every refund of the payment is settled: the status says REFUNDED as soon as the last
        // amount is set aside, while another refund may still wait on the provider (and could yet be refused).
        const [waiting] = await tx.select({ id: refunds.id }).from(refunds).where(and(eq(refunds.paymentId, refund.paymentId), eq(refunds.status, 'PENDING'))).limit(1);
        const told = await enqueue(tx, Topics.ORDER_REFUNDED, { orderId: payment!.orderId, fullyRefunded: payment!.status === 'REFUNDED' && !waiting });
        await enqueue(tx, NotificationEvents.REFUND_ISSUED, {
          userId: payment!.customerId,
          at: new Date().toISOString(),
          refundId: refund.id,
          paymentId: payment!.id,
          orderId: payment!.orderId,
          amount: { amount: refund.amount, currency: payment!.currency },
        });
        return { payment: payment!, userErrors: [], events: [told] };
      }
      // The provider refused: the amount set aside goes back to the payment.
      await tx.update(refunds).set({ status: 'FAILED' }).where(eq(refunds.id, refund.id));
      const refunded = payment!.refunded - refund.amount;
      const [restored] = await tx
        .update(payments)
        .set({ refunded, status: refunded === 0 ? 'SUCCEEDED' : 'PARTIALLY_REFUNDED', updatedAt: new Date() })
        .where(eq(payments.id, payment!.id))
        .returning();
      this.logger.error({ failureCode: result.ok ? null : result.failureCode, refundId: refund.id }, 'the provider refused a refund');
      return { payment: restored!, refused: true, userErrors: [userError(PaymentCode.PAYMENT_NOT_REFUNDABLE, 'The payment provider refused the refund', ['paymentId'])] };
    });
  }

  /** Settles refunds left PENDING (the process stopped between setting the amount aside and hearing the provider). */
  async reconcilePendingRefunds(olderThanMs = 30_000): Promise<number> {
    const stale = await this.db
      .select({ refund: refunds, chargeId: payments.providerChargeId })
      .from(refunds)
      .innerJoin(payments, eq(payments.id, refunds.paymentId))
      .where(and(eq(refunds.status, 'PENDING'), lt(refunds.createdAt, new Date(Date.now() - olderThanMs))))
      .limit(100);
    const settled = await settleWhileReachable(stale, async ({ refund, chargeId }) => {
      const outcome = await this.settleRefund(refund, chargeId!);
      return { events: outcome.events ?? [], reached: !outcome.inDoubt };
    });
    await this.deliver(settled.flatMap(({ events }) => events));
    return settled.length;
  }
}

/**
 * A refund's result: whether the provider refused it, or its answer is unknown (the refund stays PENDING for
 * reconciliation), and the events to deliver at once (orders' news).
 */
type RefundOutcome = PaymentResult & { refused?: boolean; inDoubt?: boolean; events?: string[] };

function cleanReason(reason: string | null | undefined): string | null {
  const value = reason?.trim();
  return value ? value.slice(0, 500) : null;
}

/**
 * A reconciliation round's work: `settle` over `items`, at most {@link RECONCILE_CONCURRENCY} at once, taking no new
 * item once one has found the provider unreachable. In an outage a round then costs a few timeouts, not one per item
 * left (a hundred in a row, each waiting out the provider's timeout); what it did not start waits for the next round.
 * Returns what was tried. Each item is settled by its own idempotency key and its own transaction, so two replicas
 * reconciling at once, or a payment settled meanwhile by its own request, change nothing twice.
 */
async function settleWhileReachable<T, R extends { reached: boolean }>(items: readonly T[], settle: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  let stop = false;
  const worker = async () => {
    while (!stop && next < items.length) {
      try {
        const result = await settle(items[next++]!);
        results.push(result);
        if (!result.reached) stop = true;
      } catch (error) {
        stop = true; // the round fails (its job logs why); no worker goes on after it
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(RECONCILE_CONCURRENCY, items.length) }, worker));
  return results;
}
