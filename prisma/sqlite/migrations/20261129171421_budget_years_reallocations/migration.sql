-- AlterTable
ALTER TABLE "ReallocationDecision" ADD COLUMN "onBehalfOfId" TEXT;

-- CreateTable
CREATE TABLE "BudgetYear" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "policy" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ReallocationQuestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "askedById" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT,
    "answeredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReallocationQuestion_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ReallocationRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReallocationDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "BudgetDelegation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "fromPersonId" TEXT NOT NULL,
    "toPersonId" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT '',
    "startsOn" DATETIME NOT NULL,
    "endsOn" DATETIME NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME
);

-- CreateTable
CREATE TABLE "SupplementaryBudgetWarning" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "thresholdCents" BIGINT NOT NULL,
    "totalCents" BIGINT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
-- Existing joint budgets get their budget year (with the rules of the NRW preset).
INSERT INTO "BudgetYear" ("id", "tenantId", "year") SELECT lower(hex(randomblob(12))), "tenantId", "year" FROM (SELECT DISTINCT "tenantId", "year" FROM "JointBudget");
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_JointBudget" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "actionFieldId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "ownerId" TEXT,
    CONSTRAINT "JointBudget_actionFieldId_fkey" FOREIGN KEY ("actionFieldId") REFERENCES "ActionField" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "JointBudget_tenantId_year_fkey" FOREIGN KEY ("tenantId", "year") REFERENCES "BudgetYear" ("tenantId", "year") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_JointBudget" ("actionFieldId", "id", "name", "ownerId", "tenantId", "year") SELECT "actionFieldId", "id", "name", "ownerId", "tenantId", "year" FROM "JointBudget";
DROP TABLE "JointBudget";
ALTER TABLE "new_JointBudget" RENAME TO "JointBudget";
CREATE INDEX "JointBudget_tenantId_year_idx" ON "JointBudget"("tenantId", "year");
CREATE UNIQUE INDEX "JointBudget_actionFieldId_year_key" ON "JointBudget"("actionFieldId", "year");
CREATE TABLE "new_BudgetLine" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "jointBudgetId" TEXT NOT NULL,
    "productId" TEXT,
    "code" TEXT NOT NULL,
    "account" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'expense',
    "plannedCents" BIGINT NOT NULL,
    "reallocatedInCents" BIGINT NOT NULL DEFAULT 0,
    "reallocatedOutCents" BIGINT NOT NULL DEFAULT 0,
    "committedCents" BIGINT NOT NULL DEFAULT 0,
    "spentCents" BIGINT NOT NULL DEFAULT 0,
    "blocked" BOOLEAN NOT NULL DEFAULT false,
    "blockReason" TEXT,
    "earmark" TEXT,
    "source" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "BudgetLine_jointBudgetId_fkey" FOREIGN KEY ("jointBudgetId") REFERENCES "JointBudget" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BudgetLine_productId_fkey" FOREIGN KEY ("productId") REFERENCES "BudgetProduct" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Lines take the year of their joint budget, the net reallocation splits into in and out.
INSERT INTO "new_BudgetLine" ("account", "blockReason", "blocked", "code", "committedCents", "earmark", "id", "jointBudgetId", "kind", "name", "plannedCents", "productId", "source", "spentCents", "tenantId", "version", "year", "reallocatedInCents", "reallocatedOutCents") SELECT "account", "blockReason", "blocked", "code", "committedCents", "earmark", "id", "jointBudgetId", "kind", "name", "plannedCents", "productId", "source", "spentCents", "tenantId", "version", (SELECT j."year" FROM "JointBudget" j WHERE j."id" = "BudgetLine"."jointBudgetId"), MAX("reallocatedCents", 0), MAX(-"reallocatedCents", 0) FROM "BudgetLine";
DROP TABLE "BudgetLine";
ALTER TABLE "new_BudgetLine" RENAME TO "BudgetLine";
CREATE INDEX "BudgetLine_jointBudgetId_idx" ON "BudgetLine"("jointBudgetId");
CREATE UNIQUE INDEX "BudgetLine_tenantId_year_code_key" ON "BudgetLine"("tenantId", "year", "code");
CREATE TABLE "new_ReallocationRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "jointBudgetId" TEXT NOT NULL,
    "fromLineId" TEXT NOT NULL,
    "toLineId" TEXT NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "reason" TEXT NOT NULL,
    "justification" TEXT,
    "classification" TEXT NOT NULL,
    "cover" TEXT NOT NULL DEFAULT 'line',
    "legalBasis" TEXT NOT NULL,
    "requiredLevel" TEXT NOT NULL,
    "deciderRoles" TEXT NOT NULL,
    "approvalsNeeded" INTEGER NOT NULL DEFAULT 1,
    "cumulativeCents" BIGINT NOT NULL DEFAULT 0,
    "councilConsentNeeded" BOOLEAN NOT NULL DEFAULT false,
    "councilDecidedOn" DATETIME,
    "councilReference" TEXT,
    "councilRecordedById" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "requesterId" TEXT NOT NULL,
    "requestKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "decidedById" TEXT,
    "appliedAt" DATETIME,
    "lastRemindedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ReallocationRequest_jointBudgetId_fkey" FOREIGN KEY ("jointBudgetId") REFERENCES "JointBudget" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReallocationRequest_fromLineId_fkey" FOREIGN KEY ("fromLineId") REFERENCES "BudgetLine" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReallocationRequest_toLineId_fkey" FOREIGN KEY ("toLineId") REFERENCES "BudgetLine" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Requests get numbers in the order they were filed, the year of their budget and the roles of their level.
INSERT INTO "new_ReallocationRequest" ("amountCents", "approvalsNeeded", "classification", "createdAt", "decidedAt", "fromLineId", "id", "jointBudgetId", "justification", "reason", "requesterId", "requiredLevel", "status", "tenantId", "toLineId", "number", "year", "legalBasis", "deciderRoles") SELECT "amountCents", "approvalsNeeded", "classification", "createdAt", "decidedAt", "fromLineId", "id", "jointBudgetId", "justification", "reason", "requesterId", "requiredLevel", "status", "tenantId", "toLineId", (SELECT COUNT(*) FROM "ReallocationRequest" o WHERE o."tenantId" = r."tenantId" AND (o."createdAt" < r."createdAt" OR (o."createdAt" = r."createdAt" AND o."id" <= r."id"))), (SELECT j."year" FROM "JointBudget" j WHERE j."id" = r."jointBudgetId"), '', CASE r."requiredLevel" WHEN 'treasurer' THEN 'treasurer' ELSE 'budget_owner,team_lead,approver' END FROM "ReallocationRequest" r;
DROP TABLE "ReallocationRequest";
ALTER TABLE "new_ReallocationRequest" RENAME TO "ReallocationRequest";
CREATE INDEX "ReallocationRequest_tenantId_status_idx" ON "ReallocationRequest"("tenantId", "status");
CREATE INDEX "ReallocationRequest_toLineId_year_idx" ON "ReallocationRequest"("toLineId", "year");
CREATE UNIQUE INDEX "ReallocationRequest_tenantId_number_key" ON "ReallocationRequest"("tenantId", "number");
CREATE UNIQUE INDEX "ReallocationRequest_tenantId_requestKey_key" ON "ReallocationRequest"("tenantId", "requestKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
CREATE UNIQUE INDEX "BudgetLedgerEntry_reallocationId_kind_key" ON "BudgetLedgerEntry"("reallocationId", "kind");

