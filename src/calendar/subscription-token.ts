import crypto from "node:crypto";

/** A calendar subscription token: 32 random bytes, URL-safe; only its hash is stored. */
export function newSubscriptionToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, hash: hashSubscriptionToken(token) };
}

export function hashSubscriptionToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** A token as it may appear in a URL: 43 base64url characters, nothing else. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
