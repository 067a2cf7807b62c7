-- Identification of a known child: identifiers intake may have, and the
-- searchable forms of the names (computed by libs/domain/names.ts).
-- pg_trgm: similarity of the Latin name keys, GIN trigram indexes;
-- fuzzystrmatch: levenshtein between consonant skeletons (typos).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- AlterTable
ALTER TABLE "Child" ADD COLUMN     "birthCertificateNo" TEXT,
ADD COLUMN     "cnie" TEXT,
ADD COLUMN     "firstNameKey" TEXT,
ADD COLUMN     "firstNameSkeleton" TEXT,
ADD COLUMN     "lastNameKey" TEXT,
ADD COLUMN     "lastNameSkeleton" TEXT,
ADD COLUMN     "motherName" TEXT,
ADD COLUMN     "motherNameKey" TEXT,
ADD COLUMN     "nameKey" TEXT,
ADD COLUMN     "parentCnies" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "Child_birthCertificateNo_idx" ON "Child"("birthCertificateNo");

-- CreateIndex
CREATE INDEX "Child_cnie_idx" ON "Child"("cnie");

-- CreateIndex
CREATE INDEX "Child_parentCnies_idx" ON "Child" USING GIN ("parentCnies");

-- CreateIndex
CREATE INDEX "Child_nameKey_trgm_idx" ON "Child" USING GIN ("nameKey" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Child_motherNameKey_trgm_idx" ON "Child" USING GIN ("motherNameKey" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Child_lastNameSkeleton_firstNameSkeleton_idx" ON "Child"("lastNameSkeleton", "firstNameSkeleton");

-- CreateIndex
CREATE INDEX "Child_firstNameSkeleton_lastNameSkeleton_idx" ON "Child"("firstNameSkeleton", "lastNameSkeleton");


-- CreateIndex (a child's cases: identification joins each candidate to its latest case)
CREATE INDEX "Case_childId_idx" ON "Case"("childId");
