// What own-file access answers: a request filed (its reference and secret),
// the province's requests, a request answered, where a request stands, and
// the one download.
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const instant = z.string().describe('ISO-8601 instant');

export const fileRequestFiledSchema = z.object({
  id: z.string(),
  reference: z.string(),
  secret: z.string().describe('given to the requester with the reference: together they read where the request stands'),
  statusAt: z.string().describe('where the request stands (GET, with the secret)'),
});
export type FileRequestFiled = z.infer<typeof fileRequestFiledSchema>;
export class FileRequestFiledDto extends createZodDto(fileRequestFiledSchema) {}

export const fileRequestListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      caseId: z.string(),
      provinceCode: z.string(),
      requester: z.string().describe('SUBJECT or PARENT'),
      origin: z.string().describe('CENTRE or PUBLIC'),
      language: z.string(),
      status: z.string().describe('OPEN or ANSWERED'),
      createdAt: instant,
      answeredAt: instant.nullable(),
      downloadedAt: instant.nullable(),
      dueAt: instant.nullable().describe('the legal deadline, while the request is open'),
      level: z.number().int().describe('the ladder level reached; -1 when none'),
    }),
  ),
});
export type FileRequestList = z.infer<typeof fileRequestListSchema>;
export class FileRequestListDto extends createZodDto(fileRequestListSchema) {}

export const fileRequestAnsweredSchema = z.object({ id: z.string(), reference: z.string(), status: z.literal('ANSWERED'), exportSha256: z.string().describe('SHA-256 of the file handed over') });
export type FileRequestAnswered = z.infer<typeof fileRequestAnsweredSchema>;
export class FileRequestAnsweredDto extends createZodDto(fileRequestAnsweredSchema) {}

export const fileRequestStatusSchema = z.object({
  reference: z.string(),
  status: z.enum(['RECEIVED', 'READY', 'DOWNLOADED']),
  receivedAt: instant,
  dueAt: instant.nullable(),
  answeredAt: instant.nullable(),
  downloadAt: z.string().nullable().describe('READY: the one-time download link'),
});
export type FileRequestStatus = z.infer<typeof fileRequestStatusSchema>;
export class FileRequestStatusDto extends createZodDto(fileRequestStatusSchema) {}

export const fileDownloadSchema = z.object({ reference: z.string(), file: z.unknown().describe('the case’s export (as GET /api/v1/cases/{id}/export), third parties’ details removed') });
export type FileDownload = z.infer<typeof fileDownloadSchema>;
export class FileDownloadDto extends createZodDto(fileDownloadSchema) {}
