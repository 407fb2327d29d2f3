import type { BaseSubgraphContext } from '@zero/service';
import type { Loaders } from './loaders';
import type { AccountSecurity } from './services/account-security';
import type { AuthService } from './services/auth-service';
import type { ApiClientService } from './services/api-clients';
import type { AccountPrivacy } from './services/privacy';

export interface Context extends BaseSubgraphContext {
  loaders: Loaders;
  auth: AuthService;
  security: AccountSecurity;
  apiClients: ApiClientService;
  privacy: AccountPrivacy;
}
