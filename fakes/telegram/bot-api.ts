import {
  type FakeHttp,
  type FakeHttpOptions,
  type FakeResponse,
  type RecordedRequest,
  startFakeHttp,
} from "../net/http.ts";

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
  /** Queues an update for the next getUpdates (long polling). */
  push(update: object): void;
  /** Calls of one Bot API method, in order. */
  calls(method: string): RecordedRequest[];
  /** A file on the fake file server: getFile answers its path, /file/bot<token>/<path> its bytes. */
  addFile(fileId: string, content: string | Buffer): void;
}

type Update = { update_id: number };

/**
 * A local Bot API server: getUpdates long-polls a queue the test fills, sendMessage and friends
 * answer the documented `{ ok: true, result }` shapes. `override` answers differently (429 etc.).
 */
export async function startFakeTelegram(
  opts: FakeHttpOptions & {
    override?: (r: RecordedRequest, method: string) => FakeResponse | undefined;
  } = {},
): Promise<FakeTelegram> {
  const queue: Update[] = [];
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
    const body = (r.body ?? {}) as Record<string, unknown>;
    switch (method) {
      case "getMe":
        return ok(FAKE_TELEGRAM_BOT);
      case "getUpdates": {
        const offset = typeof body.offset === "number" ? body.offset : 0;
        const timeoutSec = typeof body.timeout === "number" ? body.timeout : 0;
        const drop = () => {
          while (queue.length > 0 && (queue[0]?.update_id ?? 0) < offset) queue.shift();
        };
        drop();
        if (queue.length === 0 && timeoutSec > 0 && !closed) {
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
        return ok(queue.slice(0, limit));
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
  const close = fake.close;
  return Object.assign(fake, {
    push(update: object) {
      queue.push(update as Update);
      const w = waiting;
      waiting = [];
      for (const wake of w) wake();
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
