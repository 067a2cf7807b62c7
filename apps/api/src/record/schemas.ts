// What the case's record answers: its entries (each at its last version, with
// the list of its versions), the versions of one entry, a note written, a
// document attached, and the record as the export gives it.
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const instant = z.string().describe('ISO-8601 instant');
const author = z.object({ userId: z.string().nullable(), role: z.string().nullable().describe('null for a report (filed by intake)') });

export const recordEntrySchema = z.object({
  id: z.string().describe('the last version'),
  rootId: z.string().describe('the first version: the entry’s identity'),
  kind: z.string(),
  version: z.number().int(),
  createdAt: instant,
  author,
  updatedAt: instant,
  updatedBy: author,
  referralId: z.string().nullable(),
  body: z.record(z.string(), z.unknown()).describe('the entry’s fields; free text only for readers who may see identifying data'),
  withheld: z.array(z.string()).describe('the fields left out for this reader'),
  versions: z.array(z.object({ id: z.string(), version: z.number().int(), createdAt: instant, author })),
});
export type RecordEntry = z.infer<typeof recordEntrySchema>;
export const caseRecordSchema = z.object({ caseId: z.string(), reference: z.string(), entries: z.array(recordEntrySchema).describe('reports first among equals, by time') });
export type CaseRecord = z.infer<typeof caseRecordSchema>;
export class CaseRecordDto extends createZodDto(caseRecordSchema) {}

export const entryVersionSchema = z.object({
  id: z.string(),
  kind: z.string(),
  version: z.number().int(),
  supersedes: z.string().nullable(),
  createdAt: instant,
  author,
  changed: z.array(z.string()).describe('the fields this version changed'),
  body: z.record(z.string(), z.unknown()),
  withheld: z.array(z.string()),
});
export type EntryVersion = z.infer<typeof entryVersionSchema>;
export const entryVersionsSchema = z.object({ caseId: z.string(), entryId: z.string(), versions: z.array(entryVersionSchema).describe('oldest first') });
export type EntryVersions = z.infer<typeof entryVersionsSchema>;
export class EntryVersionsDto extends createZodDto(entryVersionsSchema) {}

export const noteWrittenSchema = z.object({
  id: z.string(),
  rootId: z.string(),
  kind: z.string(),
  version: z.number().int(),
  supersedes: z.string().nullable(),
  createdAt: instant,
  author,
});
export type NoteWritten = z.infer<typeof noteWrittenSchema>;
export class NoteWrittenDto extends createZodDto(noteWrittenSchema) {}

export const documentViewSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.string(),
  title: z.string().nullable(),
  filename: z.string(),
  mediaType: z.string().describe('detected from the content: application/pdf, image/jpeg or image/png'),
  size: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.object({ userId: z.string(), role: z.string() }),
  createdAt: instant,
});
export type DocumentView = z.infer<typeof documentViewSchema>;
export class DocumentViewDto extends createZodDto(documentViewSchema) {}

/** The record in the export: every version in full. */
export const exportedRecordEntrySchema = z.object({
  id: z.string(),
  rootId: z.string(),
  kind: z.string(),
  version: z.number().int(),
  supersedes: z.string().nullable(),
  createdAt: instant,
  author,
  referralId: z.string().nullable(),
  body: z.unknown(),
});
