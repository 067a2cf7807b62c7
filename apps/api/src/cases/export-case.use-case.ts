// A data-subject request (law 09-08): a child or a family may see their own
// file. The export is the case's record and its timeline as one JSON
// document (with the record professionals wrote, every version, and the
// documents' descriptions), read by a professional who hands it over; the export itself is
// audited. Third parties stay out of it: the reporter's name and phone and
// the staff's addresses are not exported.
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../../../libs/db/prisma';
import { timelineQuery, type TimelineEntry } from '../../../../workflows/case.messages';
import type { Identity } from '../auth/identity';
import { NotFoundError } from '../common/errors';
import { AuditLog, type AuditContext } from '../infra/audit-log';
import { DB } from '../infra/tokens';
import { PathwayGateway } from '../pathway/pathway.gateway';
import { RecordStore } from '../record/record-store';
import { CaseAccess } from './case-access';
import { readTimeline } from './case-timeline';
import type { CaseExport } from './schemas';

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

@Injectable()
export class ExportCaseUseCase {
  constructor(
    @Inject(DB) private readonly db: Db,
    private readonly access: CaseAccess,
    private readonly pathways: PathwayGateway,
    private readonly audit: AuditLog,
    private readonly record: RecordStore,
  ) {}

  async execute(who: Identity, caseId: string, ctx: AuditContext): Promise<CaseExport> {
    const row = await this.access.load(who, caseId, 'case.export');
    const [reports, referrals, steps, events, complaints, record, documents] = await Promise.all([
      this.db.report.findMany({ where: { caseId }, orderBy: { receivedAt: 'asc' } }),
      this.db.referral.findMany({ where: { caseId }, orderBy: { createdAt: 'asc' }, include: { organisation: { select: { nameFr: true, nameAr: true } } } }),
      this.db.openStep.findMany({ where: { caseId }, orderBy: { openedAt: 'asc' } }),
      this.db.pathwayEvent.findMany({ where: { caseId }, orderBy: { at: 'asc' } }),
      this.db.complaint.findMany({ where: { caseId }, orderBy: { createdAt: 'asc' } }),
      this.record.all(caseId),
      this.db.caseDocument.findMany({
        where: { caseId },
        orderBy: { createdAt: 'asc' },
        select: { id: true, kind: true, title: true, filename: true, mediaType: true, size: true, sha256: true, createdAt: true },
      }),
    ]);
    // The pathway's own timeline (its rows, else its query); a pathway gone from Temporal leaves its recorded facts.
    let timeline: TimelineEntry[] | null = await readTimeline(this.db, caseId);
    try {
      timeline ??= await this.pathways.query(row.workflowId, timelineQuery);
    } catch (e) {
      if (!(e instanceof NotFoundError)) throw e;
    }
    await this.audit.append(who, 'case.export', ctx, { caseId });
    return {
      exportedAt: new Date().toISOString(),
      exportedBy: { userId: who.userId, role: who.role },
      case: {
        id: row.id,
        reference: row.reference,
        provinceCode: row.provinceCode,
        category: row.category,
        riskLevel: row.riskLevel,
        track: row.track,
        stage: row.stage,
        status: row.status,
        openedAt: iso(row.openedAt),
        closedAt: iso(row.closedAt),
      },
      child: this.access.childView(who, row.child),
      reports: reports.map((r) => ({ id: r.id, receivedAt: iso(r.receivedAt), entryPoint: r.entryPoint, category: r.category, riskLevel: r.riskLevel, narrative: r.narrative })),
      referrals: referrals.map((r) => ({
        id: r.id,
        organisation: { fr: r.organisation.nameFr, ar: r.organisation.nameAr },
        service: r.service,
        status: r.status,
        basis: r.basis,
        declineReason: r.declineReason,
        createdAt: iso(r.createdAt),
        acceptedAt: iso(r.acceptedAt),
        startedAt: iso(r.startedAt),
        completedAt: iso(r.completedAt),
      })),
      steps: steps.map((s) => ({ step: s.step, label: s.label, openedAt: iso(s.openedAt), dueAt: iso(s.dueAt), status: s.status, closedAt: iso(s.closedAt), escalationLevel: s.level })),
      events: events.map((e) => ({ type: e.type, at: iso(e.at), data: e.data })),
      complaints: complaints.map((c) => ({ id: c.id, channel: c.channel, text: c.text, status: c.status, createdAt: iso(c.createdAt), respondedAt: iso(c.respondedAt), response: c.response })),
      // What professionals wrote, every version (authors by id and role: no staff contact details).
      record,
      // The documents' descriptions and hashes; their content is downloaded one by one (GET .../documents/:id).
      documents: documents.map((d) => ({ ...d, createdAt: iso(d.createdAt) })),
      timeline,
    };
  }
}
