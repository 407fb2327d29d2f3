import { badInput } from '@zero/service';
import { CURRENCY } from '../codes';
import type { ProductVariantResolvers } from '../__generated__/resolvers-types';
import { isUuid } from '../services/cursor';
import { requireAdminOrService } from './access';

export const ProductVariant: ProductVariantResolvers = {
  __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.variant.load(ref.id) : null),
  selectedOptions: (variant) => variant.selectedOptions,
  price: (variant) => ({ amount: variant.price, currency: CURRENCY }),
  quantityAvailable: (variant, _args, ctx) => ctx.loaders.available.load(variant.id),
  inStock: async (variant, _args, ctx) => (await ctx.loaders.available.load(variant.id)) > 0,
  product: async (variant, _args, ctx) => (await ctx.loaders.product.load(variant.productId))!,
  quantityOnHand: (variant, _args, ctx) => {
    requireAdminOrService(ctx);
    return variant.onHand;
  },
  stockMovements: async (variant, { first }, ctx) => {
    requireAdminOrService(ctx);
    const limit = first ?? 20;
    if (limit < 0 || limit > 100) throw badInput('`first` must be between 0 and 100');
    return (await ctx.loaders.movements.load(variant.id)).slice(0, limit);
  },
};
