import type { ServiceClient } from '@zero/service';

/** What the cart needs to know about a variant, as the catalog states it now. */
export interface VariantInfo {
  id: string;
  price: { amount: number; currency: string };
  quantityAvailable: number;
}

const VARIANTS = `query CartVariants($r: [_Any!]!) {
  _entities(representations: $r) { ... on ProductVariant { id price { amount currency } quantityAvailable product { archived } } }
}`;

/** Reads variants from the catalog through its federation entity query: one call for any number of variants. */
export class CatalogClient {
  constructor(private readonly client: ServiceClient) {}

  /** Current price and availability of each id, in order; null for a variant the catalog does not know. */
  async variants(ids: readonly string[]): Promise<(VariantInfo | null)[]> {
    if (ids.length === 0) return [];
    const data = await this.client.request<{ _entities: ((VariantInfo & { product: { archived: boolean } }) | null)[] }>(VARIANTS, {
      r: ids.map((id) => ({ __typename: 'ProductVariant', id })),
    });
    return ids.map((_id, i) => {
      const entity = data._entities[i];
      // An archived product is no longer for sale: to the cart its variants are unknown.
      if (!entity || typeof entity.id !== 'string' || entity.product?.archived) return null;
      return { id: entity.id, price: entity.price, quantityAvailable: entity.quantityAvailable };
    });
  }
}
