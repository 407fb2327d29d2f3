import type { BaseSubgraphContext } from '@zero/service';
import type { Loaders } from './loaders';
import type { CatalogServices } from './app';

export interface Context extends BaseSubgraphContext, CatalogServices {
  loaders: Loaders;
}
