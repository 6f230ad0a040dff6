-- AlterTable
ALTER TABLE "Kpi" ALTER COLUMN "warningPct" DROP NOT NULL,
ALTER COLUMN "warningPct" DROP DEFAULT,
ALTER COLUMN "criticalPct" DROP NOT NULL,
ALTER COLUMN "criticalPct" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Alert" ADD COLUMN     "deviationPct" DECIMAL(65,30),
ADD COLUMN     "episode" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "expected" DECIMAL(65,30),
ADD COLUMN     "number" INTEGER NOT NULL,
ADD COLUMN     "period" TEXT,
ADD COLUMN     "snoozedById" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "value" DECIMAL(65,30);

-- CreateIndex
CREATE INDEX "Alert_tenantId_state_idx" ON "Alert"("tenantId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_tenantId_number_key" ON "Alert"("tenantId", "number");

