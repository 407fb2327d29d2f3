import type { MutationResolvers } from '../__generated__/resolvers-types';
import { requireAdmin, requireService } from './access';

export const Mutation: MutationResolvers = {
  createProduct: (_p, { input }, ctx) => ctx.admin.create(input, requireAdmin(ctx).id),
  updateProduct: (_p, { id, input }, ctx) => ctx.admin.update(id, input, requireAdmin(ctx).id),
  archiveProduct: (_p, { id }, ctx) => {
    requireAdmin(ctx);
    return ctx.admin.archive(id);
  },
  setStock: (_p, { variantId, quantity }, ctx) => ctx.inventory.setStock(variantId, quantity, requireAdmin(ctx).id),

  reserveStock: (_p, { reference, lines, ttlSeconds }, ctx) => ctx.inventory.reserve(reference, lines, ttlSeconds, requireService(ctx)),
  commitReservation: (_p, { reference }, ctx) => ctx.inventory.commit(reference, requireService(ctx)),
  releaseReservation: (_p, { reference }, ctx) => ctx.inventory.release(reference, requireService(ctx)),
};
