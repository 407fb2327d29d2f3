import { ErrorCode } from '@zero/service';

/**
 * The user-error codes of the catalog: the shared ones, plus the catalog's own. (Kept here rather than in the
 * shared `ErrorCode` so the catalog's vocabulary lives with the catalog.)
 */
export const CatalogCode = {
  INVALID_INPUT: ErrorCode.INVALID_INPUT,
  NOT_FOUND: ErrorCode.NOT_FOUND,
  DUPLICATE_SLUG: 'DUPLICATE_SLUG',
  DUPLICATE_SKU: 'DUPLICATE_SKU',
  // Reservations (internal API)
  OUT_OF_STOCK: 'OUT_OF_STOCK',
  UNKNOWN_VARIANT: 'UNKNOWN_VARIANT',
  REFERENCE_REUSED: 'REFERENCE_REUSED',
  RESERVATION_RELEASED: 'RESERVATION_RELEASED',
  RESERVATION_EXPIRED: 'RESERVATION_EXPIRED',
  STOCK_SHORT: 'STOCK_SHORT',
} as const;
export type CatalogCode = (typeof CatalogCode)[keyof typeof CatalogCode];
