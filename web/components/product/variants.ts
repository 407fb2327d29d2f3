import type { ProductPageFieldsFragment } from '@/lib/gql/graphql';

type Product = ProductPageFieldsFragment;
type Variant = Product['variants'][number];
type Search = Record<string, string | string[] | undefined>;

const key = (name: string) => name.toLowerCase();
const matches = (variant: Variant, chosen: Record<string, string>) =>
  variant.selectedOptions.every((o) => chosen[key(o.name)] === undefined || chosen[key(o.name)] === o.value);

/**
 * The shopper's choice of options, from the URL (`?size=M&colour=Navy`), completed from the first variant in
 * stock; and the variant it names, or null when that combination is not sold.
 */
export function chooseVariant(product: Product, search: Search): { chosen: Record<string, string>; variant: Variant | null } {
  const fallback = product.variants.find((v) => v.inStock) ?? product.variants[0]!;
  const chosen: Record<string, string> = {};
  for (const option of product.options) {
    const raw = search[key(option.name)];
    const value = Array.isArray(raw) ? raw[0] : raw;
    chosen[key(option.name)] =
      value && option.values.includes(value) ? value : (fallback.selectedOptions.find((o) => o.name === option.name)?.value ?? option.values[0]!);
  }
  const variant = product.variants.find((v) => v.selectedOptions.every((o) => chosen[key(o.name)] === o.value)) ?? null;
  return { chosen, variant };
}

/** For one option value: the variant choosing it would name (with the other choices kept), if any is sold. */
export function variantFor(product: Product, chosen: Record<string, string>, option: string, value: string): Variant | null {
  const next = { ...chosen, [key(option)]: value };
  return product.variants.find((v) => matches(v, next) && v.selectedOptions.length === product.options.length) ?? null;
}

export function hrefFor(slug: string, chosen: Record<string, string>, option: string, value: string): string {
  const params = new URLSearchParams({ ...chosen, [key(option)]: value });
  return `/p/${slug}?${params.toString()}`;
}
