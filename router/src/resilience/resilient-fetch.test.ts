import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { Registry } from 'prom-client';
import { createLogger } from '@zero/service';
import { eventually } from '@zero/testing';
import { createRouterMetrics } from '../router-metrics';
import { jitteredBackoff } from './backoff';
import { ResilientFetch } from './resilient-fetch';
import { SubgraphUnavailable } from './subgraph-errors';

const logger = createLogger('test', 'silent');
const ok = { status: 200, ok: true } as FetcherResponse;

/** A subgraph stand-in: each call takes the next behaviour (the last one repeats). */
function standIn(...behaviours: Array<'ok' | 'refused' | 503 | 'hang'>) {
  const calls: string[] = [];
  const fetcher: Fetcher = async (_url, init) => {
    const behaviour = behaviours[Math.min(calls.length, behaviours.length - 1)]!;
    calls.push(String(behaviour));
    if (behaviour === 'ok') return ok;
    if (behaviour === 503) return { status: 503, ok: false } as FetcherResponse;
    if (behaviour === 'refused') throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    return new Promise<FetcherResponse>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
  };
  return { fetcher, calls };
}

function client(fetcher: Fetcher, overrides: Partial<ConstructorParameters<typeof ResilientFetch>[2]> = {}) {
  const metrics = createRouterMetrics(new Registry());
  const options = { timeoutMs: 200, retries: 2, retryBackoffMs: 5, breaker: { errorPercent: 50, volumeThreshold: 100, windowMs: 10_000, resetMs: 100 }, ...overrides };
  return { http: new ResilientFetch('catalog', fetcher, options, metrics, logger), metrics };
}

const farFuture = () => Date.now() + 60_000;
const reason = (promise: Promise<unknown>) => promise.then(() => 'answered', (e: SubgraphUnavailable) => e.reason);

test('full jitter stays within base × 2^attempt and the cap', () => {
  expect(jitteredBackoff(0, 50, 2000, () => 0.999)).toBe(49);
  expect(jitteredBackoff(3, 50, 2000, () => 0.5)).toBe(200);
  expect(jitteredBackoff(10, 50, 2000, () => 0.999)).toBe(1998);
  expect(jitteredBackoff(2, 50, 2000, () => 0)).toBe(0);
});

test('a query is retried after transient failures; a mutation never is', async () => {
  const query = standIn('refused', 503, 'ok');
  const { http, metrics } = client(query.fetcher);
  await expect(http.fetch('http://x', {}, { retryable: true, deadline: farFuture() })).resolves.toBe(ok);
  expect(query.calls).toEqual(['refused', '503', 'ok']);
  expect((await metrics.subgraphRetries.get()).values[0]?.value).toBe(2);

  const mutation = standIn('refused', 'ok');
  const second = client(mutation.fetcher).http;
  expect(await reason(second.fetch('http://x', {}, { retryable: false, deadline: farFuture() }))).toBe('failed');
  expect(mutation.calls).toEqual(['refused']);
  http.close();
  second.close();
});

test('a timeout is not retried, and the deadline bounds the attempt below SUBGRAPH_TIMEOUT_MS without counting against the breaker', async () => {
  const hung = standIn('hang');
  const { http, metrics } = client(hung.fetcher, { timeoutMs: 60_000, breaker: { errorPercent: 1, volumeThreshold: 1, windowMs: 10_000, resetMs: 100 } });
  expect(await reason(http.fetch('http://x', {}, { retryable: true, deadline: Date.now() + 50 }))).toBe('deadline');
  expect(hung.calls).toEqual(['hang']);
  expect(await reason(http.fetch('http://x', {}, { retryable: true, deadline: Date.now() - 1 }))).toBe('deadline');
  expect(hung.calls).toHaveLength(1); // nothing sent once the time is up
  expect(http.state).toBe('closed'); // the client's deadline, not the subgraph, ran out
  expect((await metrics.subgraphTimeouts.get()).values).toEqual([expect.objectContaining({ labels: { subgraph: 'catalog', limit: 'deadline' }, value: 1 })]);
  http.close();
});

test('the breaker opens on failures, fails fast without sending, lets one probe through, and closes', async () => {
  const subgraph = standIn('hang', 'hang', 'ok');
  const { http, metrics } = client(subgraph.fetcher, { timeoutMs: 20, breaker: { errorPercent: 50, volumeThreshold: 2, windowMs: 10_000, resetMs: 100 } });
  const call = () => reason(http.fetch('http://x', {}, { retryable: true, deadline: farFuture() }));
  expect(await call()).toBe('timeout');
  expect(await call()).toBe('timeout');
  expect(http.state).toBe('open');
  expect(await call()).toBe('open');
  expect(subgraph.calls).toHaveLength(2);
  expect((await metrics.breakerState.get()).values[0]?.value).toBe(2);
  await eventually(() => http.state === 'half-open', 5000);
  expect(await call()).toBe('answered'); // the probe
  expect(http.state).toBe('closed');
  expect((await metrics.breakerState.get()).values[0]?.value).toBe(0);
  expect((await metrics.breakerRejections.get()).values[0]?.value).toBe(1);
  http.close();
});

test('a probe cut short by the client deadline does not close a half-open breaker', async () => {
  const subgraph = standIn('refused', 'refused', 'hang', 'ok');
  const { http } = client(subgraph.fetcher, { timeoutMs: 60_000, retries: 0, breaker: { errorPercent: 50, volumeThreshold: 2, windowMs: 10_000, resetMs: 100 } });
  const call = (deadline: number) => reason(http.fetch('http://x', {}, { retryable: true, deadline }));
  expect(await call(farFuture())).toBe('failed');
  expect(await call(farFuture())).toBe('failed');
  expect(http.state).toBe('open');
  await eventually(() => http.state === 'half-open', 5000);
  expect(await call(Date.now() + 50)).toBe('deadline'); // the probe: the subgraph hangs, the client's deadline ends it
  expect(http.state).toBe('open'); // nothing showed the subgraph healthy
  await eventually(() => http.state === 'half-open', 5000);
  expect(await call(farFuture())).toBe('answered');
  expect(http.state).toBe('closed');
  http.close();
});
