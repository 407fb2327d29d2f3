/** The most units of one variant a cart line may hold. */
export const MAX_LINE_QUANTITY = 10;
/** The most lines (distinct variants) a cart may hold. */
export const MAX_LINES = 50;
/** A guest cart left unchanged this long is abandoned: it answers as missing and the sweeper deletes it. */
export const GUEST_CART_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Whether `quantity` is a valid quantity for a line. */
export function isLineQuantity(quantity: number): boolean {
  return Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_LINE_QUANTITY;
}

/** Merged quantities are capped rather than refused: a merge must never fail because two carts overlap. */
export function mergedQuantity(a: number, b: number): number {
  return Math.min(MAX_LINE_QUANTITY, a + b);
}
