import CircuitBreaker from 'opossum';
import type { Logger } from '@zero/service';
import { BREAKER_STATE_VALUES, type BreakerState, type RouterMetrics } from '../router-metrics';
import { SubgraphTimeout } from './subgraph-errors';

export interface BreakerOptions {
  /** Percentage of failed calls in the window above which the breaker opens. */
  errorPercent: number;
  /** Calls the window must hold before the breaker may open: two failures of three calls say little. */
  volumeThreshold: number;
  windowMs: number;
  /** How long the breaker stays open before one probe call is let through. */
  resetMs: number;
}

/** Rejection of a call while the breaker is open (or half-open with its probe in flight). */
export function isOpenBreakerError(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'EOPENBREAKER';
}

/**
 * One circuit breaker per subgraph (opossum). Each HTTP attempt to the subgraph goes through it; failures that say
 * the subgraph is not answering (timeouts, refused connections, 502/503/504) count against it, while answers —
 * even GraphQL errors or a 4xx — count as successes, and an attempt cut short by the client request's deadline
 * counts as neither (except a half-open probe's: that one fails, since it showed nothing). Past `errorPercent` of `volumeThreshold` calls or more in the
 * window it opens: calls fail at once, with no request sent, for `resetMs`; then it is half-open and lets exactly one
 * call through as a probe (the others still fail fast), which closes it on success and opens it again on failure.
 * Opossum's own timeout is off: each attempt carries its own (SUBGRAPH_TIMEOUT_MS or what is left of the deadline).
 */
export function subgraphBreaker(subgraph: string, options: BreakerOptions, metrics: RouterMetrics, logger: Logger): CircuitBreaker<[() => Promise<unknown>], unknown> {
  const breaker: CircuitBreaker<[() => Promise<unknown>], unknown> = new CircuitBreaker<[() => Promise<unknown>], unknown>((attempt) => attempt(), {
    name: subgraph,
    timeout: false,
    errorThresholdPercentage: options.errorPercent,
    volumeThreshold: options.volumeThreshold,
    rollingCountTimeout: options.windowMs,
    rollingCountBuckets: 10,
    resetTimeout: options.resetMs,
    // Running out of the client request's own deadline says nothing about the subgraph's health while the breaker is
    // closed. A half-open breaker's probe is different: opossum reports a filtered error as a success, which would
    // close the breaker on a subgraph that never answered, so a probe cut short by the deadline counts as a failure
    // and the breaker opens again for another `resetMs`.
    errorFilter: (error: unknown): boolean => error instanceof SubgraphTimeout && error.limit === 'deadline' && !breaker.halfOpen,
  });
  const report = (state: BreakerState) => metrics.breakerState.set({ subgraph }, BREAKER_STATE_VALUES[state]);
  report('closed');
  breaker.on('open', () => {
    report('open');
    logger.warn({ subgraph, resetMs: options.resetMs }, 'circuit breaker open: calls to the subgraph fail fast');
  });
  breaker.on('halfOpen', () => {
    report('half-open');
    logger.info({ subgraph }, 'circuit breaker half-open: probing the subgraph');
  });
  breaker.on('close', () => {
    report('closed');
    logger.info({ subgraph }, 'circuit breaker closed: the subgraph answers again');
  });
  breaker.on('reject', () => metrics.breakerRejections.inc({ subgraph }));
  return breaker;
}
