/**
 * How long to wait before retry number `attempt` (0 for the first retry): "full jitter" — a random time between 0
 * and `baseMs × 2^attempt`, capped. Spreading retries at random keeps the callers of a subgraph that just failed
 * from coming back all at once (AWS Architecture Blog, "Exponential Backoff And Jitter").
 */
export function jitteredBackoff(attempt: number, baseMs: number, capMs = 2000, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}
