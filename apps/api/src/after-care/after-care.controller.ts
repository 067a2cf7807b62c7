// After 18: the autonomy plan and the periodic check-ins of young adults
// (18-22) leaving care.
import { Body, Controller, Headers, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { recordCheckInUpdate, submitAutonomyPlanUpdate } from '../../../../workflows/case.messages';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Action } from '../common/action.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { CaseActions } from '../pathway/case-actions';

class AutonomyPlanDto extends createZodDto(
  z
    .object({ goals: z.array(z.string().trim().min(1).max(500)).min(1).max(30) })
    .strict()
    .meta({ examples: [{ goals: ['Logement autonome', 'Formation en électricité'] }] }),
) {}
class CheckInDto extends createZodDto(
  z
    .object({ note: z.string().trim().min(1).max(5000).optional(), autonomyReached: z.boolean().optional() })
    .strict()
    .meta({ examples: [{ note: 'Stage trouvé, logement stable', autonomyReached: false }] }),
) {}

@ApiTags('after-care')
@Controller('api/v1/cases/:id')
export class AfterCareController {
  constructor(private readonly actions: CaseActions) {}

  @Action('autonomy-plan', 'The autonomy plan of a young adult in after-care', 'after-care.plan')
  plan(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: AutonomyPlanDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'after-care.plan', submitAutonomyPlanUpdate, body);
  }

  @Action('check-ins', 'An after-care check-in took place (autonomyReached leads to closure)', 'after-care.check-in')
  checkIn(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: CheckInDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.actions.run({ who, caseId, ctx, idempotencyKey: key }, 'after-care.check-in', recordCheckInUpdate, body);
  }
}
