-- The language a person chose (/language), and the one each platform account last reported.
ALTER TABLE "Person" ADD COLUMN "language" TEXT;
ALTER TABLE "PlatformIdentity" ADD COLUMN "language" TEXT;
