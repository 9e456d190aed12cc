-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "passGrantPolicy" TEXT NOT NULL DEFAULT 'staff';

-- AlterTable
ALTER TABLE "Pass" ADD COLUMN     "grantedById" TEXT;

-- AlterTable
ALTER TABLE "PassType" ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'EUR',
ADD COLUMN     "priceCents" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Schedule" ADD COLUMN     "archived" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Space" ADD COLUMN     "archived" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "TrainingTemplate" ADD COLUMN     "archived" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "TrainingType" ADD COLUMN     "archived" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SetupCode" (
    "id" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "usedByPersonId" TEXT,
    "orgId" TEXT,

    CONSTRAINT "SetupCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SetupAttempt" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "blockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "SetupAttempt_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "PendingStaffRole" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "platform" "Platform",
    "platformUserId" TEXT,
    "name" TEXT,
    "grantedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PendingStaffRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdminRequest" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "requestedById" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdminRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SetupCode_codeHash_key" ON "SetupCode"("codeHash");

-- CreateIndex
CREATE INDEX "PendingStaffRole_orgId_idx" ON "PendingStaffRole"("orgId");

-- CreateIndex
CREATE INDEX "AdminRequest_orgId_status_idx" ON "AdminRequest"("orgId", "status");

-- Backstops the use cases also check (docs/studio-setup.md).
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_passGrantPolicy_check"
  CHECK ("passGrantPolicy" IN ('staff', 'admins'));
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_reminder_check"
  CHECK ("reminderMinutesBefore" IS NULL OR ("reminderMinutesBefore" BETWEEN 5 AND 10080));
ALTER TABLE "PassType" ADD CONSTRAINT "PassType_price_check"
  CHECK ("priceCents" >= 0 AND "currency" ~ '^[A-Z]{3}$');
ALTER TABLE "PendingStaffRole" ADD CONSTRAINT "PendingStaffRole_target_check"
  CHECK ("role" IN ('trainer', 'admin') AND ("platformUserId" IS NOT NULL OR "name" IS NOT NULL));
