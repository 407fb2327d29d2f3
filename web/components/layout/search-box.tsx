'use client';

import Form from 'next/form';
import { usePathname, useSearchParams } from 'next/navigation';

/**
 * The header's search. On the results page it holds the query they are for, ready to refine (read from the URL: the
 * header sits in the root layout, which is not given the page's search parameters, and stays put between pages).
 */
export function SearchBox() {
  const pathname = usePathname();
  const params = useSearchParams();
  const query = pathname === '/search' ? (params.get('q') ?? '') : '';
  return (
    <Form action="/search" role="search" className="order-last flex w-full sm:order-none sm:w-auto sm:flex-1">
      <label htmlFor="site-search" className="sr-only">
        Search
      </label>
      {/* Keyed by the query: a new search shows its own query, whatever was typed before. */}
      <input
        key={query}
        id="site-search"
        name="q"
        type="search"
        defaultValue={query}
        placeholder="Search products"
        className="w-full rounded-l-md border border-neutral-400 px-3 py-2 text-sm"
      />
      <button type="submit" className="rounded-r-md bg-neutral-900 px-3 text-sm font-medium text-white">
        Go
      </button>
    </Form>
  );
}
