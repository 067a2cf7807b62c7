// Prisma implementations of the pathway activities' ports (policy, directory,
// projections). Every write is an upsert on the row's idempotency key, so a
// retried activity writes once.
import type { ActivityPorts, ProjectionWrite } from '../../../../activities/ports';
import type { Db } from '../../../../libs/db/prisma';

const at = (iso: string | null | undefined): Date | null => (iso ? new Date(iso) : null);

export function createPathwayPorts(db: Db): ActivityPorts {
  return {
    policy: {
      rulesFor: (provinceCode) =>
        db.policyRule.findMany({
          where: { OR: [{ provinceCode }, { provinceCode: null }] },
          select: { provinceCode: true, category: true, riskLevel: true, step: true, duration: true },
        }),
      async version() {
        const row = await db.policyVersion.findUnique({ where: { id: 1 }, select: { version: true } });
        return Number(row?.version ?? 0);
      },
    },
    directory: {
      async organisation(id) {
        const org = await db.organisation.findUnique({ where: { id }, select: { id: true, provinceCode: true, services: true, active: true } });
        return org ? { organisationId: org.id, provinceCode: org.provinceCode, services: org.services, active: org.active } : null;
      },
    },
    projection: {
      /** One statement: the database function applies the writes in order (migration projection_batches). */
      apply: (writes, policyVersion, pathwayVersion) => applyProjections(db, writes, policyVersion, pathwayVersion),
      async saveView(caseId, view) {
        await db.case.updateMany({ where: { id: caseId }, data: { pathwayView: view as object } });
      },
      async saveCase(p) {
        await db.case.update({
          where: { id: p.caseId },
          data: {
            stage: p.stage,
            status: p.status,
            track: p.track,
            provinceCode: p.provinceCode,
            assigneeId: p.assigneeId,
            ...(p.riskLevel ? { riskLevel: p.riskLevel } : {}),
            closedAt: at(p.closedAt),
          },
        });
      },
      // through the batch's function, a write alone: the rule that an older write leaves the row as it is lives there (row_is_current)
      async saveStep(p) {
        await applyProjections(db, [{ kind: 'step', p }], null);
      },
      async closeStep(c) {
        await applyProjections(db, [{ kind: 'closeStep', c }], null);
      },
      async recordEvent(e) {
        await db.pathwayEvent.upsert({
          where: { key: e.key },
          create: { key: e.key, caseId: e.caseId, provinceCode: e.provinceCode, type: e.type, data: (e.data ?? undefined) as object | undefined, at: new Date(e.at) },
          update: {},
        });
      },
      async saveEscalation(e) {
        await db.$transaction([
          db.escalation.upsert({
            where: { key: e.key },
            create: {
              key: e.key,
              caseId: e.caseId,
              provinceCode: e.provinceCode,
              step: e.step,
              level: e.level,
              role: e.role,
              dueAt: new Date(e.dueAt),
              alertedAt: new Date(e.alertedAt),
              delivered: e.delivered,
            },
            update: { delivered: e.delivered },
          }),
          // The level only climbs: a late retry never moves it back.
          db.openStep.updateMany({ where: { key: e.stepKey, level: { lt: e.level } }, data: { level: e.level } }),
        ]);
      },
      async saveReferral(r) {
        await applyProjections(db, [{ kind: 'referral', r }], null);
      },
      async saveComplaint(c) {
        await applyProjections(db, [{ kind: 'complaint', c }], null);
      },
    },
  };
}

async function applyProjections(db: Db, writes: ProjectionWrite[], policyVersion: number | null, pathwayVersion?: number | null): Promise<number | null> {
  // Every workflow task's writes: through the pool, not Prisma's query compiler (libs/db/prisma.ts).
  // pg reads a bigint as its text.
  const { rows } = await db.pg.query<{ stale: string | null }>('SELECT "apply_projections"($1::jsonb, $2::bigint, $3::bigint) AS stale', [
    JSON.stringify(writes),
    policyVersion,
    pathwayVersion ?? null,
  ]);
  const stale = rows[0]?.stale;
  return stale === null || stale === undefined ? null : Number(stale);
}
