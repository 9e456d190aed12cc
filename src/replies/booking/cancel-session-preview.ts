import type { OccurrenceInfo } from "../../domain/model.ts";
import type { Line } from "../../ports/chat.ts";
import { sessionLine } from "../format.ts";
import { t, tLine } from "../i18n/catalogue.ts";
import { toldText } from "./staff-replies.ts";

/**
 * The preview of cancelling one session, before anything is cancelled: who is booked and who is
 * waitlisted (counted apart), that their bookings are refunded, and who will be told.
 */
export function cancelSessionPreviewLines(
  p: {
    occ: OccurrenceInfo;
    confirmedNames: string[];
    waitlistedNames: string[];
    reason?: string | undefined;
  },
  timezone: string,
): Line[] {
  const names = (list: string[]) => (list.length ? list.join(", ") : t("override.nobody"));
  const told = [...p.confirmedNames, ...p.waitlistedNames];
  return [
    tLine("cancelSession.preview", { session: sessionLine(p.occ, timezone) }),
    t("override.who", { booked: names(p.confirmedNames), waitlisted: names(p.waitlistedNames) }),
    t("override.refunds"),
    ...(p.reason ? [t("cancelSession.reason", { reason: p.reason })] : []),
    t("override.willBeToldCounted", {
      names: names(told),
      told: toldText(p.confirmedNames.length, p.waitlistedNames.length),
      trainer: "no",
    }),
  ];
}
