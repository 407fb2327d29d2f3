import type { BaseSubgraphContext } from '@zero/service';
import type { Loaders } from './loaders';
import type { OrderService } from './services/order-service';

export interface Context extends BaseSubgraphContext {
  loaders: Loaders;
  orders: OrderService;
}
