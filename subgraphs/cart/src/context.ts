import type { BaseSubgraphContext } from '@zero/service';
import type { Loaders } from './loaders';
import type { CartService } from './services/cart-service';

export interface Context extends BaseSubgraphContext {
  loaders: Loaders;
  carts: CartService;
}
