import type { OrderRow, OrderStatusChangeRow } from './db/schema';
import type { PricedLine, Quote } from './services/order-service';

/** The values resolvers pass around for each GraphQL type (read by codegen). */
export type OrderMapper = OrderRow;
export type OrderLineMapper = PricedLine;
export type CheckoutQuoteMapper = Quote;
export type OrderStatusChangeMapper = OrderStatusChangeRow;
export type UserMapper = { id: string };
export type OrderForPaymentMapper = OrderRow;
