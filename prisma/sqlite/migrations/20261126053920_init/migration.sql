-- CreateTable
CREATE TABLE "Tenant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'de',
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Berlin',
    "policy" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "PlatformBinding" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "installation" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PlatformBinding_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Department" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "locale" TEXT,
    "departmentId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Person_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Person_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PersonRole" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "PersonRole_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlatformIdentity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "externalUserId" TEXT NOT NULL,
    "linkedBy" TEXT NOT NULL DEFAULT 'admin',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PlatformIdentity_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionField" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "description" TEXT
);

-- CreateTable
CREATE TABLE "CoreTeam" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "actionFieldId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "CoreTeam_actionFieldId_fkey" FOREIGN KEY ("actionFieldId") REFERENCES "ActionField" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TeamMembership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'member',
    "departmentId" TEXT,
    "temporary" BOOLEAN NOT NULL DEFAULT false,
    "validFrom" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "validUntil" DATETIME,
    CONSTRAINT "TeamMembership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "CoreTeam" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TeamMembership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TeamMembership_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StrategicGoal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "actionFieldId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sdgs" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "StrategicGoal_actionFieldId_fkey" FOREIGN KEY ("actionFieldId") REFERENCES "ActionField" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OperationalGoal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "strategicGoalId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sdgs" TEXT NOT NULL DEFAULT '',
    "productId" TEXT,
    CONSTRAINT "OperationalGoal_strategicGoalId_fkey" FOREIGN KEY ("strategicGoalId") REFERENCES "StrategicGoal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OperationalGoal_productId_fkey" FOREIGN KEY ("productId") REFERENCES "BudgetProduct" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BudgetProduct" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "area" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "operationalGoalId" TEXT,
    "teamId" TEXT NOT NULL,
    "responsibleId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'on_track',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "startDate" DATETIME,
    "dueDate" DATETIME,
    "lastUpdateAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Measure_operationalGoalId_fkey" FOREIGN KEY ("operationalGoalId") REFERENCES "OperationalGoal" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Measure_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "CoreTeam" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Measure_responsibleId_fkey" FOREIGN KEY ("responsibleId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeasureProgress" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "percent" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "previousPercent" INTEGER NOT NULL,
    "previousStatus" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MeasureProgress_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Kpi" (
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
    "warningPct" INTEGER NOT NULL DEFAULT 5,
    "criticalPct" INTEGER NOT NULL DEFAULT 15,
    "graceDays" INTEGER NOT NULL DEFAULT 30,
    "teamId" TEXT NOT NULL,
    "operationalGoalId" TEXT,
    CONSTRAINT "Kpi_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "CoreTeam" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Kpi_operationalGoalId_fkey" FOREIGN KEY ("operationalGoalId") REFERENCES "OperationalGoal" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "KpiTarget" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL NOT NULL,
    CONSTRAINT "KpiTarget_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "KpiValue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "value" DECIMAL NOT NULL,
    "note" TEXT,
    "recordedById" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revision" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "KpiValue_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "KpiValueRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "kpiValueId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "value" DECIMAL NOT NULL,
    "note" TEXT,
    "recordedById" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "KpiValueRevision_kpiValueId_fkey" FOREIGN KEY ("kpiValueId") REFERENCES "KpiValue" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JointBudget" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "actionFieldId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "ownerId" TEXT,
    CONSTRAINT "JointBudget_actionFieldId_fkey" FOREIGN KEY ("actionFieldId") REFERENCES "ActionField" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "jointBudgetId" TEXT NOT NULL,
    "productId" TEXT,
    "code" TEXT NOT NULL,
    "account" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'expense',
    "plannedCents" BIGINT NOT NULL,
    "reallocatedCents" BIGINT NOT NULL DEFAULT 0,
    "committedCents" BIGINT NOT NULL DEFAULT 0,
    "spentCents" BIGINT NOT NULL DEFAULT 0,
    "blocked" BOOLEAN NOT NULL DEFAULT false,
    "blockReason" TEXT,
    "earmark" TEXT,
    "source" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "BudgetLine_jointBudgetId_fkey" FOREIGN KEY ("jointBudgetId") REFERENCES "JointBudget" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BudgetLine_productId_fkey" FOREIGN KEY ("productId") REFERENCES "BudgetProduct" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BudgetLedgerEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "budgetLineId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "reallocationId" TEXT,
    "reference" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BudgetLedgerEntry_budgetLineId_fkey" FOREIGN KEY ("budgetLineId") REFERENCES "BudgetLine" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CoverabilityRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "fromLineId" TEXT NOT NULL,
    "toLineId" TEXT NOT NULL,
    "mutual" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "CoverabilityRule_fromLineId_fkey" FOREIGN KEY ("fromLineId") REFERENCES "BudgetLine" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CoverabilityRule_toLineId_fkey" FOREIGN KEY ("toLineId") REFERENCES "BudgetLine" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReallocationRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "jointBudgetId" TEXT NOT NULL,
    "fromLineId" TEXT NOT NULL,
    "toLineId" TEXT NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "reason" TEXT NOT NULL,
    "justification" TEXT,
    "classification" TEXT NOT NULL,
    "requiredLevel" TEXT NOT NULL,
    "approvalsNeeded" INTEGER NOT NULL DEFAULT 1,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "requesterId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    CONSTRAINT "ReallocationRequest_jointBudgetId_fkey" FOREIGN KEY ("jointBudgetId") REFERENCES "JointBudget" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReallocationDecision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "approverId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "comment" TEXT,
    "level" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReallocationDecision_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ReallocationRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "kpiId" TEXT,
    "budgetLineId" TEXT,
    "severity" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "offPeriods" INTEGER NOT NULL DEFAULT 0,
    "onPeriods" INTEGER NOT NULL DEFAULT 0,
    "firedAt" DATETIME,
    "acknowledgedById" TEXT,
    "acknowledgedAt" DATETIME,
    "snoozedUntil" DATETIME,
    "resolvedAt" DATETIME,
    "lastNotifiedAt" DATETIME,
    "escalatedAt" DATETIME,
    "threadRef" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Alert_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChannelSubscription" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "actionFieldId" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" DATETIME,
    "deactivatedReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ConversationReference" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "personId" TEXT,
    "reference" JSONB NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
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

-- CreateTable
CREATE TABLE "JobRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "job" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "claimedBy" TEXT NOT NULL,
    "claimedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "error" TEXT
);

-- CreateTable
CREATE TABLE "ProcessedEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "eventKey" TEXT NOT NULL,
    "processedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_slug_key" ON "Tenant"("slug");

-- CreateIndex
CREATE INDEX "PlatformBinding_tenantId_idx" ON "PlatformBinding"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformBinding_platform_externalId_key" ON "PlatformBinding"("platform", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Department_tenantId_code_key" ON "Department"("tenantId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Person_tenantId_email_key" ON "Person"("tenantId", "email");

-- CreateIndex
CREATE INDEX "PersonRole_tenantId_role_idx" ON "PersonRole"("tenantId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "PersonRole_personId_role_scope_key" ON "PersonRole"("personId", "role", "scope");

-- CreateIndex
CREATE INDEX "PlatformIdentity_personId_idx" ON "PlatformIdentity"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformIdentity_tenantId_platform_externalUserId_key" ON "PlatformIdentity"("tenantId", "platform", "externalUserId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionField_tenantId_code_key" ON "ActionField"("tenantId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "CoreTeam_actionFieldId_key" ON "CoreTeam"("actionFieldId");

-- CreateIndex
CREATE INDEX "CoreTeam_tenantId_idx" ON "CoreTeam"("tenantId");

-- CreateIndex
CREATE INDEX "TeamMembership_tenantId_personId_idx" ON "TeamMembership"("tenantId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamMembership_teamId_personId_key" ON "TeamMembership"("teamId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "StrategicGoal_tenantId_code_key" ON "StrategicGoal"("tenantId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "OperationalGoal_tenantId_code_key" ON "OperationalGoal"("tenantId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetProduct_tenantId_code_key" ON "BudgetProduct"("tenantId", "code");

-- CreateIndex
CREATE INDEX "Measure_tenantId_teamId_idx" ON "Measure"("tenantId", "teamId");

-- CreateIndex
CREATE UNIQUE INDEX "Measure_tenantId_code_key" ON "Measure"("tenantId", "code");

-- CreateIndex
CREATE INDEX "MeasureProgress_tenantId_createdAt_idx" ON "MeasureProgress"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "MeasureProgress_measureId_createdAt_idx" ON "MeasureProgress"("measureId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Kpi_tenantId_code_key" ON "Kpi"("tenantId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "KpiTarget_kpiId_year_key" ON "KpiTarget"("kpiId", "year");

-- CreateIndex
CREATE INDEX "KpiValue_tenantId_recordedAt_idx" ON "KpiValue"("tenantId", "recordedAt");

-- CreateIndex
CREATE UNIQUE INDEX "KpiValue_kpiId_period_key" ON "KpiValue"("kpiId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "KpiValueRevision_kpiValueId_revision_key" ON "KpiValueRevision"("kpiValueId", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "JointBudget_actionFieldId_year_key" ON "JointBudget"("actionFieldId", "year");

-- CreateIndex
CREATE INDEX "BudgetLine_jointBudgetId_idx" ON "BudgetLine"("jointBudgetId");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetLine_tenantId_code_key" ON "BudgetLine"("tenantId", "code");

-- CreateIndex
CREATE INDEX "BudgetLedgerEntry_budgetLineId_createdAt_idx" ON "BudgetLedgerEntry"("budgetLineId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CoverabilityRule_fromLineId_toLineId_key" ON "CoverabilityRule"("fromLineId", "toLineId");

-- CreateIndex
CREATE INDEX "ReallocationRequest_tenantId_status_idx" ON "ReallocationRequest"("tenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ReallocationRequest_tenantId_code_key" ON "ReallocationRequest"("tenantId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ReallocationDecision_requestId_approverId_key" ON "ReallocationDecision"("requestId", "approverId");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_tenantId_fingerprint_key" ON "Alert"("tenantId", "fingerprint");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelSubscription_tenantId_platform_conversationId_kind_actionFieldId_key" ON "ChannelSubscription"("tenantId", "platform", "conversationId", "kind", "actionFieldId");

-- CreateIndex
CREATE INDEX "ConversationReference_tenantId_idx" ON "ConversationReference"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "ConversationReference_platform_conversationId_key" ON "ConversationReference"("platform", "conversationId");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_tenantId_dedupeKey_key" ON "OutboxMessage"("tenantId", "dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_tenantId_job_slot_key" ON "JobRun"("tenantId", "job", "slot");

-- CreateIndex
CREATE UNIQUE INDEX "ProcessedEvent_tenantId_platform_eventKey_key" ON "ProcessedEvent"("tenantId", "platform", "eventKey");

-- CreateIndex
CREATE INDEX "AuditLog_tenantId_entity_entityId_idx" ON "AuditLog"("tenantId", "entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_tenantId_createdAt_idx" ON "AuditLog"("tenantId", "createdAt");

