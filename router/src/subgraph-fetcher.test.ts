import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { subgraphFetcher } from './subgraph-fetcher';

let server: Server;
let url: string;
beforeAll(async () => {
  // A subgraph that takes every request and never answers.
  server = createServer(() => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test("the caller's timer ends a hung call, never undici's coarse backstop firing before it", async () => {
  const timeoutMs = 1_100;
  const { fetcher, close } = subgraphFetcher({ timeoutMs });
  try {
    // Calls started across a whole tick of undici's ~0.5 s timer clock: a backstop at exactly `timeoutMs` fires
    // early for some of them.
    const outcomes = await Promise.all(
      [0, 100, 200, 300, 400, 500].map(async (delay) => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        const controller = new AbortController();
        const started = performance.now();
        const timer = setTimeout(() => controller.abort(), timeoutMs);
        try {
          await fetcher(url, { method: 'POST', body: '{}', signal: controller.signal });
          return 'answered';
        } catch (error) {
          return { aborted: controller.signal.aborted, code: (error as { code?: string }).code, ms: performance.now() - started };
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    for (const outcome of outcomes) {
      expect(outcome).toMatchObject({ aborted: true });
      expect(outcome).not.toMatchObject({ code: expect.stringMatching(/^UND_ERR_.*TIMEOUT$/) });
      expect((outcome as { ms: number }).ms).toBeGreaterThanOrEqual(timeoutMs - 1);
    }
  } finally {
    await close();
  }
});
