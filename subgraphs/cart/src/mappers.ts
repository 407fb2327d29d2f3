import type { CartLineRow, CartRow } from './db/schema';
import type { VariantInfo } from './services/catalog-client';

/** The values resolvers pass around for each GraphQL type (read by codegen). */
export type UserMapper = { id: string };
export type CartMapper = CartRow;
/** A line with its variant as the catalog states it in this request. */
export type CartLineMapper = CartLineRow & { variant: VariantInfo };
export type ProductVariantMapper = { id: string };
