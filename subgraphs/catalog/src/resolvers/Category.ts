import type { CategoryResolvers } from '../__generated__/resolvers-types';
import { isId, pageSize } from '@zero/service';
import { decodeCursor } from '../services/cursor';

export const Category: CategoryResolvers = {
  __resolveReference: (ref, ctx) => (isId(ref.id) ? ctx.loaders.category.load(ref.id) : null),
  parent: (category, _args, ctx) => (category.parentId ? ctx.loaders.category.load(category.parentId) : null),
  children: (category, _args, ctx) => ctx.loaders.childrenByCategory.load(category.id),
  products: (category, { first, after }, ctx) => {
    const size = pageSize(first);
    if (after) decodeCursor('NEWEST', after); // a bad cursor fails this field alone, not the whole batch
    return ctx.loaders.categoryProducts.load({ categoryId: category.id, first: size, after: after ?? null });
  },
};
