// Indicators for the provincial committee and the ministry, per province and
// period, computed from the PostgreSQL projections (never from Temporal).
import { Controller, Get, Headers, Query, Res, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { answer, isoInstant } from '../common/schemas';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { indicatorsToCsv } from './compute-indicators';
import { ComputeIndicatorsUseCase } from './compute-indicators.use-case';
import { breakdownsToCsv, LEVELS } from './breakdown';
import { IndicatorBreakdownUseCase } from './breakdown.use-case';
import { BreakdownsDto, IndicatorsDto, PressFiguresDto } from './schemas';

const indicatorsQuery = z
  .object({
    provinceCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/).optional(),
    from: isoInstant.describe('start of the period (inclusive)'),
    to: isoInstant.describe('end of the period (exclusive)'),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .strict();
class IndicatorsQueryDto extends createZodDto(indicatorsQuery) {}

const territoryQuery = {
  provinceCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/).optional().describe('one province (a provincial role: its own, the default)'),
  regionCode: z.string().regex(/^R[0-9]{2}$/).optional().describe('one region (R01-R12) and its provinces; national roles only'),
  from: isoInstant.describe('start of the period (inclusive)'),
  to: isoInstant.describe('end of the period (exclusive)'),
};
const breakdownQuery = z
  .object({
    ...territoryQuery,
    level: z.enum(LEVELS).optional().describe('only this level (NATION, REGION or PROVINCE); every level by default'),
    format: z.enum(['json', 'csv']).optional().describe('csv, or send Accept: text/csv'),
  })
  .strict();
class BreakdownQueryDto extends createZodDto(breakdownQuery) {}
const pressQuery = z.object(territoryQuery).strict();
class PressQueryDto extends createZodDto(pressQuery) {}

/** CSV when asked by format=csv, or by an Accept header that prefers text/csv to JSON. */
const wantsCsv = (format: string | undefined, accept: string | undefined): boolean =>
  format === 'csv' || (format === undefined && !!accept && /\btext\/csv\b/i.test(accept) && !/\bapplication\/json\b/i.test(accept));

/** The JSON answer's schema, or the same cells as CSV. */
const jsonOrCsv = (dto: Type<unknown>) => ({ 'application/json': { schema: { $ref: getSchemaPath(dto) } }, 'text/csv': { schema: { type: 'string' } } });

@ApiTags('indicators')
@ApiExtraModels(answer(BreakdownsDto), answer(IndicatorsDto))
@ApiBearerAuth()
@Controller('api/v1/indicators')
export class IndicatorsController {
  constructor(
    private readonly computeIndicators: ComputeIndicatorsUseCase,
    private readonly breakdown: IndicatorBreakdownUseCase,
  ) {}

  @Get('breakdown')
  @Permit('indicators.read')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary: 'Publishable indicators by sex, age band, category and entry point, per province, region and nation, for a period (JSON or CSV; small counts suppressed)',
    description:
      'Reports received, cases opened, referrals decided and accepted within deadline, redirections both ways, reports to the prosecutor, children integrated ' +
      '(family, school, vocational training), after-care entries and social-emergency interventions. A count under INDICATOR_SUPPRESSION_THRESHOLD (5) is "< 5"; ' +
      'a cell that would give a suppressed one back is "x". Absent cells are zero.',
  })
  @ApiOkResponse({ description: 'JSON, or CSV with format=csv or Accept: text/csv', content: jsonOrCsv(answer(BreakdownsDto)) })
  async getBreakdown(
    @CurrentIdentity() who: Identity,
    @Query() q: BreakdownQueryDto,
    @Res({ passthrough: true }) res: Response,
    @RequestContext() ctx: AuditContext,
    @Headers('accept') accept?: string,
  ) {
    const result = await this.breakdown.execute(who, q, ctx);
    res.setHeader('Vary', 'Accept');
    if (wantsCsv(q.format, accept)) {
      res.type('text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="masar-indicators-breakdown-${q.from.slice(0, 10)}-${q.to.slice(0, 10)}.csv"`);
      return breakdownsToCsv(result);
    }
    return result;
  }

  @Get('press-figures')
  @Permit('indicators.read')
  @ApiOperation({ summary: 'The press figures of a territory for a period: children integrated, back to school, into vocational training, social-emergency interventions (with girls and boys; small counts suppressed)' })
  @ApiOkResponse({ type: answer(PressFiguresDto) })
  getPressFigures(@CurrentIdentity() who: Identity, @Query() q: PressQueryDto, @RequestContext() ctx: AuditContext) {
    return this.breakdown.press(who, q, ctx);
  }

  @Get()
  @Permit('indicators.read')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: 'Indicators per province for a period: reports, stages, referrals within deadline, escalations, redirections, integrations, after-care, complaints (JSON or CSV)' })
  @ApiOkResponse({ description: 'JSON, or CSV with format=csv', content: jsonOrCsv(answer(IndicatorsDto)) })
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
