import { type Client, DiscordAPIError, type Interaction, MessageFlags, RESTJSONErrorCodes } from "discord.js";
import type { ChatCore, IncomingEvent } from "../../src/ports/chat.ts";
import type { AdapterInbox } from "../../src/ports/inbox.ts";
import type { Logger } from "../../src/ports/logger.ts";
import { notRecordedReply } from "../../src/replies/chat-replies.ts";
import { registerInboxIntake } from "../shared/inbox-intake.ts";
import { recordWithinBudget } from "../shared/record-retry.ts";
import {
  type Answerable,
  type AnswerState,
  isAlreadyAcknowledged,
  liveOps,
  sendAnswer,
  sendLiveAnswer,
  webhookOps,
} from "./answer.ts";
import * as L from "./limits.ts";
import { interactionEvent } from "./receive.ts";

/**
 * What is recorded of an interaction: the core's event (discord.js has parsed and we have checked
 * the packet) and where its answer goes, the interaction's webhook, whose token is valid for 15
 * minutes. (The raw packet is not kept: discord.js rebuilds interactions only from its gateway.)
 */
export interface DiscordRecord {
  event: IncomingEvent;
  interaction: { id: string; applicationId: string; token: string };
}

/** An interaction this process received and may still answer with a first response. */
interface Live {
  i: Answerable;
  state: AnswerState;
  timer?: NodeJS.Timeout;
  deferring?: Promise<void>;
}

/** Discord's interaction tokens die after 15 minutes; so do the live entries. */
const TOKEN_LIFETIME_MS = 15 * 60_000;

const tokenGone = (err: unknown): boolean =>
  err instanceof DiscordAPIError &&
  (err.code === RESTJSONErrorCodes.UnknownWebhook ||
    err.code === RESTJSONErrorCodes.InvalidWebhookToken ||
    err.code === RESTJSONErrorCodes.UnknownInteraction ||
    err.code === RESTJSONErrorCodes.UnknownMessage);

/**
 * Discord through the inbox (docs/reliability.md). An interaction is recorded (one insert) before
 * any response, then handled from the record. Its acknowledgement is the first response: the answer
 * itself when the core is quick, else a deferral `deferAfterMs` after arrival (Discord drops an
 * interaction not acknowledged within 3 s). A redelivered packet (a gateway replay, another shard
 * or process fed the same interaction) has the same id, is recorded once, and is not answered again.
 * An interaction taken over from the record (its process died) can only be answered through its
 * webhook: the deferred original is edited, the rest follows up; past 15 minutes, or when the dead
 * process had not even deferred it, Discord refuses, and the replies stay in doubt (logged).
 */
export function createDiscordInboxIntake(
  client: Client,
  core: ChatCore,
  inbox: AdapterInbox,
  log: Logger,
  opts: { deferAfterMs?: number } = {},
) {
  const deferAfterMs = opts.deferAfterMs ?? L.DISCORD_DEFER_AFTER_MS;
  const live = new Map<string, Live>();

  const intake = registerInboxIntake<DiscordRecord>(inbox, core, {
    platform: "discord",
    eventOf: (record) => record.event ?? null,
    async deliver({ payload, claimed }, replies) {
      const l = live.get(claimed.id);
      if (l) {
        clearTimeout(l.timer);
        await l.deferring;
        live.delete(claimed.id);
        await sendLiveAnswer(liveOps(l.i), l.state, replies, core.forms, log, l.i.id);
        return;
      }
      const { applicationId, token } = payload.interaction;
      // Taken over from the record: acknowledged (deferred) by the process that died, or never.
      const state: AnswerState = { responded: true, deferred: true, originalUsed: false };
      try {
        await sendAnswer(webhookOps(client.rest, applicationId, token), state, replies, core.forms);
      } catch (err) {
        if (!tokenGone(err)) throw err;
        throw new Error(
          "discord: the interaction's token expired (15 min) or it was never acknowledged; its reply is lost",
          { cause: err },
        );
      }
    },
  });

  function deferLater(id: string, l: Live): void {
    l.timer = setTimeout(() => {
      const defer = liveOps(l.i).defer;
      if (l.state.responded || !defer) return;
      l.deferring = defer().then(
        () => {
          l.state.responded = l.state.deferred = true;
        },
        (err: unknown) => {
          // Someone else answered it already: this process must not answer too.
          if (isAlreadyAcknowledged(err)) l.state.responded = true;
          log.warn({ err, eventId: id }, "discord: could not defer the interaction");
        },
      );
    }, deferAfterMs);
    setTimeout(() => live.delete(id), TOKEN_LIFETIME_MS).unref();
  }

  return {
    async receive(interaction: Interaction): Promise<void> {
      const got = await interactionEvent(interaction, core, log);
      if (!got) return;
      const { i, event } = got;
      const id = event.eventId;
      const l: Live = { i, state: { responded: false, deferred: false, originalUsed: false } };
      live.set(id, l);
      // Discord never sends an interaction again: a record that fails (the database restarting) is
      // tried again within its 3 s (record-retry.ts) before the person is told nothing was done.
      const recorded = await recordWithinBudget(() =>
        intake.receive(id, {
          event,
          interaction: { id: i.id, applicationId: i.applicationId, token: i.token },
        }),
      );
      if (!recorded.ok) {
        live.delete(id);
        // Not recorded, so not handled: the person is told to send it again (nothing was done).
        log.warn(
          { err: recorded.error, eventId: id, tries: recorded.tries },
          "discord: could not record the interaction; answered that nothing was done",
        );
        await i
          .reply({
            content: notRecordedReply().lines.join("\n"),
            flags: MessageFlags.Ephemeral,
            allowedMentions: { parse: [] },
          })
          .catch((err: unknown) =>
            log.warn({ err, eventId: id }, "discord: could not say that nothing was done"),
          );
        return;
      }
      const fresh = recorded.value;
      if (!fresh) {
        live.delete(id);
        log.info(
          { eventId: id, platform: "discord" },
          "discord: duplicate interaction (recorded before) not answered again",
        );
        return;
      }
      deferLater(id, l);
    },
    drain: () => intake.drain(),
  };
}
