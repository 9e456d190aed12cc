import http from "node:http";
import type { AddressInfo } from "node:net";
import { checkTelegramMessage } from "./rules.ts";

/** Telegram's documented broadcast limits (Bot API FAQ), enforced by the fake below. */
export const FAKE_TELEGRAM_LIMITS = {
  globalPerSecond: 30,
  perChatIntervalMs: 1_000,
  groupPerMinute: 20,
} as const;

export interface AcceptedMessage {
  chatId: string;
  text: string;
  at: number;
}

export interface FakeTelegramLimits {
  /** apiRoot for grammY: requests go to <apiRoot>/bot<token>/<method>. */
  apiRoot: string;
  accepted: AcceptedMessage[];
  rejected: number;
  /** 429 answers by the limit that caused them. */
  rejectedBy: { global: number; chat: number; group: number };
  close(): Promise<void>;
}

/**
 * A local Telegram Bot API that answers sendMessage and enforces the limits strictly: at most 30
 * messages in any 1,000 ms, 1 per second per chat, 20 per minute per group (a chat id starting with
 * "-"). A message over a limit gets 429 with parameters.retry_after, as Telegram answers.
 */
export async function startFakeTelegramLimits(
  limits: {
    globalPerSecond: number;
    perChatIntervalMs: number;
    groupPerMinute: number;
  } = FAKE_TELEGRAM_LIMITS,
): Promise<FakeTelegramLimits> {
  const accepted: AcceptedMessage[] = [];
  const recent: number[] = [];
  const lastPerChat = new Map<string, number>();
  const groupSends = new Map<string, number[]>();
  let rejected = 0;
  const rejectedBy = { global: 0, chat: 0, group: 0 };
  let messageId = 0;

  const verdict = (chatId: string, now: number): number | null => {
    while (recent.length > 0 && (recent[0] ?? 0) <= now - 1_000) recent.shift();
    const waits: number[] = [];
    if (recent.length >= limits.globalPerSecond) {
      rejectedBy.global += 1;
      waits.push((recent[0] ?? now) + 1_000 - now);
    }
    const last = lastPerChat.get(chatId);
    if (last !== undefined && now - last < limits.perChatIntervalMs) {
      rejectedBy.chat += 1;
      waits.push(last + limits.perChatIntervalMs - now);
    }
    if (chatId.startsWith("-")) {
      const g = (groupSends.get(chatId) ?? []).filter((t) => t > now - 60_000);
      groupSends.set(chatId, g);
      if (g.length >= limits.groupPerMinute) {
        rejectedBy.group += 1;
        waits.push((g[0] ?? now) + 60_000 - now);
      }
    }
    return waits.length > 0 ? Math.max(...waits) : null;
  };

  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => {
      body += c.toString();
    });
    req.on("end", () => {
      const method = (req.url ?? "").split("/").pop()?.split("?")[0];
      const send = (status: number, json: unknown) =>
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
      if (method !== "sendMessage")
        return send(404, { ok: false, error_code: 404, description: "Not Found: method not found" });
      let params: { chat_id?: unknown; text?: unknown };
      try {
        params = (JSON.parse(body) ?? {}) as { chat_id?: unknown; text?: unknown };
      } catch {
        return send(400, { ok: false, error_code: 400, description: "Bad Request: body is not JSON" });
      }
      // What the Bot API refuses it refuses here too (rules.ts), before counting against a limit.
      const refused = checkTelegramMessage(params as Record<string, unknown>);
      if (refused)
        return send(refused.status, {
          ok: false,
          error_code: refused.status,
          description: refused.description,
        });
      const chatId = String(params.chat_id ?? "");
      const now = Date.now();
      const waitMs = verdict(chatId, now);
      if (waitMs !== null) {
        rejected += 1;
        const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
        return send(429, {
          ok: false,
          error_code: 429,
          description: `Too Many Requests: retry after ${retryAfter}`,
          parameters: { retry_after: retryAfter },
        });
      }
      recent.push(now);
      lastPerChat.set(chatId, now);
      if (chatId.startsWith("-")) groupSends.get(chatId)?.push(now);
      accepted.push({ chatId, text: String(params.text ?? ""), at: now });
      messageId += 1;
      return send(200, {
        ok: true,
        result: {
          message_id: messageId,
          date: Math.floor(now / 1000),
          chat: { id: Number(chatId) || 0, type: chatId.startsWith("-") ? "supergroup" : "private" },
          text: params.text,
        },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    accepted,
    rejectedBy,
    get rejected() {
      return rejected;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
