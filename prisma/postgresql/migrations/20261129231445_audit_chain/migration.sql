-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT,
ADD COLUMN     "seq" INTEGER;

-- CreateTable
CREATE TABLE "AuditHead" (
    "tenantId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditHead_pkey" PRIMARY KEY ("tenantId")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditLog_tenantId_seq_key" ON "AuditLog"("tenantId", "seq");


-- The audit trail is append-only: UPDATE, DELETE and TRUNCATE of "AuditLog" are refused for every role
-- that runs triggers (the bot's). The one UPDATE allowed seals a row written before the hash chain
-- (seq, prevHash and hash set once, nothing else changed). A legal deletion is an administrator's
-- task as superuser, see the README section "Audit trail".
-- Prisma's migration runner splits the script at every semicolon, so the function body writes them as
-- the escape \073 inside an E'' string.
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''UPDATE'' THEN
    IF OLD."seq" IS NULL AND NEW."seq" IS NOT NULL
     AND NEW."id" = OLD."id" AND NEW."tenantId" = OLD."tenantId" AND NEW."actorId" IS NOT DISTINCT FROM OLD."actorId"
     AND NEW."action" = OLD."action" AND NEW."entity" = OLD."entity" AND NEW."entityId" = OLD."entityId"
     AND NEW."before" IS NOT DISTINCT FROM OLD."before" AND NEW."after" IS NOT DISTINCT FROM OLD."after"
     AND NEW."requestId" IS NOT DISTINCT FROM OLD."requestId" AND NEW."createdAt" = OLD."createdAt" THEN
      RETURN NEW\073
    END IF\073
  END IF\073
  RAISE EXCEPTION ''AuditLog is append-only: % refused'', TG_OP USING ERRCODE = ''insufficient_privilege'', HINT = ''A legal deletion is done by an administrator as superuser, see the README (Audit trail).''\073
END
';

CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
