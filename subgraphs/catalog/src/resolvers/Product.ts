import { isId, money } from '@zero/service';
import type { ProductResolvers } from '../__generated__/resolvers-types';

export const Product: ProductResolvers = {
  __resolveReference: (ref, ctx) => (isId(ref.id) ? ctx.loaders.product.load(ref.id) : null),
  category: async (product, _args, ctx) => (await ctx.loaders.category.load(product.categoryId))!,
  images: async (product, _args, ctx) => ctx.loaders.imagesByProduct.load(product.id),
  options: (product) => product.options,
  variants: (product, _args, ctx) => ctx.loaders.variantsByProduct.load(product.id),
  priceRange: (product) => ({
    min: money(product.minPrice),
    max: money(product.maxPrice),
  }),
  inStock: async (product, _args, ctx) => {
    const variants = await ctx.loaders.variantsByProduct.load(product.id);
    const available = await ctx.loaders.available.loadMany(variants.map((v) => v.id));
    return available.some((n) => typeof n === 'number' && n > 0);
  },
  archived: (product) => product.archivedAt !== null,
};
