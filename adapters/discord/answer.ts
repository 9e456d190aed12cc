import { randomUUID } from "node:crypto";
import {
  type ButtonInteraction,
  ButtonStyle,
  type ChatInputCommandInteraction,
  type Client,
  ComponentType,
  DiscordAPIError,
  MessageFlags,
  type ModalSubmitInteraction,
  RESTJSONErrorCodes,
  Routes,
} from "discord.js";
import type { FormMemory, Reply, ReplyForm } from "../../src/ports/chat.ts";
import type { Logger } from "../../src/ports/logger.ts";
import { trimTo } from "../shared/text.ts";
import * as L from "./limits.ts";
import { type DiscordMessage, renderDiscord, renderDiscordModal } from "./render.ts";

export type Answerable = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/** custom_id prefix of the "Open form" button used when a form arrives after we had to defer. */
export const OPEN_FORM_PREFIX = "openform:";

/** How far an interaction's answer has got. */
export interface AnswerState {
  /** The interaction was acknowledged (answered, deferred, or a modal shown). */
  responded: boolean;
  /** It was deferred: an ephemeral "thinking…" original waits to be replaced. */
  deferred: boolean;
  /** The deferred original has been replaced by a reply. */
  originalUsed: boolean;
}

/**
 * What can be done with an interaction. The first response (`reply`, `showModal`, `acknowledge`)
 * exists only while the interaction is live in the process that received it (3 s); the webhook
 * calls (edit the original, follow up, delete) work with the interaction's token for 15 minutes,
 * also from another process or after a restart.
 */
export interface InteractionOps {
  /** Acknowledges now and answers later (an ephemeral "thinking…"). */
  defer?(): Promise<void>;
  reply?(m: DiscordMessage, ephemeral: boolean): Promise<void>;
  showModal?(form: ReplyForm): Promise<void>;
  /** Acknowledges without a message: a button's deferUpdate, else an ephemeral "Done.". */
  acknowledge?(): Promise<void>;
  editOriginal(m: DiscordMessage): Promise<void>;
  followUp(m: DiscordMessage, ephemeral: boolean): Promise<void>;
  deleteOriginal(): Promise<void>;
}

const body = (m: DiscordMessage, ephemeral: boolean) => ({
  ...(m.content !== undefined ? { content: m.content } : {}),
  embeds: m.embeds,
  components: m.components,
  allowedMentions: { parse: [] as [] },
  ...(ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}),
});

/** The ops of a live discord.js interaction. */
export function liveOps(i: Answerable): InteractionOps {
  return {
    defer: async () => void (await i.deferReply({ flags: MessageFlags.Ephemeral })),
    reply: async (m, ephemeral) => void (await i.reply(body(m, ephemeral))),
    ...(i.isModalSubmit()
      ? {}
      : { showModal: async (form: ReplyForm) => void (await i.showModal(renderDiscordModal(form))) }),
    acknowledge: async () => {
      if (i.isButton()) await i.deferUpdate();
      else await i.reply({ content: "Done.", flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    },
    editOriginal: async (m) => {
      const { flags: _f, ...rest } = body(m, false);
      await i.editReply(rest);
    },
    followUp: async (m, ephemeral) => void (await i.followUp(body(m, ephemeral))),
    deleteOriginal: () => i.deleteReply(),
  };
}

/** The webhook ops of an interaction known only by its token (after a restart, in another process). */
export function webhookOps(rest: Client["rest"], applicationId: string, token: string): InteractionOps {
  const api = (m: DiscordMessage, ephemeral: boolean) => ({
    ...(m.content !== undefined ? { content: m.content } : {}),
    embeds: m.embeds,
    components: m.components,
    allowed_mentions: { parse: [] },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  });
  const original = Routes.webhookMessage(applicationId, token, "@original");
  return {
    editOriginal: async (m) => void (await rest.patch(original, { body: api(m, false), auth: false })),
    followUp: async (m, ephemeral) =>
      void (await rest.post(Routes.webhook(applicationId, token), { body: api(m, ephemeral), auth: false })),
    deleteOriginal: async () => void (await rest.delete(original, { auth: false })),
  };
}

/** Discord refused a first response because one was made already (another process, a replay). */
export const isAlreadyAcknowledged = (err: unknown): boolean =>
  err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged;

/**
 * Sends the core's replies as the interaction's answer. Not yet acknowledged: the first reply is
 * the response (or a modal, the only moment one can be shown); deferred: a private reply replaces
 * the ephemeral "thinking…" original, everything else follows up. Forms that can no longer be a
 * modal wait behind an "Open form" button (kept in the core's form memory, so any process opens it).
 */
export async function sendAnswer(
  ops: InteractionOps,
  state: AnswerState,
  replies: Reply[],
  forms: FormMemory,
): Promise<void> {
  const send = async (m: DiscordMessage, privateReply: boolean) => {
    if (!state.responded && ops.reply) {
      await ops.reply(m, privateReply);
      state.responded = true;
    } else if (state.deferred && !state.originalUsed && privateReply) {
      // The deferred original is ephemeral: only a private reply may take its place.
      await ops.editOriginal(m);
      state.originalUsed = true;
    } else await ops.followUp(m, privateReply);
  };
  for (const reply of replies) {
    if (reply.form) {
      if (!state.responded && ops.showModal) {
        await ops.showModal(reply.form);
        state.responded = true;
      } else {
        const id = randomUUID();
        await forms.remember(`discord:${id}`, reply.form);
        const button = {
          type: ComponentType.Button as const,
          style: ButtonStyle.Primary as const,
          custom_id: `${OPEN_FORM_PREFIX}${id}`,
          label: trimTo(reply.form.title, L.DISCORD_MAX_BUTTON_LABEL),
        };
        await send(
          {
            embeds: [],
            content: "Open the form to continue:",
            components: [{ type: ComponentType.ActionRow, components: [button] }],
            allowed_mentions: { parse: [] },
          },
          true,
        );
      }
      if (reply.lines.length === 0 && !reply.sections?.length && !reply.buttons?.length) continue;
    }
    for (const m of renderDiscord(reply)) await send(m, reply.visibility === "private");
  }
  // An interaction must be answered even when the core had nothing to say.
  if (!state.responded && ops.acknowledge) {
    await ops.acknowledge();
    state.responded = true;
  } else if (state.deferred && !state.originalUsed) await ops.deleteOriginal();
}

/**
 * sendAnswer for a live interaction, where a refused first response means another process (or a
 * replayed packet) answered it already: that is logged quietly and this answer stops, so the
 * person never gets two.
 */
export async function sendLiveAnswer(
  ops: InteractionOps,
  state: AnswerState,
  replies: Reply[],
  forms: FormMemory,
  log: Logger,
  interactionId: string,
): Promise<void> {
  try {
    await sendAnswer(ops, state, replies, forms);
  } catch (err) {
    if (!isAlreadyAcknowledged(err)) throw err;
    log.info(
      { interactionId },
      "discord: interaction already acknowledged elsewhere (a duplicate); not answering",
    );
  }
}
