import { z } from "zod";
import { optionalUrl, type PlatformEnv } from "../shared/env.ts";
import type { TelegramOptions } from "./start.ts";

const schema = z.object({
  TELEGRAM_BOT_TOKEN: z
    .string()
    .trim()
    .regex(
      /^\d+:[A-Za-z0-9_-]{20,}$/,
      "TELEGRAM_BOT_TOKEN must look like 123456:ABC-DEF... (from @BotFather)",
    )
    .optional(),
  TELEGRAM_API_ROOT: optionalUrl("TELEGRAM_API_ROOT"),
  /** When set, Telegram uses a webhook at this public URL instead of long polling. */
  TELEGRAM_WEBHOOK_URL: optionalUrl("TELEGRAM_WEBHOOK_URL"),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(
      /^[A-Za-z0-9_-]{1,256}$/,
      "TELEGRAM_WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and - (1-256 chars)",
    )
    .optional(),
  /** The bot's username (without @), for 1-2-1 invite deep links https://t.me/<bot>?start=<code>. */
  TELEGRAM_BOT_USERNAME: z
    .string()
    .trim()
    .regex(/^@?[A-Za-z][A-Za-z0-9_]{3,31}$/, "TELEGRAM_BOT_USERNAME must be a bot username like studio_bot")
    .transform((v) => v.replace(/^@/, ""))
    .optional(),
});
export type TelegramEnv = z.infer<typeof schema>;

/** Telegram's settings (README "Configuration"). */
export const telegramEnv: PlatformEnv<typeof schema.shape> = {
  schema,
  refine(env, ctx) {
    if (env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_WEBHOOK_SECRET)
      ctx.addIssue({
        code: "custom",
        path: ["TELEGRAM_WEBHOOK_SECRET"],
        message: "TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_WEBHOOK_URL",
      });
  },
};

/** The adapter's options from the environment; null when Telegram is not configured. */
export function telegramOptionsFrom(env: TelegramEnv): TelegramOptions | null {
  if (!env.TELEGRAM_BOT_TOKEN) return null;
  const webhook =
    env.TELEGRAM_WEBHOOK_URL && env.TELEGRAM_WEBHOOK_SECRET
      ? { url: env.TELEGRAM_WEBHOOK_URL, secret: env.TELEGRAM_WEBHOOK_SECRET }
      : undefined;
  return {
    token: env.TELEGRAM_BOT_TOKEN,
    ...(env.TELEGRAM_API_ROOT ? { apiRoot: env.TELEGRAM_API_ROOT } : {}),
    ...(webhook ? { webhook } : {}),
  };
}
