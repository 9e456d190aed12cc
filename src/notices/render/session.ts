import type { Line } from "../../ports/chat.ts";
import { sessionLine } from "../../replies/format.ts";
import { t } from "../../replies/i18n/catalogue.ts";

/** What notices show about a session; loaded by the composer, rendered here. */
export interface SessionView {
  name: string;
  startsAt: Date;
  timezone: string;
  trainerName: string | null;
  spaceName: string | null;
}

/** "Yoga, Sat 21 Nov 2026, 07:00" + suffix: the one session line (src/replies), who and where apart. */
export const noticeSessionLine = (s: SessionView, suffix = ""): Line =>
  sessionLine(s, s.timezone, suffix, { whoWhere: false });

/** "With Anna in Studio 2." or null when neither is known. */
export function whoWhereLine(s: SessionView): string | null {
  if (!s.trainerName && !s.spaceName) return null;
  return t("notice.whoWhere", {
    hasTrainer: s.trainerName ? "yes" : "no",
    trainer: s.trainerName ?? "",
    hasSpace: s.spaceName ? "yes" : "no",
    space: s.spaceName ?? "",
  });
}

export const compact = (lines: Array<Line | null>): Line[] => lines.filter((l): l is Line => l !== null);
