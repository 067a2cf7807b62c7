// The national default pathway templates: version 1 (the generic pathway)
// published, version 2 (the category's codified pathway) as a draft that an
// administrator publishes. Existing rows are never overwritten.
import type { Db } from '../../libs/db/prisma';
import { nationalDefaults } from '../../libs/domain/templates';

export async function seedTemplates(db: Db): Promise<number> {
  let created = 0;
  for (const t of nationalDefaults()) {
    const existing = await db.pathwayTemplate.findFirst({ where: { category: t.category, provinceCode: null, version: t.version } });
    if (existing) continue;
    const published = t.version === 1;
    await db.pathwayTemplate.create({
      data: {
        category: t.category,
        provinceCode: null,
        version: t.version,
        body: t as object,
        status: published ? 'PUBLISHED' : 'DRAFT',
        createdBy: 'seed',
        ...(published ? { publishedAt: new Date(), publishedBy: 'seed' } : {}),
      },
    });
    created++;
  }
  return created;
}
