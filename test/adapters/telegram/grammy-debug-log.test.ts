import { Writable } from "node:stream";
import { Bot } from "grammy";
import { afterEach, describe, expect, it, vi } from "vitest";
import { routeGrammyDebug } from "../../../adapters/telegram/debug-log.ts";
import { startTelegram } from "../../../adapters/telegram/start.ts";
import { FAKE_TELEGRAM_TOKEN, startFakeTelegram } from "../../../fakes/telegram/bot-api.ts";
import { createAppLogger } from "../../../src/app/logger.ts";
import { freeLoopbackPort } from "../../support/private-postgres.ts";
import { createRecordingCore } from "../support/fake-core.ts";
import { createMemoryInbox } from "../support/memory-inbox.ts";

// Issue 24, item 6: grammY's own lines (written through the `debug` package) arrive in the app's
// one JSON stream, scrubbed of the bot token, and nothing of grammY goes to stderr beside it.

interface Line {
  level: number;
  msg: string;
  lib?: string;
}

function jsonLog(level: string) {
  const raw: string[] = [];
  const log = createAppLogger(
    level,
    new Writable({
      write(chunk: Buffer, _enc, done) {
        raw.push(...chunk.toString("utf8").split("\n").filter(Boolean));
        done();
      },
    }),
  );
  return { log, raw, lines: () => raw.map((l) => JSON.parse(l) as Line) };
}

describe("telegram: grammY's debug output goes through the app's logger", () => {
  const closers: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const c of closers.splice(0).reverse()) await c();
  });

  it("a getMe that grammY retries on a refused connection: a JSON warn line naming it, the token redacted", async () => {
    const stderr = vi.spyOn(process.stderr, "write");
    closers.push(() => stderr.mockRestore());
    const { log, raw, lines } = jsonLog("info");
    const dead = await freeLoopbackPort();
    // A bare bot (no adapter scrubbing its errors): only the log's redaction stands between
    // grammY's FetchError (`request to …/bot<TOKEN>/getMe failed`) and the log.
    const bot = new Bot(FAKE_TELEGRAM_TOKEN, { client: { apiRoot: `http://127.0.0.1:${dead}` } });
    routeGrammyDebug(log);
    const abort = new AbortController();
    const init = bot.init(abort.signal as Parameters<typeof bot.init>[0]).catch(() => undefined);
    closers.push(async () => {
      abort.abort();
      await init;
    });
    await expect.poll(() => lines().find((l) => l.lib === "grammy:error"), { timeout: 5_000 }).toBeDefined();
    const line = lines().find((l) => l.lib === "grammy:error");
    expect(line?.level).toBe(40);
    expect(line?.msg).toMatch(/^telegram: .*getMe/s);
    expect(line?.msg).toContain("ECONNREFUSED");
    expect(line?.msg).toContain("[redacted]");
    expect(raw.join("\n")).not.toContain(FAKE_TELEGRAM_TOKEN.split(":")[1]);
    // At info, grammY's per-call trace stays off.
    expect(lines().filter((l) => l.lib === "grammy:core")).toEqual([]);
    const printed = stderr.mock.calls.map((c) => String(c[0]));
    expect(printed.filter((p) => p.includes("grammy"))).toEqual([]);
  });

  it("at LOG_LEVEL=debug the adapter's start logs grammY's trace (a line per API call) as JSON", async () => {
    const fake = await startFakeTelegram();
    closers.push(() => fake.close());
    const { log, raw, lines } = jsonLog("debug");
    const adapter = await startTelegram(
      { token: FAKE_TELEGRAM_TOKEN, apiRoot: fake.url.replace(/\/+$/, "") },
      createRecordingCore([]),
      log,
      createMemoryInbox(),
    );
    closers.push(() => adapter.stop());
    const core = lines().filter((l) => l.lib === "grammy:core");
    expect(core.map((l) => l.msg)).toContain("telegram: Calling getMe");
    expect(core.every((l) => l.level === 20)).toBe(true);
    expect(raw.join("\n")).not.toContain(FAKE_TELEGRAM_TOKEN.split(":")[1]);
  });
});
