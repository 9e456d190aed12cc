import type { Clash } from "../../ports/booking-store.ts";
import type { Reply } from "../../ports/chat.ts";
import { clashLines } from "../booking/staff-replies.ts";
import { t } from "../i18n/catalogue.ts";

/**
 * A schedule or template change refused because it would double-book a trainer or a space: every
 * clash named, and an admin's "Book anyway" (the change then runs again, the clash recorded).
 */
export const scheduleClashReply = (
  clashes: Clash[],
  timezone: string,
  buttons: { anyway: string; keep: string },
): Reply => ({
  visibility: "private",
  lines: [
    t("clash.scheduleIntro"),
    ...clashLines(clashes, timezone),
    t("clash.bookAnywayAsk", { n: new Set(clashes.map((c) => c.other.id)).size }),
  ],
  buttons: [
    [
      { label: t("clash.bookAnyway"), data: buttons.anyway, style: "danger" },
      { label: t("clash.keep"), data: buttons.keep },
    ],
  ],
});
