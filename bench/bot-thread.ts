/**
 * The bench's bot in a worker thread of its own, on its own database pool: the fake platforms and the
 * load driver stay on the main thread. Without this, the fake platform's HTTP servers and the
 * driver's requests ran on the bot's event loop and were counted as the bot's time.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import pg from "pg";
import { createInboxProcessor, type InboxProcessor } from "../src/inbox/inbox-processor.ts";
import { createDatabase } from "../src/infra/db/create-database.ts";
import { createPrismaInbox } from "../src/infra/prisma/inbox-store.ts";
import { silentLogger } from "../src/ports/logger.ts";
import { type BotTarget, type BotThread, type StartedBot, startBot } from "./chat-bots.ts";
import { realCore } from "./chat-studio.ts";
import { startDurableEcho } from "./durable-echo.ts";

type Request = { id: number; start: BotTarget } | { id: number; stop: true };
type Response = { id: number; eventsUrl?: string; error?: string };

/**
 * Starts the bot thread on the bench database (`poolSize` connections, like the raw baseline's).
 * The adapters record every event in the inbox before acknowledging it and handle it from the
 * record, as the app runs them (docs/reliability.md), with the inbox's poller running. The durable
 * echo (bench/durable-echo.ts) has a `pg` pool of the same size.
 */
export function startBotThread(dbUrl: string, poolSize: number): BotThread {
  const worker = new Worker(new URL("./bot-thread-entry.mjs", import.meta.url), {
    workerData: { dbUrl, poolSize },
  });
  let failed: Error | null = null;
  const waiting = new Map<number, { resolve: (r: Response) => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.on("message", (r: Response) => {
    const w = waiting.get(r.id);
    waiting.delete(r.id);
    if (r.error) w?.reject(new Error(r.error));
    else w?.resolve(r);
  });
  const fail = (e: Error) => {
    failed ??= e;
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`bench bot thread exited (${code})`)));
  const ask = (req: Omit<Request, "id"> & Partial<Request>) =>
    new Promise<Response>((resolve, reject) => {
      if (failed) return reject(failed);
      const id = ++next;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ ...req, id });
    });
  return {
    start: async (t) => ({ eventsUrl: (await ask({ start: t })).eventsUrl }),
    stop: async () => {
      await ask({ stop: true });
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const { dbUrl, poolSize } = workerData as { dbUrl: string; poolSize: number };
  let processor: InboxProcessor | undefined;
  const ready = createDatabase({ kind: "postgres", url: dbUrl, poolSize }).then((db) => {
    processor = createInboxProcessor({ inbox: createPrismaInbox(db.prisma), log: silentLogger });
    processor.start();
    return realCore(db);
  });
  let echoPool: pg.Pool | undefined;
  let running: StartedBot | null = null;
  port.on("message", async (req: Request) => {
    try {
      if ("start" in req) {
        const core = await ready;
        if (req.start.kind === "durable") {
          echoPool ??= new pg.Pool({ connectionString: dbUrl, max: poolSize });
          running = await startDurableEcho(req.start, echoPool);
        } else {
          if (!processor) throw new Error("bot thread: no inbox");
          running = await startBot(req.start, core, processor);
        }
        port.postMessage({ id: req.id, eventsUrl: running.eventsUrl } satisfies Response);
      } else {
        await running?.stop();
        running = null;
        port.postMessage({ id: req.id } satisfies Response);
      }
    } catch (e) {
      port.postMessage({ id: req.id, error: String((e as Error)?.stack ?? e) } satisfies Response);
    }
  });
}
