import { ErrorCode } from '@zero/service';

/** The user-error codes of the cart: the shared ones, plus the cart's own (its vocabulary lives with the cart). */
export const CartCode = {
  NOT_FOUND: ErrorCode.NOT_FOUND,
  INVALID_QUANTITY: 'INVALID_QUANTITY',
  CART_FULL: 'CART_FULL',
  UNKNOWN_VARIANT: 'UNKNOWN_VARIANT',
  OUT_OF_STOCK: 'OUT_OF_STOCK',
} as const;
export type CartCode = (typeof CartCode)[keyof typeof CartCode];
