import type { BaseSubgraphContext } from '@zero/service';
import type { Loaders } from './loaders';
import type { PaymentMethodService } from './services/payment-method-service';
import type { PaymentService } from './services/payment-service';

export interface Context extends BaseSubgraphContext {
  loaders: Loaders;
  methods: PaymentMethodService;
  payments: PaymentService;
}
