// Where templates are read: the effective template of a category in a
// province (its latest published override, else the latest published national
// default) and a given version. Plain functions over a Prisma client or a
// transaction, so that a case's start resolves it in its own transaction.
import type { Db, Prisma } from '../../../../libs/db/prisma';
import type { PathwayTemplate } from '../../../../libs/domain/templates';
import type { TemplateView } from './templates.schemas';

type Reader = Db | Prisma.TransactionClient;

export interface TemplateRow {
  id: string;
  category: string;
  provinceCode: string | null;
  version: number;
  body: unknown;
  status: string;
  createdBy: string;
  createdAt: Date;
  publishedAt: Date | null;
  publishedBy: string | null;
}

/** The stored body, with its row's scope and version (the row is authoritative). */
export const bodyOf = (row: TemplateRow): PathwayTemplate => ({
  ...(row.body as PathwayTemplate),
  category: row.category as PathwayTemplate['category'],
  provinceCode: row.provinceCode,
  version: row.version,
});

/**
 * The effective template's row, as SQL over two parameters (the category's and
 * the province's placeholders): a province's override wins over the national
 * default, the latest published version of each. The province's own rows sort
 * before the national ones (null last), the latest first. The columns hold UTC
 * without a zone, read as such. Read alone (effectiveTemplate) and inside the
 * new case's statement (reports/new-case.statement.ts).
 */
export const effectiveTemplateSql = (category: string, provinceCode: string): string =>
  `SELECT "id", "category", "provinceCode", "version", "body", "status", "createdBy",
          "createdAt" AT TIME ZONE 'UTC' AS "createdAt", "publishedAt" AT TIME ZONE 'UTC' AS "publishedAt", "publishedBy"
     FROM "PathwayTemplate"
    WHERE "category" = ${category} AND "status" = 'PUBLISHED' AND ("provinceCode" = ${provinceCode} OR "provinceCode" IS NULL)
    ORDER BY "provinceCode" ASC NULLS LAST, "version" DESC
    LIMIT 1`;

/** The template a case opened now in the province would run (through the pool, not Prisma's query compiler: libs/db/prisma.ts). */
export async function effectiveTemplate(db: Db, category: string, provinceCode: string): Promise<TemplateRow | null> {
  const { rows } = await db.pg.query<TemplateRow>(effectiveTemplateSql('$1', '$2'), [category, provinceCode]);
  return rows[0] ?? null;
}

/** The template a case was pinned to (its province's override of that version, else the national one). */
export async function templateOfVersion(db: Reader, category: string, provinceCode: string, version: number | null): Promise<TemplateRow | null> {
  if (version === null) return null;
  const rows = await db.pathwayTemplate.findMany({ where: { category, version, OR: [{ provinceCode }, { provinceCode: null }] } });
  return rows.find((r) => r.provinceCode === provinceCode) ?? rows[0] ?? null;
}

export const templateView = (row: TemplateRow): TemplateView => ({
  id: row.id,
  category: row.category,
  provinceCode: row.provinceCode,
  version: row.version,
  status: row.status as TemplateView['status'],
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
  publishedAt: row.publishedAt?.toISOString() ?? null,
  publishedBy: row.publishedBy,
  template: bodyOf(row),
});
