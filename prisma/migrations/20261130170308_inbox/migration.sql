-- CreateTable
CREATE TABLE "InboxEvent" (
    "id" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMPTZ(3),
    "claimToken" TEXT,
    "retryAt" TIMESTAMPTZ(3),
    "doneAt" TIMESTAMPTZ(3),
    "replies" JSONB,
    "repliedAt" TIMESTAMPTZ(3),
    "lastError" TEXT,

    CONSTRAINT "InboxEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InboxEvent_status_receivedAt_idx" ON "InboxEvent"("status", "receivedAt");

