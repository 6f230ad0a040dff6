-- CreateTable
CREATE TABLE "PeriodLock" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "lockedById" TEXT NOT NULL,
    "lockedAt" DATETIME NOT NULL,
    "reopenedById" TEXT,
    "reopenedAt" DATETIME,
    "reopenReason" TEXT
);

-- CreateIndex
CREATE INDEX "PeriodLock_tenantId_periodEnd_idx" ON "PeriodLock"("tenantId", "periodEnd");

-- CreateIndex
CREATE UNIQUE INDEX "PeriodLock_tenantId_period_key" ON "PeriodLock"("tenantId", "period");

