-- The persons of a case (names and contacts sealed by the API) and the referrals made for them.
CREATE TABLE "CasePerson" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "mayContact" BOOLEAN NOT NULL DEFAULT false,
    "sealed" BYTEA NOT NULL,
    "keyId" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "removedAt" TIMESTAMP(3),
    "removedBy" TEXT,

    CONSTRAINT "CasePerson_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "CasePerson_caseId_idx" ON "CasePerson"("caseId");

CREATE TABLE "PersonReferral" (
    "referralId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonReferral_pkey" PRIMARY KEY ("referralId")
);

CREATE INDEX "PersonReferral_personId_idx" ON "PersonReferral"("personId");
CREATE INDEX "PersonReferral_caseId_idx" ON "PersonReferral"("caseId");

-- a person is corrected or marked removed, never deleted (the audit trail names the row)
GRANT SELECT, INSERT, UPDATE ON TABLE "CasePerson" TO masar_app;
GRANT SELECT, INSERT ON TABLE "PersonReferral" TO masar_app;
