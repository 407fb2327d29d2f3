/**
 * An idempotency key per attempt: made once when an attempt starts and kept (in sessionStorage, so a reload keeps
 * it too) while the same request is retried — a double click, a lost response, a reload — so the server answers
 * the retry instead of acting twice. A different request (another address, another card) starts a new attempt.
 */
export function attemptKey(scope: string, fingerprint: string): string {
  const storageKey = `zero-attempt:${scope}`;
  try {
    const kept = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null') as { fingerprint: string; key: string } | null;
    if (kept && kept.fingerprint === fingerprint) return kept.key;
  } catch {
    /* unreadable: start afresh */
  }
  const key = `${scope}-${crypto.randomUUID()}`;
  try {
    sessionStorage.setItem(storageKey, JSON.stringify({ fingerprint, key }));
  } catch {
    /* storage unavailable: the key still holds for this page */
  }
  return key;
}

/** The attempt is over (it succeeded, or failed for good): the next one gets a new key. */
export function endAttempt(scope: string): void {
  try {
    sessionStorage.removeItem(`zero-attempt:${scope}`);
  } catch {
    /* nothing kept */
  }
}
