-- A pathway's projection operations of one workflow task in one statement,
-- and a version of the policy that every change bumps (the worker caches the
-- rules and writes a step's deadline only while that version is current).

-- The pathway's view (GET /cases/:id), written with the workflow's projections.
ALTER TABLE "Case" ADD COLUMN "pathwayView" JSONB;

CREATE TABLE "PolicyVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "PolicyVersion_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "PolicyVersion_one_row" CHECK ("id" = 1)
);
INSERT INTO "PolicyVersion" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "policy_version_bump"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "PolicyVersion" SET "version" = "version" + 1 WHERE "id" = 1\073
  RETURN NULL\073
END
';

CREATE TRIGGER "PolicyRule_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PolicyRule"
  FOR EACH STATEMENT EXECUTE FUNCTION "policy_version_bump"();

-- (Function bodies are E'' strings with \073 for each semicolon: the migration
-- runner splits its script on semicolons.)

-- Instants arrive as ISO strings in UTC, and the columns hold UTC without a zone.
CREATE FUNCTION "projection_instant"(v jsonb) RETURNS timestamp(3) LANGUAGE sql IMMUTABLE AS E'
  SELECT CASE WHEN v IS NULL OR jsonb_typeof(v) = ''null'' THEN NULL ELSE ((v #>> ''{}'')::timestamptz AT TIME ZONE ''UTC'')::timestamp(3) END
';

-- Applies the writes in order (each keyed, so a retried batch writes once).
-- With a policy version that is no longer current, writes nothing and
-- returns the current version, and NULL once written.
CREATE FUNCTION "apply_projections"(writes jsonb, policy_version bigint) RETURNS bigint LANGUAGE plpgsql AS E'
DECLARE
  w jsonb\073
  x jsonb\073
  current_version bigint\073
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
      INSERT INTO "OpenStep" ("id", "key", "caseId", "provinceCode", "step", "label", "dueAt", "level", "status", "openedAt", "closedAt")
      VALUES (gen_random_uuid()::text, x->>''key'', x->>''caseId'', x->>''provinceCode'', x->>''step'', x->>''label'', projection_instant(x->''dueAt''),
              (x->>''level'')::int, x->>''status'', projection_instant(x->''openedAt''), projection_instant(x->''closedAt''))
      ON CONFLICT ("key") DO UPDATE SET
        "caseId" = EXCLUDED."caseId", "provinceCode" = EXCLUDED."provinceCode", "step" = EXCLUDED."step", "label" = EXCLUDED."label",
        "dueAt" = EXCLUDED."dueAt", "level" = EXCLUDED."level", "status" = EXCLUDED."status", "openedAt" = EXCLUDED."openedAt", "closedAt" = EXCLUDED."closedAt"\073
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
      UPDATE "Case" SET "pathwayView" = w->''view'' WHERE "id" = w->>''caseId''\073
    ELSE
      RAISE EXCEPTION ''unknown projection write %'', w->>''kind''\073
    END CASE\073
  END LOOP\073
  RETURN NULL\073
END
';

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "PolicyVersion" TO masar_app;
GRANT EXECUTE ON FUNCTION "apply_projections"(jsonb, bigint) TO masar_app;
GRANT EXECUTE ON FUNCTION "projection_instant"(jsonb) TO masar_app;
