import { badInput } from './errors';

/** The most items one page of a connection returns (`first` at most 100, as the contract says). */
export const MAX_PAGE_SIZE = 100;
/** The page size when `first` is not given. */
export const DEFAULT_PAGE_SIZE = 20;

/** Checks a connection's `first`: 0–100, defaulting to 20. Out of range is BAD_USER_INPUT, never silently clamped. */
export function pageSize(first: number | null | undefined, fallback = DEFAULT_PAGE_SIZE): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) throw badInput(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}`);
  return size;
}
