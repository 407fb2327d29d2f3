import type { Logger } from './logger';

/** A piece of background work: an outbox relay round, an expiry, a sweep, a reconciliation. */
export interface Job {
  /** Names the job in its log lines. */
  name: string;
  run(): Promise<unknown>;
}

/** A job running every so often. */
export interface PeriodicJob {
  /**
   * Runs the job within `delayMs` (as soon as possible by default; after the current run, if one is under way), then
   * on its interval again. Never puts off a run already due sooner: a retry asks for the moment it is due, so work
   * comes back on time without polling more often.
   */
  trigger(delayMs?: number): void;
  /** Resolves when the current run (if any) has finished. */
  idle(): Promise<void>;
}

/**
 * The background jobs of one service. `every(ms, job)` runs `job` every `ms` milliseconds, measured from the end of
 * one run to the start of the next, so a run never overlaps the one before it however long it takes; a run that
 * throws is logged and the job goes on. `stop()` cancels what is scheduled and waits for the runs under way, so a
 * service shuts down only after its jobs have let go of the database.
 */
export class Jobs {
  private readonly running = new Set<Promise<void>>();
  private readonly stops: Array<() => void> = [];
  private stopped = false;

  constructor(private readonly logger: Logger) {}

  /** Schedules `job` every `intervalMs`; the first run comes after one interval unless `startNow`. */
  every(intervalMs: number, job: Job, options: { startNow?: boolean } = {}): PeriodicJob {
    let timer: NodeJS.Timeout | null = null;
    let dueAt = Infinity;
    let current: Promise<void> | null = null;
    /** When the run after the current one is wanted (Infinity: on the interval). */
    let againAt = Infinity;
    const schedule = (delay: number) => {
      if (this.stopped) return;
      if (timer) clearTimeout(timer);
      dueAt = Date.now() + delay;
      timer = setTimeout(run, delay);
      timer.unref();
    };
    const run = () => {
      timer = null;
      dueAt = Infinity;
      if (this.stopped || current) return;
      current = job
        .run()
        .then(
          () => undefined,
          (error) => this.logger.error({ err: error, job: job.name }, `${job.name} failed`),
        )
        .finally(() => {
          this.running.delete(current!);
          current = null;
          schedule(Math.max(0, Math.min(intervalMs, againAt - Date.now())));
          againAt = Infinity;
        });
      this.running.add(current);
    };
    this.stops.push(() => timer && clearTimeout(timer));
    schedule(options.startNow ? 0 : intervalMs);
    return {
      trigger: (delayMs = 0) => {
        const at = Date.now() + Math.max(0, delayMs);
        if (current) againAt = Math.min(againAt, at);
        else if (at < dueAt) schedule(at - Date.now());
      },
      idle: async () => {
        await current;
      },
    };
  }

  /** Cancels every scheduled run and waits for those under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const stop of this.stops) stop();
    while (this.running.size) await Promise.all([...this.running]);
  }
}

/**
 * Works through an unbounded set a batch at a time: `batch(limit)` handles at most `limit` items (each batch its
 * own statement or transaction) and says how many it handled; it is called again until a batch comes back short.
 * Keeps locks, transactions and memory small whatever the backlog. Returns the total.
 */
export async function inBatches(batch: (limit: number) => Promise<number>, limit = 500): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await batch(limit);
    total += done;
    if (done < limit) return total;
  }
}
