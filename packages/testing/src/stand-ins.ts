import { createServer, type AddressInfo } from 'node:net';

/** A method made to hang: its calls wait until `release()`, then go through; `restore()` puts the method back. */
export interface Hung {
  /** How many calls arrived while hung. */
  readonly calls: number;
  release(): void;
  restore(): void;
}

/**
 * Makes `target[method]` hang, as a subgraph whose database or dependency stalls would: every call waits until the
 * test releases it. Used on a running subgraph's services to hold its answers (e.g. the cart while orders checks out).
 */
export function hang<T extends object, K extends keyof T>(target: T, method: K): Hung {
  const original = target[method] as unknown as (...args: unknown[]) => Promise<unknown>;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  (target as Record<K, unknown>)[method] = async (...args: unknown[]) => {
    calls++;
    await gate;
    return original.apply(target, args);
  };
  return {
    get calls() {
      return calls;
    },
    release,
    restore() {
      (target as Record<K, unknown>)[method] = original;
      release();
    },
  };
}

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago): an address that refuses connections. */
export function closedPort(): Promise<number> {
  return new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
