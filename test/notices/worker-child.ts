// A notice worker process that a test kills mid-send: it announces the key it is about to send
// and then hangs, so the parent can SIGKILL it with the delivery recorded as "attempting".

import fs from "node:fs";
import { PLATFORMS } from "../../src/app/adapters.ts";
import { pacingFrom } from "../../src/app/start-adapters.ts";
import { startNotices } from "../../src/app/start-notices.ts";
import { createDatabase } from "../../src/infra/db/create-database.ts";
import { systemClock } from "../../src/ports/clock.ts";
import { silentLogger } from "../../src/ports/logger.ts";

// mode "hang" (default): a Discord sender that never returns. "telegram-slow": a Telegram sender
// that announces the send, returns after 300 ms and prints SENT (a test stops the process meanwhile).
// "telegram-fanout": the same with 40 ms sends and the default delivery concurrency (a fan-out).
const [dbUrl, redisUrl, prefix, mode = "hang"] = process.argv.slice(2);
if (!dbUrl || !redisUrl || !prefix)
  throw new Error("usage: worker-child <dbUrl> <redisUrl> <prefix> [hang|telegram-slow]");
const db = await createDatabase({ kind: "postgres", url: dbUrl, poolSize: 3 });
await startNotices({
  pacing: pacingFrom(PLATFORMS),
  prisma: db.prisma,
  redisUrl,
  log: silentLogger,
  clock: systemClock,
  queuePrefix: prefix,
  relayPollMs: 100,
  // A short lock so the parent's stalled-job check takes the job over soon after the kill.
  tuning: {
    deliveryConcurrency: mode === "telegram-fanout" ? 16 : 1,
    lockDurationMs: 2_000,
    stalledIntervalMs: 1_000,
  },
  senders: [
    mode === "telegram-slow" || mode === "telegram-fanout"
      ? {
          platform: "telegram",
          send: async (_target, _reply, key) => {
            // Written synchronously: a line still in Node's buffer would be lost with a SIGKILL.
            fs.writeSync(1, `SENDING ${key}\n`);
            await new Promise((r) => setTimeout(r, mode === "telegram-fanout" ? 40 : 300));
            fs.writeSync(1, `SENT ${key}\n`);
            return { messageId: `child-${key}` };
          },
        }
      : {
          platform: "discord",
          send: async (_target, _reply, key) => {
            process.stdout.write(`SENDING ${key}\n`);
            return new Promise<never>(() => undefined);
          },
        },
  ],
});
process.stdout.write("READY\n");
