import crypto from "node:crypto";

/**
 * Invite codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 49 bits,
 * stored only as a SHA-256 hash. People type them after /join, so input is forgiving: case,
 * spaces and dashes are ignored.
 */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const CODE_LENGTH = 10;
/** How long an invite stays valid. */
export const INVITE_TTL_DAYS = 14;

export function generateInviteCode(): string {
  const bytes = crypto.randomBytes(CODE_LENGTH);
  let code = "";
  for (const b of bytes) code += ALPHABET[b % ALPHABET.length];
  return code;
}

/** Uppercase, without spaces and dashes; null when it cannot be a code of ours. */
export function normalizeInviteCode(input: string): string | null {
  const c = input.replace(/[\s-]/g, "").toUpperCase();
  if (c.length !== CODE_LENGTH) return null;
  for (const ch of c) if (!ALPHABET.includes(ch)) return null;
  return c;
}

export const hashInviteCode = (normalized: string): string =>
  crypto.createHash("sha256").update(`coaching-invite:${normalized}`).digest("hex");
