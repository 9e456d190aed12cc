import { describe, expect, it } from "vitest";
import { renderDiscord } from "../../adapters/discord/render.ts";
import { renderSlack } from "../../adapters/slack/render.ts";
import { renderTelegram } from "../../adapters/telegram/render.ts";
import type { PersonalFacts } from "../../src/domain/personal/events.ts";
import { renderPersonalNotice, renderPersonalReminder } from "../../src/notices/render/personal-notices.ts";
import type { Reply } from "../../src/ports/chat.ts";

// Fixed facts: a Berlin studio; 12:00 UTC on Thu 26 Nov 2026 is 13:00 local (CET), and 11:00 UTC on
// Fri 26 Jun 2026 is 13:00 local (CEST).
const tz = "Europe/Berlin";
const facts: PersonalFacts = {
  bookingId: "cmbooking0001",
  personId: "cmperson0maria",
  personName: "Maria",
  trainerId: "cmperson00sam",
  trainerName: "Sam",
  sessionTypeId: "cmtype0000001",
  typeName: "Private lesson",
  startsAt: "2026-11-26T12:00:00.000Z",
  endsAt: "2026-11-26T13:00:00.000Z",
  location: "Small Room",
  paymentMethod: "check",
  amountCents: 4000,
  currency: "EUR",
};
const moved = {
  ...facts,
  bookingId: "cmbooking0002",
  startsAt: "2026-11-27T09:00:00.000Z",
  endsAt: "2026-11-27T10:00:00.000Z",
  by: facts.personId,
  previousBookingId: "cmbooking0001",
  previousStartsAt: facts.startsAt,
};
const summer: PersonalFacts = {
  ...facts,
  startsAt: "2026-06-26T11:00:00.000Z",
  endsAt: "2026-06-26T12:00:00.000Z",
  location: null,
  paymentMethod: "online",
  amountCents: 5500,
};

const render = (...args: Parameters<typeof renderPersonalNotice>): Reply => {
  const r = renderPersonalNotice(...args);
  if (!r) throw new Error("no notice");
  return r;
};

const notices: Record<string, Reply> = {
  bookedMember: render({ kind: "personal.booked", payload: facts }, "member", tz),
  bookedTrainer: render({ kind: "personal.booked", payload: facts }, "trainer", tz),
  cancelledByMemberToMember: render(
    { kind: "personal.cancelled", payload: { ...facts, by: facts.personId, reason: null } },
    "member",
    tz,
  ),
  cancelledByMemberToTrainer: render(
    { kind: "personal.cancelled", payload: { ...facts, by: facts.personId, reason: null } },
    "trainer",
    tz,
  ),
  cancelledByStudioToMember: render(
    { kind: "personal.cancelled", payload: { ...facts, by: facts.trainerId, reason: "Sam is ill" } },
    "member",
    tz,
  ),
  rescheduledMember: render({ kind: "personal.rescheduled", payload: moved }, "member", tz),
  rescheduledTrainer: render({ kind: "personal.rescheduled", payload: moved }, "trainer", tz),
  reminder: renderPersonalReminder(facts, tz),
  reminderSummer: renderPersonalReminder(summer, tz),
  feedFailed: render(
    {
      kind: "personal.feed_failed",
      payload: {
        feedId: "cmfeed0001",
        trainerId: facts.trainerId,
        source: "https://cal.example.org/sam.ics",
      },
    },
    "trainer",
    tz,
  ),
};

const text = (r: Reply): string =>
  [
    r.title,
    ...r.lines.map((l) =>
      typeof l === "string" ? l : l.map((p) => (typeof p === "string" ? p : p.text)).join(""),
    ),
  ]
    .filter(Boolean)
    .join("\n");

describe("personal-session notice renderings", () => {
  it("say what happened, when (in the studio's zone, across DST), with whom, and the payment", () => {
    expect(text(notices.bookedMember as Reply)).toBe(
      "Personal session booked\nPrivate lesson, Thu 26 Nov 2026, 13:00 at Small Room\nWith Sam.\nPayment: Check, €40",
    );
    expect(text(notices.bookedTrainer as Reply)).toBe(
      "New personal session\nPrivate lesson, Thu 26 Nov 2026, 13:00 at Small Room\nBooked by Maria.\nPayment: Check, €40",
    );
    expect(text(notices.cancelledByMemberToMember as Reply)).toContain("You cancelled it.");
    expect(text(notices.cancelledByMemberToTrainer as Reply)).toContain("Maria cancelled it.");
    expect(text(notices.cancelledByStudioToMember as Reply)).toBe(
      "Personal session cancelled\nPrivate lesson, Thu 26 Nov 2026, 13:00 at Small Room\nCancelled by the studio (Sam).\nReason: Sam is ill",
    );
    expect(text(notices.rescheduledMember as Reply)).toBe(
      "Personal session moved\nWas: Thu 26 Nov 2026, 13:00\nNow: Private lesson, Fri 27 Nov 2026, 10:00 at Small Room\nWith Sam.",
    );
    expect(text(notices.rescheduledTrainer as Reply)).toContain("With Maria.");
    expect(text(notices.reminderSummer as Reply)).toBe(
      "Reminder: personal session\nPrivate lesson, Fri 26 Jun 2026, 13:00\nWith Sam.\nPayment: Online (card), €55",
    );
    // The feed warning goes to the trainer only.
    expect(
      renderPersonalNotice(
        { kind: "personal.feed_failed", payload: { feedId: "f", trainerId: "t", source: "x" } },
        "member",
        tz,
      ),
    ).toBeNull();
    for (const r of Object.values(notices)) expect(r.visibility).toBe("private");
  });

  it("neutral replies", () => {
    expect(notices).toMatchSnapshot();
  });

  it("Telegram payloads (sendMessage parameters)", () => {
    const out = Object.fromEntries(Object.entries(notices).map(([k, r]) => [k, renderTelegram(r)]));
    expect(out.rescheduledMember?.[0]?.text).toContain("Fri 27 Nov 2026, 10:00");
    expect(out).toMatchSnapshot();
  });

  it("Slack payloads (chat.postMessage text and blocks)", () => {
    const out = Object.fromEntries(Object.entries(notices).map(([k, r]) => [k, renderSlack(r)]));
    expect(JSON.stringify(out.bookedTrainer)).toContain("Booked by Maria.");
    expect(out).toMatchSnapshot();
  });

  it("Discord payloads (create message bodies)", () => {
    const out = Object.fromEntries(Object.entries(notices).map(([k, r]) => [k, renderDiscord(r)]));
    expect(JSON.stringify(out.cancelledByStudioToMember)).toContain("Reason: Sam is ill");
    expect(out).toMatchSnapshot();
  });
});
