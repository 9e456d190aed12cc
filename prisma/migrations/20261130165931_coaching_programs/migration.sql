-- 1-2-1 coaching (docs/coaching.md): calendars counted in days from each client's Week 1 Day 1,
-- hashed single-use invites, per-client horizon and digest bookkeeping. The first-cut tables were
-- never written by the application; the statements below still carry any rows over.

-- DropIndex
DROP INDEX "ProgramClient_personId_idx";

-- AlterTable: ProgramClient gets its organization (every query is scoped by it) and join state.
ALTER TABLE "ProgramClient" ADD COLUMN     "announcedThrough" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "joinedAt" TIMESTAMPTZ(3),
ADD COLUMN     "lastDigestOn" DATE,
ADD COLUMN     "orgId" TEXT,
ADD COLUMN     "startDateFixed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "waiverAcceptedAt" TIMESTAMPTZ(3),
ALTER COLUMN "inviteMethod" SET DEFAULT 'manual',
ALTER COLUMN "startDate" DROP NOT NULL;
UPDATE "ProgramClient" c SET "orgId" = p."orgId" FROM "CoachingProgram" p WHERE p."id" = c."programId";
ALTER TABLE "ProgramClient" ALTER COLUMN "orgId" SET NOT NULL;

-- AlterTable: a calendar day is a number (1 = Week 1 Day 1), no longer a date.
ALTER TABLE "CalendarEntry" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "dayNumber" INTEGER;
UPDATE "CalendarEntry" e SET "dayNumber" = GREATEST(1, (e."day" - COALESCE(c."startDate", e."day")) + 1)
  FROM "ProgramClient" c WHERE c."id" = e."clientId";
ALTER TABLE "CalendarEntry" DROP COLUMN "day";
ALTER TABLE "CalendarEntry" RENAME COLUMN "dayNumber" TO "day";
ALTER TABLE "CalendarEntry" ALTER COLUMN "day" SET NOT NULL;

-- AlterTable
ALTER TABLE "CoachingProgram" ADD COLUMN     "digestMinute" INTEGER NOT NULL DEFAULT 420,
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "CoachingInvite" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "codeHash" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "usedBy" TEXT,
    "mailStatus" TEXT,
    "mailError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoachingInvite_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CoachingInvite_codeHash_key" ON "CoachingInvite"("codeHash");

-- CreateIndex
CREATE INDEX "CoachingInvite_clientId_idx" ON "CoachingInvite"("clientId");

-- CreateIndex
CREATE INDEX "CalendarEntry_clientId_day_idx" ON "CalendarEntry"("clientId", "day");

-- CreateIndex
CREATE INDEX "ProgramClient_orgId_personId_idx" ON "ProgramClient"("orgId", "personId");

-- AddForeignKey
ALTER TABLE "CoachingInvite" ADD CONSTRAINT "CoachingInvite_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "ProgramClient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backstops the application also checks (Prisma cannot express them).
ALTER TABLE "CoachingProgram" ADD CONSTRAINT "CoachingProgram_status_check" CHECK ("status" IN ('draft', 'published', 'archived')),
  ADD CONSTRAINT "CoachingProgram_price_check" CHECK ("priceCents" >= 0),
  ADD CONSTRAINT "CoachingProgram_digest_check" CHECK ("digestMinute" BETWEEN 0 AND 1439);
ALTER TABLE "ProgramClient" ADD CONSTRAINT "ProgramClient_status_check" CHECK ("status" IN ('pending', 'active', 'archived')),
  ADD CONSTRAINT "ProgramClient_method_check" CHECK ("inviteMethod" IN ('manual', 'email', 'link')),
  ADD CONSTRAINT "ProgramClient_visible_check" CHECK ("visibleDays" BETWEEN 1 AND 366),
  ADD CONSTRAINT "ProgramClient_active_check" CHECK ("status" <> 'active' OR ("personId" IS NOT NULL AND "startDate" IS NOT NULL));
ALTER TABLE "CalendarEntry" ADD CONSTRAINT "CalendarEntry_day_check" CHECK ("day" >= 1);
ALTER TABLE "CoachingInvite" ADD CONSTRAINT "CoachingInvite_status_check" CHECK ("status" IN ('open', 'used', 'revoked')),
  ADD CONSTRAINT "CoachingInvite_used_check" CHECK ("status" <> 'used' OR ("usedAt" IS NOT NULL AND "usedBy" IS NOT NULL));
-- A person joins a program once (while not archived); a moved client keeps their one row.
CREATE UNIQUE INDEX "ProgramClient_program_person_key" ON "ProgramClient"("programId", "personId")
  WHERE "personId" IS NOT NULL AND "status" <> 'archived';
