import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createSlackSender } from "../../../adapters/slack/sender.ts";
import { createTelegramSender } from "../../../adapters/telegram/sender.ts";
import { startFakeSlack } from "../../../fakes/slack/web-api.ts";
import { FAKE_TELEGRAM_TOKEN, startFakeTelegram } from "../../../fakes/telegram/bot-api.ts";
import type { Reply } from "../../../src/ports/chat.ts";
import { SendError } from "../../../src/ports/chat-sender.ts";
import { UncertainSendError } from "../../../src/ports/notice-send-outcome.ts";

// Which failures prove that nothing reached the platform (SendError "retryable": safe to send again)
// and which may come after the platform got the request (UncertainSendError: the delivery stays
// "attempting" and the uncertain-send rule decides, as after a crash).

const notice: Reply = { visibility: "private", title: "You're in!", lines: ["A spot opened in Yoga."] };
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});

/** A server that reads each request in full, counts it, then drops the connection or never answers. */
async function badServer(mode: "reset" | "hang"): Promise<{ url: string; requests: () => number }> {
  let requests = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      requests += 1;
      if (mode === "reset") res.socket?.destroy();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  closers.push(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests: () => requests };
}

/** A port nothing listens on: connecting is refused. */
async function refusedUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return `http://127.0.0.1:${port}`;
}

async function failureOf(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error("expected the send to fail");
    },
    (e: unknown) => e,
  );
}

const tgTarget = { kind: "direct", platform: "telegram", platformUserId: "111222333" } as const;
const slackTarget = { kind: "channel", platform: "slack", channelId: "C1" } as const;

describe("telegram sender: uncertain versus nothing sent", () => {
  const telegram = (apiRoot: string) =>
    createTelegramSender({ token: FAKE_TELEGRAM_TOKEN, apiRoot, timeoutSeconds: 1 });

  it("connection refused: retryable (the request never left)", async () => {
    const err = await failureOf(telegram(await refusedUrl()).send(tgTarget, notice, "k"));
    expect(err).toBeInstanceOf(SendError);
    expect((err as SendError).kind).toBe("retryable");
  });

  it("connection reset after the request was written: uncertain, not a SendError", async () => {
    const server = await badServer("reset");
    const err = await failureOf(telegram(server.url).send(tgTarget, notice, "k"));
    expect(server.requests()).toBe(1);
    expect(err).toBeInstanceOf(UncertainSendError);
    expect(err).not.toBeInstanceOf(SendError);
  });

  it("no answer within the timeout: uncertain, not a SendError", async () => {
    const server = await badServer("hang");
    const err = await failureOf(telegram(server.url).send(tgTarget, notice, "k"));
    expect(server.requests()).toBe(1);
    expect(err).toBeInstanceOf(UncertainSendError);
    expect(String((err as Error).message)).toContain("timed out");
  });

  it("a later part failing after part 1 was posted: uncertain, even for a 502 or a 429", async () => {
    for (const status of [502, 429]) {
      const fake = await startFakeTelegram({
        override: (_r, method) => {
          if (method !== "sendMessage" || fake.calls("sendMessage").length < 2) return undefined;
          return {
            status,
            json: { ok: false, error_code: status, description: "no", parameters: { retry_after: 1 } },
          };
        },
      });
      closers.push(fake.close);
      const long: Reply = {
        visibility: "private",
        title: "Long",
        lines: ["a".repeat(3000), "b".repeat(3000)],
      };
      const err = await failureOf(telegram(fake.url).send(tgTarget, long, "k"));
      expect(fake.calls("sendMessage")).toHaveLength(2);
      expect(err).toBeInstanceOf(UncertainSendError);
    }
  });
});

describe("slack sender: uncertain versus nothing sent", () => {
  const slack = (apiUrl: string) => createSlackSender({ token: "xoxb-test-token", apiUrl, timeoutMs: 500 });

  it("connection refused: retryable (the request never left)", async () => {
    const err = await failureOf(slack(`${await refusedUrl()}/api/`).send(slackTarget, notice, "k"));
    expect(err).toBeInstanceOf(SendError);
    expect((err as SendError).kind).toBe("retryable");
  });

  it("connection reset after the request was written, or no answer in time: uncertain", async () => {
    for (const mode of ["reset", "hang"] as const) {
      const server = await badServer(mode);
      const err = await failureOf(slack(`${server.url}/api/`).send(slackTarget, notice, "k"));
      expect(server.requests()).toBe(1);
      expect(err).toBeInstanceOf(UncertainSendError);
    }
  });

  it("internal_error and fatal_error (Slack: some of the operation may have succeeded) are uncertain; service_unavailable is retryable", async () => {
    let error = "internal_error";
    const fake = await startFakeSlack(() => ({ json: { ok: false, error } }));
    closers.push(fake.close);
    const s = createSlackSender({ token: "xoxb-test-token", apiUrl: fake.apiUrl });
    expect(await failureOf(s.send(slackTarget, notice, "k"))).toBeInstanceOf(UncertainSendError);
    error = "fatal_error";
    expect(await failureOf(s.send(slackTarget, notice, "k"))).toBeInstanceOf(UncertainSendError);
    error = "service_unavailable";
    const retryable = await failureOf(s.send(slackTarget, notice, "k"));
    expect(retryable).toBeInstanceOf(SendError);
    expect((retryable as SendError).kind).toBe("retryable");
  });
});
