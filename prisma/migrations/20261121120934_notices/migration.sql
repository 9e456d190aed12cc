-- CreateTable
CREATE TABLE "NoticeDelivery" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "outboxId" BIGINT,
    "subjectId" TEXT,
    "personId" TEXT,
    "platform" "Platform" NOT NULL,
    "targetKind" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "attemptedAt" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3),
    "messageId" TEXT,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoticeDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NoticeDelivery_key_key" ON "NoticeDelivery"("key");

-- CreateIndex
CREATE INDEX "NoticeDelivery_status_createdAt_idx" ON "NoticeDelivery"("status", "createdAt");

-- CreateIndex
CREATE INDEX "NoticeDelivery_platform_targetId_status_idx" ON "NoticeDelivery"("platform", "targetId", "status");

-- CreateIndex
CREATE INDEX "NoticeDelivery_outboxId_idx" ON "NoticeDelivery"("outboxId");

