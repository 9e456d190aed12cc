import type { webApi } from "@slack/bolt";
import type { Logger } from "../../src/ports/logger.ts";

/** How long a member's Slack language is trusted before it is asked again (they may change it). */
export const SLACK_LOCALE_TTL_MS = 6 * 3_600_000;
/** users.info must not hold up an answer: past this the event goes on without a locale. */
export const SLACK_LOCALE_TIMEOUT_MS = 1_500;
/** Members remembered per process; the oldest is forgotten first. */
const MAX_REMEMBERED = 5_000;

/**
 * A Slack member's language ("de-DE"). Slack sends none with events, commands or clicks: it comes
 * from users.info with include_locale (scope users:read), asked once per member per TTL. A failure
 * or a slow answer gives null (the studio's language is used) and is remembered too, so a missing
 * scope is not asked again on every message. The core stores what it learns on the member's
 * platform identity, so notices sent later are written in that language as well.
 */
export function createSlackUserLocales(
  client: webApi.WebClient,
  log: Logger,
  opts: { ttlMs?: number; timeoutMs?: number; now?: () => number } = {},
): (userId: string) => Promise<string | null> {
  const ttl = opts.ttlMs ?? SLACK_LOCALE_TTL_MS;
  const timeoutMs = opts.timeoutMs ?? SLACK_LOCALE_TIMEOUT_MS;
  const now = opts.now ?? Date.now;
  const known = new Map<string, { locale: string | null; at: number }>();
  let warned = false;

  const ask = async (userId: string): Promise<string | null> => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    });
    const asked = client.users.info({ user: userId, include_locale: true });
    const answer = asked
      .then((r) => {
        const locale = (r.user as { locale?: unknown } | undefined)?.locale;
        return typeof locale === "string" && locale ? locale : null;
      })
      .catch((err: unknown) => {
        if (!warned) log.warn({ err }, "slack: users.info gave no locale; members get the studio's language");
        warned = true;
        return null;
      });
    try {
      return await Promise.race([answer, late]);
    } finally {
      clearTimeout(timer);
    }
  };

  return async (userId) => {
    const hit = known.get(userId);
    if (hit && now() - hit.at < ttl) return hit.locale;
    const locale = await ask(userId);
    known.delete(userId);
    known.set(userId, { locale, at: now() });
    if (known.size > MAX_REMEMBERED) known.delete(known.keys().next().value as string);
    return locale;
  };
}
