-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "respondedAt" TIMESTAMP(3),
ADD COLUMN     "respondedBy" TEXT,
ADD COLUMN     "response" TEXT,
ADD COLUMN     "workflowId" TEXT;

