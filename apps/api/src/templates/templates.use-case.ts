// The admin side of pathway templates: list, read, a new version (a draft,
// checked field by field then by the domain's validation), publish (the
// previous published version of the same scope retires; running cases keep
// theirs). National defaults are the administrators' (template.national.edit),
// a provincial override also its committee's (template.province.edit). Audited.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { validateTemplate, type PathwayTemplate } from '../../../../libs/domain/templates';
import { permit, type Identity } from '../auth/identity';
import { ConflictError, NotFoundError, UnprocessableError, unknownProvince } from '../common/errors';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { ProvinceCatalogue } from '../infra/provinces';
import { DB } from '../infra/tokens';
import { templateView, type TemplateRow } from './template-store';
import type { TemplateBody } from './templates.schemas';

@Injectable()
export class TemplatesUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly provinces: ProvinceCatalogue,
  ) {}

  async list(who: Identity, q: { category?: string; provinceCode?: string }, ctx: AuditContext) {
    if (q.provinceCode) permit('template.read', who, { provinceCode: q.provinceCode });
    // a provincial reader sees the national defaults and its own province's overrides
    const province = q.provinceCode ?? who.provinceCode ?? undefined;
    const rows = await this.db.pathwayTemplate.findMany({
      where: { ...(q.category ? { category: q.category } : {}), OR: [{ provinceCode: null }, ...(province ? [{ provinceCode: province }] : [])] },
      orderBy: [{ category: 'asc' }, { provinceCode: 'asc' }, { version: 'asc' }],
    });
    await this.audit.append(who, 'template.read', ctx, { resource: 'templates' });
    return rows.map(templateView);
  }

  async read(who: Identity, id: string, ctx: AuditContext) {
    const row = await this.row(id);
    permit('template.read', who, { provinceCode: row.provinceCode });
    await this.audit.append(who, 'template.read', ctx, { resource: `template/${id}` });
    return templateView(row);
  }

  /** A new version of the template of a category in a scope, as a draft. */
  async create(who: Identity, body: TemplateBody, ctx: AuditContext) {
    await this.mayEdit(who, body.provinceCode);
    const last = await this.db.pathwayTemplate.findFirst({ where: { category: body.category, provinceCode: body.provinceCode }, orderBy: { version: 'desc' } });
    // a provincial override numbers after the national versions it replaces
    const national = body.provinceCode ? await this.db.pathwayTemplate.findFirst({ where: { category: body.category, provinceCode: null }, orderBy: { version: 'desc' } }) : null;
    const version = Math.max(last?.version ?? 0, national?.version ?? 0) + 1;
    const template = { ...body, version } as PathwayTemplate;
    const problems = validateTemplate(template);
    if (problems.length) throw new UnprocessableError('the template is refused', problems.map((p) => ({ field: p.path, message: p.message })));
    const row = await this.db.pathwayTemplate.create({
      data: { category: body.category, provinceCode: body.provinceCode, version, body: template as object, status: 'DRAFT', createdBy: who.userId },
    });
    await this.audit.append(who, this.editAction(body.provinceCode), ctx, { resource: `template/${row.id}` });
    return templateView(row);
  }

  async publish(who: Identity, id: string, ctx: AuditContext) {
    const row = await this.row(id);
    await this.mayEdit(who, row.provinceCode);
    if (row.status !== 'DRAFT') throw new ConflictError('template_not_draft', `version ${row.version} is ${row.status.toLowerCase()}: only a draft is published`);
    const published = await this.db.$transaction(async (tx) => {
      await tx.pathwayTemplate.updateMany({
        where: { category: row.category, provinceCode: row.provinceCode, status: 'PUBLISHED', version: { lt: row.version } },
        data: { status: 'RETIRED' },
      });
      return tx.pathwayTemplate.update({ where: { id }, data: { status: 'PUBLISHED', publishedAt: new Date(), publishedBy: who.userId } });
    });
    await this.audit.append(who, this.editAction(row.provinceCode), ctx, { resource: `template/${id}`, detail: `published version ${row.version}` });
    return templateView(published);
  }

  private editAction = (provinceCode: string | null) => (provinceCode === null ? 'template.national.edit' : 'template.province.edit');

  private async mayEdit(who: Identity, provinceCode: string | null): Promise<void> {
    if (provinceCode !== null && !(await this.provinces.exists(provinceCode))) throw unknownProvince('provinceCode', provinceCode);
    permit(this.editAction(provinceCode), who, { provinceCode });
  }

  private async row(id: string): Promise<TemplateRow> {
    const row = await this.db.pathwayTemplate.findUnique({ where: { id } });
    if (!row) throw new NotFoundError(`no template ${id}`);
    return row;
  }
}
