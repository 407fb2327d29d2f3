import { inArray } from 'drizzle-orm';
import { enqueueMany, NotificationEvents, type Database, type Topic as OutboxTopic } from '@zero/service';
import { orders, orderStatusChanges, type OrderRow, type tables } from '../db/schema';
import { Topic } from './clients';

/**
 * The order lifecycle, and the only way an order's status changes. Every change — a shopper's cancellation, an
 * admin's update, a payment, an unpaid order's expiry, stock lost after payment, a refund — asks {@link transition},
 * which decides (is this move allowed, for this actor?) before anything is written, and then writes the new status,
 * its line in the history and its effects on other subgraphs, in the caller's transaction. As in Vendure's
 * `OrderStateMachine`: guards on transition start ({@link refusal}), effects on transition end ({@link effectsOf}).
 */

/** Where an order is in its lifecycle. */
export type OrderStatus = 'PENDING' | 'CONFIRMED' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED' | 'REFUNDED';

/** Every order is placed PENDING (unpaid, its stock reserved). */
export const INITIAL_STATUS: OrderStatus = 'PENDING';

/** Who asks for a change: the order's owner, an admin, the payments subgraph (money taken or returned), or the platform itself (an expiry, stock lost). */
export type OrderActor = { kind: 'shopper'; id: string } | { kind: 'admin'; id: string } | { kind: 'payments' } | { kind: 'system' };
type ActorKind = OrderActor['kind'];

/**
 * Every allowed move and who may make it. CONFIRMED means paid and REFUNDED means the money is back, so only payments'
 * reports move an order there. Shoppers cancel PENDING and CONFIRMED orders; admins drive the rest; the platform
 * cancels what was never paid, or could not be supplied, as long as nothing has shipped.
 */
const TRANSITIONS: Record<OrderStatus, Partial<Record<OrderStatus, readonly ActorKind[]>>> = {
  PENDING: { CONFIRMED: ['payments'], CANCELLED: ['shopper', 'admin', 'system'] },
  CONFIRMED: { PROCESSING: ['admin'], CANCELLED: ['shopper', 'admin', 'system'] },
  PROCESSING: { SHIPPED: ['admin'], CANCELLED: ['admin', 'system'] },
  SHIPPED: { DELIVERED: ['admin'] },
  DELIVERED: {},
  CANCELLED: { REFUNDED: ['payments'] },
  REFUNDED: {},
};

/** Whether `actor` may move an order from `from` to `to`. */
export function canTransition(from: OrderStatus, to: OrderStatus, actor: ActorKind): boolean {
  return TRANSITIONS[from][to]?.includes(actor) ?? false;
}

/** Statuses in which the order's money has been taken (and must be returned on cancellation). */
export function isPaid(order: Pick<OrderRow, 'status' | 'paymentId'>): boolean {
  return order.paymentId !== null && order.status !== 'PENDING';
}

/** What a transition is told besides its target: the note for the history, and the payment that confirms an order. */
export interface TransitionDetails {
  note: string | null;
  paymentId?: string;
}

/** Guard (on transition start): why the move is refused, or null when it is allowed. */
function refusal(order: OrderRow, to: OrderStatus, actor: OrderActor, details: TransitionDetails): string | null {
  const from = order.status as OrderStatus;
  if (!canTransition(from, to, actor.kind)) return `A ${from} order cannot become ${to}`;
  if (to === 'CONFIRMED' && !details.paymentId) return 'Only a payment confirms an order';
  return null;
}

type Tx = Parameters<Parameters<Database<typeof tables>['transaction']>[0]>[0];

/** An effect on another subgraph, written to the outbox in the transaction of the change that causes it. */
export interface Effect {
  topic: string;
  payload: object;
  on: OutboxTopic<object>;
}

function effect<TPayload extends object>(on: OutboxTopic<TPayload>, payload: TPayload): Effect {
  return { topic: on.name, payload, on };
}

/** Effects (on transition end) of moving `order` (as it was before) to `to`. */
export function effectsOf(order: Pick<OrderRow, 'id' | 'status' | 'paymentId'>, to: OrderStatus, details: TransitionDetails): Effect[] {
  const from = order.status as OrderStatus;
  if (from === 'PENDING' && to === 'CONFIRMED') return [effect(Topic.STOCK_COMMIT, { reference: order.id })];
  if (to !== 'CANCELLED') return [];
  // Unpaid: the reservation is released. Paid: the sold stock returns and the money goes back.
  const effects = [effect(Topic.STOCK_RELEASE, { reference: order.id, committed: from !== 'PENDING' })];
  if (isPaid(order)) effects.push(effect(Topic.PAYMENTS_REFUND, { orderId: order.id, reason: details.note ?? 'Order cancelled' }));
  return effects;
}

type NotifiedOrder = Pick<OrderRow, 'id' | 'number' | 'customerId' | 'total' | 'currency'>;

/**
 * The notification (on transition end) of moving an order to `to`: the shopper hears of its payment, its shipping,
 * its delivery and its cancellation. Delivered by the relay, not on the request's path: nobody waits for an email.
 */
export function notificationOf(order: NotifiedOrder, to: OrderStatus, details: TransitionDetails, at = new Date()): Effect | null {
  const about = {
    userId: order.customerId,
    at: at.toISOString(),
    orderId: order.id,
    orderNumber: order.number,
    total: { amount: order.total, currency: order.currency },
  };
  switch (to) {
    case 'CONFIRMED':
      return effect(NotificationEvents.ORDER_CONFIRMED, about);
    case 'SHIPPED':
      return effect(NotificationEvents.ORDER_SHIPPED, about);
    case 'DELIVERED':
      return effect(NotificationEvents.ORDER_DELIVERED, about);
    case 'CANCELLED':
      return effect(NotificationEvents.ORDER_CANCELLED, { ...about, reason: details.note });
    default:
      return null;
  }
}

/** Who made a change, as the history records it. */
function actorName(actor: OrderActor): string {
  switch (actor.kind) {
    case 'shopper':
    case 'admin':
      return actor.id;
    case 'payments':
      return 'service:payments';
    case 'system':
      return 'system';
  }
}

export type TransitionResult = { ok: true; order: OrderRow; events: string[] } | { ok: false; reason: string };

/**
 * Moves `order` to `to` for `actor`, if the lifecycle allows it: status, history, effects and the shopper's
 * notification are written in `tx` (which must hold the order's row lock). Returns the updated order and the outbox
 * events to deliver right after the commit (the notification is left to the relay) — or, when the move is not
 * allowed, the reason, having written nothing.
 */
export async function transition(tx: Tx, order: OrderRow, to: OrderStatus, actor: OrderActor, details: TransitionDetails): Promise<TransitionResult> {
  return (await transitionMany(tx, [order], to, actor, details))[0]!;
}

/**
 * {@link transition} for several orders at once (an expiry run, an erasure), in three statements however many there
 * are: one update of the statuses, one insert of their history lines, one insert of every effect and notification.
 * Each order is decided on its own; the results are in the orders' order.
 */
export async function transitionMany(tx: Tx, many: readonly OrderRow[], to: OrderStatus, actor: OrderActor, details: TransitionDetails): Promise<TransitionResult[]> {
  const decided = many.map((order) => ({ order, refused: refusal(order, to, actor, details) }));
  const allowed = decided.filter((d) => d.refused === null).map((d) => d.order);
  if (allowed.length === 0) return decided.map((d) => ({ ok: false, reason: d.refused! }));
  const updated = await tx
    .update(orders)
    .set({ status: to, updatedAt: new Date(), ...(to === 'CONFIRMED' ? { paymentId: details.paymentId } : {}) })
    .where(inArray(orders.id, allowed.map((o) => o.id)))
    .returning();
  await tx.insert(orderStatusChanges).values(allowed.map((order) => ({ orderId: order.id, status: to, actor: actorName(actor), note: details.note })));
  // Effects first, then notifications, each order's together: the ids of the effects are what is delivered at once.
  const effects = allowed.map((order) => effectsOf(order, to, details));
  const notifications = allowed.map((order) => notificationOf(order, to, details)).filter((n): n is Effect => n !== null);
  const ids = await enqueueMany(tx, [...effects.flat(), ...notifications]);
  const byId = new Map(updated.map((row) => [row.id, row]));
  let next = 0;
  const eventsOf = new Map(allowed.map((order, i) => [order.id, ids.slice(next, (next += effects[i]!.length))]));
  return decided.map(({ order, refused }) =>
    refused === null ? { ok: true, order: byId.get(order.id)!, events: eventsOf.get(order.id)! } : { ok: false, reason: refused },
  );
}
