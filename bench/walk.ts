/**
 * Which files one text booking from Telegram passes through, from the update reaching the adapter
 * to the reply reaching the (fake) Bot API: V8's precise coverage, reset after a warm-up booking,
 * lists every file of this repository with a function that ran for the measured booking.
 *   npx tsx bench/walk.ts
 */
import { Session } from "node:inspector/promises";
import path from "node:path";
import { demoUserId } from "../adapters/console/capabilities.ts";
import { startTelegram } from "../adapters/telegram/start.ts";
import { FAKE_TELEGRAM_TOKEN, startFakeTelegram } from "../fakes/telegram/bot-api.ts";
import { buildCore } from "../src/app/build-core.ts";
import { createInboxProcessor } from "../src/inbox/inbox-processor.ts";
import { createDatabase } from "../src/infra/db/create-database.ts";
import { createPrismaBookingStore } from "../src/infra/prisma/booking-store.ts";
import { createPrismaInbox } from "../src/infra/prisma/inbox-store.ts";
import { systemClock } from "../src/ports/clock.ts";
import { silentLogger } from "../src/ports/logger.ts";
import { seedDemo } from "../src/seed/demo.ts";

const root = path.resolve(import.meta.dirname, "..");
const db = await createDatabase({ kind: "pglite", dir: "memory://" });
const seeded = await seedDemo(db.prisma, createPrismaBookingStore(db.prisma), systemClock, "console");
const group = { id: -100123, type: "supergroup", title: "Harbour Studio" };
const members = ["Kim", "Leo"]; // one pass each: the measured message books at once
await db.prisma.chatWorkspace.create({
  data: { platform: "telegram", externalId: String(group.id), orgId: seeded.orgId },
});
for (const [i, name] of members.entries()) {
  const person = await db.prisma.platformIdentity.findFirstOrThrow({
    where: { platform: "console", platformUserId: demoUserId(name) },
  });
  await db.prisma.platformIdentity.create({
    data: { platform: "telegram", platformUserId: String(5000 + i), personId: person.personId },
  });
}
const log = process.env.WALK_LOG
  ? { ...silentLogger, warn: console.error, error: console.error }
  : silentLogger;
const core = buildCore({ prisma: db.prisma, clock: systemClock, log }).core;
const fake = await startFakeTelegram();
const inbox = createInboxProcessor({ inbox: createPrismaInbox(db.prisma), log });
const adapter = await startTelegram({ token: FAKE_TELEGRAM_TOKEN, apiRoot: fake.url }, core, log, inbox);

let update = 100;
async function say(user: number, text: string): Promise<string> {
  const before = fake.calls("sendMessage").length;
  fake.push({
    update_id: ++update,
    message: {
      message_id: update,
      from: { id: 5000 + user, is_bot: false, first_name: members[user] },
      chat: { id: 5000 + user, type: "private", first_name: members[user] },
      date: Math.floor(Date.now() / 1000),
      text,
    },
  });
  for (let i = 0; i < 200 && fake.calls("sendMessage").length === before; i++)
    await new Promise((r) => setTimeout(r, 25));
  await new Promise((r) => setTimeout(r, 200));
  return fake
    .calls("sendMessage")
    .slice(before)
    .map((c) => String((c.body as { text?: string }).text ?? ""))
    .join(" / ");
}

const text = process.argv[2] ?? "book spin tomorrow 18:00";
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.startPreciseCoverage", { callCount: true, detailed: false });
console.log("warm-up:", (await say(1, text)).slice(0, 160));
await session.post("Profiler.takePreciseCoverage"); // resets the counters
console.log("measured:", (await say(0, text)).slice(0, 160));
const { result } = await session.post("Profiler.takePreciseCoverage");
const files = result
  .filter((s) => s.url.startsWith("file://") && s.functions.some((f) => f.ranges[0] && f.ranges[0].count > 0))
  .map((s) => path.relative(root, new URL(s.url).pathname))
  .filter(
    (f) =>
      !f.startsWith("node_modules") &&
      !f.startsWith("..") &&
      !f.startsWith("bench/") &&
      !f.startsWith("fakes/"),
  )
  .sort();
console.log(files.join("\n"));
console.log(`WALK files=${files.length}`);
await adapter.stop();
await inbox.stop();
await fake.close();
await db.close();
