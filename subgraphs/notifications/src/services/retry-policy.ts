/**
 * How a failed delivery is retried: at most {@link MAX_ATTEMPTS} attempts, waiting twice as long after each failure
 * (`backoffMs`, 2×, 4×, … up to `backoffMaxMs`); after the last one it is FAILED and never tried again.
 */
export const MAX_ATTEMPTS = 5;

export interface RetrySettings {
  backoffMs: number;
  backoffMaxMs: number;
}

/** What follows the failure of attempt number `attempt` (1-based): a retry after a delay, or the end. */
export function afterFailure(attempt: number, settings: RetrySettings, now = new Date()): { final: true } | { final: false; retryAt: Date } {
  if (attempt >= MAX_ATTEMPTS) return { final: true };
  const delay = Math.min(settings.backoffMs * 2 ** (attempt - 1), settings.backoffMaxMs);
  return { final: false, retryAt: new Date(now.getTime() + delay) };
}
