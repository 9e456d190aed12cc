import { describe, expect, it } from "vitest";
import { DISCORD_MAX_BUTTON_LABEL, DISCORD_MAX_TEXT_INPUT_LABEL } from "../../adapters/discord/limits.ts";
import { SLACK_MAX_BUTTON_TEXT } from "../../adapters/slack/limits.ts";
import { TELEGRAM_MAX_BUTTON_TEXT } from "../../adapters/telegram/limits.ts";
import { DomainError, ErrorCode } from "../../src/domain/errors.ts";
import { lineText, type Reply } from "../../src/ports/chat.ts";
import { clashLines, overridePreviewLines } from "../../src/replies/booking/staff-replies.ts";
import * as chat from "../../src/replies/chat-replies.ts";
import { domainErrorReply, fallbackReply } from "../../src/replies/error-reply.ts";
import { courtesyReply, helpReply, notActedReply, unknownReply } from "../../src/replies/help-reply.ts";
import { LANGUAGES } from "../../src/replies/i18n/languages.ts";
import { type Speaker, withSpeaker } from "../../src/replies/i18n/speaker.ts";
import * as admin from "../../src/replies/studio/admin-replies.ts";
import * as entry from "../../src/replies/studio/entry-replies.ts";
import * as forms from "../../src/replies/studio/forms.ts";
import * as guide from "../../src/replies/studio/guide-replies.ts";
import {
  catalogReply,
  settingsReply,
  staffReply,
  timezoneQuestion,
} from "../../src/replies/studio/replies.ts";
import { individualReply, invalidWhenReply } from "../../src/replies/understanding-replies.ts";

/**
 * The studio, help, refusal, chat-pipeline and override-preview replies in the pseudo-language "xx"
 * (every catalogue message wrapped in ⟦ ⟧, accented, longer): a line without ⟦ bypassed the
 * catalogue. In every real language, buttons and form labels fit the smallest platform limit.
 */
const template = {
  id: "t1",
  orgId: "o1",
  name: "Morning Flow",
  description: "",
  trainingTypeId: "y",
  durationMinutes: 60,
  capacity: 12,
  defaultTrainerId: "p1",
  defaultSpaceId: "s1",
  bookingDeadlineMinutes: 30,
  cancellationDeadlineMinutes: 120,
  closed: true,
  archived: false,
};
const schedule = {
  id: "sc1",
  orgId: "o1",
  templateId: "t1",
  name: "Morning Flow",
  closed: true,
  weekdays: [1, 3],
  startTime: "07:00",
  startDate: "2026-11-23",
  endDate: "2027-01-18",
  archived: false,
};
const passType = {
  id: "pt1",
  orgId: "o1",
  name: "Yoga 10",
  sessions: 10,
  validityDays: 90,
  archived: false,
  trainingTypeIds: ["y"],
  scheduleIds: ["sc1"],
  priceCents: 9000,
  currency: "EUR",
};
const settings = {
  id: "o1",
  name: "Riverside",
  timezone: "Europe/Berlin",
  locale: "en-GB",
  reminderMinutesBefore: 120,
  passGrantPolicy: "staff" as const,
};
const occ = {
  id: "o1",
  name: "Spin",
  startsAt: new Date("2026-11-24T17:00:00Z"),
  durationMinutes: 45,
  trainerName: "Sam",
  spaceName: "Spin Room",
} as unknown as Parameters<typeof overridePreviewLines>[0]["occ"];

function replies(): Reply[] {
  const catalog = {
    trainingTypes: [{ id: "y", name: "Yoga", archived: false }],
    spaces: [{ id: "s1", name: "Studio A", archived: false }],
    templates: [template],
    schedules: [schedule],
    passTypes: [passType],
  };
  const errors = [
    new DomainError(ErrorCode.NotFound, {
      what: "space",
      typed: "Studio Z",
      close: ["Studio A", "Studio B"],
    }),
    new DomainError(ErrorCode.NotFound, { what: "booking" }),
    new DomainError(ErrorCode.Full, {}),
    new DomainError(ErrorCode.OutsideLeadTime, { minLeadHours: 2, maxLeadDays: 30 }),
    new DomainError(ErrorCode.InvalidInput, { field: "capacity", min: 1, max: 1000 }),
    new DomainError(ErrorCode.InvalidInput, { field: "priceCents", min: 0, max: 1_000_000 }),
    new DomainError(ErrorCode.InvalidInput, { field: "passGrantPolicy", allowed: ["staff", "admins"] }),
    new DomainError(ErrorCode.Conflict, { what: "space", name: "Studio A", archived: true }),
    new DomainError(ErrorCode.TrainerBusy, { guard: "personal_session" }),
  ];
  return [
    catalogReply(catalog, new Map([["p1", "Sam"]])),
    staffReply([{ id: "p1", displayName: "Sam", role: "trainer" }] as never, [
      { id: "r1", orgId: "o1", role: "admin", platform: null, platformUserId: null, name: "Ann" },
    ]),
    settingsReply(settings),
    timezoneQuestion(),
    admin.studioOpenedReply(true),
    admin.staffPendingReply(null, "trainer"),
    admin.scheduleCreatedReply("Morning Flow", "07:00", 16, 8),
    admin.coursePassCreatedReply({ name: "Flow pass", sessions: 8, validityDays: 60 }),
    admin.channelLinkedReply(["Spin"], ["Morning Flow"], 2),
    admin.tooManySetupCodesReply(120_000),
    entry.noEntryCalledReply("space", "Studio Z", ["Studio A"]),
    entry.severalEntriesCalledReply("template", 2, "Flow"),
    entry.templateCreatedReply(template, "Yoga"),
    entry.scheduleAddedReply(schedule, 16),
    entry.passTypeSavedReply(passType),
    entry.templateSavedReply("Morning Flow", 3),
    entry.scheduleChangedReply(
      { schedule, removed: 2, added: 1, keptBooked: [1] },
      entry.scheduleEndsOn("2027-01-04"),
    ),
    forms.studioBasicsForm(settings),
    forms.templateRulesForm({ ...template, trainerName: "Sam", spaceName: "Studio A" }),
    forms.scheduleForm(),
    forms.passTypeForm(passType),
    guide.guideQuestionReply(
      {
        title: "New schedule",
        step: 1,
        count: 4,
        label: "Weekdays",
        hint: guide.guideHint("weekdays"),
        initial: undefined,
        optional: true,
      },
      [],
      [
        [
          { label: guide.guideControlLabel("skip"), data: "x" },
          { label: guide.guideControlLabel("cancel"), data: "y" },
        ],
      ],
    ),
    guide.createTrainingTypeQuestion("Aerial", [[{ label: guide.createTypeLabel("Aerial"), data: "x" }]]),
    helpReply("admin", undefined, true, undefined, {
      session: { what: "spin", day: "tomorrow", time: "18:00" },
      trainer: "Sam",
    }),
    unknownReply("member"),
    notActedReply("question", "spin?"),
    courtesyReply(),
    invalidWhenReply("time", "25:00"),
    individualReply(["PT"]),
    ...errors.map((e) => domainErrorReply(e, { role: "admin", timezone: "Europe/Berlin" })),
    fallbackReply(),
    chat.busyReply(),
    chat.unsureReply(),
    chat.notAMemberReply(),
    chat.roleRefusalReply("admin"),
    chat.choiceQuestionReply("?", [], [], 3),
    {
      visibility: "private",
      lines: [
        ...overridePreviewLines(
          {
            occ,
            changes: [
              { kind: "time", from: occ.startsAt, to: new Date("2026-11-25T18:30:00Z") },
              { kind: "capacity", from: 2, to: 1 },
              { kind: "trainer", from: "Sam", to: null },
              { kind: "reset" },
            ],
            confirmedNames: ["Leo"],
            waitlistedNames: [],
            cancelsBookings: true,
            overbookedBy: 1,
            told: ["Leo"],
            toldTrainer: "Sam",
            toldCounts: { booked: 1, waitlisted: 0, trainer: true },
          },
          "Europe/Berlin",
        ),
        ...clashLines(
          [
            {
              resource: "space",
              other: { ...occ, id: "x", confirmed: 3, waitlisted: 1 },
            },
          ] as never,
          "Europe/Berlin",
        ),
      ],
    },
  ];
}

const texts = (r: Reply): Array<{ where: string; text: string }> => [
  ...(r.title ? [{ where: "title", text: r.title }] : []),
  ...r.lines.map((l) => ({ where: "line", text: lineText(l) })),
  ...(r.sections ?? []).flatMap((s) => [
    ...(s.heading ? [{ where: "heading", text: s.heading }] : []),
    ...s.lines.map((l) => ({ where: "section line", text: lineText(l) })),
  ]),
  ...(r.buttons ?? []).flat().map((b) => ({ where: "button", text: b.label })),
  ...(r.form
    ? [
        { where: "form title", text: r.form.title },
        { where: "form submit", text: r.form.submitLabel ?? "⟦" },
        ...r.form.fields.map((f) => ({ where: "form label", text: f.label })),
      ]
    : []),
];

const LABEL_MAX = Math.min(TELEGRAM_MAX_BUTTON_TEXT, DISCORD_MAX_BUTTON_LABEL, SLACK_MAX_BUTTON_TEXT);

describe("studio, help, refusal and override replies come from the catalogue", () => {
  it("in the pseudo-language every title, line, heading, button and form label is marked", () => {
    const all = withSpeaker({ language: "xx", locale: "en-GB", pinned: true }, replies);
    expect(all.length).toBeGreaterThan(40);
    // Data (names, times typed back into forms) is not wording: a line of a catalogue section holds a name.
    const outside = all
      .flatMap(texts)
      .filter((x) => !x.text.includes("⟦"))
      .filter((x) => !(x.where === "section line" && ["Yoga", "Studio A"].includes(x.text)))
      .filter((x) => !(x.where === "button" && (x.text === "x" || /^[A-Z][a-z]+\/[A-Za-z_]+$/.test(x.text))))
      .filter((x) => x.text !== "?");
    expect(outside).toEqual([]);
  });

  it("in German, French and Spanish buttons and form labels fit every platform, and nothing English is left", () => {
    for (const language of LANGUAGES.filter((l) => l !== "en")) {
      const speaker: Speaker = { language, locale: { de: "de-DE", fr: "fr-FR", es: "es-ES" }[language] };
      const all = withSpeaker(speaker, replies).flatMap(texts);
      const long = all.filter(
        (x) =>
          (x.where === "button" && x.text.length > LABEL_MAX) ||
          (x.where === "form label" && x.text.length > DISCORD_MAX_TEXT_INPUT_LABEL),
      );
      expect({ language, long }).toEqual({ language, long: [] });
      const english = all.filter((x) =>
        /\b(the|is|are|you|your|nothing|booked|please|cannot)\b/.test(x.text),
      );
      expect({ language, english: english.map((x) => x.text) }).toEqual({ language, english: [] });
    }
  });
});
