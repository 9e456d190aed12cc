import { z } from "zod";
import { optionalUrl, type PlatformEnv } from "../shared/env.ts";
import type { SlackOptions } from "./start.ts";

const schema = z.object({
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
});
export type SlackEnv = z.infer<typeof schema>;

/** Slack's settings (README "Configuration"). */
export const slackEnv: PlatformEnv<typeof schema.shape> = {
  schema,
  refine(env, ctx) {
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
  },
};

/** The adapter's options from the environment; null when Slack is not configured. */
export function slackOptionsFrom(env: SlackEnv): SlackOptions | null {
  if (!env.SLACK_BOT_TOKEN) return null;
  return {
    botToken: env.SLACK_BOT_TOKEN,
    ...(env.SLACK_SIGNING_SECRET ? { signingSecret: env.SLACK_SIGNING_SECRET } : {}),
    ...(env.SLACK_SOCKET_MODE && env.SLACK_APP_TOKEN
      ? { socketMode: { appToken: env.SLACK_APP_TOKEN } }
      : {}),
    ...(env.SLACK_API_URL ? { apiUrl: env.SLACK_API_URL } : {}),
  };
}
