import type { Interaction } from "discord.js";
import { MessageFlags } from "discord.js";
import type { ChatCore, IncomingEvent } from "../../src/ports/chat.ts";
import type { Logger } from "../../src/ports/logger.ts";
import { trimTo } from "../shared/text.ts";
import { type Answerable, OPEN_FORM_PREFIX } from "./answer.ts";
import * as L from "./limits.ts";
import { renderDiscordModal } from "./render.ts";
import { autocompleteToSuggest, buttonToInput, commandToInput, modalToInput } from "./to-input.ts";

export interface DiscordHandlerOptions {
  /** Answer within this long or defer (Discord's hard limit is 3 s). */
  deferAfterMs?: number;
}

/**
 * The interactions answered at once, outside the inbox: autocomplete (answered at once, nothing to
 * record) and the "Open form" button (opens a modal from the form memory). Returns the core's
 * event of any other interaction, or null when it was answered here or is not ours.
 */
export async function interactionEvent(
  i: Interaction,
  core: ChatCore,
  log: Logger,
): Promise<{ i: Answerable; event: IncomingEvent } | null> {
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
    return null;
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
    return null;
  }
  const event = i.isChatInputCommand()
    ? commandToInput(i)
    : i.isButton()
      ? buttonToInput(i)
      : i.isModalSubmit()
        ? modalToInput(i)
        : null;
  if (!event || !(i.isChatInputCommand() || i.isButton() || i.isModalSubmit())) {
    log.warn({ id: i.id, type: i.type }, "discord: unsupported or malformed interaction ignored");
    return null;
  }
  return { i, event };
}
