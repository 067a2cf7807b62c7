-- CreateTable
CREATE TABLE "RecordEntry" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "authorId" TEXT NOT NULL,
    "authorRole" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "rootId" TEXT NOT NULL,
    "supersedesId" TEXT,
    "key" TEXT,
    "referralId" TEXT,

    CONSTRAINT "RecordEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseDocument" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT,
    "filename" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedBy" TEXT NOT NULL,
    "uploaderRole" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RecordEntry_supersedesId_key" ON "RecordEntry"("supersedesId");

-- CreateIndex
CREATE UNIQUE INDEX "RecordEntry_key_key" ON "RecordEntry"("key");

-- CreateIndex
CREATE INDEX "RecordEntry_caseId_createdAt_idx" ON "RecordEntry"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "RecordEntry_rootId_version_idx" ON "RecordEntry"("rootId", "version");

-- CreateIndex
CREATE INDEX "CaseDocument_caseId_createdAt_idx" ON "CaseDocument"("caseId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CaseDocument_caseId_sha256_key" ON "CaseDocument"("caseId", "sha256");

-- AddForeignKey
ALTER TABLE "RecordEntry" ADD CONSTRAINT "RecordEntry_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseDocument" ADD CONSTRAINT "CaseDocument_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The record is never rewritten: a correction is a new version. Only the case
-- a row belongs to may change (a merge of two cases of one child re-homes
-- them), never its content, author or time. (The migration runner splits
-- scripts on semicolons: the function body spells them as \073.)
CREATE FUNCTION "record_never_rewritten"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF TG_OP = ''UPDATE'' AND (to_jsonb(NEW) - ''caseId'') = (to_jsonb(OLD) - ''caseId'') THEN RETURN NEW\073 END IF\073 RAISE EXCEPTION ''% is never rewritten (% refused): a correction is a new version'', TG_TABLE_NAME, TG_OP\073 END\073';

CREATE TRIGGER "RecordEntry_never_rewritten" BEFORE UPDATE OR DELETE ON "RecordEntry"
  FOR EACH ROW EXECUTE FUNCTION "record_never_rewritten"();

CREATE TRIGGER "RecordEntry_no_truncate" BEFORE TRUNCATE ON "RecordEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "record_never_rewritten"();

CREATE TRIGGER "CaseDocument_never_rewritten" BEFORE UPDATE OR DELETE ON "CaseDocument"
  FOR EACH ROW EXECUTE FUNCTION "record_never_rewritten"();

CREATE TRIGGER "CaseDocument_no_truncate" BEFORE TRUNCATE ON "CaseDocument"
  FOR EACH STATEMENT EXECUTE FUNCTION "record_never_rewritten"();
