import { randomUUID } from "node:crypto";
import {
  type ButtonInteraction,
  ButtonStyle,
  type ChatInputCommandInteraction,
  ComponentType,
  type Interaction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  MessageFlags,
  type ModalSubmitInteraction,
} from "discord.js";
import type { ChatCore, IncomingEvent } from "../../src/chat/incoming.ts";
import type { Logger } from "../../src/ports/logger.ts";
import { handleSafely } from "../shared/handle.ts";
import { trimTo } from "../shared/text.ts";
import * as L from "./limits.ts";
import { type DiscordMessage, renderDiscord, renderDiscordModal } from "./render.ts";
import { autocompleteToSuggest, buttonToInput, commandToInput, modalToInput } from "./to-input.ts";

type Answerable = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/** custom_id prefix of the "Open form" button used when a form arrives after we had to defer. */
const OPEN_FORM_PREFIX = "openform:";

function editOptions(m: DiscordMessage): InteractionEditReplyOptions {
  return {
    ...(m.content !== undefined ? { content: m.content } : {}),
    embeds: m.embeds,
    components: m.components,
    allowedMentions: { parse: [] },
  };
}

function options(m: DiscordMessage, ephemeral: boolean): InteractionReplyOptions {
  return {
    ...(m.content !== undefined ? { content: m.content } : {}),
    embeds: m.embeds,
    components: m.components,
    allowedMentions: { parse: [] },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

export interface DiscordHandlerOptions {
  /** Answer within this long or defer (Discord's hard limit is 3 s). */
  deferAfterMs?: number;
}

/**
 * Creates the interaction handler. The core is asked at once; if it has not answered within ~2 s
 * the interaction is deferred (ephemeral "thinking…", so nothing private can leak into the channel)
 * and the replies follow as edits and follow-ups. A quick answer goes out as the first response,
 * which is also the only moment a modal can be shown.
 */
export function createInteractionHandler(core: ChatCore, log: Logger, opts: DiscordHandlerOptions = {}) {
  const deferAfterMs = opts.deferAfterMs ?? L.DISCORD_DEFER_AFTER_MS;

  async function answer(i: Answerable, event: IncomingEvent): Promise<void> {
    const work = handleSafely(core, event, log);
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<"slow">((resolve) => {
      timer = setTimeout(() => resolve("slow"), deferAfterMs);
    });
    const first = await Promise.race([work, slow]);
    clearTimeout(timer);
    let deferred = false;
    if (first === "slow") {
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      deferred = true;
    }
    const replies = first === "slow" ? await work : first;
    let responded = deferred;
    let originalUsed = false;
    const send = async (m: DiscordMessage, privateReply: boolean) => {
      if (!responded) {
        await i.reply(options(m, privateReply));
        responded = true;
      } else if (deferred && !originalUsed && privateReply) {
        // The deferred original is ephemeral: only a private reply may take its place.
        await i.editReply(editOptions(m));
        originalUsed = true;
      } else await i.followUp(options(m, privateReply));
    };
    for (const reply of replies) {
      if (reply.form) {
        if (!responded && !i.isModalSubmit()) {
          await i.showModal(renderDiscordModal(reply.form));
          responded = true;
        } else {
          // Forms waiting behind an "Open form" button (a modal cannot follow a deferral) live in the
          // core's form memory (PostgreSQL), so whichever shard gets the click can open it.
          const id = randomUUID();
          await core.forms.remember(`discord:${id}`, reply.form);
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
    // An interaction must be answered even when the core had nothing to say (e.g. a duplicate).
    if (!responded) {
      if (i.isButton()) await i.deferUpdate();
      else await i.reply({ content: "Done.", flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    } else if (deferred && !originalUsed) await i.deleteReply();
  }

  return async function handleInteraction(i: Interaction): Promise<void> {
    if (i.isAutocomplete()) {
      const req = autocompleteToSuggest(i);
      const found = req
        ? await core.suggest(req).catch((err: unknown) => {
            log.error({ err }, "discord: suggest failed");
            return [];
          })
        : [];
      await i.respond(
        found.slice(0, L.DISCORD_MAX_AUTOCOMPLETE_CHOICES).map((s) => ({
          name: trimTo(s.label, L.DISCORD_MAX_CHOICE_NAME),
          value: s.value.slice(0, L.DISCORD_MAX_CHOICE_VALUE),
        })),
      );
      return;
    }
    if (i.isButton() && i.customId.startsWith(OPEN_FORM_PREFIX)) {
      const form = await core.forms.recall(`discord:${i.customId.slice(OPEN_FORM_PREFIX.length)}`);
      if (form) await i.showModal(renderDiscordModal(form));
      else
        await i.reply({
          content: "This form has expired. Please start again.",
          flags: MessageFlags.Ephemeral,
          allowedMentions: { parse: [] },
        });
      return;
    }
    const event = i.isChatInputCommand()
      ? commandToInput(i)
      : i.isButton()
        ? buttonToInput(i)
        : i.isModalSubmit()
          ? modalToInput(i)
          : null;
    if (!event) {
      log.warn({ id: i.id, type: i.type }, "discord: unsupported or malformed interaction ignored");
      return;
    }
    if (i.isChatInputCommand() || i.isButton() || i.isModalSubmit()) await answer(i, event);
  };
}
