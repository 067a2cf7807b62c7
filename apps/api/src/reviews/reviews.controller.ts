// Periodic reviews: of the case and, for a child placed in an institution, of
// the placement; who may record each is the permission table's review.case
// and review.institution.
import { Body, Controller, Headers, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { recordReviewUpdate } from '../../../../workflows/case.messages';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Action } from '../common/action.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { CaseActions } from '../pathway/case-actions';

class ReviewDto extends createZodDto(
  z
    .object({ kind: z.enum(['CASE', 'INSTITUTION']).describe('CASE: review.case; INSTITUTION: review.institution (see the permission)'), summary: z.string().trim().min(1).max(10_000) })
    .strict()
    .meta({ examples: [{ kind: 'CASE', summary: 'Objectifs du plan tenus; prochaine révision dans trois mois' }] }),
) {}

@ApiTags('reviews')
@Controller('api/v1/cases/:id')
export class ReviewsController {
  constructor(private readonly actions: CaseActions) {}

  @Action('reviews', 'Record a periodic review (CASE) or a placement review (INSTITUTION); the next one is scheduled', ['review.case', 'review.institution'])
  review(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: ReviewDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, body.kind === 'CASE' ? 'review.case' : 'review.institution', recordReviewUpdate, body);
  }
}
