-- One intake (issue 23): an event acts once because the inbox ("InboxEvent") records it once; the
-- core's own dedupe marks are gone.
DROP TABLE IF EXISTS "ProcessedEvent";
