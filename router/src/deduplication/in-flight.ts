/**
 * Identical work in flight, done once: the first caller of a key starts it, callers arriving with the same key before
 * it settles get the same promise — its result or its failure — and the key is free again as soon as it settles,
 * so nothing is kept once the work is done (this is not a cache). Keys must say everything the result depends on.
 */
export class InFlight<T> {
  private readonly pending = new Map<string, Promise<T>>();

  constructor(private readonly onShared: () => void = () => {}) {}

  /** `work()`'s promise, or the one already running under `key`; `shared` tells the caller which. */
  run(key: string, work: () => Promise<T>): { promise: Promise<T>; shared: boolean } {
    const running = this.pending.get(key);
    if (running) {
      this.onShared();
      return { promise: running, shared: true };
    }
    const promise = Promise.resolve()
      .then(work)
      .finally(() => this.pending.delete(key));
    this.pending.set(key, promise);
    return { promise, shared: false };
  }

  /** How many distinct keys are running now. */
  get size(): number {
    return this.pending.size;
  }
}
