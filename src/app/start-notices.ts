import { setTimeout as delay } from "node:timers/promises";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { createPrismaInviteMailStore } from "../infra/prisma/coaching/coaching-notices.ts";
import { createPrismaCoachingStore } from "../infra/prisma/coaching/coaching-store.ts";
import { createPrismaNoticeDeliveries } from "../infra/prisma/notice-deliveries.ts";
import { createPrismaNoticeLoader } from "../infra/prisma/notice-loader.ts";
import { createPrismaNoticeOutbox } from "../infra/prisma/notice-outbox.ts";
import type { WorkerTuning } from "../infra/queue/notice-workers.ts";
import { createOutboxEventCache } from "../notices/event-cache.ts";
import type { FanOutDeps } from "../notices/fan-out.ts";
import { startInProcessNotices } from "../notices/in-process.ts";
import { createMemoryRateLimiter } from "../notices/memory-rate-limiter.ts";
import { RELAY_BATCH_SIZE, RELAY_POLL_MS, startRelayLoop } from "../notices/relay.ts";
import type { SendDeps } from "../notices/send-delivery.ts";
import type { ChatPlatform } from "../ports/chat.ts";
import type { PlatformPacing } from "../ports/chat-adapter.ts";
import type { ChatSender } from "../ports/chat-sender.ts";
import type { Clock } from "../ports/clock.ts";
import type { Logger } from "../ports/logger.ts";
import type { Mailer } from "../ports/mailer.ts";
import type { NoticeRuntime, NoticeStatus } from "../ports/notice-runtime.ts";
import type { InviteLinks } from "../replies/coaching/invite-text.ts";
import { scanCoachingDigests } from "../use-cases/coaching/digest.ts";

export interface StartNoticesOptions {
  prisma: PrismaClient;
  /** With it: relay + BullMQ workers. Without it (embedded default): the in-process runner. */
  redisUrl?: string;
  /**
   * One per platform, in registry order (ties between identities go to the first); a console
   * sender (platform "console") shows notices in the local console.
   */
  senders: ChatSender[];
  /** Each platform's pacing, from the started adapters whose senders these are (pacingFrom). */
  pacing: (platform: ChatPlatform) => PlatformPacing;
  log: Logger;
  clock: Clock;
  /** BullMQ key prefix (tests and benchmarks use a fresh one). */
  queuePrefix?: string;
  tuning?: WorkerTuning;
  relayPollMs?: number;
  /** SMTP for 1-2-1 e-mail invites (absent: SMTP_URL unset; coaches forward invites themselves). */
  mailer?: Mailer;
  /** Where invite texts point (the Telegram bot's username for deep links). */
  inviteLinks?: InviteLinks;
}

export type NoticesHandle = NoticeRuntime;

const STATUS_TIMEOUT_MS = 2_000;
/** How long stop() lets running jobs finish (well inside a typical 30 s SIGTERM grace period). */
export const STOP_GRACE_MS = 10_000;
const STOP_FORCE_MS = 2_000;

/** Whether `p` settled within `ms` (its outcome is not needed, only that it is over). */
async function within(p: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([
    p.then(
      () => true,
      () => true,
    ),
    delay(ms).then(() => false),
  ]);
}

/**
 * Starts notices: builds the stores, the one relay and the processors of src/notices, and runs them
 * on one of the two runtimes behind the NoticeRuntime port: BullMQ (with REDIS_URL) or in-process.
 */
export async function startNotices(opts: StartNoticesOptions): Promise<NoticesHandle> {
  const { prisma, clock, log } = opts;
  const senders = new Map(opts.senders.map((s) => [s.platform, s] as const));
  const platforms = [...senders.keys()];
  const loader = createPrismaNoticeLoader(prisma);
  const deliveries = createPrismaNoticeDeliveries(prisma);
  const outbox = createPrismaNoticeOutbox(prisma);
  const events = createOutboxEventCache(loader);
  const coachingStore = createPrismaCoachingStore(prisma);
  const fanOut: FanOutDeps = {
    loader,
    deliveries,
    events,
    platforms,
    log,
    inviteMail: {
      store: createPrismaInviteMailStore(prisma),
      ...(opts.mailer ? { mailer: opts.mailer } : {}),
      links: opts.inviteLinks ?? {},
      log,
    },
    coachingDigestScan: () => scanCoachingDigests({ store: coachingStore, clock }),
  };
  const base = {
    deliveries,
    loader,
    events,
    senders,
    pacing: opts.pacing,
    clock,
    log,
    sleep: (ms: number) => delay(ms),
  };

  if (!opts.redisUrl) {
    const send: SendDeps = { ...base, limiter: createMemoryRateLimiter(clock) };
    const runner = startInProcessNotices({
      outbox,
      fanOut,
      send,
      ...(opts.relayPollMs ? { pollMs: opts.relayPollMs } : {}),
    });
    return {
      stop: runner.stop,
      kick: () => void runner.tick(),
      status: async () => ({ mode: "in-process", queues: {}, ...(await dbStatus()) }),
    };
  }

  // BullMQ and ioredis are loaded only with REDIS_URL (memory: README "Configure").
  const [
    { createProducerRedis, createWorkerRedis },
    { createNoticeQueues },
    { startNoticeWorkers, upsertNoticeSchedulers },
    { createRedisRateLimiter },
  ] = await Promise.all([
    import("../infra/queue/connection.ts"),
    import("../infra/queue/notice-queues.ts"),
    import("../infra/queue/notice-workers.ts"),
    import("../infra/queue/redis-rate-limiter.ts"),
  ]);
  const prefix = opts.queuePrefix ?? "bull";
  const producer = createProducerRedis(opts.redisUrl);
  const workerRedis = createWorkerRedis(opts.redisUrl);
  const queues = createNoticeQueues(producer, prefix, platforms);
  const send: SendDeps = { ...base, limiter: createRedisRateLimiter(workerRedis, prefix) };
  const workers = startNoticeWorkers({
    connection: workerRedis,
    prefix,
    queues,
    fanOut,
    send,
    platforms,
    ...(opts.tuning ? { tuning: opts.tuning } : {}),
  });
  const relay = startRelayLoop(
    { outbox, clock, log, batchSize: RELAY_BATCH_SIZE, publish: (rows) => queues.publishOutbox(rows) },
    opts.relayPollMs ?? RELAY_POLL_MS,
  );
  // Redis may be down at start: the schedulers are installed as soon as it answers.
  const schedulers = installWhenReachable(() => upsertNoticeSchedulers(queues), log);

  async function dbStatus(): Promise<Omit<NoticeStatus, "mode" | "queues">> {
    const b = await outbox.backlog(clock.now());
    return {
      outbox: { unrelayed: b.count, oldestAgeMs: b.oldestAgeMs },
      deliveries: await deliveries.countByStatus(),
    };
  }

  return {
    kick: relay.kick,
    async status() {
      const queueCounts: NoticeStatus["queues"] = {};
      for (const q of queues.all()) {
        const counts = q.getJobCounts("waiting", "active", "failed", "delayed", "completed", "prioritized");
        queueCounts[q.name] = await Promise.race([
          counts,
          delay(STATUS_TIMEOUT_MS).then(() => ({ unreachable: 1 })),
        ]).catch(() => ({ unreachable: 1 }));
      }
      return { mode: "redis", queues: queueCounts, ...(await dbStatus()) };
    },
    async stop() {
      schedulers.stop();
      await relay.stop();
      // With Redis down a graceful close would wait forever; a job cut short here is recovered
      // by the stalled-job check and the attempt record (see docs/notices.md).
      const reachable = producer.status === "ready";
      if (!reachable || !(await within(workers.close(), STOP_GRACE_MS))) {
        log.warn(
          { graceMs: STOP_GRACE_MS },
          "notices: Redis unreachable or jobs still running; closing workers without waiting",
        );
        await within(workers.close(true), STOP_FORCE_MS);
      }
      await within(queues.close(), STOP_FORCE_MS);
      producer.disconnect();
      workerRedis.disconnect();
    },
  };
}

const SCHEDULER_RETRY_MS = 5_000;

/** Runs `install` now and every few seconds until it succeeds once (upserts are idempotent). */
function installWhenReachable(install: () => Promise<void>, log: Logger): { stop(): void } {
  let done = false;
  let busy = false;
  const attempt = () => {
    if (done || busy) return;
    busy = true;
    Promise.race([install(), delay(SCHEDULER_RETRY_MS).then(() => Promise.reject(new Error("timed out")))])
      .then(() => {
        done = true;
        clearInterval(timer);
      })
      .catch((err: unknown) =>
        log.warn({ err: String(err) }, "notices: job schedulers not installed yet; retrying"),
      )
      .finally(() => {
        busy = false;
      });
  };
  const timer = setInterval(attempt, SCHEDULER_RETRY_MS);
  attempt();
  return {
    stop: () => {
      done = true;
      clearInterval(timer);
    },
  };
}

/** Stops notices cleanly on SIGTERM/SIGINT (for the composition root). */
export function stopNoticesOnSignals(handle: NoticeRuntime, log: Logger): void {
  const onSignal = (signal: NodeJS.Signals) => {
    log.info({ signal }, "notices: stopping");
    void handle.stop().catch((err: unknown) => log.error({ err: String(err) }, "notices: stop failed"));
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}
