-- CreateTable
CREATE TABLE "InboundRequest" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "deliveryKey" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" TIMESTAMP(3),
    "claimedBy" TEXT,
    "processedAt" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "InboundRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InboundRequest_platform_status_receivedAt_idx" ON "InboundRequest"("platform", "status", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "InboundRequest_tenantId_platform_deliveryKey_key" ON "InboundRequest"("tenantId", "platform", "deliveryKey");

