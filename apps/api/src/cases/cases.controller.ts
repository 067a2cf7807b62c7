import { Controller, Get, Header, Inject, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Db } from '../../../../libs/db/prisma';
import { timelineQuery } from '../../../../workflows/case.messages';
import { isNational, type Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Roles } from '../auth/roles.decorator';
import { ForbiddenError } from '../common/errors';
import { RequestContext } from '../common/request-context';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import { PathwayGateway } from '../pathway/pathway.gateway';
import { CaseAccess, CASE_READERS } from './case-access';
import { EXPORTERS, ExportCaseUseCase } from './export-case.use-case';
import { GetCaseUseCase } from './get-case.use-case';
import { CaseListQueryDto } from './schemas';


@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class CasesController {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly getCase: GetCaseUseCase,
    private readonly access: CaseAccess,
    private readonly pathways: PathwayGateway,
    private readonly audit: AuditLog,
    private readonly exportCase: ExportCaseUseCase,
  ) {}

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Cases of a province (from PostgreSQL), with their stage and open steps; keyset-paged' })
  async list(@CurrentIdentity() who: Identity, @Query() q: CaseListQueryDto, @RequestContext() ctx: AuditContext) {
    if (!isNational(who) && q.provinceCode && q.provinceCode !== who.provinceCode) throw new ForbiddenError(`a ${who.role.toLowerCase()} of ${who.provinceCode} sees only its province`);
    const provinceCode = isNational(who) ? q.provinceCode : who.provinceCode!;
    const rows = await this.db.case.findMany({
      where: { provinceCode, status: q.status, stage: q.stage, ...(q.cursor ? { id: { gt: q.cursor } } : {}) },
      orderBy: { id: 'asc' },
      take: q.limit,
      include: { openSteps: { where: { status: 'OPEN' }, select: { step: true, dueAt: true, level: true } } },
    });
    await this.audit.append(who, 'case.list', ctx, {});
    return {
      items: rows.map((r) => ({
        id: r.id,
        reference: r.reference,
        provinceCode: r.provinceCode,
        category: r.category,
        riskLevel: r.riskLevel,
        track: r.track,
        stage: r.stage,
        status: r.status,
        assigneeId: r.assigneeId,
        openedAt: r.openedAt.toISOString(),
        openSteps: r.openSteps.map((s) => ({ step: s.step, dueAt: s.dueAt.toISOString(), level: s.level, overdue: s.dueAt.getTime() < Date.now() })),
      })),
      nextCursor: rows.length === q.limit ? rows[rows.length - 1].id : null,
    };
  }

  @Get(':id')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'A case with its live pathway state (open steps, due times, ladder levels)' })
  get(@CurrentIdentity() who: Identity, @Param('id', new ParseUUIDPipe()) id: string, @RequestContext() ctx: AuditContext) {
    return this.getCase.execute(who, id, ctx);
  }

  @Get(':id/export')
  @Roles(...EXPORTERS)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The case’s record and timeline as one JSON document, for a data-subject request (audited)' })
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
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'The pathway’s own timeline of actions and facts (a workflow query)' })
  async timeline(@CurrentIdentity() who: Identity, @Param('id', new ParseUUIDPipe()) id: string, @RequestContext() ctx: AuditContext) {
    const row = await this.access.load(who, id);
    const items = await this.pathways.query(row.workflowId, timelineQuery);
    await this.audit.append(who, 'case.timeline.read', ctx, { caseId: id });
    return { caseId: id, items };
  }
}
