import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createDiscordAdapter } from "../../adapters/discord/index.ts";
import { createSlackAdapter } from "../../adapters/slack/index.ts";
import { startFakeGateway } from "../../fakes/discord/gateway.ts";
import { FAKE_DISCORD_APP_ID, FAKE_DISCORD_TOKEN, startFakeDiscord } from "../../fakes/discord/rest-api.ts";
import { startFakeWsServer } from "../../fakes/net/ws.ts";
import { startFakeSlack } from "../../fakes/slack/web-api.ts";
import { watchDependencies } from "../../src/app/dependencies.ts";
import { readiness } from "../../src/app/health.ts";
import { createAppLogger } from "../../src/app/logger.ts";
import { startPlatform } from "../../src/app/platform-start.ts";
import { credentialsRefused } from "../../src/app/run-platforms.ts";
import type { ChatAdapter } from "../../src/ports/chat-adapter.ts";
import { createRecordingCore } from "../adapters/support/fake-core.ts";
import { createMemoryInbox } from "../adapters/support/memory-inbox.ts";

// Issue 24, item 2: a Discord gateway or a Slack Socket Mode link that accepts the connection and
// then says nothing holds a start forever. Each try is bounded: abandoned (the client destroyed,
// the socket closed), retried with backoff, /readyz naming the platform meanwhile, and a line
// when it is back.

interface Line {
  msg: string;
  dependency?: string;
  reason?: string;
  retryInMs?: number;
}

function jsonLog() {
  const raw: string[] = [];
  const log = createAppLogger(
    "info",
    new Writable({
      write(chunk: Buffer, _enc, done) {
        raw.push(...chunk.toString("utf8").split("\n").filter(Boolean));
        done();
      },
    }),
  );
  return { log, lines: () => raw.map((l) => JSON.parse(l) as Line) };
}

const TRY_MS = 1_500;

/**
 * Runs one platform's start as the app does (startPlatform, the dependency watch) while its link
 * hangs; then lets the link answer. `open()` counts the sockets the fake holds open now.
 */
async function hangThenAnswer(
  platform: string,
  adapter: (log: ReturnType<typeof jsonLog>["log"]) => ChatAdapter,
  link: { opened(): number; open(): number; answer(): void },
  closers: Array<() => Promise<void> | void>,
) {
  const { log, lines } = jsonLog();
  let stop: () => void = () => {};
  const stopped = new Promise<void>((r) => {
    stop = r;
  });
  const a = adapter(log);
  const p = startPlatform(a, {
    log,
    stopped,
    permanent: credentialsRefused,
    timeoutMs: TRY_MS,
    firstDelayMs: 200,
  });
  const watch = watchDependencies([p.check], log, 300);
  closers.push(async () => {
    watch.stop();
    stop();
    await p.run;
    if (p.started()) await a.stop();
  });

  // The first try hangs on the silent link and is abandoned: logged, its socket closed, retried.
  const abandoned = () =>
    lines().find((l) => l.msg === `${platform}: not reachable; retrying` && /abandoned/.test(l.reason ?? ""));
  await expect.poll(abandoned, { timeout: TRY_MS + 8_000 }).toBeDefined();
  expect(abandoned()?.retryInMs).toBe(200);
  expect(lines().some((l) => l.msg === `dependency down: ${platform}`)).toBe(true);
  const ready = await readiness([p.check]);
  expect(ready.ready).toBe(false);
  expect(ready.checks[platform]?.detail).toMatch(/^not started: did not complete within 1500 ms; abandoned$/);
  // Abandoned means closed: the fake sees the first socket go, then the retry's (with backoff).
  await expect.poll(() => link.opened(), { timeout: TRY_MS + 8_000 }).toBeGreaterThanOrEqual(2);
  await expect
    .poll(() => lines().filter((l) => /abandoned/.test(l.reason ?? "")).length, {
      timeout: TRY_MS + 8_000,
    })
    .toBeGreaterThanOrEqual(2);
  // (A leaked socket would stay open for good; one being closed may take a moment on a busy machine.)
  await expect.poll(() => link.open(), { timeout: 5_000 }).toBeLessThanOrEqual(1);
  expect(
    lines()
      .filter((l) => /abandoned/.test(l.reason ?? ""))
      .map((l) => l.retryInMs),
  ).toEqual(expect.arrayContaining([200, 400]));

  // The link answers again: the next try starts, and the log says it is back.
  link.answer();
  await expect.poll(() => p.started(), { timeout: 15_000 }).toBe(true);
  await expect
    .poll(() => lines().some((l) => l.msg === `dependency back: ${platform}`), { timeout: 5_000 })
    .toBe(true);
  expect(lines().some((l) => l.msg === `${platform}: up`)).toBe(true);
  expect((await readiness([p.check])).ready).toBe(true);
  await expect.poll(() => link.open(), { timeout: 5_000 }).toBe(1);
}

describe("a platform start that hangs is abandoned, retried with backoff, and logged when back", () => {
  const closers: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const c of closers.splice(0).reverse()) await c();
  });

  it("Discord: a gateway that never says HELLO", async () => {
    let hanging = true;
    const gateway = await startFakeGateway({
      userId: FAKE_DISCORD_APP_ID,
      applicationId: FAKE_DISCORD_APP_ID,
      hang: () => hanging,
    });
    const rest = await startFakeDiscord({ gatewayUrl: gateway.url });
    closers.push(
      () => gateway.close(),
      () => rest.close(),
    );
    await hangThenAnswer(
      "discord",
      (log) =>
        createDiscordAdapter(
          { token: FAKE_DISCORD_TOKEN, applicationId: FAKE_DISCORD_APP_ID, apiBase: rest.apiBase },
          { core: createRecordingCore([]), log, inbox: createMemoryInbox() },
        ),
      {
        opened: () => gateway.opened(),
        open: () => gateway.open(),
        answer: () => {
          hanging = false;
        },
      },
      closers,
    );
  }, 60_000);

  it("Slack Socket Mode: a link that never says hello", async () => {
    let hanging = true;
    let opened = 0;
    const link = await startFakeWsServer({
      onOpen: (peer) => {
        opened++;
        if (hanging) return;
        peer.send(
          JSON.stringify({
            type: "hello",
            num_connections: 1,
            debug_info: { host: "applink-fake", build_number: 1, approximate_connection_time: 18060 },
            connection_info: { app_id: "A123456" },
          }),
        );
      },
      onText: () => {},
    });
    const api = await startFakeSlack((r) =>
      r.path === "/api/apps.connections.open"
        ? { json: { ok: true, url: `${link.url}/link/?ticket=fake` } }
        : undefined,
    );
    closers.push(
      () => link.close(),
      () => api.close(),
    );
    await hangThenAnswer(
      "slack",
      (log) =>
        createSlackAdapter(
          {
            botToken: "xoxb-test-token",
            socketMode: { appToken: "xapp-1-A123456-fake" },
            apiUrl: api.apiUrl,
          },
          { core: createRecordingCore([]), log, inbox: createMemoryInbox() },
        ),
      {
        opened: () => opened,
        open: () => link.peers.size,
        answer: () => {
          hanging = false;
        },
      },
      closers,
    );
  }, 60_000);
});
