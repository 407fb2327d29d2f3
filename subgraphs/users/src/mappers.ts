import type { AddressRow } from './db/schema';

/** The values resolvers pass around for each GraphQL type (read by codegen). */
export type UserMapper = { id: string };
export type AddressMapper = AddressRow;
