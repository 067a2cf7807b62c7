-- A late statement never moves a case back. A batch's statement may commit
-- after a newer batch of the same pathway (a killed worker's statement that
-- waited on a row lock, an attempt that timed out): a case workflow's batch
-- now carries the instant of the workflow task that sent it (workflow time,
-- which grows from task to task, across continue-as-new and reopening), the
-- case row keeps the latest one written ("pathwayVersion"), and a batch older
-- than that writes nothing of the case's row, view or steps (its facts and
-- escalations, keyed and insert-only, are written as ever). A step's level
-- only climbs. Batches without a version (referrals, complaints, workers from
-- before) are written as before.
ALTER TABLE "Case" ADD COLUMN "pathwayVersion" BIGINT;

CREATE FUNCTION "projection_is_late"(case_id text, version bigint) RETURNS boolean LANGUAGE sql STABLE AS E'
  SELECT version IS NOT NULL AND EXISTS (SELECT 1 FROM "Case" WHERE "id" = case_id AND "pathwayVersion" > version)
';

DROP FUNCTION "apply_projections"(jsonb, bigint);

CREATE FUNCTION "apply_projections"(writes jsonb, policy_version bigint, pathway_version bigint DEFAULT NULL) RETURNS bigint LANGUAGE plpgsql AS E'
DECLARE
  w jsonb\073
  x jsonb\073
  current_version bigint\073
  moved text\073
BEGIN
  IF policy_version IS NOT NULL THEN
    SELECT "version" INTO current_version FROM "PolicyVersion" WHERE "id" = 1\073
    IF current_version IS DISTINCT FROM policy_version THEN
      RETURN current_version\073
    END IF\073
  END IF\073
  FOR w IN SELECT value FROM jsonb_array_elements(writes) LOOP
    CASE w->>''kind''
    WHEN ''case'' THEN
      x := w->''p''\073
      CONTINUE WHEN projection_is_late(x->>''caseId'', pathway_version)\073
      moved := x->>''caseId''\073
      UPDATE "Case" SET
        "stage" = x->>''stage'', "status" = x->>''status'', "track" = x->>''track'',
        "provinceCode" = x->>''provinceCode'', "assigneeId" = x->>''assigneeId'',
        "riskLevel" = COALESCE(NULLIF(x->>''riskLevel'', ''''), "riskLevel"),
        "closedAt" = projection_instant(x->''closedAt''),
        "updatedAt" = (now() AT TIME ZONE ''UTC'')
      WHERE "id" = x->>''caseId''\073
    WHEN ''event'' THEN
      x := w->''e''\073
      INSERT INTO "PathwayEvent" ("id", "key", "caseId", "provinceCode", "type", "data", "at")
      VALUES (gen_random_uuid()::text, x->>''key'', x->>''caseId'', x->>''provinceCode'', x->>''type'', x->''data'', projection_instant(x->''at''))
      ON CONFLICT ("key") DO NOTHING\073
    WHEN ''step'' THEN
      x := w->''p''\073
      CONTINUE WHEN projection_is_late(x->>''caseId'', pathway_version)\073
      moved := x->>''caseId''\073
      INSERT INTO "OpenStep" ("id", "key", "caseId", "provinceCode", "step", "label", "dueAt", "level", "status", "openedAt", "closedAt")
      VALUES (gen_random_uuid()::text, x->>''key'', x->>''caseId'', x->>''provinceCode'', x->>''step'', x->>''label'', projection_instant(x->''dueAt''),
              (x->>''level'')::int, x->>''status'', projection_instant(x->''openedAt''), projection_instant(x->''closedAt''))
      ON CONFLICT ("key") DO UPDATE SET
        "caseId" = EXCLUDED."caseId", "provinceCode" = EXCLUDED."provinceCode", "step" = EXCLUDED."step", "label" = EXCLUDED."label",
        "dueAt" = EXCLUDED."dueAt", "status" = EXCLUDED."status", "openedAt" = EXCLUDED."openedAt", "closedAt" = EXCLUDED."closedAt",
        -- a level only climbs (a step moved to another province keeps the one its ladder reached)
        "level" = GREATEST("OpenStep"."level", EXCLUDED."level")\073
    WHEN ''closeStep'' THEN
      x := w->''c''\073
      UPDATE "OpenStep" SET "status" = x->>''status'', "closedAt" = projection_instant(x->''closedAt'')
      WHERE "key" = x->>''key'' AND NOT projection_is_late("caseId", pathway_version)\073
    WHEN ''escalation'' THEN
      x := w->''e''\073
      INSERT INTO "Escalation" ("id", "key", "caseId", "provinceCode", "step", "level", "role", "dueAt", "alertedAt", "delivered")
      VALUES (gen_random_uuid()::text, x->>''key'', x->>''caseId'', x->>''provinceCode'', x->>''step'', (x->>''level'')::int, x->>''role'',
              projection_instant(x->''dueAt''), projection_instant(x->''alertedAt''), (x->>''delivered'')::boolean)
      ON CONFLICT ("key") DO UPDATE SET "delivered" = EXCLUDED."delivered"\073
      -- the level only climbs: a late retry never moves it back
      UPDATE "OpenStep" SET "level" = (x->>''level'')::int WHERE "key" = x->>''stepKey'' AND "level" < (x->>''level'')::int\073
    WHEN ''referral'' THEN
      x := w->''r''\073
      INSERT INTO "Referral" ("id", "caseId", "organisationId", "service", "status", "basis", "declineReason", "createdAt",
                              "acceptDueAt", "acceptedAt", "startedAt", "completedAt", "updatedAt")
      VALUES (x->>''id'', x->>''caseId'', x->>''organisationId'', x->>''service'', x->>''status'', x->>''basis'', x->>''declineReason'',
              projection_instant(x->''createdAt''), projection_instant(x->''acceptDueAt''), projection_instant(x->''acceptedAt''),
              projection_instant(x->''startedAt''), projection_instant(x->''completedAt''), (now() AT TIME ZONE ''UTC''))
      ON CONFLICT ("id") DO UPDATE SET
        "caseId" = EXCLUDED."caseId", "organisationId" = EXCLUDED."organisationId", "service" = EXCLUDED."service",
        "status" = EXCLUDED."status", "basis" = EXCLUDED."basis", "declineReason" = EXCLUDED."declineReason",
        "createdAt" = EXCLUDED."createdAt", "acceptDueAt" = EXCLUDED."acceptDueAt", "acceptedAt" = EXCLUDED."acceptedAt",
        "startedAt" = EXCLUDED."startedAt", "completedAt" = EXCLUDED."completedAt", "updatedAt" = EXCLUDED."updatedAt"\073
    WHEN ''complaint'' THEN
      x := w->''c''\073
      UPDATE "Complaint" SET "status" = x->>''status'', "dueAt" = projection_instant(x->''dueAt''),
        "respondedAt" = projection_instant(x->''respondedAt''), "respondedBy" = x->>''respondedBy'', "response" = x->>''response''
      WHERE "id" = x->>''id''\073
    WHEN ''view'' THEN
      CONTINUE WHEN projection_is_late(w->>''caseId'', pathway_version)\073
      moved := w->>''caseId''\073
      UPDATE "Case" SET "pathwayView" = w->''view'' WHERE "id" = w->>''caseId''\073
    ELSE
      RAISE EXCEPTION ''unknown projection write %'', w->>''kind''\073
    END CASE\073
  END LOOP\073
  IF pathway_version IS NOT NULL AND moved IS NOT NULL THEN
    UPDATE "Case" SET "pathwayVersion" = pathway_version WHERE "id" = moved AND ("pathwayVersion" IS NULL OR "pathwayVersion" < pathway_version)\073
  END IF\073
  RETURN NULL\073
END
';


GRANT EXECUTE ON FUNCTION "apply_projections"(jsonb, bigint, bigint) TO masar_app;
GRANT EXECUTE ON FUNCTION "projection_is_late"(text, bigint) TO masar_app;
