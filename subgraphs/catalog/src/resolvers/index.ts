import { DateTimeScalar } from '@zero/service';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Category } from './Category';
import { Mutation } from './Mutation';
import { Product } from './Product';
import { ProductVariant } from './ProductVariant';
import { Query } from './Query';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Product,
  ProductVariant,
  Category,
  ProductConnection: {
    totalCount: (page) => page.totalCount(),
    facets: (page) => page.facets(),
  },
  Image: {
    // Images this subgraph serves itself are stored as paths; clients get absolute URLs.
    url: (image, _args, ctx) => (image.url.startsWith('/') ? `${ctx.publicUrl}${image.url}` : image.url),
  },
  StockMovement: {
    quantityAfter: (movement) => movement.onHandAfter,
    at: (movement) => movement.createdAt,
  },
  ReservationLine: {
    variant: async (line, _args, ctx) => (await ctx.loaders.variant.load(line.variantId))!,
  },
};
