-- The studio's own web chat (adapters/web): sessions, sign-in links, replies, open streams, rate-limit hits.
-- CreateTable
CREATE TABLE "WebChatSession" (
    "idHash" TEXT NOT NULL,
    "csrf" TEXT NOT NULL,
    "account" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WebChatSession_pkey" PRIMARY KEY ("idHash")
);

-- CreateTable
CREATE TABLE "WebChatSignin" (
    "tokenHash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "WebChatSignin_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateTable
CREATE TABLE "WebChatReply" (
    "id" BIGSERIAL NOT NULL,
    "account" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ackedAt" TIMESTAMPTZ(3),
    "mailedAt" TIMESTAMPTZ(3),

    CONSTRAINT "WebChatReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebChatStream" (
    "id" TEXT NOT NULL,
    "account" TEXT NOT NULL,
    "seenAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WebChatStream_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebChatHit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "hits" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WebChatHit_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE INDEX "WebChatSession_expiresAt_idx" ON "WebChatSession"("expiresAt");

-- CreateIndex
CREATE INDEX "WebChatSignin_expiresAt_idx" ON "WebChatSignin"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebChatReply_key_key" ON "WebChatReply"("key");

-- CreateIndex
CREATE INDEX "WebChatReply_account_id_idx" ON "WebChatReply"("account", "id");

-- CreateIndex
CREATE INDEX "WebChatStream_account_seenAt_idx" ON "WebChatStream"("account", "seenAt");

-- CreateIndex
CREATE INDEX "WebChatHit_windowStart_idx" ON "WebChatHit"("windowStart");

