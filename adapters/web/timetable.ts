import { DateTime } from "luxon";
import type { AdapterHost } from "../../src/ports/chat-adapter.ts";
import type { WebStudio } from "./studios.ts";

/** How far ahead a guest may look (weeks after this one). */
export const TIMETABLE_MAX_WEEKS = 8;

/**
 * The studio's week (Monday to Sunday in its zone), read only: each day's bookable group sessions
 * with the spots left, and where else one can book (the other chat apps the studio uses).
 */
export async function timetable(
  host: AdapterHost,
  studio: WebStudio,
  week: number,
  chatUrl: string,
  links: ReadonlyArray<{ name: string; url: string }>,
) {
  const start = DateTime.now().setZone(studio.timezone).startOf("week").plus({ weeks: week });
  const end = start.plus({ weeks: 1 });
  const sessions = await host.timetable(studio.orgId, start.toJSDate(), end.toJSDate());
  const days = Array.from({ length: 7 }, (_, i) => {
    const day = start.plus({ days: i });
    const date = day.toISODate() ?? "";
    return {
      date,
      label: day.setLocale(studio.locale).toLocaleString({ weekday: "long", day: "numeric", month: "long" }),
      sessions: sessions
        .filter((s) => DateTime.fromJSDate(s.startsAt).setZone(studio.timezone).toISODate() === date)
        .map((s) => ({
          id: s.id,
          title: s.title,
          starts: DateTime.fromJSDate(s.startsAt).setZone(studio.timezone).toISO(),
          ends: DateTime.fromJSDate(s.endsAt).setZone(studio.timezone).toISO(),
          trainer: s.trainer,
          space: s.space,
          spotsLeft: s.spotsLeft,
          full: s.spotsLeft <= 0,
        })),
    };
  });
  return {
    studio: studio.name,
    timezone: studio.timezone,
    weekStart: start.toISODate(),
    days,
    platforms: [{ name: "this chat", url: chatUrl }, ...links],
  };
}
