/** The most of one item a cart holds (the cart subgraph's line limit). */
export const MAX_PER_ITEM = 10;

/** A human message for every userError code of the contract a shopper can meet. */
const MESSAGES: Record<string, string> = {
  INVALID_EMAIL: 'That email address does not look right.',
  WEAK_PASSWORD: 'Use at least 8 characters with a lower-case letter, an upper-case letter and a digit.',
  EMAIL_TAKEN: 'An account with this email already exists. Sign in instead?',
  INVALID_CREDENTIALS: 'The email or password is not right.',
  ACCOUNT_LOCKED: 'Too many failed attempts: this account is locked for 15 minutes.',
  RATE_LIMITED: 'Too many attempts. Please wait a moment and try again.',
  INVALID_REFRESH_TOKEN: 'Your session has ended. Please sign in again.',
  INVALID_INPUT: 'Please check what you entered.',
  NOT_FOUND: 'We could not find that. It may have been removed.',
  LIMIT_REACHED: 'You have reached the limit. Remove one first.',
  INVALID_QUANTITY: `Choose a quantity from 1 to ${MAX_PER_ITEM}.`,
  CART_FULL: 'Your cart is full (50 different items at most).',
  UNKNOWN_VARIANT: 'This item is no longer sold.',
  OUT_OF_STOCK: 'Not enough of this item is in stock.',
  CART_EMPTY: 'Your cart is empty.',
  INVALID_ADDRESS: 'Please check the shipping address.',
  IDEMPOTENCY_KEY_REUSED: 'This attempt was already used for a different request. Please try again.',
  IDEMPOTENCY_KEY_IN_USE: 'We are still working on this request. Please wait a few seconds and try again.',
  INVALID_TRANSITION: 'This order can no longer be changed that way.',
  INVALID_CARD: 'The card number, expiry or CVC is not valid.',
  CARD_EXPIRED: 'This card has expired.',
  ORDER_NOT_PAYABLE: 'This order cannot be paid now (it may already be paid or cancelled).',
  PAYMENT_DECLINED: 'The card was declined. Try another card.',
  INVALID_TOKEN: 'This reset link no longer works: it was used already, a newer one was sent, or it expired (links last 30 minutes). Ask for a new one.',
  OPEN_ORDERS: 'You have an order on its way (confirmed, processing or shipped). Your account can be deleted once it is delivered or cancelled.',
  SERVICE_UNAVAILABLE: 'Part of the shop is not answering right now. Nothing was changed: please try again in a moment.',
  UNAUTHENTICATED: 'Please sign in to continue.',
  FORBIDDEN: 'You are not allowed to do that.',
  NETWORK: 'We could not reach the shop. Check your connection and try again.',
};

/** Why a card was declined, by the payment's `failureCode`: whether to try again or another card. */
const DECLINES: Record<string, string> = {
  card_declined: 'The card was declined. Try another card.',
  insufficient_funds: 'The card has insufficient funds. Try another card.',
  processing_error: 'The card could not be processed just now, and nothing was charged. Press "Pay now" to try again, or use another card.',
};

/** Declines that say nothing about the card: the same card may well go through on a second try. */
const RETRYABLE_DECLINES = new Set(['processing_error']);

export interface UserErrorLike {
  code: string;
  message?: string;
  field?: readonly string[] | null;
  /** PAYMENT_DECLINED: the declined payment's `failureCode` (the API puts it on the payment, not on the error). */
  failureCode?: string | null;
}

/**
 * The message to show for a userError (falls back to the server's own message). `overrides` words a code for the
 * form at hand: INVALID_CREDENTIALS means a wrong email or password at sign-in, but only a wrong password where the
 * shopper is signed in already.
 */
export function messageFor(error: UserErrorLike, overrides: Readonly<Record<string, string>> = {}): string {
  const override = overrides[error.code];
  if (override) return override;
  if (error.code === 'PAYMENT_DECLINED') return declineMessage(error.failureCode);
  // A mistake in one field: the server's own message says which field and what is wrong with it.
  if (FIELD_CODES.has(error.code) && error.message && error.field?.length) return humanize(error.message, error.field.at(-1)!);
  return MESSAGES[error.code] ?? error.message ?? 'Something went wrong. Please try again.';
}

/** Codes whose server message names the field at fault ("phone must be in E.164 form, e.g. +14155550123"). */
const FIELD_CODES = new Set(['INVALID_INPUT', 'INVALID_ADDRESS', 'INVALID_CARD']);

/** The server's message in a shopper's words: a leading field name (`postalCode`) becomes "Postal code". */
export function humanize(message: string, field: string): string {
  const words = message.startsWith(`${field} `) ? `${field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}${message.slice(field.length)}` : message;
  const sentence = words.charAt(0).toUpperCase() + words.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** INVALID_CREDENTIALS for a signed-in shopper, who typed only a password. */
export const WRONG_PASSWORD = { INVALID_CREDENTIALS: 'That is not your current password.' } as const;

export function declineMessage(failureCode: string | null | undefined): string {
  return (failureCode && DECLINES[failureCode]) || MESSAGES.PAYMENT_DECLINED!;
}

/** Whether a decline is worth trying again with the same card (a processing error), rather than another card. */
export function declineIsRetryable(failureCode: string | null | undefined): boolean {
  return Boolean(failureCode && RETRYABLE_DECLINES.has(failureCode));
}

/**
 * INVALID_QUANTITY from `addToCart`, whose quantity the form keeps within 1–10: the item's line would pass the limit.
 * `inCart` is how many the cart holds already, when known.
 */
export function lineFullMessage(inCart: number | null): string {
  if (inCart === null || inCart <= 0) return `A cart holds at most ${MAX_PER_ITEM} of each item, and yours already has some of this one.`;
  if (inCart >= MAX_PER_ITEM) return `Your cart already holds ${MAX_PER_ITEM} of this item, the most allowed.`;
  return `Your cart already holds ${inCart} of this item: you can add ${MAX_PER_ITEM - inCart} more (${MAX_PER_ITEM} at most).`;
}
