-- DropIndex
DROP INDEX "ConversationReference_tenantId_idx";

-- CreateTable
CREATE TABLE "InstallLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "platform" TEXT NOT NULL DEFAULT 'slack',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "usedBy" TEXT,
    "usedAt" DATETIME,
    "revokedAt" DATETIME
);

-- CreateTable
CREATE TABLE "MessageImage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "contentType" TEXT NOT NULL DEFAULT 'image/png',
    "bytes" BLOB NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "alt" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL DEFAULT '',
    "conversationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT '',
    "subscriptionId" TEXT,
    "operation" TEXT NOT NULL DEFAULT 'post',
    "personId" TEXT,
    "refersToId" TEXT,
    "dedupeKey" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME,
    "lastError" TEXT,
    "failureCode" TEXT,
    "externalId" TEXT,
    "postedConversationId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME
);
INSERT INTO "new_OutboxMessage" ("attempts", "conversationId", "createdAt", "dedupeKey", "externalId", "id", "kind", "lastError", "lockedUntil", "nextAttemptAt", "payload", "platform", "sentAt", "status", "subscriptionId", "tenantId", "workspaceId") SELECT "attempts", "conversationId", "createdAt", "dedupeKey", "externalId", "id", "kind", "lastError", "lockedUntil", "nextAttemptAt", "payload", "platform", "sentAt", "status", "subscriptionId", "tenantId", "workspaceId" FROM "OutboxMessage";
DROP TABLE "OutboxMessage";
ALTER TABLE "new_OutboxMessage" RENAME TO "OutboxMessage";
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");
CREATE INDEX "OutboxMessage_platform_conversationId_createdAt_idx" ON "OutboxMessage"("platform", "conversationId", "createdAt");
CREATE UNIQUE INDEX "OutboxMessage_tenantId_dedupeKey_key" ON "OutboxMessage"("tenantId", "dedupeKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "InstallLink_tenantId_idx" ON "InstallLink"("tenantId");

-- CreateIndex
CREATE INDEX "MessageImage_expiresAt_idx" ON "MessageImage"("expiresAt");

-- CreateIndex
CREATE INDEX "ConversationReference_tenantId_personId_idx" ON "ConversationReference"("tenantId", "personId");

