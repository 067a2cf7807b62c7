// What became of a case's alerts: for the readers of the case's file, and
// for the national roles that follow delivery.
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Roles } from '../auth/roles.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { CASE_READERS } from '../cases/case-access';
import { ListDeliveriesUseCase } from './list-deliveries.use-case';
import { CaseDeliveriesDto, DeliveriesQueryDto } from './schemas';

/** The readers of a case's file (as in cases.controller.ts). */

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class DeliveriesController {
  constructor(private readonly listDeliveries: ListDeliveriesUseCase) {}

  @Get(':id/deliveries')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'The alerts of a case, newest first, each with its deliveries by recipient and channel and their status; addresses in clear for supervisors and administrators only' })
  @ApiOkResponse({ type: CaseDeliveriesDto.Output })
  list(@CurrentIdentity() who: Identity, @Param('id', new ParseUUIDPipe()) id: string, @Query() q: DeliveriesQueryDto, @RequestContext() ctx: AuditContext) {
    return this.listDeliveries.execute(who, id, q, ctx);
  }
}
