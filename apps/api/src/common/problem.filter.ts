// One filter turns every error into problem+json (RFC 9457). Field-level
// details for validation; the update validator's reason and code for 409; a 503 with
// Retry-After when PostgreSQL, Redis or Temporal is down; anything unknown is
// a 500 whose error id is logged with the full error.
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import type { ZodError } from 'zod';
import { BoardAccess } from '../admin/board-access';
import { BOARD_PATH } from '../admin/queue-board';
import { ROUTE_ACTIONS } from '../auth/auth.guard';
import type { Identity } from '../auth/identity';
import { AuditLog } from '../infra/audit-log';
import { DomainError, type FieldProblem } from './errors';
import { auditContextOf } from './request-context';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** a refusal's stable code (libs/domain/refusals.ts) */
  code?: string;
  instance?: string;
  errors?: FieldProblem[];
  errorId?: string;
  requestId?: string;
}

const TYPE_BASE = 'https://masar.ma/problems/';

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '08006', '08001', 'P1001', 'P1002', 'P1017', 'P2024']);

/** True when the error (or its cause) says a backing service is unreachable. */
export function isUnavailable(err: unknown): boolean {
  for (let e = err as Record<string, unknown> | undefined, depth = 0; e && depth < 6; e = e.cause as Record<string, unknown>, depth++) {
    if (typeof e !== 'object') return false;
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
    if (e.code === 14 || e.name === 'ConnectionError' || e.name === 'TransportError') return true;
    const msg = typeof e.message === 'string' ? e.message : '';
    if (/Connection terminated|connect ECONNREFUSED|Can't reach database|the database system is (starting up|shutting down)|Timed out fetching a new connection|terminating connection/i.test(msg)) return true;
    if (e.originalCode && UNAVAILABLE_CODES.has(String(e.originalCode))) return true;
  }
  return false;
}

export function zodProblems(error: ZodError): FieldProblem[] {
  return error.issues.map((i) => {
    // An unknown key is reported under its own name.
    const keys = i.code === 'unrecognized_keys' ? (i as { keys?: string[] }).keys : undefined;
    const path = [...i.path, ...(keys?.length === 1 ? keys : [])].join('.');
    return { field: path || '(request)', message: i.message, code: i.code };
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('problem');

  constructor(private readonly modules: ModuleRef) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const problem = this.toProblem(exception);
    problem.instance = req.originalUrl;
    const requestId = req.headers['x-request-id'];
    if (typeof requestId === 'string') problem.requestId = requestId;
    if (problem.status === 503) res.setHeader('Retry-After', '5');
    const send = () => res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
    // Every refusal is in the audit trail before the caller hears of it (once: a use case may have written it already).
    if (problem.status === 403) void this.auditRefusal(req, problem).finally(send);
    else send();
  }

  /** A 403 as an audit entry: the action(s) the route performs, the caller, the case or resource, REFUSED and the reason. */
  private async auditRefusal(req: Request, problem: Problem): Promise<void> {
    const ctx = auditContextOf(req);
    if (ctx.refusalAudited) return;
    try {
      const who = await this.caller(req);
      const actions = (req as { [ROUTE_ACTIONS]?: string[] })[ROUTE_ACTIONS];
      const path = req.originalUrl.split('?')[0];
      const id = (req.params as Record<string, string> | undefined)?.id;
      const caseId = path.startsWith('/api/v1/cases/') && id && UUID.test(id) ? id : undefined;
      await this.modules.get(AuditLog, { strict: false }).append(who, actions?.length ? actions.join('|') : `${req.method} ${path}`, ctx, {
        caseId,
        resource: `${req.method} ${path}`.slice(0, 300),
        outcome: 'REFUSED',
        detail: problem.detail,
      });
    } catch (e) {
      this.logger.error(`a refusal could not be audited (request ${ctx.requestId}): ${(e as Error)?.message}`);
    }
  }

  /** Who was refused: the guard's identity, or the queue board's (its gate runs before the guard). */
  private async caller(req: Request): Promise<Identity | null> {
    const known = (req as { identity?: Identity }).identity;
    if (known) return known;
    if (req.originalUrl.startsWith(BOARD_PATH)) return this.modules.get(BoardAccess, { strict: false }).identify(req).catch(() => null);
    return null;
  }

  private toProblem(e: unknown): Problem {
    if (e instanceof ZodValidationException) {
      return {
        type: `${TYPE_BASE}validation`,
        title: 'The request is not valid',
        status: 400,
        detail: 'One or more fields are invalid; see errors.',
        errors: zodProblems(e.getZodError() as ZodError),
      };
    }
    if (e instanceof DomainError) {
      return {
        type: `${TYPE_BASE}${e.name.replace(/Error$/, '').toLowerCase()}`,
        title: e.title,
        status: e.status,
        detail: e.message,
        ...(e.code ? { code: e.code } : {}),
        ...(e.errors ? { errors: e.errors } : {}),
      };
    }
    if (e instanceof HttpException) {
      const status = e.getStatus();
      const body = e.getResponse();
      const detail = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      return { type: `${TYPE_BASE}http-${status}`, title: e.name.replace(/Exception$/, ''), status, detail: Array.isArray(detail) ? detail.join('; ') : String(detail ?? e.message) };
    }
    if (e instanceof SyntaxError && (e as { type?: string }).type === 'entity.parse.failed') {
      return { type: `${TYPE_BASE}validation`, title: 'The request is not valid', status: 400, detail: 'The body is not valid JSON.' };
    }
    const status = (e as { status?: unknown })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // body-parser errors (payload too large, bad encoding) carry a status.
      return { type: `${TYPE_BASE}http-${status}`, title: 'The request is not valid', status, detail: (e as Error).message };
    }
    if (isUnavailable(e)) {
      this.logger.warn(`service unavailable: ${(e as Error)?.message}`);
      return { type: `${TYPE_BASE}unavailable`, title: 'A service Masar depends on is unavailable', status: 503, detail: 'Try again shortly.' };
    }
    const errorId = randomUUID();
    this.logger.error(`error ${errorId}`, (e as Error)?.stack ?? String(e));
    return { type: `${TYPE_BASE}internal`, title: 'Internal error', status: 500, detail: 'An unexpected error occurred; quote the error id.', errorId };
  }
}
