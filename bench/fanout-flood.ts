// BENCH_MODE=flood npm run bench:fanout: 500 DMs (a reschedule) through the real relay, BullMQ
// workers and Discord sender, against a local Discord API that refuses 10% of DM channels' first
// message with a 429 for that channel (retry_after 1-3 s) and, once 40% were accepted, every request
// for 3 s with a bot-wide 429. Prints the ideal time (bench/fanout-flood-ideal.ts) against the
// actual one, and checks every DM arrived exactly once.
import crypto from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import { DISCORD_MESSAGES_PER_SECOND } from "../adapters/discord/pacing.ts";
import { createDiscordSender } from "../adapters/discord/sender.ts";
import {
  dmChannelOf,
  type FakeDiscordFlood,
  type FloodMessage,
  refusalOf,
} from "../fakes/discord/flood-api.ts";
import { FAKE_DISCORD_TOKEN } from "../fakes/discord/rest-api.ts";
import { addOutbox, rescheduleEvent, seedStudio } from "../fakes/notice-studio.ts";
import { PLATFORMS } from "../src/app/adapters.ts";
import { pacingFrom } from "../src/app/start-adapters.ts";
import { startNotices } from "../src/app/start-notices.ts";
import { createDatabase } from "../src/infra/db/create-database.ts";
import { systemClock } from "../src/ports/clock.ts";
import { type Logger, silentLogger } from "../src/ports/logger.ts";
import { perSecond } from "../src/ports/notice-rate-limiter.ts";
import { startFakeThread } from "./fake-thread.ts";
import { dropFanoutRun } from "./fanout-cleanup.ts";
import { idealFloodMs } from "./fanout-flood-ideal.ts";

type Record = Pick<FakeDiscordFlood, "attempts" | "refusedInWindow"> & {
  accepted: FloodMessage[];
  window: { start: number; end: number } | null;
};

const MAX_MEMBERS = 500;
const SETUP_SECONDS = 12;
const REFUSE_SHARE = 0.1;
const WINDOW_MS = 3_000;
const PG_SERVER = process.env.TEST_PG_URL ?? "postgresql://root@127.0.0.1:5432/postgres";
const REDIS_URL = process.env.REDIS_URL ?? process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const intervalMs = perSecond(DISCORD_MESSAGES_PER_SECOND);

// A short BENCH_SECONDS announces to fewer members so the run stays bounded.
const budget = Number(process.env.BENCH_SECONDS ?? "0");
const members =
  budget > 0
    ? Math.max(50, Math.min(MAX_MEMBERS, Math.floor(((budget - SETUP_SECONDS) * 1000 * 0.7) / intervalMs)))
    : MAX_MEMBERS;
const windowAfterAccepted = Math.floor(members * 0.4);

const dbName = `bench_flood_${crypto.randomBytes(4).toString("hex")}`;
const dbUrl = Object.assign(new URL(PG_SERVER), { pathname: `/${dbName}` }).toString();
const prefix = `benchflood${crypto.randomBytes(4).toString("hex")}`;

// Counts the notice processor's own account of 429s (one warning per bot-wide refusal it got).
let botWideWarnings = 0;
const log: Logger = {
  ...silentLogger,
  warn(fields, msg) {
    if (msg?.startsWith("notice: bot-wide 429")) botWideWarnings += 1;
    if (process.env.BENCH_DEBUG) console.error(Date.now() % 100_000, msg, JSON.stringify(fields));
  },
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[Math.floor((s.length - 1) / 2)] ?? 0);
};

// The fake Discord runs in a thread of its own, so the bot's event loop cannot bunch what it sees.
const fake = await startFakeThread<Record>({
  kind: "discord-flood",
  flood: { refuseShare: REFUSE_SHARE, windowAfterAccepted, windowMs: WINDOW_MS },
});
const db = await createDatabase({ kind: "postgres", url: dbUrl, poolSize: 20 });
let exitCode = 0;
const report: string[] = [];
try {
  const studio = await seedStudio(db.prisma, { members, tag: "f" });
  // Every member on Discord only, with a snowflake-sized id (so each DM channel is its own bucket).
  const userIds = studio.members.map((_, i) => String(100_000_000_000_000_000n + BigInt(i)));
  await Promise.all(
    studio.members.map((m, i) =>
      db.prisma.platformIdentity.update({
        where: { platform_platformUserId: { platform: "telegram", platformUserId: m.platformUserId } },
        data: { platform: "discord", platformUserId: userIds[i] ?? "" },
      }),
    ),
  );
  const channels = userIds.map(dmChannelOf);
  const expected = channels.length;
  const sender = createDiscordSender({ token: FAKE_DISCORD_TOKEN, apiBase: fake.url });
  const handle = await startNotices({
    pacing: pacingFrom(PLATFORMS),
    prisma: db.prisma,
    redisUrl: REDIS_URL,
    senders: [sender],
    log,
    clock: systemClock,
    queuePrefix: prefix,
    relayPollMs: 100,
  });
  const t0 = Date.now();
  await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio));
  const distinct = async () => new Set((await fake.report()).accepted.map((m) => m.channelId)).size;
  const deadline = t0 + Math.max(120_000, expected * intervalMs * 4);
  while ((await distinct()) < expected && Date.now() < deadline) await delay(100);
  await delay(1_500); // anything sent twice would arrive now
  await handle.stop();
  const rec = await fake.report();

  const perChannel = new Map<string, number>();
  for (const m of rec.accepted) perChannel.set(m.channelId, (perChannel.get(m.channelId) ?? 0) + 1);
  const duplicated = [...perChannel.values()].filter((n) => n > 1).length;
  const lost = channels.filter((c) => !perChannel.has(c)).length;
  const nonceRepeats = rec.attempts.filter((a) => a.outcome === "nonce").length;
  const firstRequest = Math.min(...rec.attempts.map((a) => a.at));
  const lastAccepted = Math.max(...rec.accepted.map((m) => m.at));
  const actualMs = lastAccepted - firstRequest;
  const idealMs = idealFloodMs({
    channels,
    intervalMs,
    refusal: (c) => refusalOf(c, REFUSE_SHARE),
    windowAfterAccepted,
    windowMs: WINDOW_MS,
  });
  // A refused DM keeps its place: how long after its retry_after it was accepted.
  const acceptedAt = new Map(rec.accepted.map((m) => [m.channelId, m.at] as const));
  const chatRefusals = rec.attempts.filter((a) => a.outcome === "chat429");
  const late = chatRefusals.map((a) => {
    const ready = a.at + (refusalOf(a.channelId, REFUSE_SHARE) ?? 0);
    return (acceptedAt.get(a.channelId) ?? Number.NaN) - ready;
  });
  const win = rec.window;
  if (process.env.BENCH_DEBUG) {
    const ts = rec.accepted.map((m) => m.at - firstRequest);
    const gaps = ts
      .slice(1)
      .map((t, i) => [i + 1, t, t - (ts[i] ?? 0)] as const)
      .filter(([, , g]) => g > 120);
    console.error("window", win && win.start - firstRequest, "gaps>120ms", JSON.stringify(gaps));
    console.error(
      "per-second",
      JSON.stringify(
        Array.from(
          { length: Math.ceil(actualMs / 1000) },
          (_, s) => ts.filter((t) => t >= s * 1000 && t < (s + 1) * 1000).length,
        ),
      ),
    );
  }
  const rows = await db.prisma.noticeDelivery.groupBy({ by: ["status"], _count: true });
  const retried = await db.prisma.noticeDelivery.count({ where: { attempts: { gt: 1 } } });
  const value = expected / (actualMs / 1000);
  const baseline = expected / (idealMs / 1000);

  report.push(
    `members=${members} expected=${expected} accepted=${rec.accepted.length} distinct=${perChannel.size} lost=${lost} duplicated=${duplicated} nonce_repeats=${nonceRepeats} sent_exactly_once=${lost === 0 && duplicated === 0 ? "yes" : "no"}`,
  );
  report.push(
    `deliveries ${rows.map((r) => `${r.status}=${r._count}`).join(" ")} attempts_gt_1=${retried} chat_429=${chatRefusals.length} refused_late_median_ms=${median(late).toFixed(0)} refused_late_max_ms=${Math.max(0, ...late).toFixed(0)}`,
  );
  report.push(
    `bot_wide_window=${win ? `${WINDOW_MS}ms` : "never opened"} refused_in_window=${rec.refusedInWindow.length} (after the first: ${Math.max(0, rec.refusedInWindow.length - 1)}) bot_wide_429_seen_by_workers=${botWideWarnings}`,
  );
  report.push(
    `ideal=${(idealMs / 1000).toFixed(2)}s actual=${(actualMs / 1000).toFixed(2)}s (first request to last acceptance; pacing ${intervalMs.toFixed(1)} ms/msg)`,
  );
  if (lost !== 0 || duplicated !== 0) exitCode = 1;
  report.push(
    `RESULT fanout-flood value=${value.toFixed(2)} baseline=${baseline.toFixed(2)} ratio=${(value / baseline).toFixed(3)} target=0.85 unit=msgs_per_s`,
  );
} finally {
  await db.close();
  await fake.close();
  await dropFanoutRun(PG_SERVER, dbName, REDIS_URL, prefix);
}
// The RESULT line is printed last, after cleanup, so nothing follows it.
for (const line of report) console.log(line);
process.exit(exitCode);
