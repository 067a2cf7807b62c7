import { Body, Controller, Headers, HttpCode, Post, Res, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOperation, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { CreateReportUseCase } from './create-report.use-case';
import { ProbableMatchesFilter } from './probable-matches.filter';
import { answer } from '../common/schemas';
import { CreateReportDto, ProbableMatchesDto, ReportCreatedDto } from './schemas';

const ProbableMatches = answer(ProbableMatchesDto);

@ApiTags('reports')
@ApiExtraModels(ProbableMatches)
@ApiBearerAuth()
@Controller('api/v1/reports')
export class ReportsController {
  constructor(private readonly createReport: CreateReportUseCase) {}

  @Post()
  @HttpCode(201)
  @Permit('report.create')
  @UseFilters(ProbableMatchesFilter)
  @ApiOperation({
    summary: 'File a report about a child in danger: opens a case and its pathway, or attaches to a known case',
    description:
      'The same birth certificate, CNIE (or a parent\'s CNIE with the same first name) or case reference attaches the report to the known case. ' +
      'Probable matches on the full name (Arabic or Latin), age, sex, mother and province answer 409 with the candidates and record nothing: ' +
      'send the report again with attachToCaseId or fileAsNew: true.',
  })
  @ApiResponse({ status: 201, type: answer(ReportCreatedDto) })
  @ApiResponse({ status: 409, content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProbableMatches) } } }, description: 'problem+json: the child may already be known; the candidates (reference, province, initials, age, score, why)' })
  async create(
    @CurrentIdentity() who: Identity,
    @Body() body: CreateReportDto,
    @RequestContext() ctx: AuditContext,
    @Res({ passthrough: true }) res: Response,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<ReportCreatedDto> {
    const { status, body: created } = await this.createReport.execute(who, body, ctx, idempotencyKey || undefined);
    res.status(status);
    res.setHeader('Location', `/api/v1/cases/${created.caseId}`);
    return created;
  }
}
