-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Alert" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "kpiId" TEXT,
    "budgetLineId" TEXT,
    "severity" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "episode" INTEGER NOT NULL DEFAULT 1,
    "offPeriods" INTEGER NOT NULL DEFAULT 0,
    "onPeriods" INTEGER NOT NULL DEFAULT 0,
    "period" TEXT,
    "value" DECIMAL,
    "expected" DECIMAL,
    "deviationPct" DECIMAL,
    "firedAt" DATETIME,
    "acknowledgedById" TEXT,
    "acknowledgedAt" DATETIME,
    "snoozedUntil" DATETIME,
    "snoozedById" TEXT,
    "resolvedAt" DATETIME,
    "lastNotifiedAt" DATETIME,
    "escalatedAt" DATETIME,
    "threadRef" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Alert_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Alert_budgetLineId_fkey" FOREIGN KEY ("budgetLineId") REFERENCES "BudgetLine" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Alert" ("acknowledgedAt", "acknowledgedById", "budgetLineId", "createdAt", "deviationPct", "episode", "escalatedAt", "expected", "fingerprint", "firedAt", "id", "kind", "kpiId", "lastNotifiedAt", "number", "offPeriods", "onPeriods", "period", "resolvedAt", "severity", "snoozedById", "snoozedUntil", "state", "tenantId", "threadRef", "updatedAt", "value") SELECT "acknowledgedAt", "acknowledgedById", "budgetLineId", "createdAt", "deviationPct", "episode", "escalatedAt", "expected", "fingerprint", "firedAt", "id", "kind", "kpiId", "lastNotifiedAt", "number", "offPeriods", "onPeriods", "period", "resolvedAt", "severity", "snoozedById", "snoozedUntil", "state", "tenantId", "threadRef", "updatedAt", "value" FROM "Alert";
DROP TABLE "Alert";
ALTER TABLE "new_Alert" RENAME TO "Alert";
CREATE INDEX "Alert_tenantId_state_idx" ON "Alert"("tenantId", "state");
CREATE UNIQUE INDEX "Alert_tenantId_fingerprint_key" ON "Alert"("tenantId", "fingerprint");
CREATE UNIQUE INDEX "Alert_tenantId_number_key" ON "Alert"("tenantId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

