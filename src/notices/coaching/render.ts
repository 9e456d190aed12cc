import { dateOfDay, weekDayLabel } from "../../domain/coaching/calendar-days.ts";
import type { EntryInfo } from "../../domain/coaching/model.ts";
import type { OutboxPayload } from "../../domain/events.ts";
import type { Reply } from "../../ports/chat.ts";
import { dayHeading, daySections, entryLines } from "../../replies/coaching/calendar-text.ts";
import { t } from "../../replies/i18n/catalogue.ts";

const dayText = (day: number, start: string | null): string =>
  dayHeading(day, weekDayLabel(day), start ? dateOfDay(start, day) : null);

/** The daily digest: every session on the days that became visible, in one message. */
export function renderDigest(programName: string, startDate: string | null, entries: EntryInfo[]): Reply {
  const days = [...new Set(entries.map((e) => e.day))].map((day) => ({
    day,
    label: weekDayLabel(day),
    date: startDate ? dateOfDay(startDate, day) : null,
    entries: entries.filter((e) => e.day === day),
  }));
  return {
    visibility: "private",
    title: t("coaching.digestTitle", { program: programName }),
    lines: [t("coaching.digestHint")],
    sections: daySections(days),
  };
}

/** The coach changed a session the client could already see. */
export function renderSessionChanged(
  programName: string,
  startDate: string | null,
  p: OutboxPayload<"coaching.session_changed">,
  current: EntryInfo | null,
): Reply {
  const from = dayText(p.fromDay, startDate);
  const title = t("coaching.changedTitle", { program: programName });
  switch (p.change) {
    case "deleted":
      return {
        visibility: "private",
        title,
        lines: [t("coaching.changedRemoved", { title: p.title, day: from })],
      };
    case "moved":
      return {
        visibility: "private",
        title,
        lines: [
          p.toDay === null
            ? t("coaching.changedLater", { title: p.title, day: from })
            : t("coaching.changedMoved", { title: p.title, from, to: dayText(p.toDay, startDate) }),
        ],
      };
    case "added":
    case "edited":
      return {
        visibility: "private",
        title,
        lines: [
          t(p.change === "added" ? "coaching.changedAdded" : "coaching.changedEdited", { day: from }),
          ...(current ? entryLines(current) : [p.title]),
        ],
      };
  }
}
