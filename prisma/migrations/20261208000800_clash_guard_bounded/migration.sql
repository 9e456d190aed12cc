-- The clash guard (20261208000500_calendar_clash) read a trainer's or a space's sessions with only an
-- upper bound on the start, so each session write walked that trainer's or space's whole past. A
-- session lasts at most a day (occurrence_duration_at_most_a_day), so an overlapping one starts less
-- than a day before: the same answer, read from an index range. Space sessions get their index.
CREATE INDEX "Occurrence_spaceId_startsAt_idx" ON "Occurrence"("spaceId", "startsAt");

CREATE OR REPLACE FUNCTION occurrence_clash_guard() RETURNS trigger
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  anyway text := nullif(current_setting('app.book_anyway', true), '');
  other record;
BEGIN
  IF NEW.status <> 'scheduled' THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.status = NEW.status AND OLD."startsAt" = NEW."startsAt"
      AND OLD."durationMinutes" = NEW."durationMinutes"
      AND OLD."trainerId" IS NOT DISTINCT FROM NEW."trainerId"
      AND OLD."spaceId" IS NOT DISTINCT FROM NEW."spaceId" THEN
    RETURN NEW;
  END IF;
  IF NEW."trainerId" IS NOT NULL THEN
    PERFORM trainer_calendar_lock(NEW."trainerId");
    FOR other IN SELECT o.id, o."startsAt" FROM "Occurrence" o
        WHERE o."trainerId" = NEW."trainerId" AND o.status = 'scheduled' AND o.id <> NEW.id
          AND o."startsAt" > NEW."startsAt" - interval '1 day'
          AND o."startsAt" < NEW."startsAt" + make_interval(mins => NEW."durationMinutes")
          AND o."startsAt" + make_interval(mins => o."durationMinutes") > NEW."startsAt"
        ORDER BY o."startsAt", o.id LOOP
      PERFORM occurrence_clash_allow(NEW, 'trainer', NEW."trainerId", other.id, other."startsAt", anyway);
    END LOOP;
  END IF;
  IF NEW."spaceId" IS NOT NULL THEN
    PERFORM space_calendar_lock(NEW."spaceId");
    FOR other IN SELECT o.id, o."startsAt" FROM "Occurrence" o
        WHERE o."spaceId" = NEW."spaceId" AND o.status = 'scheduled' AND o.id <> NEW.id
          AND o."startsAt" > NEW."startsAt" - interval '1 day'
          AND o."startsAt" < NEW."startsAt" + make_interval(mins => NEW."durationMinutes")
          AND o."startsAt" + make_interval(mins => o."durationMinutes") > NEW."startsAt"
        ORDER BY o."startsAt", o.id LOOP
      PERFORM occurrence_clash_allow(NEW, 'space', NEW."spaceId", other.id, other."startsAt", anyway);
    END LOOP;
  END IF;
  RETURN NEW;
END
$$;
