import { describe, expect, it } from "vitest";
import type { ProgramInfo } from "../../src/domain/coaching/model.ts";
import { DomainError, ErrorCode } from "../../src/domain/errors.ts";
import type { PersonalBookingRecord } from "../../src/domain/personal/model.ts";
import { decodeButton } from "../../src/intents/button-codec.ts";
import { lineText } from "../../src/ports/chat.ts";
import {
  LIST_PAGE_SIZE,
  sessionListReply,
  weekViewReply,
} from "../../src/replies/booking/session-replies.ts";
import { clientsReply } from "../../src/replies/coaching/coach-replies.ts";
import { domainErrorReply } from "../../src/replies/error-reply.ts";
import { formatDateTime, timeToken } from "../../src/replies/format.ts";
import { type PersonalButtons, personalBookingsReply } from "../../src/replies/personal/replies.ts";
import type { SessionSummary } from "../../src/use-cases/booking/list-sessions.ts";

const occ = (i: number, startsAt: string, extra: Partial<SessionSummary> = {}): SessionSummary => ({
  id: `occ${i}`,
  orgId: "org",
  templateId: "tpl",
  scheduleId: "sch",
  name: "Spin",
  description: "",
  trainingTypeId: "t",
  trainingTypeName: "Spin",
  startsAt: new Date(startsAt),
  durationMinutes: 45,
  capacity: 2,
  trainerId: "p",
  trainerName: "Sam",
  spaceId: "s",
  spaceName: "Spin Room",
  status: "scheduled",
  cancelReason: null,
  closed: false,
  individual: false,
  bookingDeadlineMinutes: 0,
  cancellationDeadlineMinutes: 0,
  confirmed: 0,
  waitlisted: 0,
  spotsLeft: 2,
  ...extra,
});

describe("replies", () => {
  it("spells dates unambiguously in the organization's timezone, across DST", () => {
    expect(formatDateTime(new Date("2026-11-21T06:00:00Z"), "Europe/Berlin")).toBe("Sat 21 Nov 2026, 07:00");
    expect(formatDateTime(new Date("2026-07-04T05:00:00Z"), "Europe/Berlin")).toBe("Sat 4 Jul 2026, 07:00");
    expect(timeToken(new Date("2026-11-21T06:00:00Z"), "America/New_York", "time")).toMatchObject({
      style: "time",
      text: "01:00",
    });
  });

  it("pages long lists with buttons that ask for the neighbouring page", () => {
    const sessions = Array.from({ length: 12 }, (_, i) =>
      occ(i, `2026-11-${String(23 + (i % 6)).padStart(2, "0")}T17:00:00Z`),
    );
    const req = { fromDay: "2026-11-23", days: 7, trainerId: "p" };
    const page1 = sessionListReply(sessions, "Europe/Berlin", 1, req, false);
    expect(page1.title).toBe("Sessions (page 2 of 3)");
    expect(page1.lines).toHaveLength(LIST_PAGE_SIZE);
    expect(lineText(page1.lines[0]!)).toMatch(/^6\. Spin, /);
    const nav = page1.buttons!.at(-1)!;
    expect(nav.map((b) => b.label)).toEqual(["◀ Earlier", "More ▶"]);
    expect(decodeButton(nav[1]!.data)).toMatchObject({
      ok: true,
      action: { op: "ls", fromDay: "2026-11-23", days: 7, page: 2, trainerId: "p" },
    });
  });

  it("offers no Book button on individual, closed or cancelled sessions", () => {
    const r = sessionListReply(
      [
        occ(1, "2026-11-24T17:00:00Z", { closed: true }),
        occ(2, "2026-11-24T18:00:00Z", { status: "cancelled" }),
      ],
      "UTC",
      0,
      null,
      false,
    );
    expect(
      r
        .buttons!.flat()
        .map((b) => b.label)
        .some((l) => l === "Book"),
    ).toBe(false);
  });

  it("shows a readable week, one section per day", () => {
    const r = weekViewReply(
      [occ(1, "2026-11-24T17:00:00Z", { spotsLeft: 0, waitlisted: 2 })],
      "2026-11-23",
      "Europe/Berlin",
    );
    expect(r.sections).toHaveLength(7);
    expect(r.sections![0]).toEqual({ heading: "Monday 23 Nov 2026", lines: ["–"] });
    expect(r.sections![1]).toEqual({
      heading: "Tuesday 24 Nov 2026",
      lines: ["18:00 Spin (Sam) · full, 2 waiting"],
    });
  });

  it("words every error code without internals", () => {
    for (const code of Object.values(ErrorCode)) {
      const r = domainErrorReply(new DomainError(code, { sql: "SELECT secret", what: "session" }));
      const text = r.lines.map(lineText).join(" ");
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/SELECT|secret|_/);
      expect(r.visibility).toBe("private");
    }
  });
});

describe("lists kept in sections still have a line of their own (every reply has one: fuzz invariant)", () => {
  const booking = (status: "confirmed" | "cancelled", who: string): PersonalBookingRecord => ({
    id: `b-${who}-${status}`,
    orgId: "org",
    sessionTypeId: "st",
    sessionTypeName: "PT 60",
    trainerId: "trainer-0000000001",
    trainerName: "Sam",
    personId: "p",
    personName: who,
    startsAt: new Date("2026-12-03T09:00:00Z"),
    endsAt: new Date("2026-12-03T10:00:00Z"),
    bufferMinutes: 0,
    paymentMethod: "at_session",
    amountCents: 5000,
    currency: "EUR",
    memberPrice: false,
    status,
    location: null,
    cancelledAt: null,
  });
  const buttons: PersonalButtons = {
    types: () => "t",
    slots: () => "s",
    book: () => "b",
    mine: () => "m",
    cancelAsk: () => "ca",
    cancelDo: () => "cd",
    moveAsk: () => "ma",
  };

  it("personal sessions: a member's count, and a trainer's count of those booked with them", () => {
    const member = personalBookingsReply([booking("confirmed", "Maria")], null, "Europe/Berlin", buttons);
    expect(member.lines.map(lineText)).toEqual(["1 personal session booked."]);
    const trainer = personalBookingsReply(
      [],
      [booking("confirmed", "Maria"), booking("confirmed", "Ada"), booking("cancelled", "Zoe")],
      "Europe/Berlin",
      buttons,
    );
    expect(trainer.lines.map(lineText)).toEqual(["0 personal sessions booked, 2 sessions booked with you."]);
    expect(trainer.title).toBe("Personal sessions");
  });

  it("a program's clients: active and pending counted", () => {
    const program = { id: "pr", name: "Strong 12" } as ProgramInfo;
    const reply = clientsReply({ program, pending: [], active: [] });
    expect(reply.lines.map(lineText)).toEqual(["0 active, 0 pending."]);
  });
});
