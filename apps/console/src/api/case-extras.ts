// Names for what the court, family and template forms read of a case's
// pathway, of its persons and of the pathway templates: each the type
// generated from the API's answer (schema.d.ts), never a copy.
import type { Answer, CaseDetail } from './types';

/** The case's pathway (the workflow's state) as GET /api/v1/cases/{id} answers it. */
export type PathwayView = CaseDetail['pathway'];
export const pathwayOf = (c: CaseDetail): PathwayView => c.pathway;

export type CourtOrderView = PathwayView['courtOrders'][number];
export type FamilyFollowUpView = NonNullable<PathwayView['family']>;

/** A person of the case: relation and initials for every reader; names and contacts only where the API discloses them. */
export type CasePerson = Answer<'/api/v1/cases/{id}/persons', 'get'>['persons'][number];

/** One version of a pathway template, as the admin API answers it. */
export type TemplateVersion = Answer<'/api/v1/admin/templates/{templateId}', 'get'>;
export type TemplateStatus = TemplateVersion['status'];
