// A case's full history as a readable timeline for supervisors: every run of
// its workflow, decrypted with Masar's codec, paged; the read is audited.
// What each reader sees of the decrypted details is the disclosure rule's
// (libs/domain/disclosure.ts): an auditor gets initials and no narrative.
import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import type { AesGcmCodec } from '../../../../libs/temporal/codec';
import type { Identity } from '../auth/identity';
import { UnavailableError } from '../common/errors';
import { isUnavailable } from '../common/problem.filter';
import { CaseAccess } from '../cases/case-access';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { PAYLOAD_CODEC, TEMPORAL } from '../infra/tokens';
import { disclosedTo } from '../../../../libs/domain/disclosure';
import { caseTimeline } from './history-timeline';

@Injectable()
export class GetCaseHistoryUseCase {
  constructor(
    @Inject(TEMPORAL) private readonly temporal: Client,
    @Inject(PAYLOAD_CODEC) private readonly codec: AesGcmCodec,
    private readonly access: CaseAccess,
    private readonly audit: AuditLog,
  ) {}

  async execute(who: Identity, caseId: string, page: { page: number; pageSize: number }, ctx: AuditContext) {
    const row = await this.access.load(who, caseId, 'case.history.read');
    let entries;
    try {
      entries = await caseTimeline(this.temporal, this.codec, row.workflowId);
    } catch (e) {
      if (isUnavailable(e)) throw new UnavailableError('Temporal is not reachable');
      throw e;
    }
    await this.audit.append(who, 'case.history.read', ctx, { caseId });
    const start = (page.page - 1) * page.pageSize;
    const items = entries.slice(start, start + page.pageSize).map((e) => (e.details === undefined ? e : { ...e, details: disclosedTo(who.role, e.details) }));
    return { caseId, workflowId: row.workflowId, total: entries.length, page: page.page, pageSize: page.pageSize, items };
  }
}
