import type { OrderLineRow, OrderRow, OrderStatusChangeRow } from './db/schema';

/** The values resolvers pass around for each GraphQL type (read by codegen). */
export type OrderMapper = OrderRow;
export type OrderLineMapper = OrderLineRow;
export type OrderStatusChangeMapper = OrderStatusChangeRow;
export type UserMapper = { id: string };
export type OrderForPaymentMapper = OrderRow;
