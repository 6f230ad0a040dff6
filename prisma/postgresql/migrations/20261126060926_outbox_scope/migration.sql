-- AlterTable
ALTER TABLE "ChannelSubscription" ADD COLUMN     "conversationName" TEXT,
ADD COLUMN     "workspaceId" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "subscriptionId" TEXT,
ADD COLUMN     "workspaceId" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "OutboxMessage_platform_conversationId_createdAt_idx" ON "OutboxMessage"("platform", "conversationId", "createdAt");

