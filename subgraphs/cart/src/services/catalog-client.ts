import type { ServiceClient } from '@zero/service';
import { CartVariantsDocument } from '../__generated__/catalog.operations';

/** What the cart needs to know about a variant, as the catalog states it now. */
export interface VariantInfo {
  id: string;
  price: { amount: number; currency: string };
  quantityAvailable: number;
  /**
   * False once its product is archived (no longer sold): a line of it stays in the cart, visible, so the shopper sees
   * why checkout refuses it (`OUT_OF_STOCK` naming the line) and can remove it; nothing more of it can be added.
   */
  forSale: boolean;
}

/**
 * Reads variants from the catalog through its federation entity query: one call for any number of variants. The
 * operation is in `catalog.operations.graphql` beside this file, checked against the catalog's schema by codegen.
 */
export class CatalogClient {
  constructor(private readonly client: ServiceClient) {}

  /** Current price and availability of each id, in order; null for a variant the catalog does not know. */
  async variants(ids: readonly string[]): Promise<(VariantInfo | null)[]> {
    if (ids.length === 0) return [];
    const data = await this.client.request(CartVariantsDocument, { representations: ids.map((id) => ({ __typename: 'ProductVariant', id })) });
    return ids.map((_id, i) => {
      const entity = data._entities[i];
      if (entity?.__typename !== 'ProductVariant') return null;
      const forSale = !entity.product.archived;
      return { id: entity.id, price: { amount: entity.price.amount, currency: entity.price.currency }, quantityAvailable: forSale ? entity.quantityAvailable : 0, forSale };
    });
  }
}
