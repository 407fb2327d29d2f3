import { formatMoney, parseDollars } from '@/lib/money';

/** The catalog's most for a price (in cents), a weight (in grams) and a stock count. */
export const MAX = 1_000_000;
export const PRICE_RANGE = `Price must be between ${formatMoney({ amount: 0, currency: 'USD' })} and ${formatMoney({ amount: MAX, currency: 'USD' })}.`;
export const COUNT_RANGE = `must be a whole number from 0 to ${MAX.toLocaleString('en-US')}.`;

/** What is wrong with a price an admin typed in dollars, or null when the catalog takes it. */
export function priceProblem(text: string): string | null {
  const price = parseDollars(text);
  return price === null ? 'Enter the price in dollars, e.g. 12.99.' : price > MAX ? PRICE_RANGE : null;
}

/** A count the catalog takes (stock, grams): a whole number from 0 to MAX, else null. */
export function parseCount(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) && Number(trimmed) <= MAX ? Number(trimmed) : null;
}
