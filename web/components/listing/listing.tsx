import Form from 'next/form';
import Link from 'next/link';
import { ProductGrid } from '@/components/product/product-card';
import { RetryNotice } from '@/components/layout/retry';
import { rscQuery } from '@/lib/apollo-rsc';
import { graphql } from '@/lib/gql';
import { PAGE_SIZE, SORTS, hrefWith, toVariables, type ListingChoices } from './params';

const ListingQuery = graphql(`
  query Listing($first: Int!, $filter: ProductFilter, $sort: ProductSort) {
    products(first: $first, filter: $filter, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      facets { count category { id slug name parent { id } } }
      edges { node { id ...ProductCardFields } }
    }
  }
`);

/** The pages after the first: only the products and the cursor (the count and facets come with the first page). */
const ListingMoreQuery = graphql(`
  query ListingMore($first: Int!, $after: String!, $filter: ProductFilter, $sort: ProductSort) {
    products(first: $first, after: $after, filter: $filter, sort: $sort) {
      pageInfo { hasNextPage endCursor }
      edges { node { id ...ProductCardFields } }
    }
  }
`);

/**
 * The first `count` products of a listing, walked page by page with the API's keyset cursors (`first: PAGE_SIZE`,
 * `after: endCursor`). Each page is its own entry in Next's data cache, so "load more" (count + PAGE_SIZE) costs one
 * new request to the router: the pages before it are cache hits. Stops early at the end of the results.
 */
async function loadPages(count: number, variables: ReturnType<typeof toVariables>) {
  const { data } = await rscQuery({ query: ListingQuery, variables: { ...variables, first: PAGE_SIZE } });
  if (!data) return undefined;
  const edges = [...data.products.edges];
  let { pageInfo } = data.products;
  while (edges.length < count && pageInfo.hasNextPage && pageInfo.endCursor) {
    const more = await rscQuery({ query: ListingMoreQuery, variables: { ...variables, first: PAGE_SIZE, after: pageInfo.endCursor } });
    if (!more.data) return undefined;
    edges.push(...more.data.products.edges);
    pageInfo = more.data.products.pageInfo;
  }
  return { ...data.products, edges, pageInfo };
}

/**
 * A server-rendered product listing (search results or a category): ranked search, sort, price and stock filters,
 * category facets and "load more", every choice in the URL.
 */
export async function Listing({ path, choices, category, heading }: { path: string; choices: ListingChoices; category?: string; heading: string }) {
  const products = await loadPages(choices.first, toVariables(choices, category)).catch(() => undefined);
  if (!products) return <RetryNotice />;
  const filtered = Boolean(choices.min || choices.max || choices.stock);
  return (
    <div className="grid gap-8 md:grid-cols-[14rem_1fr]">
      <aside aria-label="Filters" className="space-y-6">
        <Form action={path} className="space-y-3 text-sm">
          {choices.q ? <input type="hidden" name="q" value={choices.q} /> : null}
          <div>
            <label htmlFor="sort" className="block font-medium">
              Sort by
            </label>
            <select id="sort" name="sort" defaultValue={choices.sort} className="mt-1 w-full rounded border border-neutral-400 px-2 py-1.5">
              {SORTS.filter((s) => s.value !== 'relevance' || choices.q).map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <fieldset>
            <legend className="font-medium">Price (USD)</legend>
            <div className="mt-1 flex gap-2">
              <label className="flex-1">
                <span className="sr-only">Min price</span>
                <input name="min" type="number" min={0} step="any" inputMode="decimal" placeholder="Min" defaultValue={choices.min} className="w-full rounded border border-neutral-400 px-2 py-1.5" />
              </label>
              <label className="flex-1">
                <span className="sr-only">Max price</span>
                <input name="max" type="number" min={0} step="any" inputMode="decimal" placeholder="Max" defaultValue={choices.max} className="w-full rounded border border-neutral-400 px-2 py-1.5" />
              </label>
            </div>
          </fieldset>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="stock" value="1" defaultChecked={choices.stock} /> In stock only
          </label>
          <button type="submit" className="w-full rounded-md bg-neutral-900 px-3 py-2 font-medium text-white">
            Apply filters
          </button>
        </Form>
        {products.facets.length ? (
          <nav aria-label="Categories in these results" className="text-sm">
            <h2 className="font-medium">Categories</h2>
            <ul className="mt-1 space-y-1">
              {products.facets.map((f) => (
                <li key={f.category.id} className={f.category.parent ? 'pl-3' : ''}>
                  <Link href={hrefWith(`/c/${f.category.slug}`, choices, { first: PAGE_SIZE })} className="inline-flex min-h-6 items-center gap-1 hover:underline">
                    {f.category.name} <span className="text-neutral-600">({f.count})</span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </aside>
      <section aria-labelledby="listing-heading">
        <h1 id="listing-heading" className="text-2xl font-semibold">
          {heading}
        </h1>
        <p role="status" className="mt-1 text-sm text-neutral-700" data-testid="result-count">
          {products.totalCount === 1 ? '1 result' : `${products.totalCount} results`}
        </p>
        {products.edges.length ? (
          <div className="mt-4">
            {/* Cards are h3s: keep the outline h1 → h2 → h3 (Lighthouse/axe heading-order). */}
            <h2 className="sr-only">Products</h2>
            <ProductGrid products={products.edges.map((e) => e.node)} />
            {products.pageInfo.hasNextPage ? (
              <div className="mt-6 text-center">
                <Link href={hrefWith(path, choices, { first: products.edges.length + PAGE_SIZE })} scroll={false} className="inline-block rounded-md border border-neutral-400 px-4 py-2 text-sm font-medium">
                  Load more
                </Link>
              </div>
            ) : null}
          </div>
        ) : (
          <div className="mt-6 rounded-lg border border-neutral-200 p-6">
            <p className="font-medium">{choices.q ? `Nothing matches “${choices.q}”${filtered ? ' with these filters' : ''}.` : 'Nothing matches these filters.'}</p>
            <ul className="mt-2 list-disc pl-5 text-sm text-neutral-700">
              {filtered ? (
                <li>
                  <Link href={hrefWith(path, choices, { min: '', max: '', stock: false, first: PAGE_SIZE })} className="underline">
                    Clear the filters
                  </Link>
                </li>
              ) : null}
              {choices.q ? <li>Check the spelling, or try a shorter or more general word (“headph” finds headphones).</li> : null}
              <li>
                <Link href="/" className="underline">
                  Browse the categories
                </Link>
              </li>
            </ul>
          </div>
        )}
      </section>
    </div>
  );
}
