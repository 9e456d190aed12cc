import { DomainError, ErrorCode } from "../errors.ts";
import {
  ACCESS_LEVELS,
  type AccessLevel,
  BUFFERS,
  DURATIONS,
  type SessionTypeFields,
  type SessionTypeStatus,
  TYPE_STATUSES,
} from "./model.ts";

/** A raw form value: typed text, a number, or absent/blank (= keep the current value or the default). */
export type RawValue = string | number | null | undefined;
export type RawSessionType = Partial<Record<Exclude<keyof SessionTypeFields, "trainerIds">, RawValue>>;

/** The allowed values of each field, as a person reads them in a refusal. */
export const ALLOWED: Record<Exclude<keyof SessionTypeFields, "trainerIds">, string> = {
  name: "1 to 80 characters",
  description: "up to 1000 characters",
  coverImageUrl: "an https:// or http:// image address, or blank for none",
  durationMinutes: `${DURATIONS.join(", ")} (minutes)`,
  capacity: "a whole number from 1 (private) to 100 (group)",
  priceCents: "an amount from 0 to 100000, e.g. 40 or 39.50",
  nonMemberPriceCents: "an amount from 0 to 100000, or blank for one flat price",
  currency: "a three-letter currency code, e.g. EUR",
  status: TYPE_STATUSES.join(", "),
  location: "up to 120 characters, or blank for none",
  accessLevel: `${ACCESS_LEVELS.join(", ")}, or default (the organization's setting)`,
  bufferMinutes: `none, ${BUFFERS.slice(1).join(", ")} (minutes)`,
  minLeadHours: "a whole number of hours from 0 to 720",
  maxLeadDays: "a whole number of days from 1 to 365, or blank for no limit",
  maxPerDay: "a whole number from 1 to 50, or blank for unlimited",
};

const DEFAULTS: Omit<SessionTypeFields, "name" | "durationMinutes" | "trainerIds"> = {
  description: "",
  coverImageUrl: null,
  capacity: 1,
  priceCents: 0,
  nonMemberPriceCents: null,
  currency: "EUR",
  status: "draft",
  location: null,
  accessLevel: null,
  bufferMinutes: 0,
  minLeadHours: 0,
  maxLeadDays: null,
  maxPerDay: null,
};

function refuse(field: keyof typeof ALLOWED, value: RawValue): never {
  throw new DomainError(ErrorCode.InvalidInput, {
    field,
    allowed: ALLOWED[field],
    value: String(value ?? ""),
  });
}

const blank = (v: RawValue): boolean => v === undefined || v === null || String(v).trim() === "";
const text = (v: RawValue): string =>
  String(v ?? "")
    .replace(/\s+/g, " ")
    .trim();

function int(field: keyof typeof ALLOWED, v: RawValue, min: number, max: number): number {
  const s = text(v).replace(/\s*(minutes?|mins?|m|hours?|h|days?|d)$/i, "");
  if (!/^\d+$/.test(s)) refuse(field, v);
  const n = Number(s);
  if (n < min || n > max) refuse(field, v);
  return n;
}

/** "40", "39.50", "39,50", "€40" -> cents. */
function money(field: "priceCents" | "nonMemberPriceCents", v: RawValue): number {
  const s = text(v).replace(/^[€$£]\s*|\s*(eur|usd|gbp|€)$/i, "");
  const m = /^(\d{1,6})(?:[.,](\d{1,2}))?$/.exec(s);
  if (!m) refuse(field, v);
  const cents = Number(m[1]) * 100 + Number((m[2] ?? "0").padEnd(2, "0"));
  if (cents > 10_000_000) refuse(field, v);
  return cents;
}

function oneOf<T extends string | number>(
  field: keyof typeof ALLOWED,
  v: RawValue,
  allowed: readonly T[],
): T {
  const s = text(v)
    .toLowerCase()
    .replace(/\s*(minutes?|mins?)$/, "");
  const found = allowed.find((a) => String(a) === s);
  if (found === undefined) refuse(field, v);
  return found;
}

/**
 * Validates a create (no base) or an edit (base = the current fields; blank raw values keep them).
 * Every invalid value is refused with the field and its allowed values.
 */
export function validateSessionType(
  raw: RawSessionType,
  base?: SessionTypeFields,
): Omit<SessionTypeFields, "trainerIds"> {
  const cur = base ?? { ...DEFAULTS, name: "", durationMinutes: 0 };
  const pick = <K extends keyof typeof ALLOWED>(k: K, parse: (v: RawValue) => SessionTypeFields[K]) =>
    raw[k] === undefined ? cur[k] : parse(raw[k]);
  const nullable = <K extends keyof typeof ALLOWED>(k: K, parse: (v: RawValue) => SessionTypeFields[K]) =>
    pick(k, (v) => (blank(v) ? (null as SessionTypeFields[K]) : parse(v)));

  const name = pick("name", (v) => {
    const s = text(v);
    if (s.length < 1 || s.length > 80) refuse("name", v);
    return s;
  });
  if (!name) refuse("name", raw.name);
  const durationMinutes = pick("durationMinutes", (v) => oneOf("durationMinutes", v, DURATIONS));
  if (!DURATIONS.includes(durationMinutes as (typeof DURATIONS)[number]))
    refuse("durationMinutes", raw.durationMinutes);
  const out = {
    name,
    description: pick("description", (v) => {
      const s = String(v ?? "").trim();
      if (s.length > 1000) refuse("description", v);
      return s;
    }),
    coverImageUrl: nullable("coverImageUrl", (v) => {
      const s = text(v);
      let ok = false;
      try {
        const u = new URL(s);
        ok = (u.protocol === "https:" || u.protocol === "http:") && s.length <= 500;
      } catch {
        ok = false;
      }
      if (!ok) refuse("coverImageUrl", v);
      return s;
    }),
    durationMinutes,
    capacity: pick("capacity", (v) => int("capacity", v, 1, 100)),
    priceCents: pick("priceCents", (v) => (blank(v) ? 0 : money("priceCents", v))),
    nonMemberPriceCents: nullable("nonMemberPriceCents", (v) => money("nonMemberPriceCents", v)),
    currency: pick("currency", (v) => {
      const s = text(v).toUpperCase();
      if (!/^[A-Z]{3}$/.test(s)) refuse("currency", v);
      return s;
    }),
    status: pick("status", (v) => oneOf("status", v, TYPE_STATUSES) as SessionTypeStatus),
    location: nullable("location", (v) => {
      const s = text(v);
      if (s.length > 120) refuse("location", v);
      return s;
    }),
    accessLevel: pick("accessLevel", (v) =>
      blank(v) || text(v).toLowerCase() === "default"
        ? null
        : (oneOf("accessLevel", v, ACCESS_LEVELS) as AccessLevel),
    ),
    bufferMinutes: pick("bufferMinutes", (v) =>
      blank(v) || text(v).toLowerCase() === "none" ? 0 : oneOf("bufferMinutes", v, BUFFERS),
    ),
    minLeadHours: pick("minLeadHours", (v) => (blank(v) ? 0 : int("minLeadHours", v, 0, 720))),
    maxLeadDays: nullable("maxLeadDays", (v) => int("maxLeadDays", v, 1, 365)),
    maxPerDay: nullable("maxPerDay", (v) => int("maxPerDay", v, 1, 50)),
  };
  return out;
}
