import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SpanKind } from '@opentelemetry/api';
import { currentTraceId, currentTraceparent, inSpan, setUpTracing, shutDownTracing, tracer } from './tracing';

/** A stand-in OTLP/HTTP collector: what was POSTed, by path. */
async function collector() {
  const received: { path: string; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { received, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

afterEach(() => shutDownTracing());

test('without OTEL_EXPORTER_OTLP_ENDPOINT nothing is recorded, yet spans have ids that log lines and errors can name', async () => {
  setUpTracing({ service: 'orders' });
  await inSpan('work', { kind: SpanKind.INTERNAL }, async (span) => {
    expect(span.isRecording()).toBe(false);
    expect(currentTraceId()).toMatch(/^[0-9a-f]{32}$/);
    expect(currentTraceparent()).toBe(`00-${currentTraceId()}-${span.spanContext().spanId}-00`);
  });
});

test('OTEL_SDK_DISABLED registers nothing: no ids, no context, and a later set-up does not override it', async () => {
  setUpTracing({ service: 'orders', disabled: true });
  setUpTracing({ service: 'orders' });
  await inSpan('work', { kind: SpanKind.INTERNAL }, async () => {
    expect(currentTraceId()).toBeUndefined();
    expect(currentTraceparent()).toBeNull();
  });
});

test('with an endpoint, spans are exported over OTLP/HTTP to <endpoint>/v1/traces under the service name', async () => {
  const otlp = await collector();
  try {
    setUpTracing({ service: 'orders', endpoint: otlp.url });
    let traceId = '';
    await inSpan('mutation PlaceOrder', { kind: SpanKind.SERVER }, async () => {
      traceId = currentTraceId()!;
      tracer().startSpan('child').end();
    });
    await shutDownTracing(); // flushes the batch
    expect(otlp.received.map((r) => r.path)).toEqual(['/v1/traces']);
    const body = otlp.received[0]!.body;
    expect(body).toContain('"service.name"');
    expect(body).toContain('"orders"');
    expect(body).toContain('mutation PlaceOrder');
    expect(body).toContain(traceId);
  } finally {
    await otlp.close();
  }
});
