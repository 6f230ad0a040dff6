-- DropIndex
DROP INDEX "ConversationReference_tenantId_idx";

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "failureCode" TEXT,
ADD COLUMN     "operation" TEXT NOT NULL DEFAULT 'post',
ADD COLUMN     "personId" TEXT,
ADD COLUMN     "postedConversationId" TEXT,
ADD COLUMN     "refersToId" TEXT;

-- CreateTable
CREATE TABLE "InstallLink" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "platform" TEXT NOT NULL DEFAULT 'slack',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedBy" TEXT,
    "usedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "InstallLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MessageImage" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "contentType" TEXT NOT NULL DEFAULT 'image/png',
    "bytes" BYTEA NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "alt" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MessageImage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InstallLink_tenantId_idx" ON "InstallLink"("tenantId");

-- CreateIndex
CREATE INDEX "MessageImage_expiresAt_idx" ON "MessageImage"("expiresAt");

-- CreateIndex
CREATE INDEX "ConversationReference_tenantId_personId_idx" ON "ConversationReference"("tenantId", "personId");

