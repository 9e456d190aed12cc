/**
 * No secret leaves the process (issue 24, item 3): not in a log line, an error stored in
 * the database (NoticeDelivery.lastError, the inbox's error) or the queue (a job's failedReason and
 * stacktrace), nor a chat. Secrets hide in error texts: grammY's network errors carry the request
 * URL, and Telegram puts the bot token in every URL (`…/bot<TOKEN>/sendMessage`); Slack's and
 * Discord's tokens travel in headers, which an SDK error may keep in its request config.
 *
 * Two nets: every token handed to a platform library is remembered here (`rememberSecret`) and
 * replaced wherever it appears; and tokens of each platform's documented shape are replaced even
 * when nobody remembered them (a token read by a library from its own settings).
 */

export const REDACTED = "[redacted]";

/** Shorter strings are not remembered: replacing them could mangle ordinary text. */
const MIN_SECRET_LENGTH = 8;

const known = new Set<string>();

/**
 * Token shapes, as each platform documents them:
 * - Telegram: `<bot id>:<35 characters>` (a URL path segment `bot<token>` included);
 * - Slack: `xoxb-…`, `xoxp-…`, `xapp-…` (bot, user and app-level tokens);
 * - Discord: three base64url parts joined by dots (user id, timestamp, HMAC);
 * - any `Authorization: Bot|Bearer <value>` written out whole;
 * - the password of a URL with credentials (`postgresql://user:<password>@host`, redis, smtp).
 */
const SHAPES: ReadonlyArray<[RegExp, string]> = [
  // `bot<token>` in a URL has no word boundary before the id: the lookbehind covers it.
  [/(?:\b|(?<=\bbot))\d{5,}:[A-Za-z0-9_-]{30,}/g, REDACTED],
  [/\bx(?:ox[a-z]|app)-[A-Za-z0-9-]{8,}/g, REDACTED],
  [/\b[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{25,}/g, REDACTED],
  [/\b(Bot|Bearer)\s+[A-Za-z0-9._~+/=-]{12,}/gi, `$1 ${REDACTED}`],
  [/\b([a-z][a-z0-9+.-]*:\/\/[^\s/@:"]*:)[^\s/@"]+@/gi, `$1${REDACTED}@`],
];

/** Remembers a secret (a token handed to a platform library) so it is replaced wherever it shows. */
export function rememberSecret(secret: string | undefined | null): void {
  if (secret && secret.length >= MIN_SECRET_LENGTH) known.add(secret);
}

/** The text with every remembered secret and every token-shaped string replaced. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const s of known) if (out.includes(s)) out = out.split(s).join(REDACTED);
  for (const [shape, by] of SHAPES) out = out.replace(shape, by);
  return out;
}

/** Whether the text holds a remembered secret or a token-shaped string. */
export function holdsSecret(text: string): boolean {
  return redactSecrets(text) !== text;
}

/**
 * Replaces secrets in an error and in the errors it wraps (`cause`, grammY's `error`, Slack's
 * `original`), in place: the error keeps its class and fields, so what classifies it (instanceof,
 * its code, provesNothingSent) still works; only its message and stack change. Returns the error.
 */
export function scrubSecrets<E>(err: E): E {
  let e: unknown = err;
  const seen = new Set<unknown>();
  for (let depth = 0; depth < 6 && typeof e === "object" && e !== null && !seen.has(e); depth++) {
    seen.add(e);
    if (e instanceof Error) {
      rewrite(e, "message");
      rewrite(e, "stack");
    }
    const next = e as { cause?: unknown; error?: unknown; original?: unknown };
    e = next.cause ?? next.error ?? next.original;
  }
  return err;
}

function rewrite(e: Error, field: "message" | "stack"): void {
  const text = e[field];
  if (typeof text !== "string" || !holdsSecret(text)) return;
  // Own, writable, as on any Error; defineProperty also covers a getter-only subclass field.
  Object.defineProperty(e, field, {
    value: redactSecrets(text),
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

/** An error's message with its causes' (a network error says why in `cause`), secrets replaced. */
export function safeErrorText(err: unknown): string {
  const parts: string[] = [];
  let e: unknown = err;
  for (let depth = 0; depth < 4 && e !== undefined && e !== null; depth++) {
    if (!(e instanceof Error)) {
      parts.push(String(e));
      break;
    }
    const code = "code" in e && typeof e.code === "string" ? ` [${e.code}]` : "";
    parts.push(`${e.message}${code}`);
    const next = e as { cause?: unknown; error?: unknown; original?: unknown };
    e = next.cause ?? next.error ?? next.original;
  }
  return redactSecrets(parts.join(": "));
}
