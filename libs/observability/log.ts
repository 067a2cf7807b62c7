// The one logger of every process: JSON lines (pino) on stdout, each with the
// process, and the request id, case reference and workflow id of the work in
// hand when there is one. Ids only: a child's or a family's name, a report's
// text, an address or a token never go into a log line. The fields that could
// carry them are censored by name as a second guard.
import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { ObservabilityConfig } from './config';

export type Log = Logger;

/** What a log line says about the work in hand (all optional, all ids). */
export interface LogContext {
  requestId?: string;
  caseReference?: string;
  workflowId?: string;
}

const context = new AsyncLocalStorage<LogContext>();

/** Runs `fn` with `ctx` as the context of every line logged inside it (the object may gain fields later). */
export function withLogContext<T>(ctx: LogContext, fn: () => T): T {
  return context.run(ctx, fn);
}

/** Adds ids to the context in hand (a no-op outside one). */
export function annotateLogContext(ids: LogContext): void {
  const current = context.getStore();
  if (current) Object.assign(current, ids);
}

/** Fields that must never be printed, wherever they appear in a logged object. */
export const PERSONAL_FIELDS = ['firstName', 'lastName', 'motherName', 'fatherName', 'childName', 'narrative', 'reporterName', 'reporterPhone', 'address', 'phone', 'email', 'cnie', 'birthCertificateNo', 'parentCnies', 'authorization', 'text'];

const pick = (ctx: LogContext | undefined) => {
  if (!ctx) return {};
  const out: LogContext = {};
  if (ctx.requestId) out.requestId = ctx.requestId;
  if (ctx.caseReference) out.caseReference = ctx.caseReference;
  if (ctx.workflowId) out.workflowId = ctx.workflowId;
  return out;
};

export function createLog(service: string, config: Pick<ObservabilityConfig, 'LOG_LEVEL'>, destination?: DestinationStream): Log {
  return pino(
    {
      level: config.LOG_LEVEL,
      base: { service, pid: process.pid },
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => pick(context.getStore()),
      redact: { paths: PERSONAL_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]), censor: '[personal]' },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** A logger that writes nothing (tests that run processes in-process). */
export const silentLog: Log = pino({ level: 'silent' });
