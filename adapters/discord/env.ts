import { z } from "zod";
import { optionalUrl, type PlatformEnv } from "../shared/env.ts";
import type { DiscordOptions } from "./start.ts";

const schema = z.object({
  DISCORD_TOKEN: z.string().trim().min(20, "DISCORD_TOKEN looks too short").optional(),
  DISCORD_APPLICATION_ID: z
    .string()
    .trim()
    .regex(/^\d{5,25}$/, "DISCORD_APPLICATION_ID must be a numeric snowflake")
    .optional(),
  DISCORD_API_BASE: optionalUrl("DISCORD_API_BASE"),
  /** Acknowledge (defer) an interaction the core has not answered within this long; at most 2500. */
  DISCORD_DEFER_AFTER_MS: z.coerce.number().int().min(0).max(2_500).optional(),
});
export type DiscordEnv = z.infer<typeof schema>;

/** Discord's settings (README "Configuration"). */
export const discordEnv: PlatformEnv<typeof schema.shape> = {
  schema,
  refine(env, ctx) {
    if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID)
      ctx.addIssue({
        code: "custom",
        path: ["DISCORD_APPLICATION_ID"],
        message: "DISCORD_APPLICATION_ID is required with DISCORD_TOKEN",
      });
  },
};

/** The adapter's options from the environment; null when Discord is not configured. */
export function discordOptionsFrom(env: DiscordEnv): DiscordOptions | null {
  if (!env.DISCORD_TOKEN || !env.DISCORD_APPLICATION_ID) return null;
  return {
    token: env.DISCORD_TOKEN,
    applicationId: env.DISCORD_APPLICATION_ID,
    ...(env.DISCORD_API_BASE ? { apiBase: env.DISCORD_API_BASE } : {}),
    ...(env.DISCORD_DEFER_AFTER_MS !== undefined ? { deferAfterMs: env.DISCORD_DEFER_AFTER_MS } : {}),
  };
}
