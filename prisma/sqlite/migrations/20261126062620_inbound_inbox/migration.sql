-- CreateTable
CREATE TABLE "InboundRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "deliveryKey" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" DATETIME,
    "claimedBy" TEXT,
    "processedAt" DATETIME,
    "error" TEXT
);

-- CreateIndex
CREATE INDEX "InboundRequest_platform_status_receivedAt_idx" ON "InboundRequest"("platform", "status", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "InboundRequest_tenantId_platform_deliveryKey_key" ON "InboundRequest"("tenantId", "platform", "deliveryKey");

