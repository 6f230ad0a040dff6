-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ChannelSubscription" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL DEFAULT '',
    "conversationId" TEXT NOT NULL,
    "conversationName" TEXT,
    "kind" TEXT NOT NULL,
    "actionFieldId" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" DATETIME,
    "deactivatedReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_ChannelSubscription" ("actionFieldId", "active", "conversationId", "createdAt", "createdById", "deactivatedAt", "deactivatedReason", "id", "kind", "platform", "tenantId") SELECT "actionFieldId", "active", "conversationId", "createdAt", "createdById", "deactivatedAt", "deactivatedReason", "id", "kind", "platform", "tenantId" FROM "ChannelSubscription";
DROP TABLE "ChannelSubscription";
ALTER TABLE "new_ChannelSubscription" RENAME TO "ChannelSubscription";
CREATE UNIQUE INDEX "ChannelSubscription_tenantId_platform_conversationId_kind_actionFieldId_key" ON "ChannelSubscription"("tenantId", "platform", "conversationId", "kind", "actionFieldId");
CREATE TABLE "new_OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL DEFAULT '',
    "conversationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT '',
    "subscriptionId" TEXT,
    "dedupeKey" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME,
    "lastError" TEXT,
    "externalId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME
);
INSERT INTO "new_OutboxMessage" ("attempts", "conversationId", "createdAt", "dedupeKey", "externalId", "id", "lastError", "lockedUntil", "nextAttemptAt", "payload", "platform", "sentAt", "status", "tenantId") SELECT "attempts", "conversationId", "createdAt", "dedupeKey", "externalId", "id", "lastError", "lockedUntil", "nextAttemptAt", "payload", "platform", "sentAt", "status", "tenantId" FROM "OutboxMessage";
DROP TABLE "OutboxMessage";
ALTER TABLE "new_OutboxMessage" RENAME TO "OutboxMessage";
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");
CREATE INDEX "OutboxMessage_platform_conversationId_createdAt_idx" ON "OutboxMessage"("platform", "conversationId", "createdAt");
CREATE UNIQUE INDEX "OutboxMessage_tenantId_dedupeKey_key" ON "OutboxMessage"("tenantId", "dedupeKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

