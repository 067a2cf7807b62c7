import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { AuditContext } from '../infra/audit-log';

/**
 * Request id and source address, for the audit trail. The address is the
 * connection's peer, or the client a proxy of TRUST_PROXY names in
 * X-Forwarded-For (Express's req.ip under app.ts's 'trust proxy'); a header
 * from anyone else is ignored.
 */
export const RequestContext = createParamDecorator((_: unknown, ctx: ExecutionContext): AuditContext => auditContextOf(ctx.switchToHttp().getRequest<Request>()));

const AUDIT_CONTEXT = Symbol('masar.auditContext');

/** The request's one audit context (the handler's and the problem filter's are the same object: a refusal audited by a use case is not audited twice). */
export function auditContextOf(req: Request): AuditContext {
  const holder = req as unknown as { [AUDIT_CONTEXT]?: AuditContext };
  if (!holder[AUDIT_CONTEXT]) {
    const id = req.headers['x-request-id'];
    holder[AUDIT_CONTEXT] = { requestId: typeof id === 'string' ? id : undefined, sourceIp: req.ip ?? req.socket.remoteAddress };
  }
  return holder[AUDIT_CONTEXT];
}
