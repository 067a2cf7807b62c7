-- Pathway templates (measure 43): versioned per category, national or provincial.
CREATE TABLE "PathwayTemplate" (
    "id" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "provinceCode" TEXT,
    "version" INTEGER NOT NULL,
    "body" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),
    "publishedBy" TEXT,

    CONSTRAINT "PathwayTemplate_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "PathwayTemplate_category_provinceCode_status_idx" ON "PathwayTemplate"("category", "provinceCode", "status");

-- one version number per category and scope (the national default's scope is the empty code)
CREATE UNIQUE INDEX "PathwayTemplate_scope_version_key" ON "PathwayTemplate"("category", (coalesce("provinceCode", '')), "version");

GRANT SELECT, INSERT, UPDATE ON TABLE "PathwayTemplate" TO masar_app;

-- the version a case runs (null: the generic version 1)
ALTER TABLE "Case" ADD COLUMN "templateVersion" INTEGER;

-- a mobile unit's or field team's report: its team and place
ALTER TABLE "Report" ADD COLUMN "fieldTeam" JSONB;
