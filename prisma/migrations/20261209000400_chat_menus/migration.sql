-- The staff menus set in people's private chats, so a start can take back those of people no
-- longer staff (a role removed while the app was down).
CREATE TABLE "ChatMenu" (
    "platform" TEXT NOT NULL,
    "platformUserId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "setAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChatMenu_pkey" PRIMARY KEY ("platform","platformUserId")
);
