import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { weekdayNear } from "../../src/handlers/booking/staff.ts";
import { weekdayAlone } from "../../src/intents/studio/parse-staff.ts";

const zone = "Europe/Berlin";
const at = (iso: string) => DateTime.fromISO(iso, { zone });
const day = (d: DateTime) => d.toFormat("ccc yyyy-MM-dd HH:mm");

describe("a weekday alone in an override's new time is the one nearest the session", () => {
  // Saturday 28 Nov 2026, 09:00: the session is next Friday's (4 Dec) 18:00.
  const now = at("2026-11-28T09:00").toJSDate();
  const friday = at("2026-12-04T18:00");

  it.each([
    [6, "Sat 2026-12-05 18:00"], // the day after, not today
    [4, "Thu 2026-12-03 18:00"], // the day before
    [1, "Mon 2026-12-07 18:00"], // three days after
    [2, "Tue 2026-12-01 18:00"], // three days before
    [5, "Fri 2026-12-04 18:00"],
  ])("weekday %i → %s", (weekday, expected) => {
    expect(day(weekdayNear(friday, weekday, now))).toBe(expected);
  });

  it("a nearest day that has already passed is taken a week later", () => {
    // Today's (Saturday) 18:00 session moved "to thu": Thursday 26 Nov has passed, so 3 Dec.
    expect(day(weekdayNear(at("2026-11-28T18:00"), 4, now))).toBe("Thu 2026-12-03 18:00");
  });

  it("only a weekday written alone counts; a date or 'next' keeps its own meaning", () => {
    expect(weekdayAlone("sat 10:00")).toBe(true);
    expect(weekdayAlone("Samstag 10 Uhr")).toBe(true);
    expect(weekdayAlone("sat 5.12. 10:00")).toBe(false);
    expect(weekdayAlone("next saturday 10:00")).toBe(false);
    expect(weekdayAlone("10:00")).toBe(false);
  });
});
