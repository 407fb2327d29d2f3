import Link from 'next/link';
import { ProductGrid } from '@/components/product/product-card';
import { RetryNotice } from '@/components/layout/retry';
import { rscQuery } from '@/lib/apollo-rsc';
import { graphql } from '@/lib/gql';

const HomeQuery = graphql(`
  query Home {
    categories { id slug name children { id slug name } }
    newArrivals: products(first: 8, sort: NEWEST) { edges { node { id ...ProductCardFields } } }
  }
`);

export default async function Home() {
  const { data } = await rscQuery({ query: HomeQuery }).catch(() => ({ data: undefined }));
  if (!data) return <RetryNotice />;
  return (
    <div className="space-y-10">
      <section aria-labelledby="hero" className="rounded-xl bg-neutral-900 px-6 py-10 text-white">
        <h1 id="hero" className="text-3xl font-bold">Everything you need, nothing you don&apos;t.</h1>
        <p className="mt-2 text-neutral-300">Electronics, clothing, books and home goods — shipped fast.</p>
      </section>
      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="text-xl font-semibold">
          Shop by category
        </h2>
        <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {data.categories.map((c) => (
            <li key={c.id}>
              <Link href={`/c/${c.slug}`} className="block rounded-lg border border-neutral-200 p-4 font-medium hover:border-neutral-900">
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="new-heading">
        <h2 id="new-heading" className="text-xl font-semibold">
          New arrivals
        </h2>
        <div className="mt-3">
          <ProductGrid products={data.newArrivals.edges.map((e) => e.node)} />
        </div>
      </section>
    </div>
  );
}
