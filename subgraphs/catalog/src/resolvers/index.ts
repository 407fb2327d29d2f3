import { DateTimeScalar } from '@zero/service';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Category } from './Category';
import { Mutation } from './Mutation';
import { Product } from './Product';
import { ProductVariant } from './ProductVariant';
import { Query } from './Query';
import { RASTER_WIDTHS, rasterPath } from '../services/product-rasters';

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
    url: (image, { width }, ctx) => {
      if (!image.url.startsWith('/')) return image.url;
      const path = width != null && width > 0 ? (rasterPath(image.url, width) ?? image.url) : image.url;
      return `${ctx.publicUrl}${path}`;
    },
    srcSet: (image, _args, ctx) =>
      rasterPath(image.url, 0)
        ? RASTER_WIDTHS.map((width) => `${ctx.publicUrl}${rasterPath(image.url, width)} ${width}w`).join(', ')
        : null,
  },
  StockMovement: {
    quantityAfter: (movement) => movement.onHandAfter,
    at: (movement) => movement.createdAt,
  },
  ReservationLine: {
    variant: async (line, _args, ctx) => (await ctx.loaders.variant.load(line.variantId))!,
  },
};
