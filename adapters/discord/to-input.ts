import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  ComponentType,
  type Interaction,
  type ModalSubmitInteraction,
} from "discord.js";
import { z } from "zod";
import type { IncomingEvent, IncomingInput, SuggestRequest } from "../../src/ports/chat.ts";
import { MEMBER_COMMANDS, TRAINER_SUBCOMMANDS } from "../shared/commands.ts";

/**
 * discord.js interactions -> IncomingEvent. discord.js has parsed the packet already, but the
 * values in it are still untrusted, so the fields we use are copied into a plain object and
 * checked with zod; anything unexpected becomes `null`.
 */

const snowflake = z.string().regex(/^\d{5,25}$/);
const Who = z.object({
  id: snowflake,
  userId: snowflake,
  displayName: z.string().min(1).max(100),
  guildId: snowflake.nullable(),
  channelId: snowflake,
});

function who(i: Interaction): z.infer<typeof Who> | null {
  const member = i.member && "nick" in i.member && typeof i.member.nick === "string" ? i.member.nick : null;
  const parsed = Who.safeParse({
    id: i.id,
    userId: i.user.id,
    displayName: member ?? i.user.globalName ?? i.user.username,
    guildId: i.guildId,
    channelId: i.channelId,
  });
  return parsed.success ? parsed.data : null;
}

function toEvent(i: Interaction, input: IncomingInput): IncomingEvent | null {
  const w = who(i);
  if (!w) return null;
  return {
    platform: "discord",
    // Interaction ids are unique snowflakes; Discord never redelivers one, but a retry of ours would reuse it.
    eventId: `discord:${w.id}`,
    user: { platformUserId: w.userId, displayName: w.displayName },
    // A guild is the org's workspace; a DM (no guild) is resolved by the person.
    conversation: { workspaceId: w.guildId, channelId: w.channelId, isDirect: w.guildId === null },
    input,
    // The language of the user's Discord client ("de", "es-ES"): replies follow it (docs/languages.md).
    ...(typeof i.locale === "string" && i.locale ? { locale: i.locale } : {}),
  };
}

/** Option values that the core reads after a keyword ("reason: …"). */
const PREFIX = new Map<string, string>();
for (const c of [...MEMBER_COMMANDS, ...TRAINER_SUBCOMMANDS])
  for (const o of [c.arg, c.details]) if (o?.prefix) PREFIX.set(o.name, o.prefix);

function optionValues(options: readonly CommandInteractionOption[]): string[] {
  return options.flatMap((o) => {
    // A subcommand carries its options inside; a plain option carries a value.
    if (o.value === undefined || o.value === null) return optionValues(o.options ?? []);
    const v = String(o.value).trim();
    if (v === "") return [];
    const prefix = PREFIX.get(o.name);
    return [prefix ? `${prefix} ${v}` : v];
  });
}

/** `/book what:yoga tomorrow` -> command "book", args "yoga tomorrow"; `/trainer roster session:yoga` -> "trainer", "roster yoga". */
export function commandToInput(i: ChatInputCommandInteraction): IncomingEvent | null {
  if (i.commandName === "busy") {
    // `/busy file:<attachment>`: the attachment as Discord resolved it (its CDN URL is the reference).
    const a = i.options.getAttachment("file", false);
    if (!a) return toEvent(i, { kind: "command", name: "busy", args: "" });
    return toEvent(i, { kind: "file", name: a.name, size: a.size, ref: a.url });
  }
  const args = optionValues(i.options.data);
  if (i.commandName === "trainer") {
    const sub = i.options.getSubcommand(false);
    if (!sub) return null;
    return toEvent(i, { kind: "command", name: "trainer", args: [sub, ...args].join(" ") });
  }
  return toEvent(i, { kind: "command", name: i.commandName, args: args.join(" ") });
}

/** A button: its custom_id is the button data the core encoded. */
export function buttonToInput(i: ButtonInteraction): IncomingEvent | null {
  return toEvent(i, { kind: "button", data: i.customId });
}

/** A submitted modal: its custom_id is the form data, each text input's custom_id a field name. */
export function modalToInput(i: ModalSubmitInteraction): IncomingEvent | null {
  const values: Record<string, string> = {};
  for (const field of i.fields.fields.values())
    if (field.type === ComponentType.TextInput) values[field.customId] = field.value;
  return toEvent(i, { kind: "form", data: i.customId, values });
}

const AUTOCOMPLETE_FIELD = new Map<string, "training" | "trainer">();
for (const c of [...MEMBER_COMMANDS, ...TRAINER_SUBCOMMANDS])
  for (const o of [c.arg, c.details]) if (o?.autocomplete) AUTOCOMPLETE_FIELD.set(o.name, o.autocomplete);

/** Which names to suggest for the option being typed, or null for options without autocomplete. */
export function autocompleteToSuggest(i: AutocompleteInteraction): SuggestRequest | null {
  const focused = i.options.getFocused(true);
  const field = AUTOCOMPLETE_FIELD.get(focused.name);
  const w = who(i);
  if (!field || !w) return null;
  return {
    platform: "discord",
    user: { platformUserId: w.userId, displayName: w.displayName },
    workspaceId: w.guildId,
    field,
    prefix: String(focused.value).slice(0, 100),
  };
}
