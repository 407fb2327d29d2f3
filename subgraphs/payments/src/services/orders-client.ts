import { topic, type CallOptions, type ServiceClient } from '@zero/service';
import {
  OrderForPaymentDocument,
  RecordOrderPaymentDocument,
  RecordOrderRefundDocument,
  type OrderForPaymentQuery,
} from '../__generated__/orders.operations';

/** An order as the orders subgraph states it to payments (its internal `orderForPayment`). */
export type OrderForPayment = NonNullable<OrderForPaymentQuery['orderForPayment']>;

/**
 * The orders subgraph's internal API, called as `service:payments`. The operations are in
 * `orders.operations.graphql` beside this file, checked against the orders schema by codegen.
 */
export class OrdersClient {
  constructor(private readonly client: ServiceClient) {}

  /** The order with its owner, status and total; null when there is none. */
  async orderForPayment(id: string): Promise<OrderForPayment | null> {
    return (await this.client.request(OrderForPaymentDocument, { id })).orderForPayment;
  }

  /** PENDING → CONFIRMED. Idempotent on the orders side. */
  async recordOrderPayment(orderId: string, paymentId: string, call: CallOptions = {}): Promise<void> {
    await this.client.request(RecordOrderPaymentDocument, { orderId, paymentId }, call);
  }

  /** A refund happened; a cancelled order that is fully refunded becomes REFUNDED. Idempotent on the orders side. */
  async recordOrderRefund(orderId: string, fullyRefunded: boolean, call: CallOptions = {}): Promise<void> {
    await this.client.request(RecordOrderRefundDocument, { orderId, fullyRefunded }, call);
  }
}

/** What payments tells the orders subgraph through its outbox, and what each event carries. */
export const Topics = {
  ORDER_PAID: topic<{ orderId: string; paymentId: string }>('order.paid'),
  ORDER_REFUNDED: topic<{ orderId: string; fullyRefunded: boolean }>('order.refunded'),
};
