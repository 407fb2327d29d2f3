import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  context,
  createContextKey,
  isSpanContextValid,
  propagation,
  trace,
  type Context,
  type Span,
  type SpanOptions,
  type Tracer,
} from '@opentelemetry/api';
import type { OTLPTraceExporter as OtlpExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { AlwaysOffSampler, BatchSpanProcessor, type ReadableSpan, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_SERVICE_NAME,
  ATTR_URL_FULL,
} from '@opentelemetry/semantic-conventions';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';

/**
 * Tracing (OpenTelemetry). Each process registers one tracer provider ({@link setUpTracing}, the first call wins):
 * with `OTEL_EXPORTER_OTLP_ENDPOINT` it samples every trace and exports it over OTLP/HTTP; without, it samples none and
 * exports nothing, yet spans still get ids and carry them across services — so every log line and every internal
 * error still names its trace id, and a trace started upstream keeps its id through the platform.
 *
 * Spans are explicit: the HTTP shell opens a server span per request (continuing the caller's W3C `traceparent`),
 * the router's subgraph fetcher and `ServiceClient` open client spans that send `traceparent` on, an outbox delivery
 * opens a consumer span under the request that wrote its event, and
 * `@apollo/gateway` adds its own (`gateway.request`, `gateway.plan`, `gateway.execute`, `gateway.fetch`…) through
 * `@opentelemetry/api`. No auto-instrumentation: it needs loading before the modules it patches, which our tsx/ESM
 * entries and Jest's CommonJS transform would each need their own way, for HTTP spans we can open in three places.
 *
 * Every recorded span carries `zero.service` (router, orders…), read from the context each service's work runs in:
 * in one process (the test harness) the provider, hence the resource's `service.name`, is shared by all services.
 */
export const SERVICE_ATTRIBUTE = 'zero.service';
export { ATTR_HTTP_RESPONSE_STATUS_CODE };

const SERVICE_KEY = createContextKey('zero.service');

/** The tracer every span of ours comes from: the registered provider's, asked each time (a test may register another). */
export function tracer(): Tracer {
  return trace.getTracer('@zero/service');
}

let provider: NodeTracerProvider | null = null;
let disabled = false;

export interface TracingOptions {
  /** The resource's `service.name`: the process's service. */
  service: string;
  /** OTLP/HTTP base URL (`http://collector:4318`); spans go to `<endpoint>/v1/traces`. */
  endpoint?: string | undefined;
  /** Where spans go instead of, or beside, OTLP (tests: a `SimpleSpanProcessor` over an `InMemorySpanExporter`). */
  spanProcessors?: SpanProcessor[];
  /** `OTEL_SDK_DISABLED`: register nothing — no spans, no ids, no trace ids in logs or errors, no cost at all. */
  disabled?: boolean;
}

/**
 * Registers this process's tracer provider, W3C trace-context propagator and async context manager, unless one was
 * registered already (several services in one process share the first; a test registers its own before any starts).
 */
export function setUpTracing(options: TracingOptions): void {
  if (provider || disabled) return;
  if (options.disabled) {
    disabled = true;
    return;
  }
  const processors = [...(options.spanProcessors ?? [])];
  if (options.endpoint) {
    // Loaded only when there is somewhere to export to: the exporter and its protobuf code cost every process's start.
    const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as { OTLPTraceExporter: typeof OtlpExporter };
    processors.push(new BatchSpanProcessor(new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/$/, '')}/v1/traces` })));
  }
  provider = new NodeTracerProvider({
    resource: Resource.default().merge(new Resource({ [ATTR_SERVICE_NAME]: options.service })),
    // Nothing would receive them: ids only, no span is recorded.
    ...(processors.length === 0 ? { sampler: new AlwaysOffSampler() } : {}),
    spanProcessors: [new ServiceAttribute(), ...processors],
  });
  provider.register();
}

/** Exports what is still buffered and unregisters the provider (at the end of a process, or of a test). */
export async function shutDownTracing(): Promise<void> {
  disabled = false;
  const current = provider;
  if (!current) return;
  provider = null;
  await current.shutdown();
  trace.disable();
  propagation.disable();
  context.disable();
}

/** Runs `work` as `service`'s: the spans it starts, and those started by what it schedules, carry the service's name. */
export function asService<T>(service: string, work: () => T): T {
  return context.with(context.active().setValue(SERVICE_KEY, service), work);
}

/** Labels every recorded span with the service whose work started it. */
class ServiceAttribute implements SpanProcessor {
  onStart(span: Span, parent: Context): void {
    const service = parent.getValue(SERVICE_KEY);
    if (typeof service === 'string') span.setAttribute(SERVICE_ATTRIBUTE, service);
  }
  onEnd(_span: ReadableSpan): void {}
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/** The active trace's id, when there is one (log lines and error responses carry it). */
export function currentTraceId(): string | undefined {
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const spanContext = span.spanContext();
  return isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
}

/** The active span's ids for a log line (pino `mixin`): `{ traceId, spanId }`, or nothing outside a trace. */
export function traceFields(): { traceId?: string; spanId?: string } {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const spanContext = span.spanContext();
  return isSpanContextValid(spanContext) ? { traceId: spanContext.traceId, spanId: spanContext.spanId } : {};
}

/** The active context as a W3C `traceparent` (to store with work done later), or null outside a trace. */
export function currentTraceparent(): string | null {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ?? null;
}

/** The context a stored or received `traceparent` continues (the current one, with that span as parent). */
export function contextFrom(traceparent: string | null | undefined): Context {
  return traceparent ? propagation.extract(context.active(), { traceparent }) : context.active();
}

/** `headers` plus the active context's `traceparent` (and `tracestate`), for a request that continues the trace. */
export function withTraceHeaders(headers: Record<string, string>): Record<string, string> {
  const carrier = { ...headers };
  propagation.inject(context.active(), carrier);
  return carrier;
}

/**
 * Runs `work` in a span of its own (a child of the active one), ended when `work` settles; a throw marks it failed.
 */
export async function inSpan<T>(name: string, options: SpanOptions, work: (span: Span) => Promise<T>, parent: Context = context.active()): Promise<T> {
  const span = tracer().startSpan(name, options, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
    throw error;
  } finally {
    span.end();
  }
}

/** One HTTP call to another service, as a client span: `traceparent` goes on from it. */
export function httpClientSpan<T>(name: string, url: string, work: (span: Span) => Promise<T>): Promise<T> {
  return inSpan(name, { kind: SpanKind.CLIENT, attributes: { [ATTR_HTTP_REQUEST_METHOD]: 'POST', [ATTR_URL_FULL]: url } }, work);
}

/** Requests that are not traced: probes and scrapes, which would bury the traces that matter. */
const UNTRACED = new Set(['/health', '/health/ready', '/metrics']);

/**
 * Express middleware: a server span per request, continuing the caller's `traceparent`, with method, route and
 * status (no URL query or body: they may carry secrets). Everything the request's handlers do runs in its context,
 * including their stream and `finish` callbacks (the request and response emitters are bound to it).
 */
export function serverSpans(service: string, routeOf: (req: Request) => string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const route = routeOf(req);
    if (UNTRACED.has(route)) return next();
    const parent = propagation.extract(ROOT_CONTEXT.setValue(SERVICE_KEY, service), req.headers);
    const span = tracer().startSpan(`${req.method} ${route}`, { kind: SpanKind.SERVER, attributes: { [ATTR_HTTP_REQUEST_METHOD]: req.method, [ATTR_HTTP_ROUTE]: route } }, parent);
    const active = trace.setSpan(parent, span);
    context.bind(active, req);
    context.bind(active, res);
    const end = () => {
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
    res.once('finish', end);
    res.once('close', () => {
      if (!res.writableFinished) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: 'connection closed before the response ended' });
        span.end();
      }
    });
    context.with(active, next);
  };
}

/** Names the request's server span after its GraphQL operation (`mutation PlaceOrder`), with the semantic attributes. */
export function operationSpanPlugin<T extends BaseContext>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName }) {
          const span = trace.getActiveSpan();
          if (!operation || !span?.isRecording()) return;
          const type = operation.operation;
          span.setAttributes({ 'graphql.operation.type': type, ...(operationName ? { 'graphql.operation.name': operationName } : {}) });
          span.updateName(`${type} ${operationName ?? 'anonymous'}`);
        },
      };
    },
  };
}
