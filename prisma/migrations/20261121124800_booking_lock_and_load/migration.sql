-- One definition of "an occurrence as the booking rules see it", shared by the app's reads and the
-- booking function below.
CREATE VIEW "OccurrenceInfo" AS
SELECT o.id, o."orgId", o."templateId", o."scheduleId", t.name, t.description, t."trainingTypeId",
       tt.name AS "trainingTypeName", o."startsAt", o."durationMinutes", o.capacity, o."trainerId",
       tr."displayName" AS "trainerName", o."spaceId", sp.name AS "spaceName", o.status::text AS status,
       o."cancelReason", t.closed, (t.capacity = 1) AS individual, t."bookingDeadlineMinutes",
       t."cancellationDeadlineMinutes"
FROM "Occurrence" o
JOIN "TrainingTemplate" t ON t.id = o."templateId"
JOIN "TrainingType" tt ON tt.id = t."trainingTypeId"
LEFT JOIN "Person" tr ON tr.id = o."trainerId"
LEFT JOIN "Space" sp ON sp.id = o."spaceId";

-- Booking's first round trip: take the occurrence's row lock, then read what booking needs.
-- In a VOLATILE PL/pgSQL function every statement takes a new snapshot (READ COMMITTED), so the
-- reads after the lock see all that the previous lock holder committed; a single SELECT ... FOR UPDATE
-- with the same subqueries would read from a snapshot taken before it waited for the lock.
CREATE FUNCTION booking_lock_and_load(p_org text, p_occurrence text, p_person text) RETURNS json
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  result json;
BEGIN
  PERFORM 1 FROM "Occurrence" WHERE id = p_occurrence AND "orgId" = p_org FOR UPDATE;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  SELECT json_build_object(
    'occurrence', (SELECT row_to_json(v) FROM "OccurrenceInfo" v WHERE v.id = p_occurrence),
    'counts', (SELECT json_build_object(
        'confirmed', count(*) FILTER (WHERE status = 'confirmed'),
        'waitlisted', count(*) FILTER (WHERE status = 'waitlisted'))
      FROM "Booking" WHERE "occurrenceId" = p_occurrence),
    'existing', (SELECT json_build_object('id', b.id, 'seq', b.seq::text, 'orgId', b."orgId",
        'occurrenceId', b."occurrenceId", 'personId', b."personId", 'passId', b."passId", 'status', b.status,
        'source', b.source, 'cancelReason', b."cancelReason", 'createdAt', b."createdAt",
        'confirmedAt', b."confirmedAt", 'cancelledAt', b."cancelledAt")
      FROM "Booking" b WHERE b."occurrenceId" = p_occurrence AND b."personId" = p_person AND b.active),
    'passes', (SELECT json_agg(json_build_object('id', p.id, 'personId', p."personId", 'passTypeId', p."passTypeId",
        'name', pt.name, 'remaining', p.remaining, 'validFrom', p."validFrom", 'validUntil', p."validUntil",
        'trainingTypeIds', COALESCE((SELECT array_agg(x."trainingTypeId") FROM "PassTypeTrainingType" x WHERE x."passTypeId" = p."passTypeId"), '{}'),
        'scheduleIds', COALESCE((SELECT array_agg(y."scheduleId") FROM "PassTypeSchedule" y WHERE y."passTypeId" = p."passTypeId"), '{}'))
        ORDER BY p."validUntil", p.id)
      FROM "Pass" p JOIN "PassType" pt ON pt.id = p."passTypeId"
      WHERE p."orgId" = p_org AND p."personId" = p_person))
  INTO result;
  RETURN result;
END
$$;

-- The same lock-then-read for every other use case that changes a session's bookings.
CREATE FUNCTION lock_occurrence(p_org text, p_occurrence text) RETURNS json
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM 1 FROM "Occurrence" WHERE id = p_occurrence AND "orgId" = p_org FOR UPDATE;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  RETURN (SELECT row_to_json(v) FROM "OccurrenceInfo" v WHERE v.id = p_occurrence);
END
$$;
