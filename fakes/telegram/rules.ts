/**
 * What the Telegram Bot API refuses, as the fake enforces it. Sources (https://core.telegram.org/bots/api):
 * - sendMessage: "text: Text of the message to be sent, 1-4096 characters after entities parsing";
 * - "HTML style": the supported tags (b, strong, i, em, u, ins, s, strike, del, span class="tg-spoiler",
 *   tg-spoiler, a href, tg-emoji, code, pre, blockquote), "All <, > and & symbols that are not a part
 *   of a tag or an HTML entity must be replaced with the corresponding HTML entities", the named
 *   entities &lt; &gt; &amp; &quot; and numerical ones; a bare `>` is tolerated by the real API;
 * - InlineKeyboardButton: "callback_data: Data to be sent in a callback query ..., 1-64 bytes";
 * - BotCommand: "command: Text of the command; 1-32 characters. Can contain only lowercase English
 *   letters, digits and underscores", "description: 1-256 characters"; setMyCommands: "At most 100
 *   commands can be specified";
 * - answerCallbackQuery: "Text of the notification ..., 0-200 characters".
 * The error descriptions are the ones the Bot API answers ("Bad Request: message is too long", ...).
 */

export const TELEGRAM_RULES = {
  messageText: 4096,
  callbackDataBytes: 64,
  commands: 100,
  commandName: 32,
  commandDescription: 256,
  callbackAnswerText: 200,
} as const;

/** Methods the fake knows; anything else is 404 "Not Found", as the Bot API answers. */
export const TELEGRAM_KNOWN_METHODS = new Set([
  "answerCallbackQuery",
  "close",
  "deleteMessage",
  "deleteMyCommands",
  "deleteWebhook",
  "editMessageReplyMarkup",
  "editMessageText",
  "getChat",
  "getFile",
  "getMe",
  "getMyCommands",
  "getUpdates",
  "getWebhookInfo",
  "logOut",
  "sendChatAction",
  "sendDocument",
  "sendMessage",
  "setChatMenuButton",
  "setMyCommands",
  "setWebhook",
]);

const TAGS = new Set([
  "b",
  "strong",
  "i",
  "em",
  "u",
  "ins",
  "s",
  "strike",
  "del",
  "span",
  "tg-spoiler",
  "a",
  "tg-emoji",
  "code",
  "pre",
  "blockquote",
]);

export interface TelegramRefusal {
  status: number;
  description: string;
}

const bad = (description: string): TelegramRefusal => ({
  status: 400,
  description: `Bad Request: ${description}`,
});
const byteOffset = (s: string, i: number) => Buffer.byteLength(s.slice(0, i));

/**
 * Parses parse_mode HTML as the Bot API does: the visible text, or the "can't parse entities"
 * reason (an unsupported or unclosed tag, an unmatched end tag, an unescaped `<` or `&`).
 */
export function parseTelegramHtml(html: string): { text: string } | { error: string } {
  const open: string[] = [];
  let text = "";
  for (let i = 0; i < html.length; ) {
    const c = html[i];
    if (c === "&") {
      const m = /^&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/.exec(html.slice(i));
      if (!m)
        return {
          error: `Character '&' is reserved and must be escaped at byte offset ${byteOffset(html, i)}`,
        };
      const e = m[1] ?? "";
      text +=
        e === "lt"
          ? "<"
          : e === "gt"
            ? ">"
            : e === "amp"
              ? "&"
              : e === "quot"
                ? '"'
                : String.fromCodePoint(
                    Number.parseInt(
                      e.startsWith("#x") ? e.slice(2) : e.slice(1),
                      e.startsWith("#x") ? 16 : 10,
                    ),
                  );
      i += m[0].length;
      continue;
    }
    if (c !== "<") {
      text += c;
      i += 1;
      continue;
    }
    const end = html.indexOf(">", i);
    if (end < 0) return { error: `Unclosed start tag at byte offset ${byteOffset(html, i)}` };
    const inner = html.slice(i + 1, end);
    if (inner.startsWith("/")) {
      const name = inner.slice(1).trim().toLowerCase();
      const expected = open.pop();
      if (expected === undefined)
        return { error: `Unexpected end tag at byte offset ${byteOffset(html, i)}` };
      if (name !== expected)
        return {
          error: `Unmatched end tag at byte offset ${byteOffset(html, i)}, expected "</${expected}>", found "</${name}>"`,
        };
    } else {
      const name = (/^[a-zA-Z][a-zA-Z0-9-]*/.exec(inner)?.[0] ?? "").toLowerCase();
      if (!TAGS.has(name))
        return { error: `Unsupported start tag "${name}" at byte offset ${byteOffset(html, i)}` };
      if (name === "span" && !/class\s*=\s*"tg-spoiler"/.test(inner))
        return { error: `Tag "span" must have class "tg-spoiler" at byte offset ${byteOffset(html, i)}` };
      open.push(name);
    }
    i = end + 1;
  }
  const unclosed = open.pop();
  if (unclosed !== undefined) return { error: `Can't find end tag corresponding to start tag "${unclosed}"` };
  return { text };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function checkKeyboard(markup: unknown): TelegramRefusal | null {
  if (!isObj(markup) || !Array.isArray(markup.inline_keyboard)) return null;
  for (const row of markup.inline_keyboard) {
    if (!Array.isArray(row))
      return bad('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays');
    for (const button of row) {
      if (isObj(button) && button.callback_data !== undefined) {
        const bytes = typeof button.callback_data === "string" ? Buffer.byteLength(button.callback_data) : 0;
        if (bytes < 1 || bytes > TELEGRAM_RULES.callbackDataBytes) return bad("BUTTON_DATA_INVALID");
      }
    }
  }
  return null;
}

/** A sendMessage/editMessageText body: null if accepted. */
export function checkTelegramMessage(body: Obj): TelegramRefusal | null {
  if (body.chat_id === undefined || body.chat_id === "") return bad("chat_id is empty");
  const raw = typeof body.text === "string" ? body.text : "";
  let visible = raw;
  if (body.parse_mode === "HTML") {
    const parsed = parseTelegramHtml(raw);
    if ("error" in parsed) return bad(`can't parse entities: ${parsed.error}`);
    visible = parsed.text;
  }
  if (visible.trim() === "") return bad("message text is empty");
  if ([...visible].length > TELEGRAM_RULES.messageText) return bad("message is too long");
  return checkKeyboard(body.reply_markup);
}

/**
 * A BotCommandScope (setMyCommands, deleteMyCommands): optional; one of the documented types, and
 * the chat scopes need a chat_id ("Integer or String": a chat id or @channelusername).
 */
export function checkCommandScope(body: Obj): TelegramRefusal | null {
  const scope = body.scope;
  if (scope === undefined) return null;
  if (!isObj(scope)) return bad("can't parse BotCommandScope");
  const types = ["default", "all_private_chats", "all_group_chats", "all_chat_administrators"];
  const chatTypes = ["chat", "chat_administrators", "chat_member"];
  if (types.includes(String(scope.type))) return null;
  if (!chatTypes.includes(String(scope.type))) return bad("unsupported bot command scope type");
  const id = scope.chat_id;
  if (!(Number.isInteger(id) || (typeof id === "string" && /^(-?\d+|@\w+)$/.test(id))))
    return bad("chat not found");
  if (scope.type === "chat_member" && !Number.isInteger(scope.user_id)) return bad("user not found");
  return null;
}

/** A setMyCommands body: null if accepted. */
export function checkTelegramCommands(body: Obj): TelegramRefusal | null {
  const scoped = checkCommandScope(body);
  if (scoped) return scoped;
  const commands = body.commands;
  if (!Array.isArray(commands)) return bad('field "commands" must be an Array');
  if (commands.length > TELEGRAM_RULES.commands) return bad("too many commands specified");
  for (const c of commands) {
    if (!isObj(c)) return bad("can't parse BotCommand");
    const name = typeof c.command === "string" ? c.command : "";
    if (!/^[a-z0-9_]{1,32}$/.test(name)) return bad("BOT_COMMAND_INVALID");
    const description = typeof c.description === "string" ? c.description : "";
    if (description.trim() === "" || [...description].length > TELEGRAM_RULES.commandDescription)
      return bad("BOT_COMMAND_DESCRIPTION_INVALID");
  }
  return null;
}

/** Answering a callback query the fake never delivered, or delivered too long ago, or answered. */
export const QUERY_TOO_OLD = bad("query is too old and response timeout expired or query ID is invalid");

export function checkCallbackAnswer(body: Obj): TelegramRefusal | null {
  const text = typeof body.text === "string" ? body.text : "";
  if ([...text].length > TELEGRAM_RULES.callbackAnswerText) return bad("MESSAGE_TOO_LONG");
  return null;
}
