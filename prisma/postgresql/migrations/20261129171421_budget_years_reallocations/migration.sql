-- DropIndex
DROP INDEX "BudgetLine_tenantId_code_key";

-- DropIndex
DROP INDEX "ReallocationRequest_tenantId_code_key";

-- AlterTable. Lines take the year of their joint budget, the net reallocation splits into in and out.
ALTER TABLE "BudgetLine" ADD COLUMN     "reallocatedInCents" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "reallocatedOutCents" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "year" INTEGER;
UPDATE "BudgetLine" l SET "year" = j."year", "reallocatedInCents" = GREATEST(l."reallocatedCents", 0), "reallocatedOutCents" = GREATEST(-l."reallocatedCents", 0)
FROM "JointBudget" j WHERE j."id" = l."jointBudgetId";
ALTER TABLE "BudgetLine" ALTER COLUMN "year" SET NOT NULL, DROP COLUMN "reallocatedCents";

-- AlterTable
ALTER TABLE "ReallocationRequest" DROP COLUMN "code",
ADD COLUMN     "appliedAt" TIMESTAMP(3),
ADD COLUMN     "councilConsentNeeded" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "councilDecidedOn" TIMESTAMP(3),
ADD COLUMN     "councilRecordedById" TEXT,
ADD COLUMN     "councilReference" TEXT,
ADD COLUMN     "cover" TEXT NOT NULL DEFAULT 'line',
ADD COLUMN     "cumulativeCents" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "decidedById" TEXT,
ADD COLUMN     "deciderRoles" TEXT,
ADD COLUMN     "lastRemindedAt" TIMESTAMP(3),
ADD COLUMN     "legalBasis" TEXT,
ADD COLUMN     "number" INTEGER,
ADD COLUMN     "requestKey" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "year" INTEGER;
-- Existing requests get numbers in the order they were filed, the year of their budget and the roles of their level.
UPDATE "ReallocationRequest" r SET "number" = n."number", "year" = j."year", "legalBasis" = '',
  "deciderRoles" = CASE r."requiredLevel" WHEN 'treasurer' THEN 'treasurer' ELSE 'budget_owner,team_lead,approver' END
FROM (SELECT "id", ROW_NUMBER() OVER (PARTITION BY "tenantId" ORDER BY "createdAt", "id") AS "number" FROM "ReallocationRequest") n, "JointBudget" j
WHERE n."id" = r."id" AND j."id" = r."jointBudgetId";
ALTER TABLE "ReallocationRequest" ALTER COLUMN "deciderRoles" SET NOT NULL, ALTER COLUMN "legalBasis" SET NOT NULL,
  ALTER COLUMN "number" SET NOT NULL, ALTER COLUMN "year" SET NOT NULL;

-- AlterTable
ALTER TABLE "ReallocationDecision" ADD COLUMN     "onBehalfOfId" TEXT;

-- CreateTable
CREATE TABLE "BudgetYear" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "policy" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BudgetYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReallocationQuestion" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "askedById" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReallocationQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReallocationDraft" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReallocationDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetDelegation" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "fromPersonId" TEXT NOT NULL,
    "toPersonId" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT '',
    "startsOn" TIMESTAMP(3) NOT NULL,
    "endsOn" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "BudgetDelegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupplementaryBudgetWarning" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "thresholdCents" BIGINT NOT NULL,
    "totalCents" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupplementaryBudgetWarning_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BudgetYear_tenantId_year_key" ON "BudgetYear"("tenantId", "year");

-- CreateIndex
CREATE INDEX "ReallocationQuestion_requestId_createdAt_idx" ON "ReallocationQuestion"("requestId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReallocationDraft_tenantId_personId_key" ON "ReallocationDraft"("tenantId", "personId");

-- CreateIndex
CREATE INDEX "BudgetDelegation_tenantId_toPersonId_idx" ON "BudgetDelegation"("tenantId", "toPersonId");

-- CreateIndex
CREATE UNIQUE INDEX "SupplementaryBudgetWarning_tenantId_year_thresholdCents_key" ON "SupplementaryBudgetWarning"("tenantId", "year", "thresholdCents");

-- CreateIndex
CREATE INDEX "JointBudget_tenantId_year_idx" ON "JointBudget"("tenantId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetLine_tenantId_year_code_key" ON "BudgetLine"("tenantId", "year", "code");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetLedgerEntry_reallocationId_kind_key" ON "BudgetLedgerEntry"("reallocationId", "kind");

-- CreateIndex
CREATE INDEX "ReallocationRequest_toLineId_year_idx" ON "ReallocationRequest"("toLineId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "ReallocationRequest_tenantId_number_key" ON "ReallocationRequest"("tenantId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ReallocationRequest_tenantId_requestKey_key" ON "ReallocationRequest"("tenantId", "requestKey");

-- Existing joint budgets get their budget year (with the rules of the NRW preset).
INSERT INTO "BudgetYear" ("id", "tenantId", "year") SELECT md5(random()::text || "tenantId" || "year"), "tenantId", "year" FROM (SELECT DISTINCT "tenantId", "year" FROM "JointBudget") y;

-- AddForeignKey
ALTER TABLE "JointBudget" ADD CONSTRAINT "JointBudget_tenantId_year_fkey" FOREIGN KEY ("tenantId", "year") REFERENCES "BudgetYear"("tenantId", "year") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReallocationRequest" ADD CONSTRAINT "ReallocationRequest_fromLineId_fkey" FOREIGN KEY ("fromLineId") REFERENCES "BudgetLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReallocationRequest" ADD CONSTRAINT "ReallocationRequest_toLineId_fkey" FOREIGN KEY ("toLineId") REFERENCES "BudgetLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReallocationQuestion" ADD CONSTRAINT "ReallocationQuestion_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ReallocationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

