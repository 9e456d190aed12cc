import { z } from "zod";
import type { IncomingEvent } from "../../src/ports/chat.ts";
import { tidyLines } from "../shared/text.ts";

/**
 * Telegram updates -> IncomingEvent. Updates are untrusted (webhooks can be forged past a leaked
 * secret, and shapes change), so the parts we use are checked with zod; anything else is `null`.
 */

const User = z.object({
  id: z.number().int(),
  is_bot: z.boolean(),
  first_name: z.string(),
  last_name: z.string().optional(),
  username: z.string().optional(),
  /** The user's app language (IETF tag, "de"), when Telegram sends it. */
  language_code: z.string().max(35).optional(),
});
const Chat = z.object({ id: z.number().int(), type: z.enum(["private", "group", "supergroup", "channel"]) });
const Message = z.object({
  message_id: z.number().int(),
  from: User.optional(),
  chat: Chat,
  text: z.string().optional(),
  /** A file sent as a document (a trainer's .ics calendar), with its optional caption. */
  document: z
    .object({
      file_id: z.string().min(1).max(500),
      file_name: z.string().max(300).optional(),
      file_size: z.number().int().min(0).optional(),
    })
    .optional(),
  caption: z.string().optional(),
  reply_to_message: z.object({ message_id: z.number().int(), from: User.optional() }).optional(),
});
const Update = z.object({
  update_id: z.number().int(),
  message: Message.optional(),
  callback_query: z
    .object({
      id: z.string(),
      from: User,
      message: z.object({ message_id: z.number().int(), chat: Chat }).optional(),
      data: z.string().optional(),
    })
    .optional(),
});

export type TelegramUpdate = z.infer<typeof Update>;

/** Who we are: needed to tell our commands and mentions from other bots'. */
export interface TelegramMe {
  id: number;
  username: string;
}

export function displayName(u: z.infer<typeof User>): string {
  return [u.first_name, u.last_name].filter(Boolean).join(" ") || u.username || String(u.id);
}

function conversation(chat: z.infer<typeof Chat>): IncomingEvent["conversation"] {
  const isDirect = chat.type === "private";
  // A group is the org's workspace; in a DM the core resolves the org from the person.
  return { workspaceId: isDirect ? null : String(chat.id), channelId: String(chat.id), isDirect };
}

export function parseUpdate(update: unknown): TelegramUpdate | null {
  const p = Update.safeParse(update);
  return p.success ? p.data : null;
}

/**
 * update_id is unique per bot and repeats on redelivery, so the event id is the bot id plus the
 * update id: two bots of two studios never collide, and a redelivered update is dropped by the core.
 */
export function telegramEventId(me: TelegramMe, updateId: number): string {
  return `telegram:${me.id}:${updateId}`;
}

/** A text message: `/cmd@bot args` becomes a command (deep link `/start CODE` included), else free text. */
export function messageToInput(update: TelegramUpdate, me: TelegramMe): IncomingEvent | null {
  const m = update.message;
  if (!m?.from || m.from.is_bot) return null;
  const base = {
    platform: "telegram" as const,
    eventId: telegramEventId(me, update.update_id),
    user: { platformUserId: String(m.from.id), displayName: displayName(m.from) },
    conversation: conversation(m.chat),
    ...(m.from.language_code ? { locale: m.from.language_code } : {}),
  };
  if (m.document && m.text === undefined) {
    // A file: in a DM always; in a group only when its caption mentions us.
    const toUs = base.conversation.isDirect || new RegExp(`@${me.username}\\b`, "i").test(m.caption ?? "");
    if (!toUs) return null;
    const d = m.document;
    return {
      ...base,
      input: {
        kind: "file",
        name: d.file_name ?? "file",
        size: d.file_size ?? 0,
        ref: d.file_id,
        ...(m.caption ? { caption: m.caption.slice(0, 2000) } : {}),
      },
    };
  }
  if (m.text === undefined) return null;
  const command = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]+))?(?:\s+([\s\S]*))?$/.exec(m.text.trim());
  if (command) {
    const [, name = "", target, args = ""] = command;
    // In groups `/book@other_bot` is for another bot.
    if (target && target.toLowerCase() !== me.username.toLowerCase()) return null;
    return { ...base, input: { kind: "command", name: name.toLowerCase(), args: args.trim() } };
  }
  if (base.conversation.isDirect) return { ...base, input: { kind: "text", text: tidyLines(m.text) } };
  // In a group only text addressed to us counts: an @mention or a reply to one of our messages.
  const mention = new RegExp(`@${me.username}\\b`, "gi");
  const repliesToUs = m.reply_to_message?.from?.id === me.id;
  if (!mention.test(m.text) && !repliesToUs) return null;
  return { ...base, input: { kind: "text", text: tidyLines(m.text.replace(mention, " ")) } };
}

/** A button press -> input kind "button" with the callback_data. */
export function callbackToInput(update: TelegramUpdate, me: TelegramMe): IncomingEvent | null {
  const q = update.callback_query;
  if (!q?.data || !q.message) return null;
  return {
    platform: "telegram",
    eventId: telegramEventId(me, update.update_id),
    user: { platformUserId: String(q.from.id), displayName: displayName(q.from) },
    conversation: conversation(q.message.chat),
    input: { kind: "button", data: q.data },
    ...(q.from.language_code ? { locale: q.from.language_code } : {}),
  };
}
