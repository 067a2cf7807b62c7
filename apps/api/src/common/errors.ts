// Domain errors: plain Error subclasses with a name, mapped to problem+json
// by one filter. They do not import NestJS. A conflict carries the code of
// libs/domain/refusals.ts that clients (the console) turn into a sentence.
import type { RefusalCode } from '../../../../libs/domain/refusals';

export interface FieldProblem {
  field: string;
  message: string;
  code?: string;
}

export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly title: string;
  readonly errors?: FieldProblem[];
  /** the refusal's stable code, sent as `code` beside the English detail */
  readonly code?: RefusalCode;
  constructor(message: string, errors?: FieldProblem[], code?: RefusalCode) {
    super(message);
    this.errors = errors;
    this.code = code;
  }
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  readonly status = 404;
  readonly title = 'Not found';
}

export class ConflictError extends DomainError {
  override name = 'ConflictError';
  readonly status = 409;
  readonly title = 'Conflicts with the state of the pathway';
  /** every conflict names its refusal: the English message stays the detail for API clients */
  constructor(code: RefusalCode, message: string, errors?: FieldProblem[]) {
    super(message, errors, code);
  }
}

export class UnprocessableError extends DomainError {
  override name = 'UnprocessableError';
  readonly status = 422;
  readonly title = 'Semantic error';
}

export class UnauthenticatedError extends DomainError {
  override name = 'UnauthenticatedError';
  readonly status = 401;
  readonly title = 'Authentication required';
}

export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
  readonly status = 403;
  readonly title = 'Not allowed';
}

export class UnsupportedMediaTypeError extends DomainError {
  override name = 'UnsupportedMediaTypeError';
  readonly status = 415;
  readonly title = 'Unsupported media type';
}

export class UnavailableError extends DomainError {
  override name = 'UnavailableError';
  readonly status = 503;
  readonly title = 'A service Masar depends on is unavailable';
}

export class InvalidInputError extends DomainError {
  override name = 'InvalidInputError';
  readonly status = 400;
  readonly title = 'The request is not valid';
}

export class TooManyRequestsError extends DomainError {
  override name = 'TooManyRequestsError';
  readonly status = 429;
  readonly title = 'Too many requests';
}

export class MethodNotAllowedError extends DomainError {
  override name = 'MethodNotAllowedError';
  readonly status = 405;
  readonly title = 'Method not allowed';
}

/** A province code that names no province: a 422 on the field (before any permission check, which would otherwise answer 403). */
export const unknownProvince = (field: string, code: string) => new UnprocessableError('unknown province', [{ field, message: `unknown province ${code}` }]);

/** An id that names nothing in the directory (a user, an organisation): a 422 on the field. */
export const unknownInDirectory = (field: string, id: string, what: string) => new UnprocessableError(`unknown ${what}`, [{ field, message: `not in the directory: ${id}` }]);
