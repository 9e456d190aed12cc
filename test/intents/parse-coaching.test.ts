import { describe, expect, it } from "vitest";
import { coachingFormCommand, parseDaySpec } from "../../src/handlers/coaching/buttons.ts";
import { decodeButton, encodeButton } from "../../src/intents/button-codec.ts";
import {
  COACHING_FIRST_WORDS,
  coachingFirstWord,
  parseCoachingCommand,
  parseCoachingText,
} from "../../src/intents/coaching/parse-coaching.ts";
import { readCoachingText } from "../../src/intents/first-read.ts";

describe("coaching text grammar", () => {
  const cases: Array<[string, unknown]> = [
    ["programs", { op: "programs" }],
    [
      "new program Strength 1-2-1 200 GBP",
      { op: "program_new", name: "Strength 1-2-1", price: "200", currency: "GBP" },
    ],
    ["new program", { op: "program_form" }],
    ["publish Strength", { op: "program_publish", program: { name: "Strength" } }],
    ["archive program Old one", { op: "program_archive", program: { name: "Old one" } }],
    ["digest Strength 07:30", { op: "digest_time", program: { name: "Strength" }, time: "07:30" }],
    ["digest 6:45", { op: "digest_time", time: "6:45" }],
    ["clients", { op: "clients" }],
    [
      "add client Jo Runner jo@example.com to Premium start 2026-12-01",
      {
        op: "client_add",
        name: "Jo Runner",
        email: "jo@example.com",
        program: { name: "Premium" },
        startDate: "2026-12-01",
      },
    ],
    ["invite Jo link", { op: "invite", client: { name: "Jo" }, method: "link" }],
    ["invite Jo by email", { op: "invite", client: { name: "Jo" }, method: "email" }],
    ["resend Jo", { op: "invite", client: { name: "Jo" }, method: "link" }],
    [
      "invite new Al al@example.com",
      { op: "invite_new", name: "Al", email: "al@example.com", method: "email" },
    ],
    ["revoke invite Jo", { op: "revoke", client: { name: "Jo" } }],
    ["horizon Jo 14", { op: "horizon", client: { name: "Jo" }, days: 14 }],
    ["start Jo 2026-12-01", { op: "start_date", client: { name: "Jo" }, date: "2026-12-01" }],
    [
      "move client Jo to Premium",
      { op: "move_client", client: { name: "Jo" }, program: { name: "Premium" } },
    ],
    ["calendar Jo Runner week 2", { op: "calendar", client: { name: "Jo Runner" }, week: 2 }],
    [
      "write Jo W2D3: Squats\nBack squat 5x5\n\nPlank 3x45s",
      {
        op: "write",
        client: { name: "Jo" },
        day: 10,
        title: "Squats",
        body: "Back squat 5x5\n\nPlank 3x45s",
      },
    ],
    [
      "write Jo week 1 day 2: Run\\n30 min easy",
      { op: "write", client: { name: "Jo" }, day: 2, title: "Run", body: "30 min easy" },
    ],
    ["write Jo day 12", { op: "write_form", client: { name: "Jo" }, day: 12 }],
    [
      "edit Jo W1D3: Heavy squats",
      { op: "edit", entry: { client: { name: "Jo" }, day: 3 }, title: "Heavy squats" },
    ],
    ["move Jo W1D3 to W1D5", { op: "move", entry: { client: { name: "Jo" }, day: 3 }, toDay: 5 }],
    ["delete Jo day 9", { op: "delete", entry: { client: { name: "Jo" }, day: 9 } }],
    [
      "copy week 1 from Jo to Al week 3",
      { op: "copy_week", fromWeek: 1, from: { name: "Jo" }, to: { name: "Al" }, toWeek: 3 },
    ],
    ["my week", { op: "my_week" }],
    ["my week 2", { op: "my_week", week: 2 }],
    ["my day", { op: "my_day" }],
    ["my day W2D1", { op: "my_day", day: 8 }],
    ["my coaching", { op: "my_coaching" }],
    ["join k7pq-2mxa-ab", { op: "join", code: "K7PQ2MXAAB" }],
    ["join k7pq-2mxa", null],
    ["join yoga tomorrow", null],
    ["book yoga tomorrow 7am", null],
    ["my bookings", null],
    ["write Jo W1D9: x", null],
  ];
  for (const [text, expected] of cases)
    it(JSON.stringify(text), () => {
      const got = parseCoachingText(text);
      if (expected === null) expect(got).toBeNull();
      else expect(got).toEqual(expect.objectContaining(expected as object));
      // The first read (a message's first word) sends every coaching line to coaching's parser.
      expect(readCoachingText(text)).toEqual(got ? { kind: "coaching", command: got } : null);
    });

  it("the first read keeps other text away from coaching's parser", () => {
    for (const text of ["book yoga tomorrow 7am", "sessions tomorrow", "cancel my spin", "help"])
      expect(COACHING_FIRST_WORDS.has(coachingFirstWord(text))).toBe(false);
    expect(coachingFirstWord("  /Programs\nrest")).toBe("programs");
  });

  it("join takes a valid invite code in any case and spacing; slash commands map too", () => {
    expect(parseCoachingText("join k7pq2mxaab")).toEqual({ op: "join", code: "K7PQ2MXAAB" });
    expect(parseCoachingCommand("join", "K7PQ 2MXA AB")).toEqual({ op: "join", code: "K7PQ2MXAAB" });
    expect(parseCoachingCommand("join", "nonsense")).toEqual({ op: "join", code: "nonsense" });
    expect(parseCoachingCommand("coach", "clients")).toEqual({ op: "clients" });
    // A bare "/calendar" is the client's 1-2-1 week; "/calendar link" the subscription link (personal sessions).
    expect(parseCoachingCommand("calendar", "")).toEqual({ op: "my_week" });
    expect(parseCoachingCommand("calendar", "link")).toBeNull();
    expect(parseCoachingCommand("myweek", "")).toEqual({ op: "my_week" });
    expect(parseCoachingCommand("book", "yoga")).toBeNull();
  });

  it("day specs", () => {
    expect(parseDaySpec("W2D3")).toBe(10);
    expect(parseDaySpec("week 1 day 7")).toBe(7);
    expect(parseDaySpec("day 15")).toBe(15);
    expect(parseDaySpec("w1d8")).toBeNull();
    expect(parseDaySpec("soon")).toBeNull();
  });
});

describe("coaching buttons and forms", () => {
  it("every coaching button fits the 64-byte budget with real ids and decodes back", () => {
    const id = "cmijk3z5e0000qz8f7h2xk9ab"; // a cuid
    for (const action of [
      { op: "cw", clientId: id, week: 157 },
      { op: "cd", clientId: id, day: 1100 },
      { op: "kf", form: "ee", id, day: 1100 },
      { op: "ks", form: "ws", id, day: 12 },
      { op: "ki", clientId: id, method: "e" },
    ] as const) {
      const data = encodeButton(action);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeButton(data)).toEqual({ ok: true, action: expect.objectContaining({ op: action.op }) });
    }
    for (const forged of ["1cw..1", "1cw.a b.1", "1ki.x.z", "1kf.zz.x", "1cd.x.99999"])
      expect(decodeButton(forged).ok).toBe(false);
  });

  it("a submitted write form keeps the training's line breaks; a bad day stays a clear refusal later", () => {
    const d = decodeButton(encodeButton({ op: "ks", form: "ws", id: "c1", day: 3 }));
    if (!d.ok || d.action.op !== "ks") throw new Error("decode");
    expect(
      coachingFormCommand(d.action, { day: "W1D4", title: "Run", training: "Warm-up\n\n5 x 1 km" }),
    ).toEqual({
      op: "write",
      client: { id: "c1" },
      day: 4,
      title: "Run",
      body: "Warm-up\n\n5 x 1 km",
    });
    expect(coachingFormCommand(d.action, { day: "someday", title: "Run" })).toMatchObject({ day: 3 });
  });
});

describe("the program edit form", () => {
  it("submits a program_edit for that program; an emptied waiver is removed, a field left out is kept", () => {
    const d = decodeButton(encodeButton({ op: "ks", form: "pe", id: "prog1" }));
    if (!d.ok || d.action.op !== "ks") throw new Error("decode");
    expect(coachingFormCommand(d.action, { name: "Premium", price: "300", waiver: "" })).toEqual({
      op: "program_edit",
      program: { id: "prog1" },
      name: "Premium",
      price: "300",
      waiver: "",
    });
    expect(parseCoachingText("edit program Premium")).toEqual({
      op: "program_form",
      program: { name: "Premium" },
    });
  });
});
