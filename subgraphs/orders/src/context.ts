import type { BaseSubgraphContext } from '@zero/service';
import type { Loaders } from './loaders';
import type { OrderService } from './services/order-service';
import type { OrderPrivacy } from './services/privacy';

export interface Context extends BaseSubgraphContext {
  loaders: Loaders;
  orders: OrderService;
  privacy: OrderPrivacy;
}
