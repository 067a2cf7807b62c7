-- CreateTable
CREATE TABLE "SurveyContact" (
    "caseId" TEXT NOT NULL,
    "respondent" TEXT NOT NULL,
    "phone" TEXT,
    "language" TEXT NOT NULL,
    "refused" BOOLEAN NOT NULL DEFAULT false,
    "recordedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SurveyContact_pkey" PRIMARY KEY ("caseId")
);

-- CreateTable
CREATE TABLE "SurveyOptOut" (
    "phoneHash" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyOptOut_pkey" PRIMARY KEY ("phoneHash")
);

-- CreateTable
CREATE TABLE "SurveyInvitation" (
    "id" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "organisationId" TEXT,
    "respondent" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SENT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "SurveyInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyAnswer" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "organisationId" TEXT,
    "respondent" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "listened" BOOLEAN NOT NULL,

    CONSTRAINT "SurveyAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FileAccessRequest" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "requester" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "workflowId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedBy" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredBy" TEXT,
    "export" JSONB,
    "downloadedAt" TIMESTAMP(3),

    CONSTRAINT "FileAccessRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SurveyInvitation_subjectKey_key" ON "SurveyInvitation"("subjectKey");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyInvitation_tokenHash_key" ON "SurveyInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "SurveyInvitation_caseId_idx" ON "SurveyInvitation"("caseId");

-- CreateIndex
CREATE INDEX "SurveyAnswer_provinceCode_period_idx" ON "SurveyAnswer"("provinceCode", "period");

-- CreateIndex
CREATE INDEX "SurveyAnswer_organisationId_period_idx" ON "SurveyAnswer"("organisationId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "FileAccessRequest_reference_key" ON "FileAccessRequest"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "FileAccessRequest_workflowId_key" ON "FileAccessRequest"("workflowId");

-- CreateIndex
CREATE INDEX "FileAccessRequest_caseId_idx" ON "FileAccessRequest"("caseId");

-- CreateIndex
CREATE INDEX "FileAccessRequest_provinceCode_status_idx" ON "FileAccessRequest"("provinceCode", "status");


-- The runtime role reads and writes them (the default privileges say so too, said again for a database migrated by another owner)
GRANT SELECT, INSERT, UPDATE, DELETE ON "SurveyContact", "SurveyOptOut", "SurveyInvitation", "SurveyAnswer", "FileAccessRequest" TO masar_app;
