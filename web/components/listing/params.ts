import type { ProductFilter, ProductSort } from '@/lib/gql/graphql';

/** A listing's choices, all in the URL so a listing can be shared and the back button restores it. */
export interface ListingChoices {
  q: string;
  sort: string;
  min: string;
  max: string;
  stock: boolean;
  /** How many products are shown: a multiple of PAGE_SIZE with no upper bound ("load more" adds a page). */
  first: number;
}

export const PAGE_SIZE = 24;
export const SORTS: { value: string; label: string; sort: ProductSort }[] = [
  { value: 'relevance', label: 'Best match', sort: 'RELEVANCE' },
  { value: 'newest', label: 'Newest', sort: 'NEWEST' },
  { value: 'price-asc', label: 'Price: low to high', sort: 'PRICE_ASC' },
  { value: 'price-desc', label: 'Price: high to low', sort: 'PRICE_DESC' },
  { value: 'name', label: 'Name', sort: 'NAME_ASC' },
];

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export function readChoices(search: Search): ListingChoices {
  const q = one(search.q).trim().slice(0, 200);
  const sort = SORTS.some((s) => s.value === one(search.sort)) ? one(search.sort) : q ? 'relevance' : 'newest';
  // `limit` is the parameter's old name (links shared before keyset paging still open the same listing).
  const first = Math.max(PAGE_SIZE, Math.ceil(Number(one(search.first) || one(search.limit)) / PAGE_SIZE) * PAGE_SIZE || PAGE_SIZE);
  // A price bound that is not an amount is left out (and out of the links built from it); bounds given the wrong way
  // round are swapped rather than answered with an error the shopper cannot correct from the page.
  let min = amount(one(search.min));
  let max = amount(one(search.max));
  if (min && max && Number(min) > Number(max)) [min, max] = [max, min];
  return { q, sort: sort === 'relevance' && !q ? 'newest' : sort, min, max, stock: one(search.stock) === '1', first };
}

/** Dollars as given, when they are an amount a price could be (0 to 10 million); '' otherwise. */
function amount(dollars: string): string {
  const trimmed = dollars.trim();
  const n = Number(trimmed);
  return trimmed !== '' && Number.isFinite(n) && n >= 0 && n <= 10_000_000 ? trimmed : '';
}

const cents = (dollars: string) => (dollars === '' ? undefined : Math.round(Number(dollars) * 100));

export function toVariables(choices: ListingChoices, category?: string) {
  const filter: ProductFilter = {};
  if (choices.q) filter.search = choices.q;
  if (category) filter.category = category;
  const min = cents(choices.min);
  const max = cents(choices.max);
  if (min !== undefined) filter.minPrice = min;
  if (max !== undefined) filter.maxPrice = max;
  if (choices.stock) filter.inStock = true;
  return { filter, sort: SORTS.find((s) => s.value === choices.sort)!.sort };
}

/** The URL of this listing with some choices changed (defaults left out). */
export function hrefWith(path: string, choices: ListingChoices, change: Partial<ListingChoices>): string {
  const next = { ...choices, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.sort !== (next.q ? 'relevance' : 'newest')) params.set('sort', next.sort);
  if (next.min) params.set('min', next.min);
  if (next.max) params.set('max', next.max);
  if (next.stock) params.set('stock', '1');
  if (next.first > PAGE_SIZE) params.set('first', String(next.first));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
