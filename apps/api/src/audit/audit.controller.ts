// The audit trail for auditors: who read or did what, on which case, when,
// filtered and paged (newest first, keyset cursor on the entry id).
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { answer, isoInstant } from '../common/schemas';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { ListAuditEntriesUseCase } from './list-audit-entries.use-case';
import { AuditPageDto } from './schemas';

const auditQuery = z
  .object({
    caseId: z.uuid().optional(),
    actorId: z.string().max(200).optional(),
    action: z.string().max(100).optional(),
    from: isoInstant.optional(),
    to: isoInstant.optional(),
    cursor: z.string().regex(/^\d{1,18}$/, 'the nextCursor of the previous page').optional().describe('the nextCursor of the previous page'),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
class AuditQueryDto extends createZodDto(auditQuery) {}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit')
export class AuditController {
  constructor(private readonly listEntries: ListAuditEntriesUseCase) {}

  @Get()
  @Permit('audit.read')
  @ApiOperation({ summary: 'List the audit trail (reads and actions), newest first' })
  @ApiOkResponse({ type: answer(AuditPageDto) })
  list(@CurrentIdentity() who: Identity, @Query() q: AuditQueryDto, @RequestContext() ctx: AuditContext) {
    return this.listEntries.execute(who, q, ctx);
  }
}
