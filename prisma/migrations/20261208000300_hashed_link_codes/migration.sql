-- Link and connect codes are kept as SHA-256 digests only (issue 24, item 8). Codes issued before
-- were stored in plain text: they are void (they lived 15 minutes anyway); people ask for a new one.
DELETE FROM "LinkCode";
ALTER TABLE "LinkCode" RENAME COLUMN "code" TO "codeHash";
