// One line per request (JSON: method, route template, status, duration, request
// id, and the case reference and workflow id when the request named a case),
// its latency in the metrics, and, when tracing is on, the request's server
// span, the parent of the workflow start and so of the pathway's activities.
// Never the path's query or a body: ids only.
import type { LoggerService } from '@nestjs/common';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { NextFunction, Request, Response } from 'express';
import { withLogContext, type Log } from '../../../../libs/observability/log';
import { tracing } from '../../../../libs/observability/tracing';
import { auditContextOf } from '../common/request-context';
import { httpDuration } from './metrics';

/** The route template Express matched ('/api/v1/cases/:id'), never the path itself (ids and cardinality). */
const routeOf = (req: Request): string => (req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : '(unmatched)');

export function observeRequests(log: Log) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const ctx = auditContextOf(req);
    const t = tracing();
    const span = t?.tracer.startSpan(`${req.method}`, { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method } });
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf(req);
      const status = res.statusCode;
      httpDuration.observe({ method: req.method, route, status: String(status) }, seconds);
      if (span) {
        span.updateName(`${req.method} ${route}`);
        span.setAttributes({ 'http.route': route, 'http.response.status_code': status, 'masar.request_id': ctx.requestId ?? '' });
        if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      }
      const line = { method: req.method, route, status, ms: Math.round(seconds * 10_000) / 10, requestId: ctx.requestId, caseReference: ctx.caseReference, workflowId: ctx.workflowId };
      if (status >= 500) log.error(line, 'request failed');
      else log.info(line, 'request');
    });
    const run = () => withLogContext(ctx, next);
    if (!span) return run();
    const traced = trace.setSpan(context.active(), span);
    // The body parser resumes the request from the socket's callbacks: bound, they stay in the span.
    context.bind(traced, req);
    context.bind(traced, res);
    context.with(traced, run);
  };
}

/** Nest's own messages (bootstrap, shutdown, the problem filter's errors) as JSON lines of the same log. */
export function nestLogger(log: Log): LoggerService {
  const text = (m: unknown) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m));
  const scope = (params: unknown[]) => (typeof params.at(-1) === 'string' ? { scope: params.at(-1) as string } : {});
  return {
    // Nest's 'log' level is its boot chatter (every route mapped): debug.
    log: (m, ...p) => log.debug(scope(p), text(m)),
    // Logger.error(message, stack, context): the stack of a 500 goes with its error id.
    error: (m, ...p) => log.error({ ...scope(p), ...(p.length > 1 && typeof p[0] === 'string' ? { stack: p[0] } : {}) }, text(m)),
    warn: (m, ...p) => log.warn(scope(p), text(m)),
    debug: (m, ...p) => log.debug(scope(p), text(m)),
    verbose: (m, ...p) => log.trace(scope(p), text(m)),
    fatal: (m, ...p) => log.fatal(scope(p), text(m)),
  };
}
