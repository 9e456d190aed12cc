import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSOLE_PLATFORM } from "../../../adapters/console/capabilities.ts";
import { createTelegramFileReader } from "../../../adapters/telegram/files.ts";
import { startTelegram, type TelegramAdapter } from "../../../adapters/telegram/start.ts";
import {
  FAKE_TELEGRAM_TOKEN,
  type FakeTelegram,
  startFakeTelegram,
} from "../../../fakes/telegram/bot-api.ts";
import { buildCore } from "../../../src/app/build-core.ts";
import { createChatFiles } from "../../../src/app/chat-files.ts";
import { createPrismaBookingStore } from "../../../src/infra/prisma/booking-store.ts";
import { systemClock } from "../../../src/ports/clock.ts";
import { silentLogger } from "../../../src/ports/logger.ts";
import { seedDemo } from "../../../src/seed/demo.ts";
import { createTestPgliteDatabase, type TestDatabase } from "../../support/test-db.ts";
import { createDbInbox } from "../support/db-inbox.ts";

const ICS = fs.readFileSync(path.join(import.meta.dirname, "../../data/trainer-busy.ics"), "utf8");

/** A trainer sends an .ics document to the bot: fetched through getFile and the file URL of the fake Bot API. */
describe("telegram adapter: a trainer's .ics file as a document (PGlite)", () => {
  let db: TestDatabase;
  let fake: FakeTelegram;
  let adapter: TelegramAdapter;
  const sam = { id: 717171, is_bot: false, first_name: "Sam" };
  const maria = { id: 616162, is_bot: false, first_name: "Maria" };
  const dmOf = (u: { id: number; first_name: string }) => ({
    id: u.id,
    type: "private",
    first_name: u.first_name,
  });

  beforeAll(async () => {
    db = await createTestPgliteDatabase();
    const store = createPrismaBookingStore(db.prisma);
    await seedDemo(db.prisma, store, systemClock, CONSOLE_PLATFORM);
    for (const [name, u] of [
      ["Sam", sam],
      ["Maria", maria],
    ] as const) {
      const person = await db.prisma.person.findFirstOrThrow({ where: { displayName: name } });
      await db.prisma.platformIdentity.create({
        data: { platform: "telegram", platformUserId: String(u.id), personId: person.id },
      });
    }
    fake = await startFakeTelegram();
    const files = createChatFiles();
    files.register("telegram", createTelegramFileReader({ token: FAKE_TELEGRAM_TOKEN, apiRoot: fake.url }));
    const core = buildCore({
      clock: systemClock,
      log: silentLogger,
      prisma: db.prisma,
      files,
    }).core;
    adapter = await startTelegram(
      { token: FAKE_TELEGRAM_TOKEN, apiRoot: fake.url },
      core,
      silentLogger,
      createDbInbox(db.prisma),
    );
  });
  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
    await db?.drop();
  });

  const sent = () => fake.calls("sendMessage").map((c) => c.body as { chat_id: number; text: string });
  let updateId = 9000;
  const sendDocument = async (
    from: { id: number; first_name: string },
    doc: { file_id: string; file_name?: string; file_size?: number },
  ): Promise<string> => {
    const before = sent().length;
    fake.push({
      update_id: ++updateId,
      message: {
        message_id: updateId,
        from: { ...from, is_bot: false },
        chat: dmOf(from),
        date: 1_700_000_000,
        document: { file_unique_id: `u${doc.file_id}`, ...doc },
      },
    });
    await expect.poll(() => sent().length, { timeout: 10_000 }).toBeGreaterThan(before);
    return sent()[sent().length - 1]?.text ?? "";
  };
  const busyBlocks = () => db.prisma.busyBlock.count();

  it("a trainer's .ics document becomes their busy times; a new version replaces it", async () => {
    fake.addFile("doc-ics", ICS);
    const reply = await sendDocument(sam, {
      file_id: "doc-ics",
      file_name: "sam.ics",
      file_size: ICS.length,
    });
    expect(reply).toMatch(/^Busy times from sam\.ics: \d+ events loaded/);
    expect(fake.calls("getFile").map((c) => (c.body as { file_id: string }).file_id)).toEqual(["doc-ics"]);
    expect(fake.requests.some((r) => r.path.startsWith(`/file/bot${FAKE_TELEGRAM_TOKEN}/documents/`))).toBe(
      true,
    );
    const first = await busyBlocks();
    expect(first).toBeGreaterThan(10);
    const feeds = await db.prisma.trainerCalendarFeed.findMany();
    expect(feeds.map((f) => [f.kind, f.source])).toEqual([["file", "file:sam.ics"]]);
    // The same file name again replaces that copy, no second calendar.
    const again = await sendDocument(sam, { file_id: "doc-ics", file_name: "sam.ics" });
    expect(again).toContain("Busy times from sam.ics");
    expect(await busyBlocks()).toBe(first);
    expect(await db.prisma.trainerCalendarFeed.count()).toBe(1);
  });

  it("a bad file, a too large one, a non-calendar name and a member's file are refused clearly", async () => {
    const before = await busyBlocks();
    fake.addFile("doc-html", "<html><body>Sign in to see this calendar</body></html>");
    expect(await sendDocument(sam, { file_id: "doc-html", file_name: "broken.ics" })).toBe(
      "Calendar file: use an iCalendar (.ics) file.",
    );
    // Declared small by the message, really 1.2 MB: getFile's size refuses it before the download.
    fake.addFile("doc-big", `BEGIN:VCALENDAR\n${"X-FILL:0123456789\n".repeat(70_000)}END:VCALENDAR\n`);
    const downloads = fake.requests.filter((r) => r.path.startsWith("/file/")).length;
    expect(await sendDocument(sam, { file_id: "doc-big", file_name: "huge.ics", file_size: 10 })).toContain(
      "huge.ics is larger than 1 MB, the most I read from chat.",
    );
    expect(fake.requests.filter((r) => r.path.startsWith("/file/")).length).toBe(downloads);
    expect(
      await sendDocument(sam, { file_id: "doc-big", file_name: "huge.ics", file_size: 2_000_000 }),
    ).toContain("larger than 1 MB");
    expect(await sendDocument(sam, { file_id: "doc-ics", file_name: "invoice.pdf" })).toContain(
      "invoice.pdf is not a calendar file. Send an iCalendar file (.ics)",
    );
    expect(await sendDocument(maria, { file_id: "doc-ics", file_name: "maria.ics" })).toBe(
      "Only trainers and admins can do that. Type help to see what you can do.",
    );
    expect(await sendDocument(sam, { file_id: "gone", file_name: "lost.ics" })).toBe(
      "I could not download lost.ics. Please send it again in a moment.",
    );
    expect(await busyBlocks()).toBe(before);
  });
});
