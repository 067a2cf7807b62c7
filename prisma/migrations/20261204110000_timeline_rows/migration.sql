-- The pathway's timeline moves to PostgreSQL: GET /cases/:id/timeline was a
-- workflow query, which replays the whole run when the pathway is not in a
-- worker's cache (most of them, with thousands open). The workflow now writes
-- each note with its other projections, in the same batch: a 'notes' write.
--
-- The function is replaced whole (PostgreSQL has no other way): the 'notes'
-- branch is what changed.
CREATE TABLE "TimelineEntry" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "cycle" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "type" TEXT NOT NULL,
    "by" JSONB,
    "data" JSONB,

    CONSTRAINT "TimelineEntry_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "TimelineEntry_caseId_cycle_seq_key" ON "TimelineEntry"("caseId", "cycle", "seq");
CREATE INDEX "TimelineEntry_caseId_at_idx" ON "TimelineEntry"("caseId", "at");

GRANT SELECT, INSERT ON TABLE "TimelineEntry" TO masar_app;

CREATE OR REPLACE FUNCTION "apply_projections"(writes jsonb, policy_version bigint, pathway_version bigint DEFAULT NULL) RETURNS bigint LANGUAGE plpgsql AS E'
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
      INSERT INTO "OpenStep" ("id", "key", "caseId", "provinceCode", "step", "label", "dueAt", "level", "status", "openedAt", "closedAt", "projectionVersion")
      VALUES (gen_random_uuid()::text, x->>''key'', x->>''caseId'', x->>''provinceCode'', x->>''step'', x->>''label'', projection_instant(x->''dueAt''),
              (x->>''level'')::int, x->>''status'', projection_instant(x->''openedAt''), projection_instant(x->''closedAt''), (x->>''version'')::bigint)
      ON CONFLICT ("key") DO UPDATE SET
        "caseId" = EXCLUDED."caseId", "provinceCode" = EXCLUDED."provinceCode", "step" = EXCLUDED."step", "label" = EXCLUDED."label",
        "dueAt" = EXCLUDED."dueAt", "status" = EXCLUDED."status", "openedAt" = EXCLUDED."openedAt", "closedAt" = EXCLUDED."closedAt",
        -- a level only climbs (a step moved to another province keeps the one its ladder reached)
        "level" = GREATEST("OpenStep"."level", EXCLUDED."level"),
        "projectionVersion" = EXCLUDED."projectionVersion"
      WHERE row_is_current("OpenStep"."projectionVersion", EXCLUDED."projectionVersion")\073
    WHEN ''closeStep'' THEN
      x := w->''c''\073
      UPDATE "OpenStep" SET "status" = x->>''status'', "closedAt" = projection_instant(x->''closedAt''), "projectionVersion" = (x->>''version'')::bigint
      WHERE "key" = x->>''key'' AND NOT projection_is_late("caseId", pathway_version)
        AND row_is_current("projectionVersion", (x->>''version'')::bigint)\073
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
                              "acceptDueAt", "acceptedAt", "startedAt", "completedAt", "updatedAt", "projectionVersion")
      VALUES (x->>''id'', x->>''caseId'', x->>''organisationId'', x->>''service'', x->>''status'', x->>''basis'', x->>''declineReason'',
              projection_instant(x->''createdAt''), projection_instant(x->''acceptDueAt''), projection_instant(x->''acceptedAt''),
              projection_instant(x->''startedAt''), projection_instant(x->''completedAt''), (now() AT TIME ZONE ''UTC''),
              (x->>''version'')::bigint)
      ON CONFLICT ("id") DO UPDATE SET
        "caseId" = EXCLUDED."caseId", "organisationId" = EXCLUDED."organisationId", "service" = EXCLUDED."service",
        "status" = EXCLUDED."status", "basis" = EXCLUDED."basis", "declineReason" = EXCLUDED."declineReason",
        "createdAt" = EXCLUDED."createdAt", "acceptDueAt" = EXCLUDED."acceptDueAt", "acceptedAt" = EXCLUDED."acceptedAt",
        "startedAt" = EXCLUDED."startedAt", "completedAt" = EXCLUDED."completedAt", "updatedAt" = EXCLUDED."updatedAt",
        "projectionVersion" = EXCLUDED."projectionVersion"
      WHERE row_is_current("Referral"."projectionVersion", EXCLUDED."projectionVersion")\073
    WHEN ''complaint'' THEN
      x := w->''c''\073
      UPDATE "Complaint" SET "status" = x->>''status'', "dueAt" = projection_instant(x->''dueAt''),
        "respondedAt" = projection_instant(x->''respondedAt''), "respondedBy" = x->>''respondedBy'', "response" = x->>''response'',
        "projectionVersion" = (x->>''version'')::bigint
      WHERE "id" = x->>''id'' AND row_is_current("projectionVersion", (x->>''version'')::bigint)\073
    WHEN ''notes'' THEN
      -- the timeline entries, numbered from ''first'' within the life of the case: a retried batch writes none twice
      INSERT INTO "TimelineEntry" ("id", "caseId", "cycle", "seq", "at", "type", "by", "data")
      SELECT gen_random_uuid()::text, w->>''caseId'', w->>''cycle'', (w->>''first'')::int + (n.ord - 1)::int,
             projection_instant(n.entry->''at''), n.entry->>''type'', n.entry->''by'', n.entry->''data''
      FROM jsonb_array_elements(w->''entries'') WITH ORDINALITY AS n(entry, ord)
      ON CONFLICT ("caseId", "cycle", "seq") DO NOTHING\073
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
