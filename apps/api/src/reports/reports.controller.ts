import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { CreateReportUseCase } from './create-report.use-case';
import { CreateReportDto, ReportCreatedDto } from './schemas';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/reports')
export class ReportsController {
  constructor(private readonly createReport: CreateReportUseCase) {}

  @Post()
  @HttpCode(201)
  @Permit('report.create')
  @ApiOperation({ summary: 'File a report about a child in danger: opens a case and its pathway, or attaches to a known case' })
  @ApiResponse({ status: 201, type: ReportCreatedDto })
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
