import { Controller, Get, Header, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit } from '../auth/permit.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { ExportCaseUseCase } from './export-case.use-case';
import { GetCaseTimelineUseCase } from './get-case-timeline.use-case';
import { GetCaseUseCase } from './get-case.use-case';
import { ListCasesUseCase } from './list-cases.use-case';
import { CaseDetailDto, CaseExportDto, CaseListDto, CaseListQueryDto, CaseTimelineDto } from './schemas';
import { answer } from '../common/schemas';


@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class CasesController {
  constructor(
    private readonly listCases: ListCasesUseCase,
    private readonly getCase: GetCaseUseCase,
    private readonly caseTimeline: GetCaseTimelineUseCase,
    private readonly exportCase: ExportCaseUseCase,
  ) {}

  @Get()
  @Permit('case.list')
  @ApiOperation({ summary: 'Cases of a province (from PostgreSQL), with their stage and open steps; keyset-paged' })
  @ApiOkResponse({ type: answer(CaseListDto) })
  list(@CurrentIdentity() who: Identity, @Query() q: CaseListQueryDto, @RequestContext() ctx: AuditContext) {
    return this.listCases.execute(who, q, ctx);
  }

  @Get(':id')
  @Permit('case.read')
  @ApiOperation({ summary: 'A case with its live pathway state (open steps, due times, ladder levels)' })
  @ApiOkResponse({ type: answer(CaseDetailDto) })
  get(@CurrentIdentity() who: Identity, @Param('id', new ParseUUIDPipe()) id: string, @RequestContext() ctx: AuditContext) {
    return this.getCase.execute(who, id, ctx);
  }

  @Get(':id/export')
  @Permit('case.export')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The case’s record and timeline as one JSON document, for a data-subject request (audited)' })
  @ApiOkResponse({ type: answer(CaseExportDto), description: 'an attachment (Content-Disposition) of one JSON document' })
  async export(
    @CurrentIdentity() who: Identity,
    @Param('id', new ParseUUIDPipe()) id: string,
    @RequestContext() ctx: AuditContext,
    @Res({ passthrough: true }) res: Response,
  ) {
    const file = await this.exportCase.execute(who, id, ctx);
    res.setHeader('Content-Disposition', `attachment; filename="masar-${file.case.reference}.json"`);
    return file;
  }

  @Get(':id/timeline')
  @Permit('case.timeline.read')
  @ApiOperation({ summary: 'The pathway’s own timeline of actions and facts, its latest 300 entries (as the pathway writes them to PostgreSQL)' })
  @ApiOkResponse({ type: answer(CaseTimelineDto) })
  timeline(@CurrentIdentity() who: Identity, @Param('id', new ParseUUIDPipe()) id: string, @RequestContext() ctx: AuditContext) {
    return this.caseTimeline.execute(who, id, ctx);
  }
}
