import { isId, money, pageSize } from '@zero/service';
import type { ProductVariantResolvers } from '../__generated__/resolvers-types';
import { requireAdminOrService } from './access';

export const ProductVariant: ProductVariantResolvers = {
  __resolveReference: (ref, ctx) => (isId(ref.id) ? ctx.loaders.variant.load(ref.id) : null),
  selectedOptions: (variant) => variant.selectedOptions,
  price: (variant) => money(variant.price),
  quantityAvailable: (variant, _args, ctx) => ctx.loaders.available.load(variant.id),
  inStock: async (variant, _args, ctx) => (await ctx.loaders.available.load(variant.id)) > 0,
  product: async (variant, _args, ctx) => (await ctx.loaders.product.load(variant.productId))!,
  quantityOnHand: (variant, _args, ctx) => {
    requireAdminOrService(ctx);
    return variant.onHand;
  },
  stockMovements: async (variant, { first }, ctx) => {
    requireAdminOrService(ctx);
    const limit = pageSize(first);
    return (await ctx.loaders.movements.load(variant.id)).slice(0, limit);
  },
};
