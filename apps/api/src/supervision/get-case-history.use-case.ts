// A case's whole history for supervisors, read from PostgreSQL (case-story.ts):
// the case, its reports, its referrals, their steps, deadlines, alerts and
// deliveries, complaints, record entries and reads of the file, in time order,
// each with its actor; it outlives Temporal's retention of closed workflows.
// The decrypted Temporal history stays available as a detail for forensics
// (`view=temporal`: timers, refused payloads), as long as Temporal keeps it.
// What each reader sees of the details is the disclosure rule's
// (libs/domain/disclosure.ts): an auditor gets initials and no free text, and
// an alert's address is masked unless the delivery.address rule allows it.
import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import type { Db } from '../../../../libs/db/prisma';
import type { AesGcmCodec } from '../../../../libs/temporal/codec';
import { discloses } from '../../../../libs/domain/permissions';
import type { Identity } from '../auth/identity';
import { UnavailableError } from '../common/errors';
import { isUnavailable } from '../common/problem.filter';
import { CaseAccess } from '../cases/case-access';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { DB, PAYLOAD_CODEC, TEMPORAL } from '../infra/tokens';
import { disclosedTo } from '../../../../libs/domain/disclosure';
import { caseStory } from './case-story';
import { caseTimeline } from './history-timeline';
import type { CaseHistory } from './schemas';

export type HistoryView = 'story' | 'temporal';

@Injectable()
export class GetCaseHistoryUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(TEMPORAL) private readonly temporal: Client,
    @Inject(PAYLOAD_CODEC) private readonly codec: AesGcmCodec,
    private readonly access: CaseAccess,
    private readonly audit: AuditLog,
  ) {}

  async execute(who: Identity, caseId: string, page: { page: number; pageSize: number; view?: HistoryView }, ctx: AuditContext): Promise<CaseHistory> {
    const row = await this.access.load(who, caseId, 'case.history.read');
    const view = page.view ?? 'story';
    let entries: CaseHistory['items'];
    if (view === 'temporal') {
      try {
        entries = await caseTimeline(this.temporal, this.codec, row.workflowId);
      } catch (e) {
        if (isUnavailable(e)) throw new UnavailableError('Temporal is not reachable');
        throw e;
      }
    } else {
      entries = await caseStory(this.db, caseId, { clearAddresses: discloses('delivery.address', who.role) });
    }
    await this.audit.append(who, 'case.history.read', ctx, { caseId, ...(view === 'temporal' ? { resource: 'temporal' } : {}) });
    const start = (page.page - 1) * page.pageSize;
    const items = entries.slice(start, start + page.pageSize).map((e) => (e.details === undefined ? e : { ...e, details: disclosedTo(who.role, e.details) }));
    return { caseId, workflowId: row.workflowId, view, total: entries.length, page: page.page, pageSize: page.pageSize, items };
  }
}
