// What became of a case's alerts, for those who may read the case's
// deliveries (see the permission table).
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { ListDeliveriesUseCase } from './list-deliveries.use-case';
import { CaseDeliveriesDto, DeliveriesQueryDto } from './schemas';
import { answer } from '../common/schemas';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class DeliveriesController {
  constructor(private readonly listDeliveries: ListDeliveriesUseCase) {}

  @Get(':id/deliveries')
  @Permit('case.deliveries.read')
  @ApiOperation({ summary: 'The alerts of a case, newest first, each with its deliveries by recipient and channel and their status; addresses masked unless the delivery.address disclosure rule allows' })
  @ApiOkResponse({ type: answer(CaseDeliveriesDto) })
  list(@CurrentIdentity() who: Identity, @Param('id', new ParseUUIDPipe()) id: string, @Query() q: DeliveriesQueryDto, @RequestContext() ctx: AuditContext) {
    return this.listDeliveries.execute(who, id, q, ctx);
  }
}
