import type { DeliveryAttemptRow, DeliveryRow, NotificationRow } from './db/schema';

/** The values resolvers pass around for each GraphQL type (read by codegen). */
export type UserMapper = { id: string };
export type NotificationMapper = NotificationRow;
export type DeliveryMapper = DeliveryRow;
export type DeliveryAttemptMapper = DeliveryAttemptRow;
