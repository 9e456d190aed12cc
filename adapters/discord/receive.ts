import type { Interaction } from "discord.js";
import { MessageFlags } from "discord.js";
import type { ChatCore, IncomingEvent } from "../../src/ports/chat.ts";
import type { Logger } from "../../src/ports/logger.ts";
import { handleSafely } from "../shared/handle.ts";
import { trimTo } from "../shared/text.ts";
import { type Answerable, type AnswerState, liveOps, OPEN_FORM_PREFIX, sendLiveAnswer } from "./answer.ts";
import * as L from "./limits.ts";
import { renderDiscordModal } from "./render.ts";
import { autocompleteToSuggest, buttonToInput, commandToInput, modalToInput } from "./to-input.ts";

export interface DiscordHandlerOptions {
  /** Answer within this long or defer (Discord's hard limit is 3 s). */
  deferAfterMs?: number;
}

/**
 * The interactions every path handles the same way: autocomplete (answered at once, nothing to
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

/**
 * Creates the interaction handler of the bare path (no inbox: tests and benchmarks of the adapter
 * alone). The core is asked at once; if it has not answered within ~2 s the interaction is deferred
 * (ephemeral "thinking…", so nothing private can leak into the channel) and the replies follow as
 * edits and follow-ups. A quick answer goes out as the first response, which is also the only
 * moment a modal can be shown. With the inbox, adapters/discord/inbox-intake.ts does the same
 * from the record.
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
    const ops = liveOps(i);
    const state: AnswerState = { responded: false, deferred: false, originalUsed: false };
    if (first === "slow") {
      await ops.defer?.();
      state.responded = state.deferred = true;
    }
    const replies = first === "slow" ? await work : first;
    await sendLiveAnswer(ops, state, replies, core.forms, log, i.id);
  }

  return async function handleInteraction(interaction: Interaction): Promise<void> {
    const got = await interactionEvent(interaction, core, log);
    if (got) await answer(got.i, got.event);
  };
}
