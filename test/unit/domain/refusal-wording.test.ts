import { describe, expect, it } from "vitest";
import { ErrorCode } from "../../../src/domain/errors.ts";
import type { OccurrenceInfo, PassInfo } from "../../../src/domain/model.ts";
import {
  bookingClosed,
  noUsablePass,
  refuse,
  sessionCancelled,
  tooLateToCancel,
} from "../../../src/domain/refusals.ts";
import { lineText } from "../../../src/ports/chat.ts";
import { domainErrorReply } from "../../../src/replies/error-reply.ts";

const TZ = "Europe/Berlin";
const NOW = new Date("2026-11-23T08:00:00Z");
const occ: OccurrenceInfo = {
  id: "o1",
  orgId: "org",
  templateId: "t1",
  scheduleId: "s1",
  name: "Spin",
  description: "",
  trainingTypeId: "ty_spin",
  trainingTypeName: "Spin",
  startsAt: new Date("2026-11-24T17:00:00Z"),
  durationMinutes: 45,
  capacity: 10,
  trainerId: "p_sam",
  trainerName: "Sam",
  spaceId: null,
  spaceName: null,
  status: "scheduled",
  cancelReason: null,
  closed: false,
  individual: false,
  bookingDeadlineMinutes: 60,
  cancellationDeadlineMinutes: 120,
};
const pass = (over: Partial<PassInfo>): PassInfo => ({
  id: "pa",
  personId: "m",
  passTypeId: "pt",
  name: "Spin 10",
  remaining: 5,
  validFrom: new Date("2026-10-01T00:00:00Z"),
  validUntil: new Date("2027-01-01T00:00:00Z"),
  trainingTypeIds: ["ty_spin"],
  scheduleIds: [],
  ...over,
});
const TYPES = new Map([
  ["ty_spin", "Spin"],
  ["ty_yoga", "Yoga"],
  ["ty_pilates", "Pilates"],
]);
const say = (e: Parameters<typeof domainErrorReply>[0], role: "member" | "trainer" = "member") =>
  domainErrorReply(e, { role, timezone: TZ, now: NOW, typeName: (id) => TYPES.get(id) })
    .lines.map(lineText)
    .join(" ");

describe("every refusal names its rule with the facts", () => {
  it.each([
    [
      "expired (on which date)",
      noUsablePass(occ, [pass({ validUntil: new Date("2026-11-20T12:00:00Z") })]),
      "You have no pass that can pay for Spin, Tue 24 Nov 2026, 18:00: Spin 10 expired on Fri 20 Nov 2026.",
    ],
    [
      "ends before the session",
      noUsablePass(occ, [pass({ validUntil: new Date("2026-11-24T10:00:00Z") })]),
      "Spin 10 ends on Tue 24 Nov 2026, before this session",
    ],
    ["no sessions left", noUsablePass(occ, [pass({ remaining: 0 })]), "Spin 10 has no sessions left"],
    [
      "covers other training types (which)",
      noUsablePass(occ, [pass({ name: "Yoga & Pilates 10", trainingTypeIds: ["ty_yoga", "ty_pilates"] })]),
      "Yoga & Pilates 10 covers Yoga, Pilates, not Spin",
    ],
    ["no pass at all", noUsablePass(occ, []), "You have no pass for Spin, Tue 24 Nov 2026, 18:00."],
    [
      "booking closed (since when)",
      bookingClosed(occ),
      "Booking for Spin, Tue 24 Nov 2026, 18:00 closed at Tue 24 Nov 2026, 17:00.",
    ],
    ["started", refuse(ErrorCode.SessionStarted, occ), "Spin, Tue 24 Nov 2026, 18:00 has already started."],
    [
      "cancelled (with the trainer's reason)",
      sessionCancelled({ ...occ, status: "cancelled", cancelReason: "Sam is ill" }),
      "Spin, Tue 24 Nov 2026, 18:00 is cancelled: Sam is ill.",
    ],
    [
      "too late to cancel (the deadline)",
      tooLateToCancel(occ),
      "It is too late to cancel Spin, Tue 24 Nov 2026, 18:00: cancelling closed at Tue 24 Nov 2026, 16:00.",
    ],
    [
      "already booked",
      refuse(ErrorCode.AlreadyBooked, occ, { status: "confirmed" }),
      "You are already booked on Spin, Tue 24 Nov 2026, 18:00.",
    ],
    [
      "already waitlisted",
      refuse(ErrorCode.AlreadyBooked, occ, { status: "waitlisted" }),
      "You are already on the waitlist for Spin, Tue 24 Nov 2026, 18:00.",
    ],
    [
      "individual",
      refuse(ErrorCode.IndividualTraining, { ...occ, name: "PT with Sam", individual: true }),
      "PT with Sam is an individual training: your trainer adds you to it.",
    ],
    [
      "closed",
      refuse(ErrorCode.ClosedSchedule, { ...occ, name: "Beginners Course", closed: true }),
      "Beginners Course is a closed (pass-only) course: you join it through its pass",
    ],
  ])("%s", (_, error, text) => {
    expect(say(error)).toContain(text);
  });

  it("gives each of several passes its own reason", () => {
    const text = say(
      noUsablePass(occ, [
        pass({ remaining: 0 }),
        pass({ name: "Old Spin", validUntil: new Date("2026-11-01T00:00:00Z") }),
      ]),
    );
    expect(text).toContain("Spin 10 has no sessions left; Old Spin expired on Sun 1 Nov 2026");
  });
});

describe("trainers get trainer wording", () => {
  it("about a member's passes, with the member's name and the fix", () => {
    const text = say(noUsablePass(occ, [pass({ remaining: 0 })], "Maria"), "trainer");
    expect(text).toContain(
      "Maria has no pass that can pay for Spin, Tue 24 Nov 2026, 18:00: Spin 10 has no sessions left.",
    );
    expect(text).toContain("Grant one with /grant Maria <pass>");
    expect(text).not.toMatch(/\byou\b/i);
  });

  it("about closed courses and individual trainings", () => {
    expect(say(refuse(ErrorCode.ClosedSchedule, { ...occ, closed: true }), "trainer")).toContain(
      "members are enrolled by granting its pass",
    );
    expect(say(refuse(ErrorCode.IndividualTraining, { ...occ, individual: true }), "trainer")).toContain(
      "add the member with /add",
    );
  });

  it("about a member already booked", () => {
    expect(say(refuse(ErrorCode.AlreadyBooked, occ, { memberName: "Noor" }), "trainer")).toBe(
      "Noor is already booked on Spin, Tue 24 Nov 2026, 18:00.",
    );
  });
});
