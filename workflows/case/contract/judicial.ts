// The case workflow's contract, the judicial track: the prosecutor, court
// orders and their measures, court reports and the judge's decisions.
import { defineUpdate } from '@temporalio/workflow';
import type { CourtMeasure } from '../../../libs/domain/pathway';
import type { Service } from '../../../libs/domain/taxonomy';
import type { CourtDecision, CourtReportLanguage, ProsecutorSummary } from '../../../libs/domain/court';
import type { Actor } from '../../actor';
import type { CaseState } from './state';

export interface ProsecutorReportInput {
  actor: Actor;
  /** the prosecutor's registration number, if known */
  reference?: string;
}
export interface RedirectToJudicialInput {
  actor: Actor;
  reason: string;
  /** the structured summary for the prosecutor (its free text, the facts, stays in the record) */
  summary?: ProsecutorSummary;
}
export interface OrderedReferral {
  referralId: string;
  organisationId: string;
  /** the measure's service (libs/domain/court.ts); older orders named the measure here */
  service: Service;
  /** the ordered measure the referral delivers (absent in older orders: the service's code) */
  measure?: CourtMeasure;
}
export interface CourtOrderInput {
  actor: Actor;
  orderId: string;
  measures: CourtMeasure[];
  referrals?: OrderedReferral[];
  /** the order is the basis for sharing the child's information (default true) */
  coversInformationSharing?: boolean;
  /** the judge's interval between court reports (ISO 8601 duration) */
  reportEvery?: string;
}
export interface CourtReportInput {
  actor: Actor;
  orderId: string;
  /** older reports carried their summary; the report's content is in the case's record */
  summary?: string;
  /** the language the report is written and printed in (default Arabic) */
  language?: CourtReportLanguage;
}
/** A measure ordered without its provider: the coordinator names one, which starts its referral. */
export interface MeasureProviderInput {
  actor: Actor;
  orderId: string;
  measure: CourtMeasure;
  referralId: string;
  organisationId: string;
}
/** The judge's decision on a court report (its text is in the record). */
export interface CourtDecisionInput {
  actor: Actor;
  orderId: string;
  /** the report the decision answers (its number); default the last sent */
  report?: number;
  decision: CourtDecision;
  /** a new interval for the next reports (ISO 8601 duration) */
  reportEvery?: string;
}
export interface CloseCourtOrderInput {
  actor: Actor;
  orderId: string;
}

/** COORDINATOR/HEAD_OF_CENTRE: the report to the prosecutor has been made. */
export const reportToProsecutorUpdate = defineUpdate<CaseState, [ProsecutorReportInput]>('reportToProsecutor');
/** COORDINATOR/HEAD_OF_CENTRE: a social case needs judicial protection (counted SOCIAL_TO_JUDICIAL). */
export const redirectToJudicialUpdate = defineUpdate<CaseState, [RedirectToJudicialInput]>('redirectToJudicial');
/** JUDICIAL_LIAISON: a court order redirects the child to social measures and opens the ordered referrals. */
export const recordCourtOrderUpdate = defineUpdate<CaseState, [CourtOrderInput]>('recordCourtOrder');
/** COORDINATOR/HEAD_OF_CENTRE: the progress report owed to the court has been sent. */
export const submitCourtReportUpdate = defineUpdate<CaseState, [CourtReportInput]>('submitCourtReport');
/** COORDINATOR/HEAD_OF_CENTRE: the provider of a measure ordered without one; starts its referral. */
export const chooseMeasureProviderUpdate = defineUpdate<CaseState, [MeasureProviderInput]>('chooseMeasureProvider');
/** JUDICIAL_LIAISON: the judge's decision on a court report. */
export const recordCourtDecisionUpdate = defineUpdate<CaseState, [CourtDecisionInput]>('recordCourtDecision');
/** JUDICIAL_LIAISON: the judge closes the order; no more court reports. */
export const closeCourtOrderUpdate = defineUpdate<CaseState, [CloseCourtOrderInput]>('closeCourtOrder');
