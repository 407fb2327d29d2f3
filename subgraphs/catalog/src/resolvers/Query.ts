import { badInput, isId } from '@zero/service';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { inTreeOrder } from '../services/catalog-service';

export const Query: QueryResolvers = {
  products: (_p, args, ctx) => ctx.catalog.listProducts(args, ctx.loaders.categoryTree),
  product: async (_p, { id, slug }, ctx) => {
    if ((id == null) === (slug == null)) throw badInput('Give exactly one of `id` and `slug`');
    if (id != null) return isId(id) ? ctx.loaders.product.load(id) : null;
    return ctx.catalog.productBySlug(slug!);
  },
  categories: async (_p, _args, ctx) => inTreeOrder(await ctx.loaders.categoryTree()).filter((c) => c.parentId === null),
  category: (_p, { slug }, ctx) => ctx.loaders.categoryBySlug.load(slug),
};
