-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "mergeMoved" JSONB,
ADD COLUMN     "mergeReason" TEXT,
ADD COLUMN     "mergedAt" TIMESTAMP(3),
ADD COLUMN     "mergedBy" TEXT,
ADD COLUMN     "mergedIntoId" TEXT,
ADD COLUMN     "unmergedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Case_mergedIntoId_idx" ON "Case"("mergedIntoId");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

