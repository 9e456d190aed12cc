// npm run bench:fanout (steady mode): announces a reschedule to up to 1,000 booked members through the real relay,
// BullMQ workers and Telegram sender, against a local Bot API that enforces Telegram's limits.
// Prints the achieved rate as a fraction of the allowed one; counts loss and duplicates at the fake.
// The target (0.95) is for the full run of 1,000 members (BENCH_SECONDS unset, or 44 and more).
import crypto from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import { createTelegramSender } from "../adapters/telegram/sender.ts";
import { addOutbox, rescheduleEvent, seedStudio } from "../fakes/notice-studio.ts";
import { FAKE_TELEGRAM_LIMITS, type FakeTelegramLimits } from "../fakes/telegram/limits-api.ts";
import { PLATFORMS } from "../src/app/adapters.ts";
import { pacingFrom } from "../src/app/start-adapters.ts";
import { startNotices } from "../src/app/start-notices.ts";
import { createDatabase } from "../src/infra/db/create-database.ts";
import { systemClock } from "../src/ports/clock.ts";
import { silentLogger } from "../src/ports/logger.ts";
import { startFakeThread } from "./fake-thread.ts";
import { dropFanoutRun } from "./fanout-cleanup.ts";

type Record = Pick<FakeTelegramLimits, "accepted" | "rejected" | "rejectedBy">;

const MAX_MEMBERS = 1_000;
const SETUP_SECONDS = 6;
const PG_SERVER = process.env.TEST_PG_URL ?? "postgresql://root@127.0.0.1:5432/postgres";
const REDIS_URL = process.env.REDIS_URL ?? process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const baseline = FAKE_TELEGRAM_LIMITS.globalPerSecond;
const TARGET = 0.95;

// A short BENCH_SECONDS announces to fewer members so the run stays bounded.
const budget = Number(process.env.BENCH_SECONDS ?? "0");
const members =
  budget > 0
    ? Math.max(20, Math.min(MAX_MEMBERS, Math.floor((budget - SETUP_SECONDS) * baseline * 0.9)))
    : MAX_MEMBERS;

const dbName = `bench_fanout_${crypto.randomBytes(4).toString("hex")}`;
const dbUrl = Object.assign(new URL(PG_SERVER), { pathname: `/${dbName}` }).toString();
const prefix = `bench${crypto.randomBytes(4).toString("hex")}`;

// The fake Bot API runs in a thread of its own, so the bot's event loop cannot bunch what it sees.
const fake = await startFakeThread<Record>({ kind: "telegram-limits" });
const db = await createDatabase({ kind: "postgres", url: dbUrl, poolSize: 20 });
let exitCode = 0;
const report: string[] = [];
try {
  const studio = await seedStudio(db.prisma, { members, tag: "b" });
  // Telegram private chat ids are the users' numeric ids.
  await Promise.all(
    studio.members.map((m, i) =>
      db.prisma.platformIdentity.update({
        where: { platform_platformUserId: { platform: "telegram", platformUserId: m.platformUserId } },
        data: { platformUserId: String(500_000_000 + i) },
      }),
    ),
  );
  const expected = members + 1; // every member, plus the linked group
  const sender = createTelegramSender({ token: "123456:BENCHbenchBENCHbenchBENCH", apiRoot: fake.url });
  const handle = await startNotices({
    pacing: pacingFrom(PLATFORMS),
    prisma: db.prisma,
    redisUrl: REDIS_URL,
    senders: [sender],
    log: silentLogger,
    clock: systemClock,
    queuePrefix: prefix,
    relayPollMs: 100,
  });
  const t0 = Date.now();
  await addOutbox(db.prisma, studio.orgId, rescheduleEvent(studio));
  const deadline = t0 + Math.max(60_000, (expected / baseline) * 3_000);
  while ((await fake.report()).accepted.length < expected && Date.now() < deadline) await delay(100);
  await delay(1_500); // anything sent twice would arrive now
  await handle.stop();
  const rec = await fake.report();

  const perChat = new Map<string, number>();
  for (const m of rec.accepted) perChat.set(m.chatId, (perChat.get(m.chatId) ?? 0) + 1);
  const duplicated = [...perChat.values()].filter((n) => n > 1).length;
  const lost = expected - perChat.size;
  const times = rec.accepted.map((m) => m.at);
  const span = (Math.max(...times) - Math.min(...times)) / 1000;
  // n messages spread over a span have n-1 intervals between them.
  const achieved = times.length > 1 && span > 0 ? (times.length - 1) / span : 0;
  const ratio = achieved / baseline;
  const sent = await db.prisma.noticeDelivery.count({ where: { status: "sent" } });
  report.push(
    `members=${members} expected=${expected} accepted=${rec.accepted.length} distinct_chats=${perChat.size} lost=${lost} duplicated=${duplicated}`,
  );
  report.push(
    `429_answers=${rec.rejected} (global=${rec.rejectedBy.global} chat=${rec.rejectedBy.chat} group=${rec.rejectedBy.group}) deliveries_sent=${sent} first_to_last=${span.toFixed(2)}s end_to_end=${((Date.now() - t0) / 1000 - 1.5).toFixed(2)}s`,
  );
  if (lost !== 0 || duplicated !== 0) exitCode = 1;
  if (members < MAX_MEMBERS)
    report.push(`(a short run: ${members} members; the target is for ${MAX_MEMBERS})`);
  report.push(
    `RESULT fanout value=${achieved.toFixed(2)} baseline=${baseline} ratio=${ratio.toFixed(3)} target=${TARGET} unit=msgs_per_s`,
  );
} finally {
  await db.close();
  await fake.close();
  await dropFanoutRun(PG_SERVER, dbName, REDIS_URL, prefix);
}
// The RESULT line is printed last, after cleanup, so nothing follows it.
for (const line of report) console.log(line);
process.exit(exitCode);
