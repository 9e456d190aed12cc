import { describe, expect, it } from "vitest";
import { StudioCommandSchema } from "../../src/intents/studio/command.ts";
import { parseStudioCommand } from "../../src/intents/studio/parse-studio.ts";
import { readMinutes, readPrice, readTime, readWeekdays } from "../../src/intents/studio/values.ts";

describe("studio commands", () => {
  const cases: Array<[string, string, unknown]> = [
    ["setup", " k7qm-rt2p-x9ha ", { op: "setup", code: "k7qm-rt2p-x9ha" }],
    ["staff", "", { op: "staff_list" }],
    ["staff", "add <@U123> trainer", { op: "staff_add", who: { platformUserId: "U123" }, role: "trainer" }],
    ["staff", "add Sam Lee as Admin", { op: "staff_add", who: { name: "Sam Lee" }, role: "admin" }],
    ["staff", "remove @sam", { op: "staff_remove", who: { name: "sam" } }],
    ["settings", "timezone Europe/Lisbon", { op: "settings_set", field: "timezone", value: "Europe/Lisbon" }],
    ["settings", "reminders off", { op: "settings_set", field: "reminders", value: "off" }],
    ["settings", "", { op: "settings_show" }],
    ["catalog", "pass types", { op: "catalog", entity: "passtype" }],
    // A list word shows the section; it never creates an entry called "list" (issue 25).
    ["space", "list", { op: "catalog", entity: "space" }],
    ["type", " LIST ", { op: "catalog", entity: "type" }],
    ["passtype", "show", { op: "catalog", entity: "passtype" }],
    [
      "space",
      "add List Room",
      { op: "entry", entity: "space", action: "add", fields: { name: "List Room" } },
    ],
    ["type", "add Yoga", { op: "entry", entity: "type", action: "add", fields: { name: "Yoga" } }],
    [
      "type",
      "rename Yoga | Vinyasa",
      { op: "entry", entity: "type", action: "rename", target: "Yoga", fields: { name: "Vinyasa" } },
    ],
    [
      "template",
      "add Morning Flow | type Yoga | duration 60 | capacity 12 | trainer Sam | space Hall | booking 30m | cancel 2h | closed | description Gentle start",
      {
        op: "entry",
        entity: "template",
        action: "add",
        fields: {
          name: "Morning Flow",
          type: "Yoga",
          duration: "60",
          capacity: "12",
          trainer: "Sam",
          space: "Hall",
          booking: "30m",
          cancel: "2h",
          closed: "yes",
          description: "Gentle start",
        },
      },
    ],
    [
      "template",
      "edit Morning Flow | capacity 14",
      { op: "entry", entity: "template", action: "edit", target: "Morning Flow", fields: { capacity: "14" } },
    ],
    [
      "schedule",
      "add Morning Flow | mon, wed | 07:00 | from 2026-12-01 | weeks 8",
      {
        op: "entry",
        entity: "schedule",
        action: "add",
        fields: { name: "Morning Flow", weekdays: "mon, wed", time: "07:00", from: "2026-12-01", weeks: "8" },
      },
    ],
    [
      "schedule",
      "end Morning Flow | 2027-01-31",
      {
        op: "entry",
        entity: "schedule",
        action: "end",
        target: "Morning Flow",
        fields: { until: "2027-01-31" },
      },
    ],
    [
      "passtype",
      "add Yoga 10 | sessions 10 | days 90 | price 90 EUR | types Yoga, Spin",
      {
        op: "entry",
        entity: "passtype",
        action: "add",
        fields: { name: "Yoga 10", sessions: "10", validity: "90", price: "90 EUR", types: "Yoga, Spin" },
      },
    ],
    ["passes", "Maria", { op: "member_passes", who: { name: "Maria" } }],
  ];
  it.each(cases)("/%s %s", (name, args, expected) => {
    const parsed = parseStudioCommand(name, args);
    expect(parsed).toEqual(expected);
    expect(StudioCommandSchema.safeParse(parsed).success).toBe(true);
  });

  it("the short positional /template and /schedule forms are left to the older parser", () => {
    expect(parseStudioCommand("template", "Evening Flow | Yoga | 60 | 12")).toBeNull();
    expect(parseStudioCommand("schedule", "morning flow | mon,wed,fri | 07:00")).toBeNull();
  });
});

describe("studio values", () => {
  it("reads durations, days, times and prices, and leaves what it cannot read unreadable", () => {
    expect([readMinutes("60"), readMinutes("1h30"), readMinutes("2 days"), readMinutes("none")]).toEqual([
      60, 90, 2880, 0,
    ]);
    expect(readMinutes("soon")).toBeNaN();
    expect(readWeekdays("mon, wed and fri")).toEqual([1, 3, 5]);
    expect(readWeekdays("mon, funday")).toEqual([]);
    expect([readTime("7pm"), readTime("07.30"), readTime("7")]).toEqual(["19:00", "07:30", "7"]);
    expect(readPrice("€12,50")).toEqual({ cents: 1250, currency: "EUR" });
    expect(readPrice("90 gbp")).toEqual({ cents: 9000, currency: "GBP" });
    expect(readPrice("lots").cents).toBeNaN();
  });
});
