import { calendarDateText } from "./studio/format.ts";

/**
 * The wording of a refused field: it names the field and what it allows ("Capacity must be a whole
 * number from 1 to 1000."). Context comes from src/use-cases/studio/catalog-validation.ts and holds only our
 * own codes and numbers, never raw input.
 */
const LABELS: Record<string, string> = {
  name: "Name",
  description: "Description",
  durationMinutes: "Duration (minutes)",
  capacity: "Capacity",
  bookingDeadlineMinutes: "Booking deadline (minutes before start)",
  cancellationDeadlineMinutes: "Cancellation deadline (minutes before start)",
  weekdays: "Weekdays",
  startTime: "Start time",
  startDate: "Start date",
  endDate: "End date",
  weeks: "Number of weeks",
  sessions: "Sessions",
  validityDays: "Validity (days)",
  priceCents: "Price",
  currency: "Currency",
  timezone: "Timezone",
  language: "Language",
  reminder: "Reminder lead time (minutes)",
  passGrantPolicy: "Who may grant passes",
  role: "Role",
  kind: "Kind",
  trainingTypes: "Training types",
  schedules: "Schedules",
};

const REASONS: Record<string, string> = {
  last_admin: "The studio's last admin cannot be removed or made a trainer. Make someone else admin first.",
  before_start: "End date must be on or after the start date.",
  individual_is_one: "An individual training has capacity 1; leave capacity out or set it to 1.",
  not_closed: "Only closed (pass-only) schedules can be linked to a pass type.",
};

const FORMATS: Record<string, (label: string) => string> = {
  iana: (l) => `${l} must be an IANA timezone name, like Europe/Lisbon or America/New_York.`,
  currency: (l) => `${l} must be a three-letter currency code, like EUR, GBP or USD.`,
  "HH:MM": (l) => `${l} must be a 24-hour time as HH:MM, e.g. 18:30.`,
  "YYYY-MM-DD": (l) => `${l} must be a date as YYYY-MM-DD, e.g. 2027-01-31.`,
  weekdays: (l) => `${l} must be one or more of Mon, Tue, Wed, Thu, Fri, Sat, Sun.`,
};

const ALLOWED_WORDS: Record<string, string> = {
  staff: "staff (trainers and admins)",
  admins: "admins (admins only)",
};

/** The sentence for a refused field, or null when the context names no field we know. */
export function fieldRefusalText(ctx: Record<string, unknown>): string | null {
  const field = typeof ctx.field === "string" ? ctx.field : "";
  const label = LABELS[field];
  if (typeof ctx.reason === "string" && REASONS[ctx.reason]) return REASONS[ctx.reason] ?? null;
  if (ctx.reason === "after_end" && typeof ctx.endDate === "string" && typeof ctx.lastDate === "string")
    return `The schedule already ends on ${calendarDateText(ctx.endDate)}, before ${calendarDateText(ctx.lastDate)}; ending it can only bring that day earlier. To run it longer: /schedule edit <name> | until ${ctx.lastDate}.`;
  if (!label) return null;
  if (ctx.reason === "too_far" && typeof ctx.maxDays === "number")
    return `${label} must be within ${ctx.maxDays} days of the start date.`;
  if (Array.isArray(ctx.allowed))
    return `${label} must be one of: ${ctx.allowed.map((a) => ALLOWED_WORDS[String(a)] ?? String(a)).join(", ")}.`;
  if (typeof ctx.format === "string") {
    if (ctx.format === "text" && typeof ctx.max === "number")
      return `${label} must be 1 to ${ctx.max} characters.`;
    const f = FORMATS[ctx.format];
    if (f) return f(label);
  }
  if (typeof ctx.min === "number" && typeof ctx.max === "number") {
    if (field === "priceCents")
      return `${label} must be an amount from ${ctx.min / 100} to ${(ctx.max / 100).toLocaleString("en-GB")}, e.g. 12.50.`;
    return `${label} must be a whole number from ${ctx.min} to ${ctx.max}.`;
  }
  return null;
}

const WHAT: Record<string, string> = {
  training_type: "training type",
  space: "space",
  template: "template",
  pass_type: "pass type",
  person_name: "person",
};

/** "A training type named Yoga already exists (archived)." for a refused name clash. */
export function clashText(ctx: Record<string, unknown>): string | null {
  const what = WHAT[typeof ctx.what === "string" ? ctx.what : ""];
  if (!what || typeof ctx.name !== "string") return null;
  if (ctx.what === "person_name")
    return `Several people are called ${ctx.name}. Mention the one you mean (@name) instead.`;
  return `A ${what} named ${ctx.name} already exists${ctx.archived === true ? " (archived)" : ""}. Choose another name.`;
}
