// Workflow ids come from business keys, in one place, so that a repeated
// request finds the existing pathway. Ids are stored in clear by Temporal:
// never put a name or a date of birth in them.

export const caseWorkflowId = (caseId: string): string => `case-${caseId}`;
export const referralWorkflowId = (referralId: string): string => `referral-${referralId}`;
export const complaintWorkflowId = (complaintId: string): string => `complaint-${complaintId}`;
export const fileAccessWorkflowId = (requestId: string): string => `file-access-${requestId}`;

/**
 * A case's reference, what people quote on the phone and in letters: the year it was opened
 * and the first 8 hex digits of its id. 32 bits are short: at 150,000 cases a year two of them
 * will draw the same one, so whoever writes a new case draws its id again on a collision
 * (the reference is unique in the database).
 */
export const caseReference = (openedAt: Date, caseId: string): string => `MSR-${openedAt.getUTCFullYear()}-${caseId.slice(0, 8).toUpperCase()}`;
