-- A self-booking in one round trip (docs/booking.md, "Hot sessions"). The caller has already read the
-- session and the member's passes without a lock and applied the rules; this function takes the
-- session's row lock, re-checks under it only what other bookings or a trainer can change meanwhile,
-- and writes the booking, the pass debit and its ledger row, and (optionally) the inbox "done" mark of
-- the chat event being handled (only while this process still holds its lease; else nothing is written).
-- Called as a single autocommit statement, the lock is held for this one statement only.
--
-- Outcomes (json "outcome"):
--   booked           {booking, waitlisted (1-based place or null), remaining}
--   not_found        no such session in this organization
--   stale            the session moved, was cancelled or its booking deadline passed since it was read,
--                    or is not bookable by members: the caller reads again and applies the rules again
--   already          an active booking of this member exists {status}
--   no_usable_pass   the pass was emptied (by a booking elsewhere) or is not the member's
--   needs_promotion  free spots with people waiting: the caller uses the full transaction, which promotes
--
-- "Now" is read after the lock: p_now (the app's clock, read just before the call) plus the time this
-- statement has run so far, i.e. the time spent waiting for the lock.
CREATE FUNCTION book_session_once(
  p_org text, p_occurrence text, p_person text, p_pass text, p_now timestamptz,
  p_seen_starts_at timestamptz, p_booking_id text, p_ledger_id text, p_inbox_id text, p_inbox_token text
) RETURNS json
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_now timestamptz;
  v_occ "OccurrenceInfo"%ROWTYPE;
  v_confirmed int;
  v_waitlisted int;
  v_existing text;
  v_status text;
  v_remaining int;
  v_booking json;
BEGIN
  PERFORM 1 FROM "Occurrence" WHERE id = p_occurrence AND "orgId" = p_org FOR UPDATE;
  IF NOT FOUND THEN
    RETURN json_build_object('outcome', 'not_found');
  END IF;
  v_now := p_now + (clock_timestamp() - statement_timestamp());
  SELECT * INTO v_occ FROM "OccurrenceInfo" WHERE id = p_occurrence;
  IF v_occ.status <> 'scheduled' OR v_occ."startsAt" <> p_seen_starts_at OR v_occ.closed OR v_occ.individual
     OR v_now >= v_occ."startsAt" - make_interval(mins => v_occ."bookingDeadlineMinutes") THEN
    RETURN json_build_object('outcome', 'stale');
  END IF;
  SELECT b.status::text INTO v_existing FROM "Booking" b
  WHERE b."occurrenceId" = p_occurrence AND b."personId" = p_person AND b.active;
  IF FOUND THEN
    RETURN json_build_object('outcome', 'already', 'status', v_existing);
  END IF;
  SELECT count(*) FILTER (WHERE status = 'confirmed'), count(*) FILTER (WHERE status = 'waitlisted')
  INTO v_confirmed, v_waitlisted FROM "Booking" WHERE "occurrenceId" = p_occurrence;
  IF v_confirmed < v_occ.capacity AND v_waitlisted > 0 THEN
    RETURN json_build_object('outcome', 'needs_promotion');
  END IF;
  v_status := CASE WHEN v_confirmed < v_occ.capacity THEN 'confirmed' ELSE 'waitlisted' END;
  IF v_status = 'confirmed' THEN
    UPDATE "Pass" SET remaining = remaining - 1
    WHERE id = p_pass AND "personId" = p_person AND "orgId" = p_org AND remaining > 0
    RETURNING remaining INTO v_remaining;
    IF NOT FOUND THEN
      RETURN json_build_object('outcome', 'no_usable_pass');
    END IF;
  ELSE
    SELECT remaining INTO v_remaining FROM "Pass" WHERE id = p_pass AND "personId" = p_person AND "orgId" = p_org;
    IF NOT FOUND THEN
      RETURN json_build_object('outcome', 'no_usable_pass');
    END IF;
  END IF;
  INSERT INTO "Booking" (id, "orgId", "occurrenceId", "personId", "passId", status, active, source, "createdAt", "confirmedAt")
  VALUES (p_booking_id, p_org, p_occurrence, p_person, p_pass, v_status::"BookingStatus", true, 'self', v_now,
          CASE WHEN v_status = 'confirmed' THEN v_now END)
  RETURNING json_build_object('id', id, 'seq', seq::text, 'orgId', "orgId", 'occurrenceId', "occurrenceId",
    'personId', "personId", 'passId', "passId", 'status', status::text, 'source', source,
    'cancelReason', "cancelReason", 'createdAt', "createdAt", 'confirmedAt', "confirmedAt", 'cancelledAt', "cancelledAt")
  INTO v_booking;
  IF v_status = 'confirmed' THEN
    INSERT INTO "PassLedger" (id, "passId", kind, amount, "chargeBookingId", cause)
    VALUES (p_ledger_id, p_pass, 'deduct', 1, p_booking_id, 'booking');
  END IF;
  IF p_inbox_id IS NOT NULL THEN
    UPDATE "InboxEvent" SET status = 'done', "doneAt" = v_now, "leaseUntil" = NULL
    WHERE id = p_inbox_id AND "claimToken" = p_inbox_token AND status = 'processing';
    IF NOT FOUND THEN
      -- Another process took the event over (our lease ran out): this booking must not happen twice.
      RAISE EXCEPTION 'inbox lease lost for %', p_inbox_id USING ERRCODE = 'IL001';
    END IF;
  END IF;
  RETURN json_build_object('outcome', 'booked', 'booking', v_booking, 'remaining', v_remaining,
    'waitlisted', CASE WHEN v_status = 'waitlisted' THEN v_waitlisted + 1 END);
END
$$;

-- booking_lock_and_load without the lock: the unlocked read the rules run on before book_session_once.
CREATE FUNCTION booking_load(p_org text, p_occurrence text, p_person text) RETURNS json
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN v.id IS NULL THEN NULL ELSE json_build_object(
    'occurrence', row_to_json(v),
    'counts', (SELECT json_build_object(
        'confirmed', count(*) FILTER (WHERE status = 'confirmed'),
        'waitlisted', count(*) FILTER (WHERE status = 'waitlisted'))
      FROM "Booking" WHERE "occurrenceId" = p_occurrence),
    'existing', (SELECT json_build_object('id', b.id, 'seq', b.seq::text, 'orgId', b."orgId",
        'occurrenceId', b."occurrenceId", 'personId', b."personId", 'passId', b."passId", 'status', b.status,
        'source', b.source, 'cancelReason', b."cancelReason", 'createdAt', b."createdAt",
        'confirmedAt', b."confirmedAt", 'cancelledAt', b."cancelledAt")
      FROM "Booking" b WHERE b."occurrenceId" = p_occurrence AND b."personId" = p_person AND b.active),
    'passes', (SELECT json_agg(row_to_json(x) ORDER BY x."validUntil", x.id)
      FROM (SELECT id, "personId", "passTypeId", name, remaining, "validFrom", "validUntil", "trainingTypeIds", "scheduleIds"
            FROM "PassInfo" WHERE "orgId" = p_org AND "personId" = p_person) x)) END
  FROM (SELECT 1) one LEFT JOIN "OccurrenceInfo" v ON v.id = p_occurrence AND v."orgId" = p_org;
$$;
