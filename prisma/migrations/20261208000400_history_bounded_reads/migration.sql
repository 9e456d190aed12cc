-- Issue 24 item 13: reads that do not grow with a studio's history.

-- ---------------------------------------------------------------- a booking knows its session's start
-- "My bookings" and the chat's cancel step read a member's upcoming bookings (or one page of past
-- ones) through ("personId", "startsAt") instead of the member's whole history. The start is the
-- session's: set on insert by booking_starts_at, kept in step by occurrence_moves_bookings whenever
-- a session moves (an override, a schedule edit, any writer), so no code path has to remember it.
-- The DEFAULT is never kept: the trigger overwrites it (an unknown session keeps it until the
-- foreign key refuses the row, as before).
ALTER TABLE "Booking" ADD COLUMN "startsAt" TIMESTAMPTZ(3) NOT NULL DEFAULT '-infinity';
UPDATE "Booking" b SET "startsAt" = o."startsAt" FROM "Occurrence" o WHERE o.id = b."occurrenceId";
DROP INDEX "Booking_personId_idx";
CREATE INDEX "Booking_personId_startsAt_idx" ON "Booking"("personId", "startsAt");

CREATE FUNCTION booking_starts_at() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  s timestamptz;
BEGIN
  SELECT o."startsAt" INTO s FROM "Occurrence" o WHERE o.id = NEW."occurrenceId";
  IF FOUND THEN
    NEW."startsAt" := s;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER booking_starts_at BEFORE INSERT OR UPDATE OF "occurrenceId"
  ON "Booking" FOR EACH ROW EXECUTE FUNCTION booking_starts_at();

CREATE FUNCTION occurrence_moves_bookings() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Booking" SET "startsAt" = NEW."startsAt" WHERE "occurrenceId" = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER occurrence_moves_bookings AFTER UPDATE OF "startsAt" ON "Occurrence"
  FOR EACH ROW WHEN (OLD."startsAt" IS DISTINCT FROM NEW."startsAt")
  EXECUTE FUNCTION occurrence_moves_bookings();

-- ---------------------------------------------------------------- staff names on every message
-- The chat reads a studio's staff for every message: only the few staff rows, not every membership.
CREATE INDEX "Membership_staff_idx" ON "Membership"("orgId") WHERE role <> 'member';

-- ---------------------------------------------------------------- a trainer's calendar
-- Group sessions by trainer and start (slots, the personal-booking guards). The reads below bound
-- the start from below too; that is exact because a session lasts at most a day and a personal
-- booking at most 12 hours with a buffer of at most an hour (checked here).
CREATE INDEX "Occurrence_trainerId_startsAt_idx" ON "Occurrence"("trainerId", "startsAt");
ALTER TABLE "Occurrence" ADD CONSTRAINT "occurrence_duration_at_most_a_day" CHECK ("durationMinutes" <= 1440);
ALTER TABLE "PersonalBooking" ADD CONSTRAINT "personal_booking_span" CHECK ("endsAt" - "startsAt" <= interval '12 hours' AND "bufferMinutes" BETWEEN 0 AND 60);

-- Same checks as in 20261130171313_i13_personal_sessions; each read of another booking or session of
-- the trainer now has a lower bound on its start, so it reads the neighbourhood, not the trainer's past.
CREATE OR REPLACE FUNCTION personal_booking_guard() RETURNS trigger
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
        AND b."startsAt" > NEW."startsAt" - interval '14 hours'
        AND b."startsAt" < NEW."endsAt" + make_interval(mins => greatest(b."bufferMinutes", NEW."bufferMinutes"))
        AND b."endsAt" > NEW."startsAt" - make_interval(mins => greatest(b."bufferMinutes", NEW."bufferMinutes"))) THEN
    RAISE EXCEPTION 'personal_guard:slot_taken';
  END IF;
  IF EXISTS (SELECT 1 FROM "Occurrence" o
      WHERE o."trainerId" = NEW."trainerId" AND o.status = 'scheduled'
        AND o."startsAt" > NEW."startsAt" - interval '26 hours'
        AND o."startsAt" < NEW."endsAt" + make_interval(mins => NEW."bufferMinutes")
        AND o."startsAt" + make_interval(mins => o."durationMinutes") > NEW."startsAt" - make_interval(mins => NEW."bufferMinutes")) THEN
    RAISE EXCEPTION 'personal_guard:group_session';
  END IF;
  IF t_per_day IS NOT NULL AND taken = 0 THEN
    -- One local day is at most 25 hours long: a start on the same local date is within 26 hours.
    SELECT count(DISTINCT b."startsAt") INTO day_slots FROM "PersonalBooking" b
      WHERE b."trainerId" = NEW."trainerId" AND b."sessionTypeId" = NEW."sessionTypeId" AND b.active AND b.id <> NEW.id
        AND b."startsAt" > NEW."startsAt" - interval '26 hours' AND b."startsAt" < NEW."startsAt" + interval '26 hours'
        AND (b."startsAt" AT TIME ZONE t_zone)::date = (NEW."startsAt" AT TIME ZONE t_zone)::date;
    IF day_slots >= t_per_day THEN
      RAISE EXCEPTION 'personal_guard:daily_max';
    END IF;
  END IF;
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION occurrence_trainer_guard() RETURNS trigger
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF NEW."trainerId" IS NULL OR NEW.status <> 'scheduled' THEN
    RETURN NEW;
  END IF;
  PERFORM trainer_calendar_lock(NEW."trainerId");
  IF EXISTS (SELECT 1 FROM "PersonalBooking" b
      WHERE b."trainerId" = NEW."trainerId" AND b.active
        AND b."startsAt" > NEW."startsAt" - interval '14 hours'
        AND b."startsAt" < NEW."startsAt" + make_interval(mins => NEW."durationMinutes" + b."bufferMinutes")
        AND b."endsAt" > NEW."startsAt" - make_interval(mins => b."bufferMinutes")) THEN
    RAISE EXCEPTION 'personal_guard:personal_session';
  END IF;
  RETURN NEW;
END
$$;
