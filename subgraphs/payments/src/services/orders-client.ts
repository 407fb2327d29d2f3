import type { ServiceClient } from '@zero/service';

/** An order as the orders subgraph states it to payments (its internal `orderForPayment`). */
export interface OrderForPayment {
  id: string;
  customerId: string;
  status: string;
  total: { amount: number; currency: string };
}

const ORDER_FOR_PAYMENT = `query OrderForPayment($id: ID!) {
  orderForPayment(id: $id) { id customerId status total { amount currency } }
}`;
const RECORD_PAYMENT = `mutation RecordOrderPayment($orderId: ID!, $paymentId: ID!) { recordOrderPayment(orderId: $orderId, paymentId: $paymentId) }`;
const RECORD_REFUND = `mutation RecordOrderRefund($orderId: ID!, $fullyRefunded: Boolean!) { recordOrderRefund(orderId: $orderId, fullyRefunded: $fullyRefunded) }`;

/** The orders subgraph's internal API, called as `service:payments`. */
export class OrdersClient {
  constructor(private readonly client: ServiceClient) {}

  /** The order with its owner, status and total; null when there is none. */
  async orderForPayment(id: string): Promise<OrderForPayment | null> {
    const data = await this.client.request<{ orderForPayment: OrderForPayment | null }>(ORDER_FOR_PAYMENT, { id });
    return data.orderForPayment;
  }

  /** PENDING → CONFIRMED. Idempotent on the orders side. */
  async recordOrderPayment(orderId: string, paymentId: string): Promise<void> {
    await this.client.request(RECORD_PAYMENT, { orderId, paymentId });
  }

  /** A refund happened; a cancelled order that is fully refunded becomes REFUNDED. Idempotent on the orders side. */
  async recordOrderRefund(orderId: string, fullyRefunded: boolean): Promise<void> {
    await this.client.request(RECORD_REFUND, { orderId, fullyRefunded });
  }
}

/** Outbox topics and their payloads. */
export const Topics = {
  ORDER_PAID: 'order.paid',
  ORDER_REFUNDED: 'order.refunded',
} as const;
