-- A platform is an id its adapter registers, not a closed list: the columns hold text, checked for
-- the id's shape here (the app checks it names a registered platform at the edge).
ALTER TABLE "PlatformIdentity" ALTER COLUMN "platform" TYPE TEXT USING "platform"::text;
ALTER TABLE "ChatSpace" ALTER COLUMN "platform" TYPE TEXT USING "platform"::text;
ALTER TABLE "ChannelLink" ALTER COLUMN "platform" TYPE TEXT USING "platform"::text;
ALTER TABLE "NoticeDelivery" ALTER COLUMN "platform" TYPE TEXT USING "platform"::text;
ALTER TABLE "PendingStaffRole" ALTER COLUMN "platform" TYPE TEXT USING "platform"::text;
DROP TYPE "Platform";

ALTER TABLE "PlatformIdentity" ADD CONSTRAINT "PlatformIdentity_platform_id" CHECK ("platform" ~ '^[a-z][a-z0-9-]{1,31}$');
ALTER TABLE "ChatSpace" ADD CONSTRAINT "ChatSpace_platform_id" CHECK ("platform" ~ '^[a-z][a-z0-9-]{1,31}$');
ALTER TABLE "ChannelLink" ADD CONSTRAINT "ChannelLink_platform_id" CHECK ("platform" ~ '^[a-z][a-z0-9-]{1,31}$');
ALTER TABLE "NoticeDelivery" ADD CONSTRAINT "NoticeDelivery_platform_id" CHECK ("platform" ~ '^[a-z][a-z0-9-]{1,31}$');
ALTER TABLE "PendingStaffRole" ADD CONSTRAINT "PendingStaffRole_platform_id" CHECK ("platform" ~ '^[a-z][a-z0-9-]{1,31}$');
