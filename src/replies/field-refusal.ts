import { t } from "./i18n/catalogue.ts";
import { calendarDateText } from "./studio/format.ts";

/**
 * The wording of a refused field: it names the field and what it allows ("Capacity must be a whole
 * number from 1 to 1000."). Context comes from src/use-cases/studio/catalog-validation.ts and holds only our
 * own codes and numbers, never raw input.
 */
const LABELLED = new Set([
  "name",
  "description",
  "durationMinutes",
  "capacity",
  "bookingDeadlineMinutes",
  "cancellationDeadlineMinutes",
  "weekdays",
  "startTime",
  "startDate",
  "endDate",
  "weeks",
  "sessions",
  "validityDays",
  "priceCents",
  "currency",
  "timezone",
  "language",
  "reminder",
  "passGrantPolicy",
  "role",
  "kind",
  "trainingTypes",
  "schedules",
]);

const REASONS = {
  last_admin: "field.lastAdmin",
  before_start: "field.beforeStart",
  individual_is_one: "field.individualIsOne",
  not_closed: "field.notClosed",
} as const;

const FORMATS = {
  iana: "field.iana",
  currency: "field.currency",
  "HH:MM": "field.time",
  "YYYY-MM-DD": "field.date",
  weekdays: "field.weekdays",
} as const;

const has = <T extends object>(o: T, k: unknown): k is keyof T =>
  typeof k === "string" && Object.hasOwn(o, k);

/** The sentence for a refused field, or null when the context names no field we know. */
export function fieldRefusalText(ctx: Record<string, unknown>): string | null {
  const field = typeof ctx.field === "string" ? ctx.field : "";
  if (has(REASONS, ctx.reason)) return t(REASONS[ctx.reason]);
  if (ctx.reason === "after_end" && typeof ctx.endDate === "string" && typeof ctx.lastDate === "string")
    return t("field.afterEnd", {
      end: calendarDateText(ctx.endDate),
      last: calendarDateText(ctx.lastDate),
      lastIso: ctx.lastDate,
    });
  if (!LABELLED.has(field)) return null;
  const label = t("field.label", { field });
  if (ctx.reason === "too_far" && typeof ctx.maxDays === "number")
    return t("field.tooFar", { label, max: ctx.maxDays });
  if (Array.isArray(ctx.allowed))
    return t("field.oneOf", {
      label,
      allowed: ctx.allowed.map((a) => t("field.allowedWord", { word: String(a) })).join(", "),
    });
  if (typeof ctx.format === "string") {
    if (ctx.format === "text" && typeof ctx.max === "number")
      return t("field.textLength", { label, max: ctx.max });
    if (has(FORMATS, ctx.format)) return t(FORMATS[ctx.format], { label });
  }
  if (typeof ctx.min === "number" && typeof ctx.max === "number") {
    if (field === "priceCents") return t("field.amount", { label, min: ctx.min / 100, max: ctx.max / 100 });
    return t("field.whole", { label, min: ctx.min, max: ctx.max });
  }
  return null;
}

const CLASHING = new Set(["training_type", "space", "template", "pass_type"]);

/** "A training type named Yoga already exists (archived)." for a refused name clash. */
export function clashText(ctx: Record<string, unknown>): string | null {
  if (typeof ctx.name !== "string") return null;
  if (ctx.what === "person_name") return t("field.severalPeople", { name: ctx.name });
  if (!CLASHING.has(String(ctx.what))) return null;
  return t("field.exists", {
    what: String(ctx.what),
    name: ctx.name,
    archived: ctx.archived === true ? "yes" : "no",
  });
}
