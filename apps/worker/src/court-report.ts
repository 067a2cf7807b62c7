// The court report activity: prints the approved report (the case record's
// COURT_REPORT entry for the order and report number, its last version) to a
// PDF in its language, keeps the PDF among the case's documents, and writes
// one email delivery per court liaison of the province, enqueued for the
// notifier, which attaches the PDF. Everything is keyed on the report (workflow
// id + order + number): a retried activity prints nothing twice and finds its
// deliveries, enqueuing again only those still queued.
import { createHash } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import type { CourtReportDelivery, CourtReportSent } from '../../../activities/court-report-contract';
import type { AlertPorts } from '../../../activities/ports';
import { courtReportFooter, courtReportHtml, type CourtReportDocument } from '../../../libs/court-report/template';
import type { Db } from '../../../libs/db/prisma';
import { COURT_MEASURES, type CourtMeasure } from '../../../libs/domain/court';
import { renderPdf } from '../../../libs/pdf/render';

/** The delivery payload the notifier recognises (apps/notifier/src/send-delivery.ts). */
export const COURT_REPORT_PAYLOAD = 'COURT_REPORT';

/** A stable uuid from a key: the document of a report is the same on every retry. */
const stableId = (key: string): string => {
  const h = createHash('sha256').update(`court-report:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

type Body = { orderId?: string; report?: number; summary?: string; situation?: string; progress?: string; recommendation?: string };

export function createCourtReportActivities(db: Db, ports: Pick<AlertPorts, 'directory' | 'outbox'>) {
  /** The report's text as written (last version) and who wrote it. */
  async function entryOf(input: CourtReportDelivery) {
    const entries = await db.recordEntry.findMany({ where: { caseId: input.caseId, kind: 'COURT_REPORT' }, orderBy: [{ createdAt: 'desc' }, { version: 'desc' }] });
    const entry = entries.find((e) => (e.body as Body).orderId === input.orderId && (e.body as Body).report === input.report);
    // nothing to print: retrying would not write it
    if (!entry) throw ApplicationFailure.nonRetryable(`no written court report ${input.report} for order ${input.orderId}`, 'CourtReportUnwritten');
    return entry;
  }

  async function printOnce(input: CourtReportDelivery, documentId: string): Promise<void> {
    if (await db.caseDocument.findUnique({ where: { id: documentId }, select: { id: true } })) return;
    const entry = await entryOf(input);
    const body = entry.body as Body;
    const [kase, order, names] = await Promise.all([
      db.case.findUniqueOrThrow({ where: { id: input.caseId }, select: { child: { select: { firstName: true, lastName: true, dateOfBirth: true, sex: true } }, province: { select: { nameAr: true, nameFr: true } } } }),
      db.pathwayEvent.findFirst({ where: { caseId: input.caseId, type: 'COURT_ORDER_RECEIVED', data: { path: ['orderId'], equals: input.orderId } }, select: { data: true } }),
      db.user.findMany({ where: { id: { in: [entry.authorId, input.approvedBy] } }, select: { id: true, displayName: true } }),
    ]);
    const nameOf = (id: string) => names.find((u) => u.id === id)?.displayName ?? id;
    const measures = (((order?.data as { measures?: string[] } | null)?.measures ?? []) as string[]).filter((m): m is CourtMeasure => (COURT_MEASURES as readonly string[]).includes(m));
    const child = kase.child;
    const doc: CourtReportDocument = {
      language: input.language,
      caseReference: input.caseReference,
      province: { ar: kase.province.nameAr, fr: kase.province.nameFr },
      orderId: input.orderId,
      report: input.report,
      child: { name: [child.firstName, child.lastName].filter(Boolean).join(' ') || '—', dateOfBirth: child.dateOfBirth?.toISOString().slice(0, 10) ?? null, sex: child.sex },
      measures,
      summary: body.summary ?? '',
      situation: body.situation,
      progress: body.progress,
      recommendation: body.recommendation,
      writtenBy: nameOf(entry.authorId),
      approvedBy: nameOf(input.approvedBy),
      approvedAt: new Date().toISOString(),
    };
    const pdf = await renderPdf(courtReportHtml(doc), { footer: courtReportFooter(input.language) });
    // A concurrent attempt may have kept its own print first: the first one stands.
    await db.caseDocument.createMany({
      data: [
        {
          id: documentId,
          caseId: input.caseId,
          kind: 'REPORT',
          title: `COURT_REPORT ${input.orderId} #${input.report}`,
          filename: `${input.caseReference}-${input.report}.pdf`,
          mediaType: 'application/pdf',
          size: pdf.length,
          sha256: createHash('sha256').update(pdf).digest('hex'),
          content: new Uint8Array(pdf),
          uploadedBy: input.approvedBy,
          uploaderRole: 'HEAD_OF_CENTRE',
        },
      ],
      skipDuplicates: true,
    });
  }

  return {
    async sendCourtReport(input: CourtReportDelivery): Promise<CourtReportSent> {
      const documentId = stableId(input.key);
      await printOnce(input, documentId);
      const liaisons = (
        await ports.directory.recipientsFor({
          key: input.key,
          workflowId: input.key,
          caseWorkflowId: input.key,
          caseId: input.caseId,
          caseReference: input.caseReference,
          provinceCode: input.provinceCode,
          category: '',
          step: 'COURT_REPORT',
          stepKey: input.key,
          level: -1,
          ladderRole: 'JUDICIAL_LIAISON',
          assigneeUserId: null,
          organisationId: null,
          dueAt: new Date().toISOString(),
          alertedAt: new Date().toISOString(),
        })
      ).filter((r) => r.email);
      if (!ports.outbox.channels.includes('EMAIL') || liaisons.length === 0) return { documentId, recipients: 0 };
      const workflowId = input.key.split(':court-report:')[0];
      const rows = await ports.outbox.record(
        liaisons.map((r) => ({
          key: `${input.key}:${r.userId}:EMAIL`,
          channel: 'EMAIL' as const,
          recipientId: r.userId,
          address: r.email as string,
          // the report's language, whatever the reader's: the attachment is in it
          language: input.language,
          caseId: input.caseId,
          workflowId,
          step: 'COURT_REPORT',
          level: -1,
          payload: { kind: COURT_REPORT_PAYLOAD, documentId, caseReference: input.caseReference, orderId: input.orderId, report: input.report, language: input.language } as never,
        })),
      );
      for (const row of rows) if (row.status === 'QUEUED') await ports.outbox.dispatch(row.channel, row.key);
      return { documentId, recipients: liaisons.length };
    },
  };
}
