import { DomainError, ErrorCode } from "../errors.ts";

/** Limits that keep a program or a session readable in every chat (the smallest cap on a message is 2000). */
export const LIMITS = {
  name: 80,
  description: 1000,
  welcome: 1000,
  waiver: 1500,
  title: 100,
  body: 1500,
  clientName: 80,
  email: 200,
} as const;

const invalid = (field: string, reason: string, extra: Record<string, unknown> = {}) =>
  new DomainError(ErrorCode.InvalidInput, { field, reason, ...extra });

/** Trims; refuses empty or too long text. Inner line breaks are kept (a session's training). */
export function cleanText(field: keyof typeof LIMITS, value: string, required = true): string {
  const v = value.replace(/\r\n?/g, "\n").trim();
  if (required && v === "") throw invalid(field, "empty");
  if (v.length > LIMITS[field]) throw invalid(field, "too_long", { max: LIMITS[field] });
  return v;
}

/** A one-line name: whitespace runs collapse to one space. */
export const cleanLine = (field: keyof typeof LIMITS, value: string): string =>
  cleanText(field, value.replace(/\s+/g, " "));

/** "200", "149.50", "149,5" -> cents. */
export function parsePriceCents(value: string | number): number {
  const s = String(value).trim().replace(",", ".");
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(s)) throw invalid("price", "not_a_price");
  const [whole, frac = ""] = s.split(".");
  return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
}

/** An ISO 4217 code, uppercase. */
export function parseCurrency(value: string): string {
  const c = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(c)) throw invalid("currency", "not_a_currency");
  return c;
}

/** A plain e-mail check: one @, a dot in the domain, no spaces. */
export function parseEmail(value: string): string {
  const e = value.trim();
  if (e.length > LIMITS.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e))
    throw invalid("email", "not_an_email");
  return e.toLowerCase();
}

/** "07:30" -> 450 minutes after midnight. */
export function parseTimeOfDay(value: string): number {
  const m = /^(\d{1,2})[:.h](\d{2})$/.exec(value.trim());
  const h = m ? Number(m[1]) : Number.NaN;
  const min = m ? Number(m[2]) : Number.NaN;
  if (!(h >= 0 && h <= 23 && min >= 0 && min <= 59)) throw invalid("time", "not_a_time");
  return h * 60 + min;
}

/** A local date "YYYY-MM-DD" that exists. */
export function parseLocalDate(value: string): string {
  const s = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s)
    throw invalid("date", "not_a_date");
  return s;
}
