import { dateOfDay, weekDayLabel } from "../../domain/coaching/calendar-days.ts";
import type { EntryInfo } from "../../domain/coaching/model.ts";
import type { OutboxPayload } from "../../domain/events.ts";
import type { Reply } from "../../ports/chat.ts";
import { dayHeading, daySections, entryLines } from "../../replies/coaching/calendar-text.ts";

const dayText = (day: number, start: string | null): string =>
  dayHeading(weekDayLabel(day), start ? dateOfDay(start, day) : null);

/** The daily digest: every session on the days that became visible, in one message. */
export function renderDigest(programName: string, startDate: string | null, entries: EntryInfo[]): Reply {
  const days = [...new Set(entries.map((e) => e.day))].map((day) => ({
    label: weekDayLabel(day),
    date: startDate ? dateOfDay(startDate, day) : null,
    entries: entries.filter((e) => e.day === day),
  }));
  return {
    visibility: "private",
    title: `${programName}: new training in your calendar`,
    lines: ['Type "my week" to see your whole week.'],
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
  const title = `${programName}: your coach changed your calendar`;
  switch (p.change) {
    case "deleted":
      return { visibility: "private", title, lines: [`"${p.title}" on ${from} was removed.`] };
    case "moved":
      return {
        visibility: "private",
        title,
        lines: [
          p.toDay === null
            ? `"${p.title}" on ${from} was moved to a later day; you will see it when it comes into view.`
            : `"${p.title}" moved from ${from} to ${dayText(p.toDay, startDate)}.`,
        ],
      };
    case "added":
    case "edited":
      return {
        visibility: "private",
        title,
        lines: [
          p.change === "added" ? `New session on ${from}:` : `Updated session on ${from}:`,
          ...(current ? entryLines(current) : [p.title]),
        ],
      };
  }
}
