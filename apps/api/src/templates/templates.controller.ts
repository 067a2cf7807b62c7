// Pathway templates as data (measure 43): the admin API over the versions of
// each category's template, and the move of a running case to a newer one.
import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Identity } from '../auth/identity';
import { CurrentIdentity } from '../auth/current-identity';
import { Permit } from '../auth/permit.decorator';
import { Action } from '../common/action.decorator';
import { RequestContext } from '../common/request-context';
import type { AuditContext } from '../infra/audit-log';
import { MoveCaseUseCase } from './move-case.use-case';
import { MoveCaseDto, TemplateBodyDto, TemplateListDto, TemplateListQueryDto, TemplateViewDto } from './templates.schemas';
import { TemplatesUseCase } from './templates.use-case';
import { answer } from '../common/schemas';

@ApiTags('templates')
@ApiBearerAuth()
@Controller('api/v1')
export class TemplatesController {
  constructor(
    private readonly templates: TemplatesUseCase,
    private readonly moveCase: MoveCaseUseCase,
  ) {}

  @Get('admin/templates')
  @Permit('template.read')
  @ApiOperation({ summary: 'The pathway templates: national defaults and the overrides of a province, every version with its status' })
  @ApiOkResponse({ type: answer(TemplateListDto) })
  list(@CurrentIdentity() who: Identity, @Query() q: TemplateListQueryDto, @RequestContext() ctx: AuditContext) {
    return this.templates.list(who, q, ctx);
  }

  @Get('admin/templates/:templateId')
  @Permit('template.read')
  @ApiOperation({ summary: 'One version of a pathway template' })
  @ApiOkResponse({ type: answer(TemplateViewDto) })
  read(@CurrentIdentity() who: Identity, @Param('templateId', ParseUUIDPipe) id: string, @RequestContext() ctx: AuditContext) {
    return this.templates.read(who, id, ctx);
  }

  @Post('admin/templates')
  @HttpCode(201)
  @Permit('template.national.edit', 'template.province.edit')
  @ApiOperation({ summary: 'A new version (draft) of a category’s template, national or provincial; refused (422) with the reasons when a step cannot be reached, the pathway never closes or a code is unknown' })
  @ApiCreatedResponse({ type: answer(TemplateViewDto) })
  create(@CurrentIdentity() who: Identity, @Body() body: TemplateBodyDto, @RequestContext() ctx: AuditContext) {
    return this.templates.create(who, body, ctx);
  }

  @Post('admin/templates/:templateId/publish')
  @HttpCode(200)
  @Permit('template.national.edit', 'template.province.edit')
  @ApiOperation({ summary: 'Publish a draft: new cases of its scope run it; running cases keep their version' })
  @ApiOkResponse({ type: answer(TemplateViewDto) })
  publish(@CurrentIdentity() who: Identity, @Param('templateId', ParseUUIDPipe) id: string, @RequestContext() ctx: AuditContext) {
    return this.templates.publish(who, id, ctx);
  }

  @Action('cases/:id/template', 'Move a running case to a newer published version of its template (the latest of its province unless one is named)', 'case.template.move')
  move(@CurrentIdentity() who: Identity, @Param('id', ParseUUIDPipe) caseId: string, @Body() body: MoveCaseDto, @RequestContext() ctx: AuditContext, @Headers('idempotency-key') key?: string) {
    return this.moveCase.execute(who, caseId, body, ctx, key);
  }
}
