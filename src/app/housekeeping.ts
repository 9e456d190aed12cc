import type { PrismaClient } from "../generated/prisma/client.ts";
import { pruneChatState } from "../infra/prisma/housekeeping.ts";
import type { Logger } from "../ports/logger.ts";

/** Runs pruneChatState now and then hourly until stopped; a failed run is logged and retried next time. */
export function scheduleHousekeeping(
  prisma: PrismaClient,
  now: () => Date,
  log: Logger,
  everyMs = 3_600_000,
): { stop(): void } {
  const run = () => {
    pruneChatState(prisma, now()).catch((err: unknown) => log.warn({ err }, "housekeeping: prune failed"));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
