import crypto from "node:crypto";

/** Letters and digits that cannot be misread for one another (no 0/O, 1/I/L). */
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const LENGTH = 12;

/** How long a setup code stays valid. */
export const SETUP_CODE_TTL_MS = 24 * 3_600_000;

/** A fresh setup code, e.g. "K7QM-RT2P-X9HA" (about 59 bits of randomness). */
export function generateSetupCode(): string {
  let raw = "";
  for (let i = 0; i < LENGTH; i++) raw += ALPHABET[crypto.randomInt(ALPHABET.length)];
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

/** What a person typed, reduced to the code's letters: case, spaces and dashes do not matter. */
export function normalizeSetupCode(typed: string): string {
  return typed.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

/** Only this digest is stored, so a database leak does not hand out studios. */
export function hashSetupCode(typed: string): string {
  return crypto
    .createHash("sha256")
    .update(`setup:${normalizeSetupCode(typed)}`)
    .digest("hex");
}

/** Wrong guesses allowed per platform account within the window before attempts are refused. */
export const SETUP_THROTTLE = { maxFailures: 5, windowMs: 15 * 60_000, blockMs: 15 * 60_000 } as const;

export interface SetupAttemptState {
  failures: number;
  windowStart: Date;
  blockedUntil: Date | null;
}

/** The attempt state after one more wrong guess at `now`. */
export function afterFailure(s: SetupAttemptState, now: Date): SetupAttemptState {
  const fresh = now.getTime() - s.windowStart.getTime() > SETUP_THROTTLE.windowMs;
  const failures = (fresh ? 0 : s.failures) + 1;
  return {
    failures,
    windowStart: fresh ? now : s.windowStart,
    blockedUntil:
      failures >= SETUP_THROTTLE.maxFailures
        ? new Date(now.getTime() + SETUP_THROTTLE.blockMs)
        : s.blockedUntil,
  };
}

/** True when a typed code has the shape of a setup code (a start link's /start carries other codes too). */
export function looksLikeSetupCode(typed: string): boolean {
  const n = normalizeSetupCode(typed);
  return (
    n.length === LENGTH && [...n].every((c) => ALPHABET.includes(c)) && /^[A-Z0-9-\s]+$/i.test(typed.trim())
  );
}
