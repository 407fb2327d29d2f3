import Link from 'next/link';
import { getFragmentData, graphql, type FragmentType } from '@/lib/gql';
import { formatMoney } from '@/lib/money';
import { HERO_IMAGE } from '@/lib/first-paint';
import { NoPicture } from './no-picture';

export const ProductCardFields = graphql(`
  fragment ProductCardFields on Product {
    id
    slug
    name
    inStock
    images { url(width: 512) srcSet alt }
    priceRange { min { amount currency } max { amount currency } }
  }
`);

/** The card's width in the grid below: 2 columns, 3 from `sm`, 4 from `lg`, inside `max-w-6xl` (see the layout). */
const CARD_IMAGE_SIZES = '(min-width: 1152px) 268px, (min-width: 1024px) calc(25vw - 20px), (min-width: 640px) calc(33vw - 22px), calc(50vw - 24px)';

export function ProductCard({ product: ref, priority = false }: { product: FragmentType<typeof ProductCardFields>; priority?: boolean }) {
  const product = getFragmentData(ProductCardFields, ref);
  const image = product.images[0];
  const { min, max } = product.priceRange;
  return (
    <Link href={`/p/${product.slug}`} className="group block">
      <div className="aspect-square overflow-hidden rounded-lg bg-neutral-100">
        {image ? (
          <img
            src={image.url}
            srcSet={image.srcSet ?? undefined}
            sizes={CARD_IMAGE_SIZES}
            alt="" // the link names the product already: its picture is not announced a second time
            width={400}
            height={400}
            loading={priority ? 'eager' : 'lazy'}
            fetchPriority={priority ? 'high' : 'auto'}
            elementtiming={priority ? HERO_IMAGE.elementtiming : undefined}
            className="h-full w-full object-cover transition group-hover:scale-105"
          />
        ) : (
          <NoPicture />
        )}
      </div>
      <h3 className="mt-2 text-sm font-medium group-hover:underline">{product.name}</h3>
      <p className="text-sm text-neutral-700">
        {min.amount === max.amount ? formatMoney(min) : `From ${formatMoney(min)}`}
        {product.inStock ? null : <span className="ml-2 text-red-700">Out of stock</span>}
      </p>
    </Link>
  );
}

export function ProductGrid({ products, eager = 4 }: { products: FragmentType<typeof ProductCardFields>[]; eager?: number }) {
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((p, i) => (
        <li key={i}>
          <ProductCard product={p} priority={i < eager} />
        </li>
      ))}
    </ul>
  );
}
