import { Client, Events, GatewayIntentBits, Routes } from "discord.js";
import type { ChatCore } from "../../src/ports/chat.ts";
import type { ChatSender } from "../../src/ports/chat-sender.ts";
import type { AdapterInbox } from "../../src/ports/inbox.ts";
import type { Logger } from "../../src/ports/logger.ts";
import { discordCommands } from "./commands.ts";
import { createDiscordInboxIntake } from "./inbox-intake.ts";
import { DISCORD_INTERACTION_REST_RPS } from "./limits.ts";
import { createInteractionHandler, type DiscordHandlerOptions } from "./receive.ts";
import { createDiscordSender } from "./sender.ts";

export interface DiscordOptions extends DiscordHandlerOptions {
  token: string;
  applicationId: string;
  /** REST base URL override (DISCORD_API_BASE), e.g. http://127.0.0.1:port/api; "/v10" is appended. */
  apiBase?: string;
  /** false: do not open the gateway (tests dispatch interactions themselves). Default true. */
  connect?: boolean;
}

export interface DiscordAdapter {
  client: Client;
  sender: ChatSender;
  stop(): Promise<void>;
}

/**
 * Builds the discord.js client, registers the slash commands, and logs in to the gateway. With the
 * inbox, every interaction is recorded before its first response and handled from the record
 * (inbox-intake.ts); without it (tests, benchmarks of the bare path) it is handled in memory.
 */
export async function startDiscord(
  opts: DiscordOptions,
  core: ChatCore,
  log: Logger,
  inbox?: AdapterInbox,
): Promise<DiscordAdapter> {
  const client = new Client({
    // Interactions arrive without privileged intents; Guilds keeps guild/channel data coherent.
    intents: [GatewayIntentBits.Guilds],
    rest: {
      ...(opts.apiBase ? { api: opts.apiBase } : {}),
      globalRequestsPerSecond: DISCORD_INTERACTION_REST_RPS,
    },
    // Belt and braces: every message also sets allowed_mentions itself.
    allowedMentions: { parse: [] },
  });
  client.rest.setToken(opts.token);
  const intake = inbox ? createDiscordInboxIntake(client, core, inbox, log, opts) : null;
  const handle = intake ? intake.receive : createInteractionHandler(core, log, opts);
  const inFlight = new Set<Promise<void>>();
  client.on(Events.InteractionCreate, (interaction) => {
    const p = handle(interaction)
      .catch((err: unknown) => log.error({ err, id: interaction.id }, "discord: interaction failed"))
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  });
  client.on(Events.Error, (err) => log.error({ err }, "discord: client error"));

  // PUT replaces the global command set, so re-running on every start is safe.
  await client.rest.put(Routes.applicationCommands(opts.applicationId), { body: discordCommands() });
  if (opts.connect !== false) await client.login(opts.token);
  log.info({ connected: opts.connect !== false }, "discord: ready");
  return {
    client,
    sender: createDiscordSender({ token: opts.token, ...(opts.apiBase ? { apiBase: opts.apiBase } : {}) }),
    async stop() {
      await Promise.all([...inFlight]);
      await intake?.drain();
      await client.destroy();
    },
  };
}
