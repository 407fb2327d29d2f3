/** The order lifecycle. */
export type OrderStatus = 'PENDING' | 'CONFIRMED' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED' | 'REFUNDED';

/**
 * Allowed transitions: PENDING → CONFIRMED (payment succeeded) | CANCELLED; CONFIRMED → PROCESSING | CANCELLED;
 * PROCESSING → SHIPPED | CANCELLED; SHIPPED → DELIVERED; CANCELLED → REFUNDED (a paid order's money returned).
 */
export const TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  PENDING: ['CONFIRMED', 'CANCELLED'],
  CONFIRMED: ['PROCESSING', 'CANCELLED'],
  PROCESSING: ['SHIPPED', 'CANCELLED'],
  SHIPPED: ['DELIVERED'],
  DELIVERED: [],
  CANCELLED: ['REFUNDED'],
  REFUNDED: [],
};

/** Statuses a shopper may cancel from; admins may also cancel PROCESSING orders. */
export const SHOPPER_CANCELLABLE: readonly OrderStatus[] = ['PENDING', 'CONFIRMED'];

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Statuses in which the order's money has been taken (and must be returned on cancellation). */
export function isPaid(status: OrderStatus, paymentId: string | null): boolean {
  return paymentId !== null && status !== 'PENDING';
}
