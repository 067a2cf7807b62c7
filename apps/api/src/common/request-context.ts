import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { AuditContext } from '../infra/audit-log';

/**
 * Request id and source address, for the audit trail. The address is the
 * connection's peer, or the client a proxy of TRUST_PROXY names in
 * X-Forwarded-For (Express's req.ip under app.ts's 'trust proxy'); a header
 * from anyone else is ignored.
 */
export const RequestContext = createParamDecorator((_: unknown, ctx: ExecutionContext): AuditContext => {
  const req = ctx.switchToHttp().getRequest<Request>();
  const id = req.headers['x-request-id'];
  return { requestId: typeof id === 'string' ? id : undefined, sourceIp: req.ip ?? req.socket.remoteAddress };
});
