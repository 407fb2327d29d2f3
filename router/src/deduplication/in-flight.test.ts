import { InFlight } from './in-flight';

test('identical work in flight runs once; the key is free again once it settles', async () => {
  let shared = 0;
  const inFlight = new InFlight<number>(() => shared++);
  let runs = 0;
  let finish!: (n: number) => void;
  const work = () => {
    runs++;
    return new Promise<number>((resolve) => (finish = resolve));
  };
  const first = inFlight.run('k', work);
  const second = inFlight.run('k', work);
  const other = inFlight.run('other', async () => 7);
  expect([first.shared, second.shared, shared]).toEqual([false, true, 1]);
  await new Promise((r) => setImmediate(r));
  finish(42);
  expect(await Promise.all([first.promise, second.promise, other.promise])).toEqual([42, 42, 7]);
  expect(runs).toBe(1);
  expect(inFlight.size).toBe(0);
  const third = inFlight.run('k', async () => 43);
  expect(third.shared).toBe(false);
  expect(await third.promise).toBe(43);
});

test('a failure is shared too, and does not stay', async () => {
  const inFlight = new InFlight<number>();
  const failing = inFlight.run('k', async () => Promise.reject(new Error('down')));
  const waiting = inFlight.run('k', async () => 1);
  await expect(failing.promise).rejects.toThrow('down');
  await expect(waiting.promise).rejects.toThrow('down');
  expect(await inFlight.run('k', async () => 2).promise).toBe(2);
});
