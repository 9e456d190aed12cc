/**
 * Discord: everything the app needs of this platform behind one `ChatAdapter` (the gateway and
 * slash commands, rendering embeds and components, sending notices, pacing, limits, settings).
 */
import type { PlatformCapabilities } from "../../src/ports/chat.ts";
import type { ChatAdapter, ChatAdapterDeps, PlatformLimits } from "../../src/ports/chat-adapter.ts";
import { lazySender } from "../shared/lazy.ts";
import { type DiscordEnv, discordEnv, discordOptionsFrom } from "./env.ts";
import { createDiscordFileReader } from "./files.ts";
import { DISCORD_MAX_CUSTOM_ID } from "./limits.ts";
import { discordPacing } from "./pacing.ts";
import type { DiscordAdapter, DiscordOptions } from "./start.ts";

/** Button data rides in custom_id (at most 100 characters, ASCII). */
export const discordLimits: PlatformLimits = { buttonDataMaxBytes: DISCORD_MAX_CUSTOM_ID };

/** What the core asks of Discord: native slash commands, /template and /schedule under /trainer (Discord caps an app's commands); a form is a modal. */
export const discordCapabilities: PlatformCapabilities = {
  displayName: "Discord",
  forms: "modal",
  commands: { kind: "slash", grouped: { under: "trainer", commands: ["template", "schedule"] } },
  buttons: "tap",
  markup: "markdown",
  startLinks: false,
};

export function createDiscordAdapter(opts: DiscordOptions, deps: ChatAdapterDeps): ChatAdapter {
  let started: DiscordAdapter | null = null;
  // The adapter's one sender (notices); interactions are answered through discord.js's client.
  // discord.js is loaded on first use (adapters/shared/lazy.ts).
  const sender = lazySender("discord", () =>
    import("./sender.ts").then((m) =>
      m.createDiscordSender({ token: opts.token, ...(opts.apiBase ? { apiBase: opts.apiBase } : {}) }),
    ),
  );
  return {
    platform: "discord",
    limits: discordLimits,
    pacing: discordPacing,
    sender,
    files: createDiscordFileReader(opts.apiBase ? { apiBase: opts.apiBase } : {}),
    async start(signal) {
      const { startDiscord } = await import("./start.ts");
      started = await startDiscord(opts, deps.core, deps.log, deps.inbox, signal);
    },
    async stop() {
      await started?.stop();
    },
    // The gateway session is up (discord.js reconnects by itself; meanwhile not ready).
    connected: () => (opts.connect === false ? started !== null : (started?.client.isReady() ?? false)),
  };
}

/** Discord's line in the app's registry (src/app/adapters.ts). */
export const discord = {
  platform: "discord",
  capabilities: discordCapabilities,
  env: discordEnv,
  pacing: discordPacing,
  limits: discordLimits,
  configured: (env: DiscordEnv): boolean => discordOptionsFrom(env) !== null,
  fromEnv(env: DiscordEnv, deps: ChatAdapterDeps): ChatAdapter | null {
    const opts = discordOptionsFrom(env);
    return opts ? createDiscordAdapter(opts, deps) : null;
  },
} as const;

export type { DiscordOptions } from "./start.ts";
