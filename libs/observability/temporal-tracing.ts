// Temporal's OpenTelemetry interceptors, when tracing is on: the client's (the
// API starts a workflow inside the request's span), the worker's activities'
// and the workflow spans' sink. The workflow side is in the bundle
// (buildWorkflowBundle({ tracing: true })).
import {
  makeWorkflowExporter,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
  OpenTelemetryWorkflowClientInterceptor,
} from '@temporalio/interceptors-opentelemetry';
import type { ClientInterceptors } from '@temporalio/client';
import type { WorkerOptions } from '@temporalio/worker';
import { tracing } from './tracing';

/** The client's interceptors (none when tracing is off). */
export function tracedClientInterceptors(): ClientInterceptors | undefined {
  return tracing() ? { workflow: [new OpenTelemetryWorkflowClientInterceptor()] } : undefined;
}

/** What Worker.create adds when tracing is on: activity interceptors and the sink of workflow spans. */
export function tracedWorkerOptions(): Pick<WorkerOptions, 'interceptors' | 'sinks'> {
  const t = tracing();
  if (!t) return {};
  return {
    interceptors: { activity: [(ctx) => ({ inbound: new OpenTelemetryActivityInboundInterceptor(ctx), outbound: new OpenTelemetryActivityOutboundInterceptor(ctx) })] },
    sinks: { exporter: makeWorkflowExporter(t.spanProcessor, t.resource) },
  };
}
