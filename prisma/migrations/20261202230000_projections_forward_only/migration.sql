-- A late statement never overwrites newer projections. A batch's statement may
-- commit after a newer batch of the same pathway (a killed worker's statement
-- waiting on a lock, an attempt that timed out): the view and the case row
-- carry the instant of the workflow task that sent the batch (workflow time,
-- which grows from task to task, across continue-as-new and reopening:
-- "pathwayVersion") and are written only forward, and a step row is never
-- reopened once closed, nor its level lowered.
ALTER TABLE "Case" ADD COLUMN "pathwayVersion" BIGINT;

CREATE OR REPLACE FUNCTION "apply_projections"(writes jsonb, policy_version bigint) RETURNS bigint LANGUAGE plpgsql AS E'
DECLARE
  w jsonb\073
  x jsonb\073
  current_version bigint\073
  pathway_version bigint\073
BEGIN
  IF policy_version IS NOT NULL THEN
    SELECT "version" INTO current_version FROM "PolicyVersion" WHERE "id" = 1\073
    IF current_version IS DISTINCT FROM policy_version THEN
      RETURN current_version\073
    END IF\073
  END IF\073
  -- the instant of the workflow task that sent the batch: the case row and its view
  -- are written only if no later batch of the pathway is already there
  SELECT max((value->>''version'')::bigint) INTO pathway_version FROM jsonb_array_elements(writes) WHERE value->>''kind'' = ''view''\073
  FOR w IN SELECT value FROM jsonb_array_elements(writes) LOOP
    CASE w->>''kind''
    WHEN ''case'' THEN
      x := w->''p''\073
      UPDATE "Case" SET
        "stage" = x->>''stage'', "status" = x->>''status'', "track" = x->>''track'',
        "provinceCode" = x->>''provinceCode'', "assigneeId" = x->>''assigneeId'',
        "riskLevel" = COALESCE(NULLIF(x->>''riskLevel'', ''''), "riskLevel"),
        "closedAt" = projection_instant(x->''closedAt''),
        "updatedAt" = (now() AT TIME ZONE ''UTC'')
      WHERE "id" = x->>''caseId''
        AND (pathway_version IS NULL OR "pathwayVersion" IS NULL OR "pathwayVersion" <= pathway_version)\073
    WHEN ''event'' THEN
      x := w->''e''\073
      INSERT INTO "PathwayEvent" ("id", "key", "caseId", "provinceCode", "type", "data", "at")
      VALUES (gen_random_uuid()::text, x->>''key'', x->>''caseId'', x->>''provinceCode'', x->>''type'', x->''data'', projection_instant(x->''at''))
      ON CONFLICT ("key") DO NOTHING\073
    WHEN ''step'' THEN
      x := w->''p''\073
      INSERT INTO "OpenStep" ("id", "key", "caseId", "provinceCode", "step", "label", "dueAt", "level", "status", "openedAt", "closedAt")
      VALUES (gen_random_uuid()::text, x->>''key'', x->>''caseId'', x->>''provinceCode'', x->>''step'', x->>''label'', projection_instant(x->''dueAt''),
              (x->>''level'')::int, x->>''status'', projection_instant(x->''openedAt''), projection_instant(x->''closedAt''))
      ON CONFLICT ("key") DO UPDATE SET
        "caseId" = EXCLUDED."caseId", "provinceCode" = EXCLUDED."provinceCode", "step" = EXCLUDED."step", "label" = EXCLUDED."label",
        "dueAt" = EXCLUDED."dueAt", "level" = GREATEST("OpenStep"."level", EXCLUDED."level"), "status" = EXCLUDED."status",
        "openedAt" = EXCLUDED."openedAt", "closedAt" = EXCLUDED."closedAt"
      -- a step key opens once: a late write never reopens a closed step or lowers its level
      WHERE "OpenStep"."status" = ''OPEN''\073
    WHEN ''closeStep'' THEN
      x := w->''c''\073
      UPDATE "OpenStep" SET "status" = x->>''status'', "closedAt" = projection_instant(x->''closedAt'') WHERE "key" = x->>''key''\073
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
      UPDATE "Case" SET "pathwayView" = w->''view'', "pathwayVersion" = COALESCE(pathway_version, "pathwayVersion")
      WHERE "id" = w->>''caseId''
        AND (pathway_version IS NULL OR "pathwayVersion" IS NULL OR "pathwayVersion" <= pathway_version)\073
    ELSE
      RAISE EXCEPTION ''unknown projection write %'', w->>''kind''\073
    END CASE\073
  END LOOP\073
  RETURN NULL\073
END
';

