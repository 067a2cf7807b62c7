// The decorators every pathway action shares: POST, the action(s) of the
// permission table it performs (the guard and the OpenAPI description read
// the table), and the problem responses it can give. The Idempotency-Key
// header and the statuses every operation shares are declared by the
// document's post-processing (app.ts). Most actions answer the pathway's
// state after the action; the others name what they answer.
import { applyDecorators, HttpCode, Post, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse } from '@nestjs/swagger';
import type { Action as TableAction } from '../../../../libs/domain/permissions';
import { Permit } from '../auth/permit.decorator';
import { CaseStateDto } from '../pathway/schemas';
import { answer } from './schemas';

const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

export function Action(path: string, summary: string, action: TableAction | [TableAction, ...TableAction[]], status = 200, answers: Type<unknown> = answer(CaseStateDto)) {
  const actions: [TableAction, ...TableAction[]] = Array.isArray(action) ? action : [action];
  return applyDecorators(
    Post(path),
    HttpCode(status),
    Permit(...actions),
    ApiBearerAuth(),
    ApiOperation({ summary }),
    ApiResponse({ status, type: answers, description: status === 201 ? 'done: what was created, with the pathway’s state after the action' : 'done: the pathway’s state after the action' }),
    ApiResponse({ status: 404, description: 'no such case or referral', content: problem }),
    ApiResponse({ status: 409, description: 'conflicts with the state of the pathway (the reason is in detail)', content: problem }),
  );
}
