import type { Context } from '../context';
import type { Actor, VariantLookup } from '../services/cart-service';
import type { VariantInfo } from '../services/catalog-client';

/** The shopper behind a request, and whether another service (not the router) is calling. */
export function actorOf({ viewer, caller }: Context): Actor {
  return { userId: viewer?.id ?? null, service: caller.issuer !== 'router' };
}

/** Variant lookups through the request's DataLoader: every lookup of a request shares one catalog call. */
export function lookupOf({ loaders }: Context): VariantLookup {
  return async (ids) => {
    const results = await loaders.variant.loadMany(ids);
    return results.map((result) => {
      if (result instanceof Error) throw result;
      return result as VariantInfo | null;
    });
  };
}
