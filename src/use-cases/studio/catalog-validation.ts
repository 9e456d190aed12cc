import { DateTime } from "luxon";
import { DomainError, ErrorCode } from "../../domain/errors.ts";

/**
 * Field-by-field checks shared by the studio use cases. A refusal names the field and what it allows
 * (context: field + min/max, or allowed, or format); src/replies words it. Nothing is clamped.
 */
const NAME_MAX = 80;
export const DESCRIPTION_MAX = 2000;

const invalid = (field: string, rule: Record<string, unknown>) =>
  new DomainError(ErrorCode.InvalidInput, { field, ...rule });

export function cleanName(raw: string, field = "name"): string {
  const name = raw.replace(/\s+/g, " ").trim();
  if (name.length === 0 || name.length > NAME_MAX) throw invalid(field, { format: "text", max: NAME_MAX });
  return name;
}

export function requireInt(value: number, field: string, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) throw invalid(field, { min, max });
}

export function requireOneOf<T extends string>(value: string, field: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw invalid(field, { allowed: [...allowed] });
  return found;
}

const isValidTimezone = (tz: string): boolean => DateTime.now().setZone(tz).isValid;

export function requireTimezone(value: string, field = "timezone"): string {
  const tz = value.trim();
  // An offset like "+02:00" is valid to luxon but is not a place: DST would be lost.
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(tz) || !isValidTimezone(tz))
    throw invalid(field, { format: "iana" });
  return DateTime.now().setZone(tz).zoneName ?? tz;
}

/** ISO 4217 currency codes the runtime knows (EUR, GBP, USD, ...). */
export function requireCurrency(value: string, field = "currency"): string {
  const code = value.trim().toUpperCase();
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : [];
  if (!/^[A-Z]{3}$/.test(code) || (known.length > 0 && !known.includes(code)))
    throw invalid(field, { format: "currency" });
  return code;
}

export function requireTime(value: string, field = "startTime"): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw invalid(field, { format: "HH:MM" });
  return `${m[1]?.padStart(2, "0")}:${m[2]}`;
}

export function requireDate(value: string, field: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value, { zone: "utc" }).isValid)
    throw invalid(field, { format: "YYYY-MM-DD" });
  return value;
}

export function requireDescription(value: string): string {
  const d = value.trim();
  if (d.length > DESCRIPTION_MAX) throw invalid("description", { format: "text", max: DESCRIPTION_MAX });
  return d;
}

export function requireWeekdays(days: number[]): number[] {
  if (days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
    throw invalid("weekdays", { format: "weekdays" });
  return [...new Set(days)].sort((a, b) => a - b);
}

/** A name already used by another entry of the same kind (archived ones included) is refused. */
export function refuseClash(
  existing: Array<{ id: string; name: string; archived?: boolean }>,
  name: string,
  what: string,
  exceptId?: string,
): void {
  const clash = existing.find((e) => e.id !== exceptId && e.name.toLowerCase() === name.toLowerCase());
  if (clash)
    throw new DomainError(ErrorCode.Conflict, { what, name: clash.name, archived: clash.archived === true });
}
