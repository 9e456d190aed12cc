-- No double-booking (issue 25, docs/booking.md "No double-booking"): a scheduled group session never
-- shares its trainer or its space with another scheduled group session at an overlapping time,
-- unless staff said "book anyway" for that very clash, which is recorded here.

-- CreateTable
CREATE TABLE "CalendarClashException" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "orgId" TEXT NOT NULL,
    "occurrenceId" TEXT NOT NULL,
    "occurrenceStartsAt" TIMESTAMPTZ(3) NOT NULL,
    "otherId" TEXT NOT NULL,
    "otherStartsAt" TIMESTAMPTZ(3) NOT NULL,
    "resource" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "allowedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarClashException_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CalendarClashException_occurrenceId_idx" ON "CalendarClashException"("occurrenceId");

-- CreateIndex
CREATE INDEX "CalendarClashException_otherId_idx" ON "CalendarClashException"("otherId");

-- CreateIndex
CREATE INDEX "CalendarClashException_orgId_createdAt_idx" ON "CalendarClashException"("orgId", "createdAt");

-- ---------------------------------------------------------------- one calendar per space
-- Like trainer_calendar_lock (migration i13_personal_sessions): every writer of a space's sessions
-- queues on one transaction-scoped advisory lock, and checks after it holds it.
CREATE FUNCTION space_calendar_lock(p_space text) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('space-calendar:' || p_space, 0));
END
$$;

-- One clash of NEW with another scheduled session on a trainer or a space: allowed when that clash
-- (the two sessions at these two starts on this resource) was recorded before, or is recorded now
-- because the transaction set app.book_anyway to the person who said "book anyway"; refused otherwise.
CREATE FUNCTION occurrence_clash_allow(
  p_new "Occurrence", p_resource text, p_resource_id text, p_other_id text, p_other_starts timestamptz(3), p_anyway text
) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "CalendarClashException" e
      WHERE e.resource = p_resource AND e."resourceId" = p_resource_id
        AND ((e."occurrenceId" = p_new.id AND e."occurrenceStartsAt" = p_new."startsAt"
              AND e."otherId" = p_other_id AND e."otherStartsAt" = p_other_starts)
          OR (e."occurrenceId" = p_other_id AND e."occurrenceStartsAt" = p_other_starts
              AND e."otherId" = p_new.id AND e."otherStartsAt" = p_new."startsAt"))) THEN
    RETURN;
  END IF;
  IF p_anyway IS NULL THEN
    RAISE EXCEPTION 'calendar_clash:%:%', p_resource, p_other_id;
  END IF;
  INSERT INTO "CalendarClashException"
    ("orgId", "occurrenceId", "occurrenceStartsAt", "otherId", "otherStartsAt", "resource", "resourceId", "allowedById")
    VALUES (p_new."orgId", p_new.id, p_new."startsAt", p_other_id, p_other_starts, p_resource, p_resource_id, p_anyway);
END
$$;

-- A scheduled session created, moved, lengthened, given another trainer or space, or brought back:
-- no other scheduled session of its trainer or in its space overlaps it. Cancelled sessions hold
-- nothing. An update that changes none of the five columns checks nothing (a capacity change of a
-- session that clashes by an earlier "book anyway" stays possible).
CREATE FUNCTION occurrence_clash_guard() RETURNS trigger
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
          AND o."startsAt" < NEW."startsAt" + make_interval(mins => NEW."durationMinutes")
          AND o."startsAt" + make_interval(mins => o."durationMinutes") > NEW."startsAt"
        ORDER BY o."startsAt", o.id LOOP
      PERFORM occurrence_clash_allow(NEW, 'space', NEW."spaceId", other.id, other."startsAt", anyway);
    END LOOP;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER occurrence_clash_guard BEFORE INSERT OR UPDATE OF "trainerId", "spaceId", "startsAt", "durationMinutes", "status"
  ON "Occurrence" FOR EACH ROW EXECUTE FUNCTION occurrence_clash_guard();
