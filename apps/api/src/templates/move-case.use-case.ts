// A running case moved to a newer version of its pathway template: the
// case's coordinator (case.template.move) asks, the API reads the published
// version (the one named, else the latest of the case's province), and the
// pathway judges whether its open steps make sense there. Audited as any action.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { moveToTemplateUpdate } from '../../../../workflows/case.messages';
import type { Identity } from '../auth/identity';
import { CaseAccess } from '../cases/case-access';
import { UnprocessableError } from '../common/errors';
import type { AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import { CaseActions } from '../pathway/case-actions';
import { bodyOf, effectiveTemplate, templateOfVersion } from './template-store';

@Injectable()
export class MoveCaseUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly access: CaseAccess,
    private readonly actions: CaseActions,
  ) {}

  async execute(who: Identity, caseId: string, body: { version?: number }, ctx: AuditContext, idempotencyKey?: string) {
    const row = await this.access.load(who, caseId, 'case.template.move');
    const target = body.version
      ? await templateOfVersion(this.db, row.category, row.provinceCode, body.version)
      : await effectiveTemplate(this.db, row.category, row.provinceCode);
    if (!target || target.status !== 'PUBLISHED') {
      throw new UnprocessableError('no such published template', [{ field: 'version', message: `no published template of ${row.category}${body.version ? ` at version ${body.version}` : ''} for ${row.provinceCode}` }]);
    }
    const state = await this.actions.run({ who, caseId, ctx, idempotencyKey }, 'case.template.move', moveToTemplateUpdate, { template: bodyOf(target) });
    await this.db.case.update({ where: { id: row.id }, data: { templateVersion: target.version } });
    return state;
  }
}
