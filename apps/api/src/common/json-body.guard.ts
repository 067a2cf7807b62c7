// A body is read as JSON, whether or not the operation takes one (the OpenAPI
// document's 415 on every POST and PUT): a body sent in another type is
// refused, not ignored. Ignored, it let an operation whose body is optional
// (POST /codec/session) act on a request it never read. An operation that
// declares what it consumes (@ApiConsumes: a document's multipart upload)
// reads its own media type and answers for it.
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';
import type { Request } from 'express';
import { UnsupportedMediaTypeError } from './errors';

/** A body on its way: a length above zero, or chunks (an empty POST is no body). */
const carriesBody = (req: Request): boolean => req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

@Injectable()
export class JsonBodyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    if (this.reflector.getAllAndOverride<string[]>(DECORATORS.API_CONSUMES, [ctx.getHandler(), ctx.getClass()])?.length) return true;
    const req = ctx.switchToHttp().getRequest<Request>();
    if (carriesBody(req) && req.is('application/json') !== 'application/json') {
      throw new UnsupportedMediaTypeError('the body is not sent as JSON (Content-Type application/json, UTF-8)');
    }
    return true;
  }
}
