// The rows a report joins and the pathway input made of them: the case a report
// about a known child joins (locked, following merges), reopened when it was
// closed, and the workflow's input read from the case, child and report rows.
import type { Category, EntryPoint, RiskLevel } from '../../../../libs/domain/taxonomy';
import type { Db, Prisma } from '../../../../libs/db/prisma';
import type { CaseInput, ReportRef } from '../../../../workflows/case.workflow';
import { lockCases } from '../cases/case-lock';
import { NotFoundError } from '../common/errors';
import { bodyOf, templateOfVersion, type TemplateRow } from '../templates/template-store';

type CaseRow = Prisma.CaseGetPayload<object>;
export type ChildRow = Prisma.ChildGetPayload<object>;
type ReportRow = Prisma.ReportGetPayload<object>;

/** A report as its pathway takes it (the child's name travels encrypted). */
export const reportRef = (
  report: Pick<ReportRow, 'id' | 'entryPoint' | 'category' | 'riskLevel' | 'receivedAt' | 'narrative'>,
  child: Pick<ChildRow, 'firstName' | 'lastName'>,
): ReportRef => ({
  reportId: report.id,
  entryPoint: report.entryPoint as EntryPoint,
  category: report.category as Category,
  riskLevel: report.riskLevel as RiskLevel,
  receivedAt: report.receivedAt.toISOString(),
  narrative: report.narrative,
  childName: [child.firstName, child.lastName].filter(Boolean).join(' ') || undefined,
});

/** The pathway's input, from the case, child and report rows (the child's name travels encrypted). */
export function caseInput(
  row: Pick<CaseRow, 'id' | 'reference' | 'provinceCode' | 'category' | 'riskLevel' | 'openedAt'>,
  child: Pick<ChildRow, 'firstName' | 'lastName' | 'adultAt' | 'dobEstimated'>,
  report: Pick<ReportRow, 'id' | 'entryPoint' | 'category' | 'riskLevel' | 'receivedAt' | 'narrative'>,
  template: TemplateRow | null,
): CaseInput {
  return {
    caseId: row.id,
    reference: row.reference,
    provinceCode: row.provinceCode,
    category: row.category as Category,
    riskLevel: row.riskLevel as RiskLevel,
    openedAt: row.openedAt.toISOString(),
    adultAt: child.adultAt?.toISOString() ?? null,
    dobEstimated: child.dobEstimated,
    report: reportRef(report, child),
    // the case runs the template it was opened with (province override, else national)
    ...(template ? { template: bodyOf(template) } : {}),
  };
}

/** The input of a new run of a known case: `caseInput` with the template its row names (templateVersion). */
export async function runInput(
  db: Db | Prisma.TransactionClient,
  row: Parameters<typeof caseInput>[0] & Pick<CaseRow, 'templateVersion'>,
  child: Parameters<typeof caseInput>[1],
  report: Parameters<typeof caseInput>[2],
): Promise<CaseInput> {
  return caseInput(row, child, report, await templateOfVersion(db, row.category, row.provinceCode, row.templateVersion));
}

/**
 * The case a report about `caseId` joins, locked against a merge (case-lock.ts): a merged
 * duplicate's pathway has ended, so the report goes to the case it was merged into.
 */
export async function liveCase(tx: Prisma.TransactionClient, caseId: string) {
  await lockCases(tx, caseId);
  let row = await tx.case.findUnique({ where: { id: caseId }, include: { child: true } });
  for (let hops = 0; row?.status === 'MERGED' && row.mergedIntoId && hops < 10; hops++) {
    await lockCases(tx, row.mergedIntoId);
    row = await tx.case.findUnique({ where: { id: row.mergedIntoId }, include: { child: true } });
  }
  if (!row) throw new NotFoundError(`no case ${caseId}`);
  return row;
}

/** A closed case that a report joins opens again, at REPORTED. */
export const reopened = (tx: Prisma.TransactionClient, row: CaseRow): Promise<CaseRow> =>
  row.status === 'CLOSED' ? tx.case.update({ where: { id: row.id }, data: { status: 'OPEN', stage: 'REPORTED', closedAt: null } }) : Promise.resolve(row);
