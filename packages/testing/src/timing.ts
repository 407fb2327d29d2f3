/**
 * How much slower than a quiet machine this one is right now. `TEST_TIMEOUT_FACTOR` when set (jest.config.js sets it
 * for the workers from a measurement of its own); every timeout of the harness is multiplied by it, so a test waits
 * longer on a busy machine instead of failing.
 */
export function timeoutFactor(): number {
  const given = Number(process.env.TEST_TIMEOUT_FACTOR);
  return Number.isFinite(given) && given >= 1 ? given : 1;
}

/** `ms` on a quiet machine, scaled to this one. */
export function scaled(ms: number): number {
  return Math.round(ms * timeoutFactor());
}

/**
 * Polls `check` until it returns a truthy value: effects delivered through an outbox, jobs and restarts arrive a
 * moment later. Waits on the condition, never on the clock alone; gives up after `timeoutMs` (scaled).
 */
export async function eventually<T>(check: () => Promise<T | null | undefined | false> | T | null | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + scaled(timeoutMs);
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${scaled(timeoutMs)} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Asserts that `check` stays true for `ms` (scaled): that a duplicate delivery, say, does not show up. The one
 * place where a test waits on the clock, because it waits for something not to happen.
 */
export async function remains(check: () => Promise<boolean> | boolean, ms = 300): Promise<void> {
  const deadline = Date.now() + scaled(ms);
  while (Date.now() < deadline) {
    if (!(await check())) throw new Error('condition stopped holding');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Outbox settings for tests that wait on a failed delivery's retry: retried after 50 ms, then at most every 200 ms
 * (production: half a second, doubling up to a minute). No faster polling is needed: the relay delivers right after
 * a commit and comes back by itself when a retry is due.
 */
export const FAST_OUTBOX = { OUTBOX_BACKOFF_MS: '50', OUTBOX_BACKOFF_MAX_MS: '200' } as const;

/** Whether a process with this id still exists (signal 0 checks without sending anything). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
