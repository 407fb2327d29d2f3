import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { SERVICE_ATTRIBUTE, setUpTracing, shutDownTracing } from '@zero/service';

/** The spans a test's platform recorded. */
export interface RecordedSpans {
  /** Every span ended so far. */
  all(): ReadableSpan[];
  /** The spans of one trace. */
  ofTrace(traceId: string): ReadableSpan[];
  /** The service (`zero.service`) that recorded a span: router, orders … */
  serviceOf(span: ReadableSpan): string | undefined;
  /** Unregisters the tracer provider (after the platform stopped). */
  stop(): Promise<void>;
}

/**
 * Records every span of the services started after it, in memory: call it before `startPlatform`. In one process all
 * services share this provider; each span says which service it belongs to (`zero.service`).
 */
export function recordSpans(): RecordedSpans {
  const exporter = new InMemorySpanExporter();
  setUpTracing({ service: 'test-platform', spanProcessors: [new SimpleSpanProcessor(exporter)] });
  return {
    all: () => exporter.getFinishedSpans(),
    ofTrace: (traceId) => exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId),
    serviceOf: (span) => span.attributes[SERVICE_ATTRIBUTE] as string | undefined,
    stop: shutDownTracing,
  };
}
