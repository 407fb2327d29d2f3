import { z } from 'zod';
import { handle, type Delivery, type OutboxHandler, type Topic } from './outbox';
import { RecordNotificationEventDocument } from './__generated__/notifications.operations';
import type { CallOptions, ServiceClient } from './service-client';

/**
 * The business events that notify a user, declared once for their producers (auth, orders, payments enqueue them in
 * their outbox, in the transaction of the cause) and their consumer (the notifications subgraph, which validates each
 * payload with the same schema). Each event yields exactly one kind of notification (`enum NotificationKind`); the
 * consumer deduplicates on the outbox event's id, so an event delivered many times notifies once.
 */

const money = z.object({ amount: z.number().int(), currency: z.string().length(3) });
/** Every event names the user to notify and when its cause happened (ISO-8601 UTC). */
const about = { userId: z.string().uuid(), at: z.string().datetime() };
const order = { ...about, orderId: z.string().uuid(), orderNumber: z.string(), total: money };

/** An event topic whose payload is checked, on arrival, by the schema it was declared with. */
export interface NotificationEventTopic<K extends string, S extends z.ZodTypeAny> extends Topic<z.infer<S>> {
  readonly kind: K;
  readonly schema: S;
}

function event<K extends string, S extends z.ZodTypeAny>(kind: K, name: string, schema: S): NotificationEventTopic<K, S> {
  return { kind, name, schema };
}

/** Every notifying event, by the kind of notification it yields. */
export const NotificationEvents = {
  /** An account was registered. */
  WELCOME: event('WELCOME', 'notify.welcome', z.object({ ...about, name: z.string().nullable() })),
  /** A password reset was asked for an account: the link carries the single-use token (only its hash is kept by auth). */
  PASSWORD_RESET: event('PASSWORD_RESET', 'notify.passwordReset', z.object({ ...about, resetUrl: z.string().url(), expiresAt: z.string().datetime() })),
  /** The account's password was changed or reset. */
  PASSWORD_CHANGED: event('PASSWORD_CHANGED', 'notify.passwordChanged', z.object({ ...about, reset: z.boolean() })),
  /** An order was paid (PENDING → CONFIRMED). */
  ORDER_CONFIRMED: event('ORDER_CONFIRMED', 'notify.orderConfirmed', z.object(order)),
  /** An order left the warehouse. */
  ORDER_SHIPPED: event('ORDER_SHIPPED', 'notify.orderShipped', z.object(order)),
  /** An order arrived. */
  ORDER_DELIVERED: event('ORDER_DELIVERED', 'notify.orderDelivered', z.object(order)),
  /** An order was cancelled (by the shopper, an admin, or because it was not paid in time). */
  ORDER_CANCELLED: event('ORDER_CANCELLED', 'notify.orderCancelled', z.object({ ...order, reason: z.string().nullable() })),
  /** A payment succeeded. */
  PAYMENT_RECEIPT: event(
    'PAYMENT_RECEIPT',
    'notify.paymentReceipt',
    z.object({ ...about, paymentId: z.string().uuid(), orderId: z.string(), amount: money, card: z.object({ brand: z.string(), last4: z.string() }).nullable() }),
  ),
  /** Money went back to the shopper (a refund the provider confirmed). */
  REFUND_ISSUED: event(
    'REFUND_ISSUED',
    'notify.refundIssued',
    z.object({ ...about, refundId: z.string().uuid(), paymentId: z.string().uuid(), orderId: z.string(), amount: money }),
  ),
};

/** The kinds of notification a business event yields (every `NotificationKind` but ANNOUNCEMENT, which an admin sends). */
export type NotificationEventKind = keyof typeof NotificationEvents;
/** The payload of the event of a kind. */
export type NotificationEventPayload<K extends NotificationEventKind> = z.infer<(typeof NotificationEvents)[K]['schema']>;

/** One event as it travels to the notifications subgraph: the outbox event's id, its kind and its payload as JSON. */
export interface NotificationEventMessage {
  id: string;
  kind: NotificationEventKind;
  payload: string;
}

/**
 * The outbox handlers a producer registers for every notifying event: each hands the event, with its outbox id, to
 * the notifications subgraph's `recordNotificationEvent` (the typed document generated beside this file from
 * `notifications.operations.graphql`). Throwing means "deliver it again later".
 */
export function notificationHandlers(notifications: ServiceClient): OutboxHandler[] {
  const send = (event: NotificationEventMessage, call: CallOptions) => notifications.request(RecordNotificationEventDocument, { event }, call);
  return (Object.values(NotificationEvents) as NotificationEventTopic<NotificationEventKind, z.ZodTypeAny>[]).map((on) =>
    handle(on, async (payload: unknown, { eventId, signal }: Delivery) => {
      await send({ id: eventId, kind: on.kind, payload: JSON.stringify(payload) }, { signal });
    }),
  );
}

/** Whether `kind` is the kind of a business event (ANNOUNCEMENT, say, is not: an admin sends it). */
export function isNotificationEventKind(kind: string): kind is NotificationEventKind {
  return Object.hasOwn(NotificationEvents, kind);
}

/** Reads an arriving event's payload with the schema of its kind; null when it does not match. */
export function parseNotificationEvent<K extends NotificationEventKind>(kind: K, json: string): NotificationEventPayload<K> | null {
  if (!isNotificationEventKind(kind)) return null;
  try {
    const parsed = NotificationEvents[kind].schema.safeParse(JSON.parse(json));
    return parsed.success ? (parsed.data as NotificationEventPayload<K>) : null;
  } catch {
    return null;
  }
}
