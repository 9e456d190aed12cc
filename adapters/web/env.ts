import net from "node:net";
import { z } from "zod";
import type { PlatformEnv } from "../shared/env.ts";
import type { TrustProxy } from "./http-util.ts";

const TRUST_PROXY_MESSAGE =
  "TRUST_PROXY must be the number of reverse proxies in front of the app (0 to 10, e.g. 1) or their IP addresses separated by commas (e.g. 10.0.0.2,10.0.0.3)";

/** TRUST_PROXY as hops or addresses; null when it is neither. */
export function trustProxyOf(value: string | undefined): TrustProxy | null {
  const v = (value ?? "").trim();
  if (v === "") return { hops: 0 };
  if (/^\d{1,2}$/.test(v)) return Number(v) <= 10 ? { hops: Number(v) } : null;
  const addresses = v.split(",").map((a) => a.trim());
  return addresses.every((a) => net.isIP(a) !== 0) ? { addresses } : null;
}

const onOff = (what: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => v === "on" || v === "off", `${what} must be on or off`)
    .optional();

const schema = z.object({
  /**
   * The studio's own web chat at /chat/<studio>. Default: on with the embedded database (npm start),
   * off with DATABASE_URL (a real deployment opens a public page only when asked: WEB_CHAT=on).
   */
  WEB_CHAT: onOff("WEB_CHAT"),
  /** Other chat apps the studio books in, for the timetable: "Telegram=https://t.me/studio_bot,Discord=https://discord.gg/abc". */
  WEB_CHAT_LINKS: z
    .string()
    .trim()
    .regex(
      /^([^=,]{1,40}=https:\/\/[^\s,]+)(,[^=,]{1,40}=https:\/\/[^\s,]+)*$/,
      "WEB_CHAT_LINKS must be Name=https://... pairs separated by commas",
    )
    .optional(),
  /** Messages a minute one person (or guest session) may send; an address may send four times as many. */
  WEB_CHAT_MESSAGES_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1, "WEB_CHAT_MESSAGES_PER_MINUTE must be at least 1")
    .max(600)
    .default(20),
  /** Sign-in e-mails an hour to one address; one client address may ask for four times as many. */
  WEB_CHAT_SIGNINS_PER_HOUR: z.coerce
    .number()
    .int()
    .min(1, "WEB_CHAT_SIGNINS_PER_HOUR must be at least 1")
    .max(100)
    .default(5),
  /**
   * Behind a reverse proxy every visitor comes from the proxy's address: name the proxies (how many
   * hops, or their addresses) and the client address for rate limits is read from X-Forwarded-For.
   * Unset (the default): X-Forwarded-For is ignored.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .refine((v) => trustProxyOf(v) !== null, TRUST_PROXY_MESSAGE),
});
export type WebEnv = z.infer<typeof schema>;
/** The app settings the web chat also reads (the core's). */
type WithCore = WebEnv & { DATABASE_URL?: string | undefined; PUBLIC_URL?: string | undefined };

/** The web chat's settings (docs/adapters.md, "The web chat"). */
export const webEnv: PlatformEnv<typeof schema.shape> = {
  schema,
  refine(env, ctx) {
    const all = env as WithCore;
    if (all.WEB_CHAT === "on" && all.DATABASE_URL && !all.PUBLIC_URL)
      ctx.addIssue({
        code: "custom",
        path: ["PUBLIC_URL"],
        message:
          "PUBLIC_URL is required with WEB_CHAT=on and DATABASE_URL (sign-in links in e-mails point to it)",
      });
  },
};

export interface WebOptions {
  links: Array<{ name: string; url: string }>;
  messagesPerMinute: number;
  signinsPerHour: number;
  /** The proxies trusted to name the client (TRUST_PROXY); none by default. */
  trustProxy: TrustProxy;
  /** Without a mailer the sign-in link is written to the log: only on the embedded database (a laptop). */
  logSigninLinks: boolean;
  /** Asked for on a real database (WEB_CHAT=on with DATABASE_URL): it runs as a platform, alone if need be. */
  standalone?: boolean;
}

/** The adapter's options; null when the web chat is off. */
export function webOptionsFrom(env: WebEnv): WebOptions | null {
  const all = env as WithCore;
  const on = all.WEB_CHAT ? all.WEB_CHAT === "on" : !all.DATABASE_URL;
  if (!on) return null;
  const links = (all.WEB_CHAT_LINKS ?? "")
    .split(",")
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at).trim(), url: pair.slice(at + 1).trim() };
    });
  return {
    links,
    messagesPerMinute: all.WEB_CHAT_MESSAGES_PER_MINUTE,
    signinsPerHour: all.WEB_CHAT_SIGNINS_PER_HOUR,
    trustProxy: trustProxyOf(all.TRUST_PROXY) ?? { hops: 0 },
    logSigninLinks: !all.DATABASE_URL,
    standalone: Boolean(all.DATABASE_URL),
  };
}
