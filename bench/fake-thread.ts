/**
 * A bench's fake platform in a worker thread of its own. On the bot's thread, a stalled event loop
 * also stalled the fake: requests sent evenly were read late and together, so the fake saw them
 * bunched, and a strict window (Telegram's 30 in any second) refused them. A real platform does
 * not stall with the bot. The main thread asks for the fake's record with `report()`.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { type FloodOptions, startFakeDiscordFlood } from "../fakes/discord/flood-api.ts";
import { startFakeTelegramLimits } from "../fakes/telegram/limits-api.ts";

export type FakeSpec = { kind: "telegram-limits" } | { kind: "discord-flood"; flood: FloodOptions };

export interface FakeThread<R> {
  /** The API root (Telegram) or base (Discord) to point the sender at. */
  url: string;
  report(): Promise<R>;
  close(): Promise<void>;
}

type Msg = { id: number; report?: true; close?: true };

/** Starts the fake in its own thread; `R` is the record it reports (see `recordOf`). */
export async function startFakeThread<R>(spec: FakeSpec): Promise<FakeThread<R>> {
  const worker = new Worker(new URL("./fake-thread-entry.mjs", import.meta.url), { workerData: spec });
  const waiting = new Map<number, (v: unknown) => void>();
  let next = 0;
  const url = await new Promise<string>((resolve, reject) => {
    worker.once("error", reject);
    worker.once("message", (m: { url: string }) => resolve(m.url));
  });
  worker.on("message", (m: { id: number; value: unknown }) => {
    waiting.get(m.id)?.(m.value);
    waiting.delete(m.id);
  });
  const ask = (msg: Omit<Msg, "id">) =>
    new Promise<unknown>((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      worker.postMessage({ ...msg, id });
    });
  return {
    url,
    report: async () => (await ask({ report: true })) as R,
    async close() {
      await ask({ close: true });
      await worker.terminate();
    },
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const spec = workerData as FakeSpec;
  if (spec.kind === "telegram-limits") {
    const fake = await startFakeTelegramLimits();
    port.postMessage({ url: fake.apiRoot });
    port.on("message", async (m: Msg) => {
      if (m.close) await fake.close();
      const value = m.report
        ? { accepted: fake.accepted, rejected: fake.rejected, rejectedBy: fake.rejectedBy }
        : null;
      port.postMessage({ id: m.id, value });
    });
  } else {
    const fake = await startFakeDiscordFlood(spec.flood);
    port.postMessage({ url: fake.apiBase });
    port.on("message", async (m: Msg) => {
      if (m.close) await fake.close();
      const value = m.report
        ? {
            accepted: fake.accepted,
            attempts: fake.attempts,
            refusedInWindow: fake.refusedInWindow,
            window: fake.window(),
          }
        : null;
      port.postMessage({ id: m.id, value });
    });
  }
}
