// GET /api/v1/indicators/diagnosis: the provincial committee's yearly report.
import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { DiagnosisUseCase } from './diagnosis.use-case';
import { DiagnosisDto } from './schemas';
import { answer } from '../common/schemas';

const diagnosisQuery = z
  .object({
    provinceCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/).optional().describe('a provincial role: its own (the default); a national role: required'),
    year: z.coerce.number().int().min(2000).max(2100),
    lang: z.enum(['ar', 'fr']).default('ar'),
    format: z.enum(['pdf', 'json']).default('pdf'),
  })
  .strict();
class DiagnosisQueryDto extends createZodDto(diagnosisQuery) {}

@ApiTags('indicators')
@ApiBearerAuth()
@Controller('api/v1/indicators/diagnosis')
export class DiagnosisController {
  constructor(private readonly diagnosis: DiagnosisUseCase) {}

  @Get()
  @Permit('indicators.diagnosis')
  @ApiProduces('application/pdf', 'application/json')
  @ApiOperation({
    summary: 'The yearly diagnosis of a province, in Arabic or French: the year against the previous one, overdue and escalated steps by level, referral acceptance by provider, redirections, after-care, complaints, satisfaction',
    description: 'format=json gives the figures the PDF prints (small counts suppressed as in every indicator).',
  })
  @ApiOkResponse({ description: 'the PDF (format=pdf, the default), or its figures (format=json)', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } }, 'application/json': { schema: { $ref: getSchemaPath(answer(DiagnosisDto)) } } } })
  @ApiExtraModels(answer(DiagnosisDto))
  async get(@CurrentIdentity() who: Identity, @Query() q: DiagnosisQueryDto, @Res({ passthrough: true }) res: Response, @RequestContext() ctx: AuditContext) {
    if (q.format === 'json') return this.diagnosis.figures(who, q, ctx);
    const { diagnosis, pdf } = await this.diagnosis.pdf(who, q, ctx);
    res.setHeader('Content-Disposition', `attachment; filename="masar-diagnostic-${diagnosis.provinceCode}-${q.year}-${q.lang}.pdf"`);
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(pdf, { type: 'application/pdf', length: pdf.length });
  }
}

