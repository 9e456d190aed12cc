import { describe, expect, it } from "vitest";
import { renderDiscord } from "../../adapters/discord/render.ts";
import { renderSlack } from "../../adapters/slack/render.ts";
import { renderTelegram } from "../../adapters/telegram/render.ts";
import {
  renderCancelled,
  renderOverbooked,
  renderRescheduled,
  renderUpdated,
} from "../../src/notices/render/change-notices.ts";
import {
  renderAddedByTrainer,
  renderPassGranted,
  renderPromoted,
  renderReminder,
  renderSkipped,
} from "../../src/notices/render/member-notices.ts";
import type { SessionView } from "../../src/notices/render/session.ts";
import { renderNoPassLinked } from "../../src/notices/render/staff-notices.ts";
import type { Reply } from "../../src/ports/chat.ts";

// Fixed inputs: a London studio; 07:00 UTC on 21 Nov 2026 is 07:00 local (GMT).
const session: SessionView = {
  name: "Morning Yoga",
  startsAt: new Date("2026-11-21T07:00:00Z"),
  timezone: "Europe/London",
  trainerName: "Anna",
  spaceName: "Studio 2",
};
const summerSession: SessionView = { ...session, startsAt: new Date("2026-06-20T06:00:00Z") }; // 07:00 BST
const pass = { name: "10-class pass", remaining: 4, validUntil: new Date("2027-01-31T00:00:00Z") };

const notices: Record<string, Reply> = {
  promoted: renderPromoted(session, pass),
  skipped: renderSkipped(session, "no_usable_pass"),
  updatedMember: renderUpdated({ ...session, trainerName: "Carl" }, ["trainer"], { kind: "kept" }),
  updatedChannel: renderUpdated({ ...session, spaceName: "Studio 1" }, ["space"], { kind: "announcement" }),
  rescheduledMember: renderRescheduled(session, new Date("2026-11-21T06:00:00Z"), ["time"], { kind: "kept" }),
  rescheduledCancelled: renderRescheduled(session, new Date("2026-11-21T06:00:00Z"), ["time"], {
    kind: "cancelled",
    refundedTo: { name: "10-class pass", remaining: 5 },
  }),
  rescheduledChannel: renderRescheduled(session, new Date("2026-11-21T06:00:00Z"), ["time"], {
    kind: "announcement",
  }),
  cancelledMember: renderCancelled(session, "Trainer ill", {
    kind: "cancelled",
    refundedTo: { name: "10-class pass", remaining: 5 },
  }),
  cancelledChannel: renderCancelled(session, null, { kind: "announcement" }),
  addedByTrainer: renderAddedByTrainer(session, pass),
  enrolled: renderPassGranted(pass, "Europe/London", [session, summerSession]),
  noPassLinked: renderNoPassLinked({ id: "cmschedule0001", name: "Closed Pilates" }, false),
  noPassLinkedDaily: renderNoPassLinked({ id: "cmschedule0001", name: "Closed Pilates" }, true),
  reminder: renderReminder(summerSession),
  overbooked: renderOverbooked(session, 12, 10),
};

describe("notice renderings", () => {
  it("states the outcome and the next step, with dates spelled out in the org's timezone", () => {
    expect(notices.promoted).toEqual({
      visibility: "private",
      title: "You're in: a spot opened up",
      lines: [
        [
          "Morning Yoga, ",
          { time: session.startsAt, style: "datetime", text: "Sat 21 Nov 2026, 07:00" },
          " is confirmed for you.",
        ],
        "With Anna in Studio 2.",
        "1 session charged to 10-class pass (4 sessions left).",
        "Can't come? Cancel it in My bookings before the cancellation deadline.",
      ],
    });
    // Summer time: 06:00 UTC is 07:00 in London.
    expect(notices.reminder?.lines[0]).toEqual([
      // One catalogue message: the text around the time token comes as one piece.
      "You're booked: Morning Yoga, ",
      { time: summerSession.startsAt, style: "datetime", text: "Sat 20 Jun 2026, 07:00" },
      ".",
    ]);
    expect(notices.noPassLinked?.buttons).toEqual([
      [{ label: "Create pass for Closed Pilates", data: "1ps.cmschedule0001", style: "primary" }],
    ]);
  });

  it("neutral replies", () => {
    expect(notices).toMatchSnapshot();
  });

  it("Telegram payloads (sendMessage parameters)", () => {
    expect(
      Object.fromEntries(Object.entries(notices).map(([k, r]) => [k, renderTelegram(r)])),
    ).toMatchSnapshot();
  });

  it("Slack payloads (chat.postMessage text and blocks)", () => {
    expect(
      Object.fromEntries(Object.entries(notices).map(([k, r]) => [k, renderSlack(r)])),
    ).toMatchSnapshot();
  });

  it("Discord payloads (create message bodies)", () => {
    expect(
      Object.fromEntries(Object.entries(notices).map(([k, r]) => [k, renderDiscord(r)])),
    ).toMatchSnapshot();
  });
});
