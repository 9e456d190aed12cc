import { DomainError, ErrorCode } from "../domain/errors.ts";

/** Checks shared by the catalogue use cases (names, whole numbers in a range). */
const NAME_MAX = 80;

export function cleanName(raw: string, field = "name"): string {
  const name = raw.replace(/\s+/g, " ").trim();
  if (name.length === 0 || name.length > NAME_MAX)
    throw new DomainError(ErrorCode.InvalidInput, { field, max: NAME_MAX });
  return name;
}

export function requireInt(value: number, field: string, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new DomainError(ErrorCode.InvalidInput, { field, min, max });
}
