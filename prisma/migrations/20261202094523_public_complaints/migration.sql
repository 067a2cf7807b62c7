-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "intakeKey" TEXT,
ADD COLUMN     "language" TEXT,
ADD COLUMN     "origin" TEXT NOT NULL DEFAULT 'STAFF',
ADD COLUMN     "reference" TEXT,
ADD COLUMN     "replyTo" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_reference_key" ON "Complaint"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_intakeKey_key" ON "Complaint"("intakeKey");

-- CreateIndex
CREATE INDEX "Complaint_replyTo_createdAt_idx" ON "Complaint"("replyTo", "createdAt");

