// Workflow ids come from business keys, in one place, so that a repeated
// request finds the existing pathway. Ids are stored in clear by Temporal:
// never put a name or a date of birth in them.

export const caseWorkflowId = (caseId: string): string => `case-${caseId}`;
export const referralWorkflowId = (referralId: string): string => `referral-${referralId}`;
export const complaintWorkflowId = (complaintId: string): string => `complaint-${complaintId}`;
export const fileAccessWorkflowId = (requestId: string): string => `file-access-${requestId}`;
