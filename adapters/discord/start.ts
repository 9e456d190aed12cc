import { Client, Events, GatewayIntentBits, Routes } from "discord.js";
import type { ChatCore } from "../../src/ports/chat.ts";
import type { AdapterInbox } from "../../src/ports/inbox.ts";
import type { Logger } from "../../src/ports/logger.ts";
import { unlessAbandoned } from "../shared/abandon.ts";
import { rememberSecret } from "../shared/redact.ts";
import { discordCommands } from "./commands.ts";
import { createDiscordInboxIntake } from "./inbox-intake.ts";
import { DISCORD_INTERACTION_REST_RPS } from "./limits.ts";
import type { DiscordHandlerOptions } from "./receive.ts";

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
  stop(): Promise<void>;
}

/**
 * Builds the discord.js client, registers the slash commands, and logs in to the gateway. Every
 * interaction is recorded in the inbox before its first response and handled from the record
 * (inbox-intake.ts).
 */
export async function startDiscord(
  opts: DiscordOptions,
  core: ChatCore,
  log: Logger,
  inbox: AdapterInbox,
  signal?: AbortSignal,
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
  rememberSecret(opts.token); // never written out (adapters/shared/redact.ts)
  client.rest.setToken(opts.token);
  const intake = createDiscordInboxIntake(client, core, inbox, log, opts);
  const inFlight = new Set<Promise<void>>();
  client.on(Events.InteractionCreate, (interaction) => {
    // Not an error boundary (the core's handle is; the inbox processor owns the handling's
    // failures): what throws here is the intake itself (an autocomplete or form answer refused).
    const p = intake
      .receive(interaction)
      .catch((err: unknown) => log.error({ err, id: interaction.id }, "discord: intake failed"))
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  });
  client.on(Events.Error, (err) => log.error({ err }, "discord: client error"));
  // discord.js's own lines into the app's JSON log (its gateway's debug lines are many: debug only).
  client.on(Events.Warn, (message) => log.warn({ lib: "discord.js" }, `discord: ${message}`));
  client.on(Events.Debug, (message) => log.debug({ lib: "discord.js" }, `discord: ${message}`));

  // PUT replaces the global command set, so re-running on every start is safe. A start abandoned
  // (a gateway that never says HELLO or READY) or failed destroys the client: no half-open
  // gateway keeps reconnecting beside the next try.
  try {
    await unlessAbandoned(
      client.rest.put(Routes.applicationCommands(opts.applicationId), {
        body: discordCommands(),
        ...(signal ? { signal } : {}),
      }),
      signal,
      () => destroyForGood(client),
    );
    if (opts.connect !== false)
      await unlessAbandoned(client.login(opts.token), signal, () => destroyForGood(client));
  } catch (err) {
    await destroyForGood(client);
    throw err;
  }
  log.info({ connected: opts.connect !== false }, "discord: ready");
  return {
    client,
    async stop() {
      await Promise.all([...inFlight]);
      await intake.drain();
      await client.destroy();
    },
  };
}

/** The part of discord.js's gateway internals (@discordjs/ws 1.x) destroyForGood touches. */
interface GatewayInternals {
  _ws?: { strategy?: { shards?: Map<unknown, { timeoutAbortControllers?: Map<unknown, unknown> }> } } | null;
}

/**
 * client.destroy(), with no reconnect after it. @discordjs/ws aborts a shard's pending wait (for the
 * gateway's HELLO) when the shard is destroyed, and that aborted wait schedules a reconnect: a
 * client destroyed while its gateway is silent would reconnect on its own, forever. The waits are
 * forgotten first (they end when the connection closes); without those internals, a plain destroy.
 */
export async function destroyForGood(client: Client): Promise<void> {
  const shards = (client.ws as unknown as GatewayInternals)._ws?.strategy?.shards;
  for (const shard of shards?.values() ?? []) shard.timeoutAbortControllers?.clear();
  await client.destroy();
}
