import type { BaseSubgraphContext } from '@zero/service';
import type { Loaders } from './loaders';
import type { NotificationsServices } from './app';

export interface Context extends BaseSubgraphContext, NotificationsServices {
  loaders: Loaders;
}
