import { DomainError, ErrorCode } from "../../domain/errors.ts";
import { hasTrainerRights } from "../../domain/model.ts";
import type { StudioFormCode } from "../../intents/button-codec.ts";
import { readPrice, readTime, readWeekdays, readWhole } from "../../intents/studio/values.ts";
import type { Catalog } from "../../ports/studio-store.ts";
import { grantChoices } from "../../replies/studio/guide-replies.ts";
import { LANGUAGE_CHOICES, LIKELY_TIMEZONES } from "../../replies/studio/replies.ts";
import {
  cleanName,
  refuseClash,
  requireDate,
  requireInt,
  requireTime,
  requireWeekdays,
} from "../../use-cases/studio/catalog-validation.ts";
import { checkPassTypeFields } from "../../use-cases/studio/pass-type-fields.ts";
import { MAX_SCHEDULE_WEEKS } from "../../use-cases/studio/schedule-pattern.ts";
import { checkSettingsPatch } from "../../use-cases/studio/studio-settings.ts";
import { checkTemplateFields } from "../../use-cases/studio/template-fields.ts";
import { lookupName } from "./catalog-names.ts";
import { templateFields } from "./entry-commands.ts";
import { settingPatch } from "./studio-commands.ts";
import type { StudioContext } from "./studio-context.ts";

/**
 * The fields of the studio forms as guided questions (platforms without modals): what each allows, the
 * values offered as buttons, and the check of one answer. The checks are the readers and validators
 * the form submission runs (entry-commands.ts, the use cases' field checks), so a modal and a guided
 * answer are refused by the same rule with the same words.
 */

const WEEKDAY_CHOICES = [
  "mon",
  "tue",
  "wed",
  "thu",
  "fri",
  "sat",
  "sun",
  "mon, wed, fri",
  "tue, thu",
  "weekdays",
];

const live = <T extends { archived?: boolean }>(items: T[]): T[] => items.filter((i) => !i.archived);

/** The values offered as buttons for a field (at most 10), each also accepted typed. */
export async function guideChoices(
  ctx: StudioContext,
  form: StudioFormCode,
  field: string,
  c: Catalog,
): Promise<Array<{ label: string; value: string }>> {
  const same = (v: string) => ({ label: v, value: v });
  switch (field) {
    case "timezone":
      return LIKELY_TIMEZONES.map(same);
    case "language":
      return LANGUAGE_CHOICES.map(([code, label]) => ({ label, value: code }));
    case "reminders":
      return ["off", "1h", "2h", "1d"].map(same);
    case "grants":
      return grantChoices();
    case "type":
      return live(c.trainingTypes)
        .slice(0, 10)
        .map((t) => same(t.name));
    case "types":
      return live(c.trainingTypes)
        .slice(0, 10)
        .map((t) => same(t.name));
    case "name":
      // A schedule's "name" is the template it repeats.
      return form === "sc"
        ? live(c.templates)
            .slice(0, 10)
            .map((t) => same(t.name))
        : [];
    case "space":
      return [
        ...live(c.spaces)
          .slice(0, 9)
          .map((s) => same(s.name)),
        same("none"),
      ];
    case "trainer": {
      const people = await ctx.uc.store.transaction((tx) => tx.listPeople(ctx.actor.orgId));
      return [
        ...people
          .filter((p) => hasTrainerRights(p.role))
          .slice(0, 9)
          .map((p) => same(p.displayName)),
        same("none"),
      ];
    }
    case "kind":
      return ["open", "closed", "individual"].map(same);
    case "weekdays":
      return WEEKDAY_CHOICES.map(same);
    default:
      return [];
  }
}

const CLASH_OF: Partial<Record<StudioFormCode, keyof Catalog>> = {
  ty: "trainingTypes",
  sp: "spaces",
  tb: "templates",
  pt: "passTypes",
};
const WHAT_OF: Partial<Record<StudioFormCode, string>> = {
  ty: "training_type",
  sp: "space",
  tb: "template",
  pt: "pass_type",
};

/**
 * Checks one answer as the form submission would; throws the same DomainError (field and allowed
 * values) so the refusal reads the same. References that may be created on the way (a new training
 * type) are left to the submission, which asks before creating.
 */
export async function checkGuideAnswer(
  ctx: StudioContext,
  form: StudioFormCode,
  id: string | undefined,
  field: string,
  value: string,
  c: Catalog,
): Promise<void> {
  switch (field) {
    case "name": {
      if (form === "st") {
        checkSettingsPatch({ name: value });
        return;
      }
      if (form === "sc") {
        const t = lookupName(c.templates, value);
        if (t.kind === "missing")
          throw new DomainError(ErrorCode.NotFound, { what: "template", typed: t.typed });
        return;
      }
      const name = cleanName(value);
      const list = CLASH_OF[form];
      const what = WHAT_OF[form];
      if (list && what) refuseClash(c[list] as Array<{ id: string; name: string }>, name, what, id);
      return;
    }
    case "timezone":
    case "language":
    case "reminders":
    case "grants":
      checkSettingsPatch(settingPatch(field, value));
      return;
    case "type":
    case "types":
      return;
    case "duration":
    case "capacity":
    case "description":
    case "booking":
    case "cancel":
    case "kind":
    case "space":
    case "trainer":
      checkTemplateFields(await templateFields(ctx, c, { [field]: value }));
      return;
    case "weekdays":
      requireWeekdays(readWeekdays(value));
      return;
    case "time":
      requireTime(readTime(value));
      return;
    case "from":
      requireDate(value.trim(), "startDate");
      return;
    case "until":
      if (/^\d{1,3}$/.test(value.trim())) requireInt(readWhole(value), "weeks", 1, MAX_SCHEDULE_WEEKS);
      else requireDate(value.trim(), "endDate");
      return;
    case "sessions":
      checkPassTypeFields({ sessions: readWhole(value) });
      return;
    case "validity":
      checkPassTypeFields({ validityDays: readWhole(value) });
      return;
    case "price": {
      const p = readPrice(value);
      checkPassTypeFields({ priceCents: p.cents, ...(p.currency ? { currency: p.currency } : {}) });
      return;
    }
    default:
      return;
  }
}

/** The form field a refusal of the submission names (use-case field -> form field), if any. */
export function formFieldOf(ctxField: unknown, code: ErrorCode | string): string | null {
  if (code === ErrorCode.Conflict) return "name";
  const map: Record<string, string> = {
    name: "name",
    description: "description",
    durationMinutes: "duration",
    capacity: "capacity",
    bookingDeadlineMinutes: "booking",
    cancellationDeadlineMinutes: "cancel",
    kind: "kind",
    weekdays: "weekdays",
    startTime: "time",
    startDate: "from",
    endDate: "until",
    weeks: "until",
    sessions: "sessions",
    validityDays: "validity",
    priceCents: "price",
    currency: "price",
    timezone: "timezone",
    language: "language",
    reminder: "reminders",
    passGrantPolicy: "grants",
  };
  return typeof ctxField === "string" ? (map[ctxField] ?? null) : null;
}
