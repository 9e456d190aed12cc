import {
  type FakeHttp,
  type FakeHttpOptions,
  type FakeResponse,
  type RecordedRequest,
  startFakeHttp,
} from "../net/http.ts";
import {
  checkCallbackAnswer,
  checkCommandScope,
  checkTelegramCommands,
  checkTelegramMessage,
  QUERY_TOO_OLD,
  TELEGRAM_KNOWN_METHODS,
  type TelegramRefusal,
} from "./rules.ts";

export const FAKE_TELEGRAM_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
export const FAKE_TELEGRAM_BOT = {
  id: 123456789,
  is_bot: true,
  first_name: "Studio Bot",
  username: "studio_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
};

export interface FakeTelegram extends FakeHttp {
  /**
   * Queues an update for getUpdates (long polling). It is handed out again on every getUpdates until
   * a call confirms it (an offset above its update_id), as Telegram does. Pushing an update whose
   * update_id is below the confirmed offset is a redelivery (as after a crash or a webhook retry):
   * it is handed out once more although it was confirmed.
   */
  push(update: object): void;
  /** Hands an update pushed earlier (by its update_id) to the bot once more, whatever the offset. */
  redeliver(updateId: number): void;
  /** Tells the fake about an update delivered by webhook (so its callback query can be answered). */
  delivered(update: object): void;
  /** Calls of one Bot API method, in order. */
  calls(method: string): RecordedRequest[];
  /** A file on the fake file server: getFile answers its path, /file/bot<token>/<path> its bytes. */
  addFile(fileId: string, content: string | Buffer): void;
}

type Update = { update_id: number; callback_query?: { id?: unknown } };

/**
 * A local Bot API server: getUpdates long-polls a queue the test fills, sendMessage and friends
 * answer the documented `{ ok: true, result }` shapes, and what the Bot API refuses is refused
 * (rules.ts: unknown methods, text empty or too long, parse_mode HTML it cannot parse, callback_data
 * over 64 bytes, bad commands, a callback query answered twice or too late). `override` answers
 * differently (429 etc.).
 */
export async function startFakeTelegram(
  opts: FakeHttpOptions & {
    override?: (r: RecordedRequest, method: string) => FakeResponse | undefined;
    /**
     * How long a callback query can be answered after the press. The Bot API documents no number
     * ("query is too old and response timeout expired" comes after some seconds); 15 s by default.
     */
    callbackQueryTtlMs?: number;
  } = {},
): Promise<FakeTelegram> {
  const queue: Update[] = [];
  // Updates handed out again although confirmed (redelivered); dropped once a later call confirms.
  const resend: Array<{ update: Update; handed: boolean }> = [];
  const history = new Map<number, Update>();
  let confirmed = 0;
  const queries = new Map<string, { at: number; answered: boolean }>();
  const ttlMs = opts.callbackQueryTtlMs ?? 15_000;
  const note = (u: Update) => {
    history.set(u.update_id, u);
    const id = u.callback_query?.id;
    if (typeof id === "string" && !queries.has(id)) queries.set(id, { at: Date.now(), answered: false });
  };
  let waiting: Array<() => void> = [];
  let messageId = 1000;
  let closed = false;
  const methodOf = (r: RecordedRequest) => r.path.split("/").pop()?.split("?")[0] ?? "";

  const files = new Map<string, { path: string; content: Buffer }>();
  const fake = await startFakeHttp(async (r) => {
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(r.path);
    if (download && r.method === "GET") {
      const file = [...files.values()].find((f) => f.path === download[2]);
      if (download[1] !== FAKE_TELEGRAM_TOKEN || !file) return { status: 404, body: "Not Found" };
      return { headers: { "content-type": "application/octet-stream" }, body: file.content };
    }
    const method = methodOf(r);
    const custom = opts.override?.(r, method);
    if (custom) return custom;
    const body = (typeof r.body === "object" && r.body !== null ? r.body : {}) as Record<string, unknown>;
    if (!TELEGRAM_KNOWN_METHODS.has(method))
      return { status: 404, json: { ok: false, error_code: 404, description: "Not Found" } };
    const refused = refusalOf(method, body);
    if (refused)
      return {
        status: refused.status,
        json: { ok: false, error_code: refused.status, description: refused.description },
      };
    switch (method) {
      case "getMe":
        return ok(FAKE_TELEGRAM_BOT);
      case "getUpdates": {
        const offset = typeof body.offset === "number" ? body.offset : 0;
        const timeoutSec = typeof body.timeout === "number" ? body.timeout : 0;
        if (offset > confirmed) confirmed = offset;
        const drop = () => {
          while (queue.length > 0 && (queue[0]?.update_id ?? 0) < offset) queue.shift();
          for (let i = resend.length - 1; i >= 0; i--) {
            const r = resend[i];
            if (r?.handed && r.update.update_id < offset) resend.splice(i, 1);
          }
        };
        drop();
        if (queue.length === 0 && resend.length === 0 && timeoutSec > 0 && !closed) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, Math.min(timeoutSec, 2) * 1000);
            waiting.push(() => {
              clearTimeout(timer);
              resolve();
            });
          });
          drop();
        }
        const limit = typeof body.limit === "number" ? body.limit : 100;
        const again = resend.slice(0, limit);
        for (const r of again) r.handed = true;
        const batch = [...again.map((r) => r.update), ...queue.slice(0, limit - again.length)];
        return ok(batch.sort((a, b) => a.update_id - b.update_id));
      }
      case "sendMessage":
        return ok({
          message_id: messageId++,
          date: 1_700_000_000,
          chat: { id: Number(body.chat_id), type: Number(body.chat_id) < 0 ? "supergroup" : "private" },
          text: body.text,
        });
      case "getFile": {
        const file = files.get(String(body.file_id));
        if (!file)
          return {
            status: 400,
            json: { ok: false, error_code: 400, description: "Bad Request: invalid file_id" },
          };
        return ok({
          file_id: body.file_id,
          file_unique_id: `u-${body.file_id}`,
          file_size: file.content.byteLength,
          file_path: file.path,
        });
      }
      default:
        // answerCallbackQuery, setMyCommands, setWebhook, deleteWebhook, ...: `true`.
        return ok(true);
    }
  }, opts);
  function refusalOf(method: string, body: Record<string, unknown>): TelegramRefusal | null {
    switch (method) {
      case "sendMessage":
      case "editMessageText":
        return checkTelegramMessage(body);
      case "setMyCommands":
        return checkTelegramCommands(body);
      case "deleteMyCommands":
        return checkCommandScope(body);
      case "answerCallbackQuery": {
        const q = queries.get(String(body.callback_query_id ?? ""));
        if (!q || q.answered || Date.now() - q.at > ttlMs) return QUERY_TOO_OLD;
        const refused = checkCallbackAnswer(body);
        if (!refused) q.answered = true;
        return refused;
      }
      default:
        return null;
    }
  }
  const wakeAll = () => {
    const w = waiting;
    waiting = [];
    for (const wake of w) wake();
  };
  const close = fake.close;
  return Object.assign(fake, {
    push(update: object) {
      const u = update as Update;
      note(u);
      if (u.update_id < confirmed) resend.push({ update: u, handed: false });
      else queue.push(u);
      wakeAll();
    },
    redeliver(updateId: number) {
      const u = history.get(updateId);
      if (!u) throw new Error(`fake telegram: no update ${updateId} was pushed`);
      resend.push({ update: u, handed: false });
      wakeAll();
    },
    delivered(update: object) {
      note(update as Update);
    },
    calls: (method: string) => fake.requests.filter((r) => methodOf(r) === method),
    addFile(fileId: string, content: string | Buffer) {
      files.set(fileId, { path: `documents/file_${files.size + 1}.ics`, content: Buffer.from(content) });
    },
    close: async () => {
      closed = true;
      for (const wake of waiting) wake();
      await close();
    },
  });
}

function ok(result: unknown): FakeResponse {
  return { json: { ok: true, result } };
}
