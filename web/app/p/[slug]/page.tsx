import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AddToCart } from '@/components/cart/add-to-cart';
import { NoPicture } from '@/components/product/no-picture';
import { chooseVariant, hrefFor, variantFor } from '@/components/product/variants';
import { rscQuery } from '@/lib/apollo-rsc';
import { getFragmentData, graphql } from '@/lib/gql';
import { formatMoney } from '@/lib/money';
import { HERO_IMAGE } from '@/lib/first-paint';

const ProductPageFields = graphql(`
  fragment ProductPageFields on Product {
    id
    slug
    name
    description
    archived
    inStock
    category { id slug name }
    images { url alt srcSet shown: url(width: 800) thumbnail: url(width: 256) }
    options { name values }
    variants {
      id
      sku
      title
      inStock
      quantityAvailable
      price { amount currency }
      selectedOptions { name value }
    }
  }
`);

const ProductQuery = graphql(`
  query ProductPage($slug: String!) {
    product(slug: $slug) { id ...ProductPageFields }
  }
`);

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(slug: string) {
  const { data } = await rscQuery({ query: ProductQuery, variables: { slug } });
  return getFragmentData(ProductPageFields, data?.product) ?? null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await load((await params).slug).catch(() => null);
  return product ? { title: product.name, description: product.description.slice(0, 160) } : { title: 'Product not found' };
}

/** The picture's width: half of `max-w-6xl` from `md` (two columns), the whole width on a phone. */
const HERO_IMAGE_SIZES = '(min-width: 1152px) 544px, (min-width: 768px) calc(50vw - 32px), calc(100vw - 32px)';

export default async function ProductPage({ params, searchParams }: Props) {
  const product = await load((await params).slug);
  if (!product || product.archived) notFound();
  const { chosen, variant } = chooseVariant(product, await searchParams);
  const image = product.images[0];
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    description: product.description,
    image: product.images.map((i) => i.url),
    sku: variant?.sku,
    category: product.category.name,
    offers: product.variants.map((v) => ({
      '@type': 'Offer',
      sku: v.sku,
      name: v.title,
      price: (v.price.amount / 100).toFixed(2),
      priceCurrency: v.price.currency,
      availability: v.inStock ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
    })),
  };

  return (
    <article className="grid gap-8 md:grid-cols-2">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />
      <div className="space-y-3">
        {image ? <img src={image.shown} srcSet={image.srcSet ?? undefined} sizes={HERO_IMAGE_SIZES} alt={image.alt} width={600} height={600} fetchPriority="high" elementtiming={HERO_IMAGE.elementtiming} className="aspect-square w-full rounded-xl bg-neutral-100 object-cover" /> : <NoPicture className="aspect-square rounded-xl" />}
        {product.images.length > 1 ? (
          <ul className="grid grid-cols-4 gap-2">
            {product.images.slice(1, 5).map((img) => (
              <li key={img.url}>
                <img src={img.thumbnail} alt={img.alt} width={150} height={150} loading="lazy" className="aspect-square w-full rounded bg-neutral-100 object-cover" />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div>
        <nav aria-label="Breadcrumb" className="text-sm text-neutral-600">
          <Link href={`/c/${product.category.slug}`} className="hover:underline">
            {product.category.name}
          </Link>
        </nav>
        <h1 className="mt-1 text-3xl font-semibold">{product.name}</h1>
        <p className="mt-2 text-2xl" data-testid="price">
          {variant ? formatMoney(variant.price) : '—'}
        </p>
        <p className="mt-1 text-sm" data-testid="stock" role="status">
          {!variant
            ? 'This combination is not available.'
            : variant.quantityAvailable === 0
              ? 'Out of stock'
              : variant.quantityAvailable <= 5
                ? `Only ${variant.quantityAvailable} left in stock`
                : 'In stock'}
        </p>
        {product.options
          .filter((o) => !(o.values.length === 1 && product.variants.length === 1))
          .map((option) => (
            <fieldset key={option.name} className="mt-5">
              <legend className="text-sm font-medium">
                {option.name}: <span className="font-normal">{chosen[option.name.toLowerCase()]}</span>
              </legend>
              <ul className="mt-2 flex flex-wrap gap-2">
                {option.values.map((value) => {
                  const target = variantFor(product, chosen, option.name, value);
                  const active = chosen[option.name.toLowerCase()] === value;
                  const base = 'inline-block min-w-12 rounded-full border px-3 py-1 text-center text-sm';
                  if (!target) {
                    return (
                      <li key={value}>
                        <span aria-disabled="true" title={`${option.name} ${value}: not available with these choices`} className={`${base} cursor-not-allowed border-neutral-200 text-neutral-500 line-through`}>
                          {value}
                          <span className="sr-only"> (not available)</span>
                        </span>
                      </li>
                    );
                  }
                  return (
                    <li key={value}>
                      <Link
                        href={hrefFor(product.slug, chosen, option.name, value)}
                        replace
                        scroll={false}
                        aria-current={active ? 'true' : undefined}
                        className={`${base} ${active ? 'border-neutral-900 bg-neutral-900 text-white' : 'border-neutral-400 hover:border-neutral-900'} ${target.inStock ? '' : 'line-through'}`}
                      >
                        {value}
                        {target.inStock ? null : <span className="sr-only"> (out of stock)</span>}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          ))}
        <div className="mt-6">
          <AddToCart variantId={variant?.id ?? null} available={variant?.quantityAvailable ?? 0} productName={product.name} />
        </div>
        <div className="mt-8">
          <h2 className="text-lg font-medium">Description</h2>
          <p className="mt-2 whitespace-pre-line text-neutral-700">{product.description}</p>
        </div>
      </div>
    </article>
  );
}
