import { rememberSecret } from "../../adapters/shared/redact.ts";

/** Settings whose whole value is a secret (a token, a signing or webhook secret, a password). */
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD)$/;

/**
 * Remembers every secret in the settings for redaction (adapters/shared/redact.ts), before anything
 * is logged: the platform tokens, ADMIN_TOKEN and webhook secrets by their names, and the password
 * of every URL setting (DATABASE_URL, REDIS_URL, SMTP_URL), as written and percent-decoded, since a
 * driver's error may quote either. A URL with credentials is also caught by its shape wherever it
 * is written out, whatever the password's length.
 */
export function rememberEnvSecrets(env: Readonly<Record<string, unknown>>): void {
  for (const [name, value] of Object.entries(env)) {
    if (typeof value !== "string" || value === "") continue;
    if (SECRET_NAME.test(name)) rememberSecret(value);
    for (const password of urlPasswords(value)) rememberSecret(password);
  }
}

function urlPasswords(value: string): string[] {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return [];
  try {
    const { password } = new URL(value);
    if (!password) return [];
    let decoded = password;
    try {
      decoded = decodeURIComponent(password);
    } catch {
      // a malformed escape: the password as written is all there is
    }
    return [password, decoded];
  } catch {
    return [];
  }
}
