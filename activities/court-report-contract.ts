// The court report activity's input and outcome (workflows/case/court-report.ts
// calls it; apps/worker/src/court-report.ts implements it).
import type { CourtReportLanguage } from '../libs/domain/court';

export interface CourtReportDelivery {
  /** workflow id + order + report number: the document's and the deliveries' key */
  key: string;
  caseId: string;
  caseReference: string;
  provinceCode: string;
  orderId: string;
  /** the report's number on its order (1, 2, …) */
  report: number;
  language: CourtReportLanguage;
  approvedBy: string;
}

export interface CourtReportSent {
  /** the PDF kept in the case's documents */
  documentId: string;
  /** court liaisons of the province with an email address */
  recipients: number;
}
