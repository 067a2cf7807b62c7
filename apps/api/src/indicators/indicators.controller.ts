// Indicators for the provincial committee and the ministry, per province and
// period, computed from the PostgreSQL projections (never from Temporal).
import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoInstant } from '../common/schemas';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { indicatorsToCsv } from './compute-indicators';
import { ComputeIndicatorsUseCase } from './compute-indicators.use-case';

const indicatorsQuery = z
  .object({
    provinceCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/).optional(),
    from: isoInstant.describe('start of the period (inclusive)'),
    to: isoInstant.describe('end of the period (exclusive)'),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .strict();
class IndicatorsQueryDto extends createZodDto(indicatorsQuery) {}

@ApiTags('indicators')
@ApiBearerAuth()
@Controller('api/v1/indicators')
export class IndicatorsController {
  constructor(private readonly computeIndicators: ComputeIndicatorsUseCase) {}

  @Get()
  @Permit('indicators.read')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: 'Indicators per province for a period: reports, stages, referrals within deadline, escalations, redirections, integrations, after-care, complaints (JSON or CSV)' })
  async get(@CurrentIdentity() who: Identity, @Query() q: IndicatorsQueryDto, @Res({ passthrough: true }) res: Response, @RequestContext() ctx: AuditContext) {
    const result = await this.computeIndicators.execute(who, q, ctx);
    if (q.format === 'csv') {
      res.type('text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="masar-indicators-${q.from.slice(0, 10)}-${q.to.slice(0, 10)}.csv"`);
      return indicatorsToCsv(result);
    }
    return result;
  }
}
