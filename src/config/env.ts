import { z } from "zod";

const optionalUrl = (what: string) =>
  z
    .string()
    .trim()
    .url({ message: `${what} must be a full URL, for example https://example.com/api/` })
    .optional();

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/**
 * Every setting the assistant reads, parsed once at start-up. With none set it runs on the embedded
 * database with the local chat console. See README "Configuration".
 */
export const EnvSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .trim()
      .regex(
        /^postgres(ql)?:\/\/.+/,
        "DATABASE_URL must start with postgresql:// (leave it unset for the embedded database)",
      )
      .optional(),
    DATA_DIR: z.string().trim().min(1).default(".data/pglite"),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    REDIS_URL: z
      .string()
      .trim()
      .regex(
        /^rediss?:\/\/.+/,
        "REDIS_URL must start with redis:// or rediss:// (leave it unset to run notices in-process)",
      )
      .optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** Port for HTTP receivers (Slack events, Telegram webhook) and the status endpoint. */
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),

    SLACK_BOT_TOKEN: z
      .string()
      .trim()
      .regex(/^xoxb-/, "SLACK_BOT_TOKEN must start with xoxb-")
      .optional(),
    SLACK_SIGNING_SECRET: z.string().trim().min(8, "SLACK_SIGNING_SECRET looks too short").optional(),
    SLACK_APP_TOKEN: z
      .string()
      .trim()
      .regex(/^xapp-/, "SLACK_APP_TOKEN must start with xapp- (Socket Mode)")
      .optional(),
    SLACK_SOCKET_MODE: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
    SLACK_API_URL: optionalUrl("SLACK_API_URL"),

    DISCORD_TOKEN: z.string().trim().min(20, "DISCORD_TOKEN looks too short").optional(),
    DISCORD_APPLICATION_ID: z
      .string()
      .trim()
      .regex(/^\d{5,25}$/, "DISCORD_APPLICATION_ID must be a numeric snowflake")
      .optional(),
    DISCORD_API_BASE: optionalUrl("DISCORD_API_BASE"),

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
  })
  .superRefine((env, ctx) => {
    if (env.SLACK_BOT_TOKEN && !env.SLACK_SOCKET_MODE && !env.SLACK_SIGNING_SECRET)
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_SIGNING_SECRET"],
        message: "SLACK_SIGNING_SECRET is required with SLACK_BOT_TOKEN (HTTP mode)",
      });
    if (env.SLACK_SOCKET_MODE && !env.SLACK_APP_TOKEN)
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_APP_TOKEN"],
        message: "SLACK_APP_TOKEN is required when SLACK_SOCKET_MODE=true",
      });
    if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID)
      ctx.addIssue({
        code: "custom",
        path: ["DISCORD_APPLICATION_ID"],
        message: "DISCORD_APPLICATION_ID is required with DISCORD_TOKEN",
      });
    if (env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_WEBHOOK_SECRET)
      ctx.addIssue({
        code: "custom",
        path: ["TELEGRAM_WEBHOOK_SECRET"],
        message: "TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_WEBHOOK_URL",
      });
  });

export type Env = z.infer<typeof EnvSchema>;

/** Parses the environment; on bad values returns one clear line per problem instead of throwing. */
export function parseEnv(
  source: Record<string, string | undefined>,
): { ok: true; env: Env } | { ok: false; problems: string[] } {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, blankToUndefined(v)]));
  const parsed = EnvSchema.safeParse(cleaned);
  if (parsed.success) return { ok: true, env: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`),
  };
}
