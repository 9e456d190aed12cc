-- One definition of "a pass as the booking rules see it": which training types and closed schedules
-- its pass type covers. Read by the app (listPassesOf) and by booking_lock_and_load.
CREATE VIEW "PassInfo" AS
SELECT p.id, p."orgId", p."personId", p."passTypeId", pt.name, p.remaining, p."validFrom", p."validUntil",
       COALESCE((SELECT array_agg(x."trainingTypeId") FROM "PassTypeTrainingType" x WHERE x."passTypeId" = p."passTypeId"), '{}') AS "trainingTypeIds",
       COALESCE((SELECT array_agg(y."scheduleId") FROM "PassTypeSchedule" y WHERE y."passTypeId" = p."passTypeId"), '{}') AS "scheduleIds"
FROM "Pass" p
JOIN "PassType" pt ON pt.id = p."passTypeId";

-- The booking function now reads passes through the view (same result, one definition).
CREATE OR REPLACE FUNCTION booking_lock_and_load(p_org text, p_occurrence text, p_person text) RETURNS json
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
    'passes', (SELECT json_agg(row_to_json(v) ORDER BY v."validUntil", v.id)
      FROM (SELECT id, "personId", "passTypeId", name, remaining, "validFrom", "validUntil", "trainingTypeIds", "scheduleIds"
            FROM "PassInfo" WHERE "orgId" = p_org AND "personId" = p_person) v))
  INTO result;
  RETURN result;
END
$$;
