import type { BaseSubgraphContext } from '@zero/service';
import type { Loaders } from './loaders';
import type { CartService } from './services/cart-service';
import type { CartPrivacy } from './services/privacy';

export interface Context extends BaseSubgraphContext {
  loaders: Loaders;
  carts: CartService;
  privacy: CartPrivacy;
}
