import type { BaseSubgraphContext } from '@zero/service';
import type { Loaders } from './loaders';
import type { ProfilePrivacy } from './services/privacy';
import type { ProfileService } from './services/profile-service';

export interface Context extends BaseSubgraphContext {
  loaders: Loaders;
  profiles: ProfileService;
  privacy: ProfilePrivacy;
}
