import { describe, expect, it } from "vitest";
import { emptyVocabulary } from "../../src/domain/vocabulary.ts";
import {
  dayFrom,
  keyValues,
  mentionsPersonal,
  parsePersonalCommand,
  parseWeeklyWindows,
  personalSlotsFrom,
} from "../../src/intents/personal/parse-personal.ts";

// Monday 23 Nov 2026, 08:00 in Berlin.
const ctx = { now: new Date("2026-11-23T07:00:00Z"), timezone: "Europe/Berlin", locale: "en-GB" };
const vocab = {
  ...emptyVocabulary(),
  trainers: [
    { id: "sam", name: "Sam Stone" },
    { id: "tom", name: "Tom Trainer" },
  ],
  trainingTypes: [{ id: "yoga", name: "Yoga" }],
};
const types = [
  { id: "lesson", name: "Private lesson" },
  { id: "group", name: "Small group" },
  { id: "massage", name: "Sports massage" },
];

describe("personal-session text", () => {
  it.each([
    ["private lesson with Sam thursday afternoon", true],
    ["book a personal session with sam tomorrow 9am", true],
    ["pt with tom friday", true],
    ["sports massage tomorrow", true],
    ["book yoga tomorrow 9am", false],
    ["what's on", false],
  ])("%s -> personal? %s", (text, yes) => {
    expect(mentionsPersonal(text, types)).toBe(yes);
  });

  it("private lesson with Sam thursday afternoon", () => {
    expect(personalSlotsFrom("private lesson with Sam thursday afternoon", ctx, vocab, types)).toMatchObject({
      kind: "personal_slots",
      sessionTypeIds: ["lesson"],
      trainerIds: ["sam"],
      fromDay: "2026-11-26",
      toDay: "2026-11-26",
      part: "afternoon",
    });
  });

  it("book a personal session with sam tomorrow 9am", () => {
    const r = personalSlotsFrom("book a personal session with sam tomorrow 9am", ctx, vocab, types);
    expect(r).toMatchObject({
      trainerIds: ["sam"],
      fromDay: "2026-11-24",
      toDay: "2026-11-24",
      time: { hour: 9, minute: 0 },
    });
    expect(r.sessionTypeIds).toEqual([]);
    expect(r.part).toBeUndefined();
  });

  it("commands", () => {
    expect(parsePersonalCommand("personal", "", ctx, vocab, types)).toEqual({ kind: "personal_types" });
    expect(parsePersonalCommand("personal", "my", ctx, vocab, types)).toEqual({ kind: "personal_my" });
    expect(
      parsePersonalCommand("personal", "settings enabled=yes payment=at_session,online", ctx, vocab, types),
    ).toEqual({
      kind: "personal_settings",
      values: { enabled: "yes", payment: "at_session,online" },
    });
    expect(
      parsePersonalCommand(
        "personal",
        "type new name=Sports massage duration=45 price=50",
        ctx,
        vocab,
        types,
      ),
    ).toEqual({
      kind: "personal_type",
      typed: "",
      values: { name: "Sports massage", duration: "45", price: "50" },
      part: "b",
    });
    expect(parsePersonalCommand("personal", "type Private lesson status=paused", ctx, vocab, types)).toEqual({
      kind: "personal_type",
      typed: "Private lesson",
      values: { status: "paused" },
      part: "b",
    });
    expect(
      parsePersonalCommand(
        "availability",
        "set mon-wed 09:00-12:00 14:00-18:00, sat 10:00-13:00",
        ctx,
        vocab,
        types,
      ),
    ).toEqual({
      kind: "personal_availability",
      action: "set",
      text: "mon-wed 09:00-12:00 14:00-18:00, sat 10:00-13:00",
    });
    expect(parsePersonalCommand("feed", "add webcal://x.org/a.ics", ctx, vocab, types)).toEqual({
      kind: "personal_feed",
      action: "add",
      url: "webcal://x.org/a.ics",
    });
    expect(parsePersonalCommand("calendar", "revoke", ctx, vocab, types)).toEqual({
      kind: "calendar_link",
      action: "revoke",
    });
    expect(parsePersonalCommand("book", "yoga", ctx, vocab, types)).toBeNull();
  });

  it("weekly windows, days off and name=value pairs", () => {
    expect(parseWeeklyWindows("mon-wed 09:00-12:00 14:00-18:00, sat 10:00-13:00")).toEqual([
      { weekday: 1, startTime: "09:00", endTime: "12:00" },
      { weekday: 2, startTime: "09:00", endTime: "12:00" },
      { weekday: 3, startTime: "09:00", endTime: "12:00" },
      { weekday: 1, startTime: "14:00", endTime: "18:00" },
      { weekday: 2, startTime: "14:00", endTime: "18:00" },
      { weekday: 3, startTime: "14:00", endTime: "18:00" },
      { weekday: 6, startTime: "10:00", endTime: "13:00" },
    ]);
    expect(parseWeeklyWindows("sat-mon 8:00-9:00")?.map((w) => w.weekday)).toEqual([6, 7, 1]);
    expect(parseWeeklyWindows("09:00-12:00")).toBeNull();
    expect(parseWeeklyWindows("funday 09:00-12:00")).toBeNull();
    expect(dayFrom("2026-12-24", ctx)).toBe("2026-12-24");
    expect(dayFrom("friday", ctx)).toBe("2026-11-27");
    expect(dayFrom("2026-02-30", ctx)).toBeNull();
    expect(keyValues('name="Deep tissue" duration=60')).toEqual({ name: "Deep tissue", duration: "60" });
  });
});
