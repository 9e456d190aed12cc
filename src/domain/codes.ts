import crypto from "node:crypto";

// No 0/O, 1/I/L: codes are read off one screen and typed on another.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A random code from an unambiguous alphabet (crypto-random: codes grant access). */
export function randomCode(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[crypto.randomInt(ALPHABET.length)];
  return out;
}

/** Codes are typed by people: case and spaces do not matter. */
export const normalizeCode = (code: string): string => code.toUpperCase().replace(/[^A-Z0-9]/g, "");

/**
 * Link and connect codes: 13 characters of 31 (about 64 bits), shown in groups ("K7QM-RT2P-X9HAB")
 * because they are copied by hand. Guessing one within its 15 minutes is hopeless, and wrong
 * guesses are counted besides (codeGuesserKey).
 */
export const ONE_TIME_CODE_LENGTH = 13;

/** A code as shown: groups of four, the rest last. */
export const groupCode = (raw: string): string =>
  raw
    .match(/.{1,4}/g)
    ?.join("-")
    .replace(/-(.)$/, "$1") ?? raw;

/**
 * Only this digest of a link or connect code is stored (per purpose), so the table hands out
 * nothing: a code is about 64 random bits and lives 15 minutes, so a plain SHA-256 is enough.
 */
export function hashOneTimeCode(purpose: string, typed: string): string {
  return crypto
    .createHash("sha256")
    .update(`${purpose}:${normalizeCode(typed)}`)
    .digest("hex");
}

/**
 * Wrong link or connect codes are counted per platform account, under the setup codes' rule
 * (setup-code.ts afterFailure: 5 wrong within 15 minutes, then every try refused for 15 minutes),
 * in a count of their own.
 */
export const codeGuesserKey = (platform: string, platformUserId: string): string =>
  `code:${platform}:${platformUserId}`;
