/**
 * Rows per page of the admin lists, and the most an address may ask for with `?first=`. The router refuses an
 * operation whose estimated cost passes MAX_OPERATION_COST (10,000 by default): a product of the admin list counts
 * about 203 (its variants are estimated at 100 each with a price), so 50 of them (10,261) would be refused and 40
 * (about 8,300) are the most; an order counts 34, so the API's 100 fit.
 */
export const PAGE_SIZES = {
  products: { fallback: 20, most: 40 },
  orders: { fallback: 50, most: 100 },
} as const;

/** The page size an admin page's `?first=` asks for: a whole number from 1 to the list's most, else its default. */
export function pageSizeFrom(value: string | string[] | undefined, list: keyof typeof PAGE_SIZES): number {
  const { fallback, most } = PAGE_SIZES[list];
  const text = (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  return n >= 1 && n <= most ? n : fallback;
}
