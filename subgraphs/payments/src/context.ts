import type { BaseSubgraphContext } from '@zero/service';
import type { Loaders } from './loaders';
import type { PaymentMethodService } from './services/payment-method-service';
import type { PaymentService } from './services/payment-service';
import type { PaymentPrivacy } from './services/privacy';

export interface Context extends BaseSubgraphContext {
  loaders: Loaders;
  methods: PaymentMethodService;
  payments: PaymentService;
  privacy: PaymentPrivacy;
}
