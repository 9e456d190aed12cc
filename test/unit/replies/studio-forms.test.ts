import { describe, expect, it } from "vitest";
import {
  DISCORD_MAX_MODAL_FIELDS,
  DISCORD_MAX_MODAL_TITLE,
  DISCORD_MAX_TEXT_INPUT_LABEL,
} from "../../../adapters/discord/limits.ts";
import {
  namedEntryForm,
  passTypeForm,
  scheduleForm,
  studioBasicsForm,
  studioNameForm,
  templateBasicsForm,
  templateRulesForm,
} from "../../../src/replies/studio/forms.ts";

const template = {
  id: "t1",
  orgId: "o1",
  name: "A very long template name that goes on and on",
  description: "",
  trainingTypeId: "y",
  durationMinutes: 60,
  capacity: 12,
  defaultTrainerId: null,
  defaultSpaceId: null,
  bookingDeadlineMinutes: 30,
  cancellationDeadlineMinutes: 120,
  closed: false,
  archived: false,
};
const schedule = {
  id: "s1",
  orgId: "o1",
  templateId: "t1",
  name: "Flow",
  closed: false,
  weekdays: [1, 3],
  startTime: "07:00",
  startDate: "2026-11-23",
  endDate: "2026-12-20",
  archived: false,
};
const passType = {
  id: "p1",
  orgId: "o1",
  name: "Yoga 10",
  sessions: 10,
  validityDays: 90,
  archived: false,
  trainingTypeIds: [],
  scheduleIds: [],
  priceCents: 9000,
  currency: "EUR",
};
const settings = {
  id: "o1",
  name: "Riverside Gym",
  timezone: "Europe/Lisbon",
  locale: "en-GB",
  reminderMinutesBefore: null,
  passGrantPolicy: "staff" as const,
};

describe("studio forms fit a Discord modal", () => {
  const forms = [
    studioNameForm(),
    studioBasicsForm(settings),
    namedEntryForm("type"),
    namedEntryForm("space", { id: "x", name: "Hall", archived: false }),
    templateBasicsForm(),
    templateBasicsForm(template),
    templateRulesForm(template),
    scheduleForm(),
    scheduleForm(schedule),
    passTypeForm(),
    passTypeForm(passType),
  ];
  it.each(forms.map((f, i) => [i, f] as const))(
    "form %i: at most five inputs, short labels and title",
    (_, reply) => {
      const form = reply.form;
      expect(form).toBeDefined();
      if (!form) return;
      expect(form.fields.length).toBeGreaterThan(0);
      expect(form.fields.length).toBeLessThanOrEqual(DISCORD_MAX_MODAL_FIELDS);
      expect(form.title.length).toBeLessThanOrEqual(DISCORD_MAX_MODAL_TITLE);
      for (const f of form.fields)
        expect(f.label.length, f.label).toBeLessThanOrEqual(DISCORD_MAX_TEXT_INPUT_LABEL);
    },
  );
});
