// Supervision: a case's whole history as a readable timeline (from
// PostgreSQL; the decrypted Temporal history as an option), and the overdue steps and escalations read from PostgreSQL.
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { answer, isoInstant } from '../common/schemas';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { CountEscalationsUseCase } from './count-escalations.use-case';
import { GetCaseHistoryUseCase } from './get-case-history.use-case';
import { ListOverdueStepsUseCase } from './list-overdue-steps.use-case';
import { CaseHistoryDto, EscalationCountsDto, OverdueDto } from './schemas';

const province = z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/);
const pageQuery = z
  .object({
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(100),
    /** story (default): the whole history from PostgreSQL; temporal: the decrypted workflow history, while Temporal keeps it */
    view: z.enum(['story', 'temporal']).default('story'),
  })
  .strict();
class PageQueryDto extends createZodDto(pageQuery) {}
const overdueQuery = z.object({ provinceCode: province.optional() }).strict();
class OverdueQueryDto extends createZodDto(overdueQuery) {}
const escalationsQuery = z
  .object({
    provinceCode: province.optional(),
    from: isoInstant.optional(),
    to: isoInstant.optional(),
    period: z.enum(['day', 'week', 'month']).default('month'),
  })
  .strict();
class EscalationsQueryDto extends createZodDto(escalationsQuery) {}

@ApiTags('supervision')
@ApiBearerAuth()
@Controller('api/v1')
export class SupervisionController {
  constructor(
    private readonly caseHistory: GetCaseHistoryUseCase,
    private readonly overdueSteps: ListOverdueStepsUseCase,
    private readonly countEscalations: CountEscalationsUseCase,
  ) {}

  @Get('cases/:id/history')
  @Permit('case.history.read')
  @ApiOperation({
    summary:
      'The whole history of the case, in time order, each entry with its actor and time: reports, pathway facts, steps and deadlines, referrals and their acceptance, alerts with level and role, their deliveries (addresses masked), complaints, record entries, reads of the file. Read from PostgreSQL: it outlives Temporal. view=temporal: the decrypted workflow history (timers, refused payloads) while Temporal keeps it',
  })
  @ApiOkResponse({ type: answer(CaseHistoryDto) })
  history(@CurrentIdentity() who: Identity, @Param('id', new ParseUUIDPipe()) id: string, @Query() q: PageQueryDto, @RequestContext() ctx: AuditContext) {
    return this.caseHistory.execute(who, id, q, ctx);
  }

  @Get('supervision/overdue')
  @Permit('supervision.overdue')
  @ApiOperation({ summary: 'Open steps past their due time, by province, with how late and the current ladder level' })
  @ApiOkResponse({ type: answer(OverdueDto) })
  overdue(@CurrentIdentity() who: Identity, @Query() q: OverdueQueryDto, @RequestContext() ctx: AuditContext) {
    return this.overdueSteps.execute(who, q, ctx);
  }

  @Get('supervision/escalations')
  @Permit('supervision.escalations')
  @ApiOperation({ summary: 'Escalations by ladder level and period' })
  @ApiOkResponse({ type: answer(EscalationCountsDto) })
  escalations(@CurrentIdentity() who: Identity, @Query() q: EscalationsQueryDto, @RequestContext() ctx: AuditContext) {
    return this.countEscalations.execute(who, q, ctx);
  }
}
