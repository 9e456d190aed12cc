-- A shared read-only visitor account (the web chat's one "Guest" per deployment): kept out of member lists.
ALTER TABLE "Person" ADD COLUMN "visitor" BOOLEAN NOT NULL DEFAULT false;

-- The Guest made before this column existed.
UPDATE "Person" SET "visitor" = true
 WHERE id IN (SELECT "personId" FROM "PlatformIdentity" WHERE platform = 'web' AND "platformUserId" = 'guest');
