import { ErrorCode } from '@zero/service';

/** The user-error codes of payments: the shared ones, plus the payments subgraph's own. */
export const PaymentCode = {
  INVALID_INPUT: ErrorCode.INVALID_INPUT,
  NOT_FOUND: ErrorCode.NOT_FOUND,
  INVALID_CARD: 'INVALID_CARD',
  CARD_EXPIRED: 'CARD_EXPIRED',
  ORDER_NOT_PAYABLE: 'ORDER_NOT_PAYABLE',
  PAYMENT_DECLINED: 'PAYMENT_DECLINED',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  IDEMPOTENCY_KEY_IN_USE: 'IDEMPOTENCY_KEY_IN_USE',
  PAYMENT_NOT_REFUNDABLE: 'PAYMENT_NOT_REFUNDABLE',
} as const;
