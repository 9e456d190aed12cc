import { afterEach, describe, expect, it } from "vitest";
import { createDiscordSender, discordNonce } from "../../../adapters/discord/sender.ts";
import { createSlackSender } from "../../../adapters/slack/sender.ts";
import { createTelegramSender } from "../../../adapters/telegram/sender.ts";
import { FAKE_DISCORD_TOKEN, startFakeDiscord } from "../../../fakes/discord/rest-api.ts";
import type { FakeResponse, RecordedRequest } from "../../../fakes/net/http.ts";
import { startFakeSlack } from "../../../fakes/slack/web-api.ts";
import { FAKE_TELEGRAM_TOKEN, startFakeTelegram } from "../../../fakes/telegram/bot-api.ts";
import type { Reply } from "../../../src/ports/chat.ts";
import { SendError } from "../../../src/ports/chat-sender.ts";

const notice: Reply = {
  visibility: "private",
  title: "You're in!",
  lines: ["A spot opened in Yoga; you are booked."],
};
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});

async function failure(p: Promise<unknown>): Promise<SendError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof SendError)) throw new Error(`expected a SendError, got ${String(err)}`);
  return err;
}

describe("slack sender", () => {
  async function sender(override?: (r: RecordedRequest) => FakeResponse | undefined) {
    const fake = await startFakeSlack(override);
    closers.push(fake.close);
    return { fake, sender: createSlackSender({ token: "xoxb-test-token", apiUrl: fake.apiUrl }) };
  }

  it("posts a direct notice to the user's id (the app DM)", async () => {
    const { fake, sender: s } = await sender();
    const out = await s.send(
      { kind: "direct", platform: "slack", platformUserId: "U2147483697" },
      notice,
      "promo-bk_1",
    );
    expect(out.messageId).toBe("1700000000.000100");
    expect(fake.requests[0]?.body).toEqual({
      channel: "U2147483697",
      text: "You're in!",
      blocks: [
        { type: "header", text: { type: "plain_text", text: "You're in!", emoji: true } },
        {
          type: "section",
          text: { type: "plain_text", text: "A spot opened in Yoga; you are booked.", emoji: true },
        },
      ],
      metadata: { event_type: "booking_notice", event_payload: { key: "promo-bk_1" } },
    });
  });

  it("maps 429 + Retry-After to rate_limited with the delay, 5xx to retryable, ok:false to permanent", async () => {
    let mode: "429" | "500" | "gone" = "429";
    const { sender: s } = await sender(() =>
      mode === "429"
        ? { status: 429, headers: { "retry-after": "7" }, json: { ok: false, error: "ratelimited" } }
        : mode === "500"
          ? { status: 503, json: { ok: false } }
          : { json: { ok: false, error: "channel_not_found" } },
    );
    const target = { kind: "channel", platform: "slack", channelId: "C1" } as const;
    const limited = await failure(s.send(target, notice, "k"));
    expect([limited.kind, limited.retryAfterMs]).toEqual(["rate_limited", 7000]);
    mode = "500";
    expect((await failure(s.send(target, notice, "k"))).kind).toBe("retryable");
    mode = "gone";
    expect((await failure(s.send(target, notice, "k"))).kind).toBe("permanent");
  });
});

describe("telegram sender", () => {
  it("sends to the user's chat and maps 429 retry_after, 403 and 5xx", async () => {
    let mode: "ok" | "429" | "403" | "502" = "ok";
    const fake = await startFakeTelegram({
      override: (_r, method) => {
        if (method !== "sendMessage" || mode === "ok") return undefined;
        if (mode === "429")
          return {
            status: 429,
            json: {
              ok: false,
              error_code: 429,
              description: "Too Many Requests: retry after 5",
              parameters: { retry_after: 5 },
            },
          };
        if (mode === "403")
          return {
            status: 403,
            json: { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" },
          };
        return { status: 502, json: { ok: false, error_code: 502, description: "Bad Gateway" } };
      },
    });
    closers.push(fake.close);
    const s = createTelegramSender({ token: FAKE_TELEGRAM_TOKEN, apiRoot: fake.url });
    const target = { kind: "direct", platform: "telegram", platformUserId: "111222333" } as const;
    expect(await s.send(target, notice, "k")).toEqual({ messageId: "1000" });
    expect(fake.calls("sendMessage")[0]?.body).toEqual({
      chat_id: "111222333",
      text: "<b>You're in!</b>\nA spot opened in Yoga; you are booked.",
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
    });
    mode = "429";
    const limited = await failure(s.send(target, notice, "k"));
    expect([limited.kind, limited.retryAfterMs]).toEqual(["rate_limited", 5000]);
    mode = "403";
    expect((await failure(s.send(target, notice, "k"))).kind).toBe("permanent");
    mode = "502";
    expect((await failure(s.send(target, notice, "k"))).kind).toBe("retryable");
  });
});

describe("discord sender", () => {
  it("opens the DM, posts with a nonce derived from the idempotency key and enforce_nonce", async () => {
    const fake = await startFakeDiscord();
    closers.push(fake.close);
    const s = createDiscordSender({ token: FAKE_DISCORD_TOKEN, apiBase: fake.apiBase });
    await s.send(
      { kind: "direct", platform: "discord", platformUserId: "53908232506183680" },
      notice,
      "promo-bk_1",
    );
    await s.send(
      { kind: "direct", platform: "discord", platformUserId: "53908232506183680" },
      notice,
      "promo-bk_1",
    );
    const calls = fake.requests.map((r) => [r.method, r.path, r.body]);
    const message = {
      embeds: [{ title: "You're in!", description: "A spot opened in Yoga; you are booked." }],
      components: [],
      allowed_mentions: { parse: [] },
      nonce: discordNonce("promo-bk_1", 0),
      enforce_nonce: true,
    };
    expect(calls).toEqual([
      ["POST", "/api/v10/users/@me/channels", { recipient_id: "53908232506183680" }],
      ["POST", "/api/v10/channels/1400000000000000001/messages", message],
      // The DM channel is cached; the same key gives the same nonce, so Discord dedupes a retry.
      ["POST", "/api/v10/channels/1400000000000000001/messages", message],
    ]);
    expect(discordNonce("promo-bk_1", 0)).toHaveLength(25);
  });

  it("keeps a bounded number of DM channels, the least recently used dropped first", async () => {
    const fake = await startFakeDiscord();
    closers.push(fake.close);
    const s = createDiscordSender({ token: FAKE_DISCORD_TOKEN, apiBase: fake.apiBase, dmChannelsKept: 2 });
    const to = (id: string) =>
      s.send({ kind: "direct", platform: "discord", platformUserId: id }, notice, `k-${id}-${Math.random()}`);
    for (const id of ["101", "102", "101", "103", "101", "102"]) await to(id);
    const opened = fake.requests
      .filter((r) => r.path.endsWith("/users/@me/channels"))
      .map((r) => (r.body as { recipient_id: string }).recipient_id);
    // 101 used again before 103 came, so 102 was the one dropped, and is opened again.
    expect(opened).toEqual(["101", "102", "103", "102"]);
  });

  it("maps 429 retry_after to rate_limited with the delay, 403 to permanent, 500 to retryable", async () => {
    let mode: "429" | "403" | "500" = "429";
    const fake = await startFakeDiscord({
      override: () =>
        mode === "429"
          ? {
              status: 429,
              headers: { "retry-after": "3", "x-ratelimit-scope": "user" },
              json: { message: "You are being rate limited.", retry_after: 3, global: false },
            }
          : mode === "403"
            ? { status: 403, json: { message: "Cannot send messages to this user", code: 50007 } }
            : { status: 500, json: { message: "Internal Server Error", code: 0 } },
    });
    closers.push(fake.close);
    const s = createDiscordSender({ token: FAKE_DISCORD_TOKEN, apiBase: fake.apiBase });
    const target = { kind: "channel", platform: "discord", channelId: "645027906669510667" } as const;
    const limited = await failure(s.send(target, notice, "k1"));
    expect([limited.kind, limited.retryAfterMs]).toEqual(["rate_limited", 3000]);
    mode = "403";
    expect((await failure(s.send({ ...target, channelId: "645027906669510668" }, notice, "k2"))).kind).toBe(
      "permanent",
    );
    mode = "500";
    expect((await failure(s.send({ ...target, channelId: "645027906669510669" }, notice, "k3"))).kind).toBe(
      "retryable",
    );
  });
});
