import { createLogger } from './logger';
import { Jobs } from './jobs';

/** Resolves when `check` holds, polling every few milliseconds (fails the test by its timeout otherwise). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('Jobs.every', () => {
  let jobs: Jobs;
  beforeEach(() => {
    jobs = new Jobs(createLogger('jobs-test', 'silent'));
  });
  afterEach(() => jobs.stop());

  test('trigger(ms) brings an hourly job forward to when it is asked for, and the job goes back to its interval', async () => {
    const runs: number[] = [];
    const job = jobs.every(60 * 60 * 1000, { name: 'hourly', run: async () => void runs.push(Date.now()) });
    const asked = Date.now();
    job.trigger(30);
    await until(() => runs.length === 1);
    expect(runs[0]! - asked).toBeGreaterThanOrEqual(25); // not before it was due (timers may fire a little early)
    // Nothing else is due: the next run is an hour away, not another 30 ms.
    const settled = runs.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(runs.length).toBe(settled);
  });

  test('trigger never puts off a run that is due sooner', async () => {
    let runs = 0;
    const job = jobs.every(60 * 60 * 1000, { name: 'hourly', run: async () => void runs++ });
    job.trigger(20);
    job.trigger(60 * 60 * 1000 - 1); // a later retry must not push the earlier one back
    await until(() => runs === 1);
  });

  test('a trigger during a run schedules one more run after it, never two at once', async () => {
    let running = 0;
    let overlapped = false;
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const job = jobs.every(60 * 60 * 1000, {
      name: 'slow',
      run: async () => {
        running++;
        overlapped ||= running > 1;
        runs++;
        if (runs === 1) await gate;
        running--;
      },
    });
    job.trigger();
    await until(() => runs === 1);
    job.trigger(10);
    job.trigger();
    release();
    await until(() => runs === 2);
    expect(overlapped).toBe(false);
  });
});
