import { z } from "zod";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/**
 * The core's settings, parsed once at start-up. Each platform parses its own in its folder
 * (adapters/<platform>/env.ts); src/app/env.ts adds those of every registered platform. With none set
 * the app runs on the embedded database with its local chat. See README "Configuration".
 */
export const CoreEnvSchema = z.object({
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
  /**
   * "transaction" when DATABASE_URL points at PgBouncer (or another pooler) in transaction pooling:
   * statements go unnamed, since a named prepared statement lives on one server connection only.
   */
  DATABASE_POOL_MODE: z
    .enum(["session", "transaction"], {
      message:
        "DATABASE_POOL_MODE must be session or transaction (PgBouncer's pool_mode in front of DATABASE_URL)",
    })
    .default("session"),
  REDIS_URL: z
    .string()
    .trim()
    .regex(
      /^rediss?:\/\/.+/,
      "REDIS_URL must start with redis:// or rediss:// (leave it unset to run notices in-process)",
    )
    .optional(),
  /**
   * The prefix of every Redis key the app writes (BullMQ queues, send pacing). Processes of one
   * deployment share it; two deployments (or two test runs) on one Redis need different ones.
   */
  REDIS_PREFIX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "REDIS_PREFIX must be 1-64 characters of A-Z, a-z, 0-9, _ and -")
    .default("bull"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Port for the platforms' HTTP receivers (events, webhooks) and the status endpoint. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),

  /** 1-2-1 e-mail invites over SMTP (nodemailer). Unset: the coach is shown the invite to forward. */
  SMTP_URL: z
    .string()
    .trim()
    .regex(
      /^smtps?:\/\/[^\s/]+/,
      "SMTP_URL must look like smtp://user:pass@host:587 or smtps://host:465 (leave it unset to forward invites by hand)",
    )
    .optional(),
  MAIL_FROM: z
    .string()
    .trim()
    .regex(
      /^([^<>]*<)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/,
      'MAIL_FROM must be an address, e.g. "Studio <coach@example.com>"',
    )
    .optional(),
  /** The app's public base URL (https://...), for calendar subscription links served on PORT. */
  PUBLIC_URL: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s]+$/, "PUBLIC_URL must be an http(s) URL, e.g. https://bookings.example.org")
    .optional(),
  /**
   * Trainers' calendar feed URLs may point at loopback, private (RFC 1918), link-local and other
   * non-public addresses (self-hosted calendars on the same network). Off: such feeds are refused.
   */
  CALENDAR_FEEDS_ALLOW_PRIVATE: z
    .enum(["true", "false"], { message: "CALENDAR_FEEDS_ALLOW_PRIVATE must be true or false" })
    .default("false")
    .transform((v) => v === "true"),
  /**
   * Bearer token for the operator endpoints (/notices/*, /metrics). Unset: they answer 404.
   * At least 24 characters of A-Z, a-z, 0-9, _ - . ~ (e.g. `openssl rand -hex 24`).
   */
  ADMIN_TOKEN: z
    .string()
    .trim()
    .regex(
      /^[A-Za-z0-9_\-.~]{24,256}$/,
      "ADMIN_TOKEN must be 24-256 characters of A-Z, a-z, 0-9, _ - . ~ (e.g. from `openssl rand -hex 24`), or unset to close /notices/* and /metrics",
    )
    .optional(),
  /** How long a chat event's handling may take before another process takes it over (inbox lease). */
  INBOX_LEASE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(30_000),
});

export type CoreEnv = z.infer<typeof CoreEnvSchema>;

/** The checks across the core's settings. */
export function refineCoreEnv(env: CoreEnv, ctx: z.RefinementCtx): void {
  if (env.SMTP_URL && !env.MAIL_FROM)
    ctx.addIssue({
      code: "custom",
      path: ["MAIL_FROM"],
      message: "MAIL_FROM is required with SMTP_URL (the sender address of invite e-mails)",
    });
}

/** Parses settings with a schema; on bad values returns one clear line per problem instead of throwing. */
export function parseSettings<T>(
  schema: z.ZodType<T>,
  source: Record<string, string | undefined>,
): { ok: true; env: T } | { ok: false; problems: string[] } {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, blankToUndefined(v)]));
  const parsed = schema.safeParse(cleaned);
  if (parsed.success) return { ok: true, env: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`),
  };
}
