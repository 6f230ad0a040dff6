-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Kpi" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "unit" TEXT NOT NULL,
    "sdgIndicator" TEXT,
    "direction" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "baselineValue" DECIMAL,
    "baselineYear" INTEGER,
    "decimals" INTEGER NOT NULL DEFAULT 1,
    "warningPct" INTEGER,
    "criticalPct" INTEGER,
    "graceDays" INTEGER NOT NULL DEFAULT 30,
    "teamId" TEXT NOT NULL,
    "operationalGoalId" TEXT,
    CONSTRAINT "Kpi_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "CoreTeam" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Kpi_operationalGoalId_fkey" FOREIGN KEY ("operationalGoalId") REFERENCES "OperationalGoal" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Kpi" ("baselineValue", "baselineYear", "code", "criticalPct", "decimals", "direction", "frequency", "graceDays", "id", "name", "nameEn", "operationalGoalId", "sdgIndicator", "teamId", "tenantId", "unit", "warningPct") SELECT "baselineValue", "baselineYear", "code", "criticalPct", "decimals", "direction", "frequency", "graceDays", "id", "name", "nameEn", "operationalGoalId", "sdgIndicator", "teamId", "tenantId", "unit", "warningPct" FROM "Kpi";
DROP TABLE "Kpi";
ALTER TABLE "new_Kpi" RENAME TO "Kpi";
CREATE UNIQUE INDEX "Kpi_tenantId_code_key" ON "Kpi"("tenantId", "code");
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
    CONSTRAINT "Alert_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Alert" ("acknowledgedAt", "acknowledgedById", "budgetLineId", "createdAt", "escalatedAt", "fingerprint", "firedAt", "id", "kind", "kpiId", "lastNotifiedAt", "offPeriods", "onPeriods", "resolvedAt", "severity", "snoozedUntil", "state", "tenantId", "threadRef") SELECT "acknowledgedAt", "acknowledgedById", "budgetLineId", "createdAt", "escalatedAt", "fingerprint", "firedAt", "id", "kind", "kpiId", "lastNotifiedAt", "offPeriods", "onPeriods", "resolvedAt", "severity", "snoozedUntil", "state", "tenantId", "threadRef" FROM "Alert";
DROP TABLE "Alert";
ALTER TABLE "new_Alert" RENAME TO "Alert";
CREATE INDEX "Alert_tenantId_state_idx" ON "Alert"("tenantId", "state");
CREATE UNIQUE INDEX "Alert_tenantId_fingerprint_key" ON "Alert"("tenantId", "fingerprint");
CREATE UNIQUE INDEX "Alert_tenantId_number_key" ON "Alert"("tenantId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

