// The 409 of a report about a possibly known child: problem+json that carries
// the candidates (the app's filter knows only field errors).
import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ProbableMatchesError } from './probable-matches.error';
import type { ProbableMatches } from './schemas';

@Catch(ProbableMatchesError)
export class ProbableMatchesFilter implements ExceptionFilter {
  catch(e: ProbableMatchesError, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    const requestId = req.headers['x-request-id'];
    const problem: ProbableMatches = {
      type: 'https://masar.ma/problems/probable-matches',
      title: 'This child may already be known',
      status: 409,
      detail: e.message,
      code: e.code,
      instance: req.originalUrl,
      ...(typeof requestId === 'string' ? { requestId } : {}),
      threshold: e.threshold,
      candidates: e.candidates,
    };
    res.status(409).type('application/problem+json').send(JSON.stringify(problem));
  }
}
