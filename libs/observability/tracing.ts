// OpenTelemetry traces: an HTTP request's span carries on through the workflow
// start, the workflow, its activities and the alert job (Temporal's interceptors
// put the context in headers; the delivery job carries a traceparent). Off unless
// OTEL_EXPORTER_OTLP_ENDPOINT is set (or a test hands in its exporter): then no
// provider, no interceptor and no workflow span costs anything.
import { context, propagation, trace, type Context, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { ObservabilityConfig } from './config';

export interface Tracing {
  resource: Resource;
  spanProcessor: SpanProcessor;
  tracer: Tracer;
  shutdown(): Promise<void>;
}

let active: Tracing | null = null;

/** The process's tracing, or null when it is off. */
export const tracing = (): Tracing | null => active;

/**
 * Starts tracing for this process when configured: spans batched to the OTLP
 * endpoint, or (tests) handed at once to the given exporter.
 */
export function startTracing(service: string, config: Pick<ObservabilityConfig, 'OTEL_EXPORTER_OTLP_ENDPOINT'>, exporter?: SpanExporter): Tracing | null {
  if (active) return active;
  if (!exporter && !config.OTEL_EXPORTER_OTLP_ENDPOINT) return null;
  const resource = new Resource({ 'service.name': `masar-${service}`, 'service.namespace': 'masar' });
  const spanProcessor = exporter
    ? new SimpleSpanProcessor(exporter)
    : new BatchSpanProcessor(new OTLPTraceExporter({ url: `${config.OTEL_EXPORTER_OTLP_ENDPOINT!.replace(/\/$/, '')}/v1/traces` }));
  const provider = new BasicTracerProvider({ resource, spanProcessors: [spanProcessor] });
  provider.register({ contextManager: new AsyncLocalStorageContextManager(), propagator: new W3CTraceContextPropagator() });
  active = {
    resource,
    spanProcessor,
    tracer: trace.getTracer('masar'),
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
      active = null;
    },
  };
  return active;
}

/** The W3C traceparent of the active span (for a queue job), if tracing is on and a span is active. */
export function currentTraceparent(): string | undefined {
  if (!active) return undefined;
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}

/** The context a traceparent names (a queue job's), or the active one. */
export function contextFrom(traceparent: string | undefined): Context {
  if (!active || !traceparent) return context.active();
  return propagation.extract(context.active(), { traceparent });
}
