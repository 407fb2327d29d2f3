import type { PaymentMethodRow, PaymentRow } from './db/schema';

/** The values resolvers pass around for each GraphQL type (read by codegen). */
export type UserMapper = { id: string };
export type OrderMapper = { id: string };
export type PaymentMapper = PaymentRow;
export type PaymentMethodMapper = PaymentMethodRow;
