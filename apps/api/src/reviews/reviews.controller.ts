// Periodic reviews: of the case, of a child's placement in an institution and
// of a child deprived of liberty (measure 32); who may record each is the
// permission table's review.case, review.institution and review.liberty.
import { Body, Controller, Headers, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { recordLibertyUpdate, recordReviewUpdate } from '../../../../workflows/case.messages';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Action } from '../common/action.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { CaseActions } from '../pathway/case-actions';

class ReviewDto extends createZodDto(
  z
    .object({
      kind: z.enum(['CASE', 'INSTITUTION', 'LIBERTY']).describe('CASE: review.case; INSTITUTION: review.institution; LIBERTY: review.liberty (see the permission)'),
      summary: z.string().trim().min(1).max(10_000),
    })
    .strict()
    .meta({ examples: [{ kind: 'CASE', summary: 'Objectifs du plan tenus; prochaine révision dans trois mois' }] }),
) {}

class LibertyDto extends createZodDto(
  z
    .object({ deprived: z.boolean().describe('true: custody, detention or a judge’s placement began (liberty reviews start); false: it ended') })
    .strict()
    .meta({ examples: [{ deprived: true }] }),
) {}

const REVIEW_ACTIONS = { CASE: 'review.case', INSTITUTION: 'review.institution', LIBERTY: 'review.liberty' } as const;

@ApiTags('reviews')
@Controller('api/v1/cases/:id')
export class ReviewsController {
  constructor(private readonly actions: CaseActions) {}

  @Action('reviews', 'Record a periodic review (CASE), a placement review (INSTITUTION) or the review of a child deprived of liberty (LIBERTY); the next one is scheduled', ['review.case', 'review.institution', 'review.liberty'])
  review(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: ReviewDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, REVIEW_ACTIONS[body.kind], recordReviewUpdate, body);
  }

  @Action('liberty', 'The child is deprived of liberty, or free again: the liberty reviews of the case’s template start or stop', 'case.liberty')
  liberty(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: LibertyDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'case.liberty', recordLibertyUpdate, body);
  }
}
