-- Personal sessions (docs/personal-sessions.md). The first-cut tables were never written by the app,
-- so the NOT NULL columns below need no backfill.

-- DropIndex
DROP INDEX "PersonalBooking_sessionTypeId_startsAt_idx";

-- DropIndex
DROP INDEX "TrainerAvailability_trainerId_idx";

-- AlterTable
ALTER TABLE "BusyBlock" DROP COLUMN "source",
ADD COLUMN     "feedId" TEXT NOT NULL,
ADD COLUMN     "orgId" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "PersonalBooking" ADD COLUMN     "active" BOOLEAN DEFAULT true,
ADD COLUMN     "bufferMinutes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "cancelledAt" TIMESTAMPTZ(3),
ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'EUR',
ADD COLUMN     "memberPrice" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "orgId" TEXT NOT NULL,
ADD COLUMN     "rescheduledFrom" TEXT,
ADD COLUMN     "trainerId" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "PersonalSessionType" DROP COLUMN "memberPriceCents",
DROP COLUMN "trainerId",
ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'EUR',
ALTER COLUMN "priceCents" SET NOT NULL,
ALTER COLUMN "priceCents" SET DEFAULT 0,
ALTER COLUMN "accessLevel" DROP NOT NULL,
ALTER COLUMN "accessLevel" DROP DEFAULT;

-- CreateTable
CREATE TABLE "PersonalSettings" (
    "orgId" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "showOnMemberList" BOOLEAN NOT NULL DEFAULT true,
    "accessLevel" TEXT NOT NULL DEFAULT 'public',
    "paymentMethods" TEXT[] DEFAULT ARRAY['at_session']::TEXT[],
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonalSettings_pkey" PRIMARY KEY ("orgId")
);

-- CreateTable
CREATE TABLE "PersonalSessionTypeTrainer" (
    "sessionTypeId" TEXT NOT NULL,
    "trainerId" TEXT NOT NULL,

    CONSTRAINT "PersonalSessionTypeTrainer_pkey" PRIMARY KEY ("sessionTypeId","trainerId")
);

-- CreateTable
CREATE TABLE "TrainerDateOff" (
    "orgId" TEXT NOT NULL,
    "trainerId" TEXT NOT NULL,
    "date" DATE NOT NULL,

    CONSTRAINT "TrainerDateOff_pkey" PRIMARY KEY ("orgId","trainerId","date")
);

-- CreateTable
CREATE TABLE "TrainerCalendarFeed" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "trainerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "lastGoodAt" TIMESTAMPTZ(3),
    "lastAttemptAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "warnedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainerCalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarSubscription" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CalendarSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PersonalSessionTypeTrainer_trainerId_idx" ON "PersonalSessionTypeTrainer"("trainerId");

-- CreateIndex
CREATE INDEX "TrainerCalendarFeed_kind_idx" ON "TrainerCalendarFeed"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "TrainerCalendarFeed_orgId_trainerId_source_key" ON "TrainerCalendarFeed"("orgId", "trainerId", "source");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarSubscription_tokenHash_key" ON "CalendarSubscription"("tokenHash");

-- CreateIndex
CREATE INDEX "CalendarSubscription_orgId_personId_idx" ON "CalendarSubscription"("orgId", "personId");

-- CreateIndex
CREATE INDEX "BusyBlock_feedId_idx" ON "BusyBlock"("feedId");

-- CreateIndex
CREATE INDEX "PersonalBooking_trainerId_startsAt_idx" ON "PersonalBooking"("trainerId", "startsAt");

-- CreateIndex
CREATE INDEX "PersonalBooking_personId_idx" ON "PersonalBooking"("personId");

-- CreateIndex
CREATE INDEX "PersonalBooking_orgId_startsAt_idx" ON "PersonalBooking"("orgId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "PersonalBooking_sessionTypeId_trainerId_startsAt_personId_a_key" ON "PersonalBooking"("sessionTypeId", "trainerId", "startsAt", "personId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "PersonalSessionType_orgId_name_key" ON "PersonalSessionType"("orgId", "name");

-- CreateIndex
CREATE INDEX "TrainerAvailability_orgId_trainerId_idx" ON "TrainerAvailability"("orgId", "trainerId");

-- AddForeignKey
ALTER TABLE "PersonalSettings" ADD CONSTRAINT "PersonalSettings_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalSessionTypeTrainer" ADD CONSTRAINT "PersonalSessionTypeTrainer_sessionTypeId_fkey" FOREIGN KEY ("sessionTypeId") REFERENCES "PersonalSessionType"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalSessionTypeTrainer" ADD CONSTRAINT "PersonalSessionTypeTrainer_trainerId_fkey" FOREIGN KEY ("trainerId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusyBlock" ADD CONSTRAINT "BusyBlock_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "TrainerCalendarFeed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalBooking" ADD CONSTRAINT "PersonalBooking_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- AddForeignKey
ALTER TABLE "PersonalBooking" ADD CONSTRAINT "PersonalBooking_trainerId_fkey" FOREIGN KEY ("trainerId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------- backstops the app also checks
ALTER TABLE "PersonalSettings" ADD CONSTRAINT "personal_settings_access" CHECK ("accessLevel" IN ('public', 'members', 'private'));
ALTER TABLE "PersonalSettings" ADD CONSTRAINT "personal_settings_payments" CHECK ("paymentMethods" <@ ARRAY['at_session', 'check', 'online']::TEXT[]);
ALTER TABLE "PersonalSessionType" ADD CONSTRAINT "personal_type_duration" CHECK ("durationMinutes" BETWEEN 15 AND 120 AND "durationMinutes" % 15 = 0);
ALTER TABLE "PersonalSessionType" ADD CONSTRAINT "personal_type_capacity" CHECK ("capacity" >= 1);
ALTER TABLE "PersonalSessionType" ADD CONSTRAINT "personal_type_prices" CHECK ("priceCents" >= 0 AND ("nonMemberPriceCents" IS NULL OR "nonMemberPriceCents" >= 0));
ALTER TABLE "PersonalSessionType" ADD CONSTRAINT "personal_type_status" CHECK ("status" IN ('draft', 'active', 'paused', 'archived'));
ALTER TABLE "PersonalSessionType" ADD CONSTRAINT "personal_type_access" CHECK ("accessLevel" IS NULL OR "accessLevel" IN ('public', 'members', 'private'));
ALTER TABLE "PersonalSessionType" ADD CONSTRAINT "personal_type_buffer" CHECK ("bufferMinutes" IN (0, 5, 10, 15, 30, 45, 60));
ALTER TABLE "PersonalSessionType" ADD CONSTRAINT "personal_type_leads" CHECK ("minLeadHours" >= 0 AND ("maxLeadDays" IS NULL OR "maxLeadDays" >= 1) AND ("maxPerDay" IS NULL OR "maxPerDay" >= 1));
ALTER TABLE "TrainerAvailability" ADD CONSTRAINT "availability_window" CHECK ("weekday" BETWEEN 1 AND 7 AND "startTime" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND "endTime" ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$' AND "startTime" < "endTime");
ALTER TABLE "BusyBlock" ADD CONSTRAINT "busy_block_order" CHECK ("endsAt" > "startsAt");
ALTER TABLE "PersonalBooking" ADD CONSTRAINT "personal_booking_order" CHECK ("endsAt" > "startsAt");
ALTER TABLE "PersonalBooking" ADD CONSTRAINT "personal_booking_status" CHECK ("status" IN ('confirmed', 'cancelled') AND (("status" = 'cancelled') = ("active" IS NULL)) AND ("active" IS NULL OR "active" = true));
ALTER TABLE "PersonalBooking" ADD CONSTRAINT "personal_booking_payment" CHECK ("paymentMethod" IN ('at_session', 'check', 'online') AND "amountCents" >= 0);

-- ---------------------------------------------------------------- one calendar per trainer
-- A trainer's personal bookings and group sessions are written under one per-trainer transaction
-- lock (an advisory lock keyed by the trainer id, taken by the triggers below), and each trigger
-- checks, after it holds the lock, what the other writers committed. In READ COMMITTED each
-- statement of a VOLATILE PL/pgSQL function reads a fresh snapshot, so a writer that waited for the
-- lock sees the winner's row. The same SQL runs on PostgreSQL and PGlite (no extension needed).
CREATE FUNCTION trainer_calendar_lock(p_trainer text) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('trainer-calendar:' || p_trainer, 0));
END
$$;

-- A new or moved personal booking: its slot has room, it keeps every other booking of the trainer
-- (with the larger of the two buffers) and every group session of the trainer clear, and a new slot
-- stays under the type's daily maximum (local day of the organization).
CREATE FUNCTION personal_booking_guard() RETURNS trigger
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  t_capacity int;
  t_per_day int;
  t_zone text;
  taken int;
  day_slots int;
BEGIN
  IF NEW.active IS NULL THEN
    RETURN NEW;
  END IF;
  PERFORM trainer_calendar_lock(NEW."trainerId");
  SELECT t.capacity, t."maxPerDay", o.timezone INTO t_capacity, t_per_day, t_zone
    FROM "PersonalSessionType" t JOIN "Organization" o ON o.id = t."orgId"
    WHERE t.id = NEW."sessionTypeId";
  SELECT count(*) INTO taken FROM "PersonalBooking" b
    WHERE b."trainerId" = NEW."trainerId" AND b."sessionTypeId" = NEW."sessionTypeId"
      AND b."startsAt" = NEW."startsAt" AND b."endsAt" = NEW."endsAt" AND b.active AND b.id <> NEW.id;
  IF taken >= t_capacity THEN
    IF t_capacity > 1 THEN
      RAISE EXCEPTION 'personal_guard:slot_full';
    END IF;
    RAISE EXCEPTION 'personal_guard:slot_taken';
  END IF;
  IF EXISTS (SELECT 1 FROM "PersonalBooking" b
      WHERE b."trainerId" = NEW."trainerId" AND b.active AND b.id <> NEW.id
        AND NOT (b."sessionTypeId" = NEW."sessionTypeId" AND b."startsAt" = NEW."startsAt" AND b."endsAt" = NEW."endsAt")
        AND b."startsAt" < NEW."endsAt" + make_interval(mins => greatest(b."bufferMinutes", NEW."bufferMinutes"))
        AND b."endsAt" > NEW."startsAt" - make_interval(mins => greatest(b."bufferMinutes", NEW."bufferMinutes"))) THEN
    RAISE EXCEPTION 'personal_guard:slot_taken';
  END IF;
  IF EXISTS (SELECT 1 FROM "Occurrence" o
      WHERE o."trainerId" = NEW."trainerId" AND o.status = 'scheduled'
        AND o."startsAt" < NEW."endsAt" + make_interval(mins => NEW."bufferMinutes")
        AND o."startsAt" + make_interval(mins => o."durationMinutes") > NEW."startsAt" - make_interval(mins => NEW."bufferMinutes")) THEN
    RAISE EXCEPTION 'personal_guard:group_session';
  END IF;
  IF t_per_day IS NOT NULL AND taken = 0 THEN
    SELECT count(DISTINCT b."startsAt") INTO day_slots FROM "PersonalBooking" b
      WHERE b."trainerId" = NEW."trainerId" AND b."sessionTypeId" = NEW."sessionTypeId" AND b.active AND b.id <> NEW.id
        AND (b."startsAt" AT TIME ZONE t_zone)::date = (NEW."startsAt" AT TIME ZONE t_zone)::date;
    IF day_slots >= t_per_day THEN
      RAISE EXCEPTION 'personal_guard:daily_max';
    END IF;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER personal_booking_guard BEFORE INSERT OR UPDATE OF "active", "startsAt", "endsAt", "trainerId", "sessionTypeId"
  ON "PersonalBooking" FOR EACH ROW EXECUTE FUNCTION personal_booking_guard();

-- A group session given to a trainer (created, moved, lengthened or reassigned) must not overlap a
-- personal booking of that trainer, with the booking's buffer.
CREATE FUNCTION occurrence_trainer_guard() RETURNS trigger
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF NEW."trainerId" IS NULL OR NEW.status <> 'scheduled' THEN
    RETURN NEW;
  END IF;
  PERFORM trainer_calendar_lock(NEW."trainerId");
  IF EXISTS (SELECT 1 FROM "PersonalBooking" b
      WHERE b."trainerId" = NEW."trainerId" AND b.active
        AND b."startsAt" < NEW."startsAt" + make_interval(mins => NEW."durationMinutes" + b."bufferMinutes")
        AND b."endsAt" > NEW."startsAt" - make_interval(mins => b."bufferMinutes")) THEN
    RAISE EXCEPTION 'personal_guard:personal_session';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER occurrence_trainer_guard BEFORE INSERT OR UPDATE OF "trainerId", "startsAt", "durationMinutes", "status"
  ON "Occurrence" FOR EACH ROW EXECUTE FUNCTION occurrence_trainer_guard();
