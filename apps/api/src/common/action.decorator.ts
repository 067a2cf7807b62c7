// The decorators every pathway action shares: POST, the roles it admits, and
// its documentation (Idempotency-Key, the problem responses it can give).
import { applyDecorators, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse } from '@nestjs/swagger';
import type { Role } from '../../../../libs/domain/taxonomy';
import { Roles } from '../auth/roles.decorator';

const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

export function Action(path: string, summary: string, roles: Role[], status = 200) {
  return applyDecorators(
    Post(path),
    HttpCode(status),
    Roles(...roles),
    ApiBearerAuth(),
    ApiOperation({ summary, description: `Roles: ${roles.join(', ')}.` }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key is the same action and returns the same answer' }),
    ApiResponse({ status: 400, description: 'the body is not valid (field by field)', content: problem }),
    ApiResponse({ status: 403, description: 'your role or province may not do this', content: problem }),
    ApiResponse({ status: 404, description: 'no such case', content: problem }),
    ApiResponse({ status: 409, description: 'conflicts with the state of the pathway (the reason is in detail)', content: problem }),
  );
}

export const CASE_WORKERS: Role[] = ['COORDINATOR', 'HEAD_OF_CENTRE'];
