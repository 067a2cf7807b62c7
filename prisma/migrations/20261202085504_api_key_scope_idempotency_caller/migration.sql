-- API keys: a stated scope (PROVINCE, ORGANISATION or NATIONAL), an expiry, a
-- public prefix, who made and who revoked. Keys made before this migration:
-- a key without a province was national, it is now NATIONAL by statement and,
-- like every older key, expires 90 days after the migration.
ALTER TABLE "ApiKey" ADD COLUMN "createdBy" TEXT,
ADD COLUMN "expiresAt" TIMESTAMP(3),
ADD COLUMN "organisationId" TEXT,
ADD COLUMN "prefix" TEXT,
ADD COLUMN "revokedBy" TEXT,
ADD COLUMN "scope" TEXT;

UPDATE "ApiKey" SET
  "scope" = CASE WHEN "provinceCode" IS NULL THEN 'NATIONAL' ELSE 'PROVINCE' END,
  "expiresAt" = CURRENT_TIMESTAMP + INTERVAL '90 days',
  "prefix" = 'old-' || left("hash", 8);

ALTER TABLE "ApiKey" ALTER COLUMN "expiresAt" SET NOT NULL,
ALTER COLUMN "prefix" SET NOT NULL,
ALTER COLUMN "scope" SET NOT NULL;

ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_scope_check" CHECK (
  ("scope" = 'NATIONAL' AND "provinceCode" IS NULL AND "organisationId" IS NULL)
  OR ("scope" = 'PROVINCE' AND "provinceCode" IS NOT NULL AND "organisationId" IS NULL)
  OR ("scope" = 'ORGANISATION' AND "provinceCode" IS NOT NULL AND "organisationId" IS NOT NULL)
);

CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- Idempotency-Keys belong to a caller and an operation: the stored key loses
-- its "<scope>:" prefix, and answers stored before this migration belong to
-- no caller (a retry across the upgrade is a fresh request).
ALTER TABLE "IdempotencyRecord" DROP CONSTRAINT "IdempotencyRecord_pkey",
ADD COLUMN "callerId" TEXT;

UPDATE "IdempotencyRecord" SET "callerId" = '', "key" = substr("key", length("scope") + 2)
WHERE "key" LIKE "scope" || ':%';
UPDATE "IdempotencyRecord" SET "callerId" = '' WHERE "callerId" IS NULL;

ALTER TABLE "IdempotencyRecord" ALTER COLUMN "callerId" SET NOT NULL,
ADD CONSTRAINT "IdempotencyRecord_pkey" PRIMARY KEY ("callerId", "scope", "key");
