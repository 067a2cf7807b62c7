// Reference data, seeded idempotently: the territory (12 regions and their
// provinces and prefectures), the national default deadline policy, and, for
// demos and tests, a small directory of organisations and users.
import type { Db } from '../libs/db/prisma';
import { DEFAULT_POLICY, POLICY_STEPS } from '../libs/domain/steps';
import { RISK_LEVELS } from '../libs/domain/taxonomy';
import { REGIONS } from './seed/territory';
import { DEMO_ORGANISATIONS, DEMO_USERS } from './seed/demo-directory';
import { backfillChildKeys } from './seed/child-keys';
import { seedTemplates } from './seed/templates';

export async function seedReferenceData(db: Db, options: { demo: boolean }): Promise<{ provinces: number; rules: number; users: number }> {
  await db.region.createMany({
    data: REGIONS.map(({ code, nameFr, nameAr }) => ({ code, nameFr, nameAr })),
    skipDuplicates: true,
  });
  const provinces = REGIONS.flatMap((r) => r.provinces.map((p) => ({ ...p, regionCode: r.code })));
  await db.province.createMany({ data: provinces, skipDuplicates: true });

  // National defaults (province, category and risk-level specific rules are
  // the committees' to add). Existing rules are never overwritten.
  const rules = POLICY_STEPS.flatMap((step) =>
    RISK_LEVELS.map((riskLevel) => ({ provinceCode: null, category: null, riskLevel, step, duration: DEFAULT_POLICY[step][riskLevel] })),
  );
  for (const rule of rules) {
    // createMany cannot skip duplicates on a unique index with NULLs in it.
    const existing = await db.policyRule.findFirst({
      where: { provinceCode: null, category: null, riskLevel: rule.riskLevel, step: rule.step },
    });
    if (!existing) await db.policyRule.create({ data: { ...rule, updatedBy: 'seed' } });
  }

  await seedTemplates(db);

  let users = 0;
  if (options.demo) {
    await db.organisation.createMany({ data: DEMO_ORGANISATIONS, skipDuplicates: true });
    const r = await db.user.createMany({ data: DEMO_USERS, skipDuplicates: true });
    users = r.count;
  }
  // children filed before identification existed become searchable
  await backfillChildKeys(db);
  return { provinces: provinces.length, rules: rules.length, users };
}

/** `node dist/prisma/seed.js`: seeds the database named by DATABASE_URL. */
if (require.main === module) {
  void (async () => {
    const { createDb } = await import('../libs/db/prisma');
    const url = process.env.DATABASE_URL;
    if (!url) {
      console.error('DATABASE_URL is not set.');
      process.exit(1);
    }
    const db = createDb(url, { poolSize: 2 });
    try {
      const r = await seedReferenceData(db, { demo: process.env.MASAR_DEMO_DATA !== 'false' });
      console.log(`Seeded ${r.provinces} provinces, ${r.rules} default policy rules, ${r.users} new demo users.`);
    } finally {
      await db.$disconnect();
    }
  })();
}
