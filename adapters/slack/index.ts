/**
 * Slack: everything the app needs of this platform behind one `ChatAdapter` (receiving over HTTP
 * events or Socket Mode, rendering Block Kit, sending notices, pacing, limits, settings).
 */
import type { PlatformCapabilities } from "../../src/ports/chat.ts";
import type { ChatAdapter, ChatAdapterDeps, PlatformLimits } from "../../src/ports/chat-adapter.ts";
import { lazyFileReader, lazySender } from "../shared/lazy.ts";
import { type SlackEnv, slackEnv, slackOptionsFrom } from "./env.ts";
import { SLACK_MAX_ACTION_ID } from "./limits.ts";
import { slackPacing } from "./pacing.ts";
import type { SlackAdapter, SlackOptions } from "./start.ts";

/** Where Slack's Request URL must point on the app's HTTP server (HTTP mode). */
export const SLACK_EVENTS_PATH = "/slack/events";
/** Button data rides in action_id (at most 255 characters). */
export const slackLimits: PlatformLimits = { buttonDataMaxBytes: SLACK_MAX_ACTION_ID };

/** What the core asks of Slack: every command is typed after /book (the app's one slash command); a form is a modal. */
export const slackCapabilities: PlatformCapabilities = {
  displayName: "Slack",
  forms: "modal",
  commands: { kind: "subcommands", of: "book" },
  buttons: "tap",
  markup: "mrkdwn",
  startLinks: false,
};

export function createSlackAdapter(opts: SlackOptions, deps: ChatAdapterDeps): ChatAdapter {
  let started: SlackAdapter | null = null;
  // The adapter's one sender (notices); events are answered through the Bolt app's client.
  // Bolt is loaded on first use (adapters/shared/lazy.ts).
  const api = { token: opts.botToken, ...(opts.apiUrl ? { apiUrl: opts.apiUrl } : {}) };
  const sender = lazySender("slack", () => import("./sender.ts").then((m) => m.createSlackSender(api)));
  return {
    platform: "slack",
    limits: slackLimits,
    pacing: slackPacing,
    sender,
    files: lazyFileReader(() => import("./files.ts").then((m) => m.createSlackFileReader(api))),
    ...(opts.socketMode
      ? {}
      : {
          http: {
            path: SLACK_EVENTS_PATH,
            listener: (req, res) => {
              if (started?.listener) return started.listener(req, res);
              req.resume();
              res.writeHead(503).end();
            },
          },
        }),
    async start(signal) {
      const { startSlack } = await import("./start.ts");
      started = await startSlack(opts, deps.core, deps.log, deps.inbox, signal);
    },
    async stop() {
      await started?.stop();
    },
    // Socket Mode: the socket is open (Bolt reconnects by itself; meanwhile not ready); HTTP: started.
    connected: () => started?.connected() ?? false,
  };
}

/** Slack's line in the app's registry (src/app/adapters.ts). */
export const slack = {
  platform: "slack",
  capabilities: slackCapabilities,
  env: slackEnv,
  pacing: slackPacing,
  limits: slackLimits,
  configured: (env: SlackEnv): boolean => slackOptionsFrom(env) !== null,
  fromEnv(env: SlackEnv, deps: ChatAdapterDeps): ChatAdapter | null {
    const opts = slackOptionsFrom(env);
    return opts ? createSlackAdapter(opts, deps) : null;
  },
} as const;

export type { SlackOptions } from "./start.ts";
