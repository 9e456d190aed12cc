-- Members' own reminder settings (issue 25): off for themselves, or their own lead time over the studio's.
ALTER TABLE "Membership" ADD COLUMN "remindersOff" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Membership" ADD COLUMN "reminderMinutesBefore" INTEGER;
