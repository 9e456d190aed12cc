import { afterAll, beforeAll, expect, it } from "vitest";
import { createTelegramAdapter } from "../../../adapters/telegram/index.ts";
import { startTelegram } from "../../../adapters/telegram/start.ts";
import type { RecordedRequest } from "../../../fakes/net/http.ts";
import {
  FAKE_TELEGRAM_TOKEN,
  type FakeTelegram,
  startFakeTelegram,
} from "../../../fakes/telegram/bot-api.ts";
import { buildCore } from "../../../src/app/build-core.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { systemClock } from "../../../src/ports/clock.ts";
import { silentLogger } from "../../../src/ports/logger.ts";
import { buildDemo, dropDatabase, textOf } from "../../chat/harness.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../../support/test-db.ts";
import { createDbInbox } from "../support/db-inbox.ts";
import { createRecordingCore } from "../support/fake-core.ts";

// Issue 24, item 9: Telegram shows members a menu without the staff commands (the default scope),
// and a trainer's or admin's private chat their own menu (scope "chat"), kept in step when their
// role changes through the studio's own role changes (/staff add, /staff remove, a link).

const ADMIN_ONLY = ["connect", "staff", "settings", "catalog", "type", "space", "passtype"];
const MARIA_TG = "7001";

/** The app's core as a start builds it, on a database the demo already lives in (no seeding). */
const buildDemoCore = async (prisma: PrismaClient) =>
  buildCore({ prisma, clock: systemClock, log: silentLogger });

type Body = { commands?: Array<{ command: string }>; scope?: { type: string; chat_id?: number } };
const bodyOf = (r: RecordedRequest) => r.body as Body;
const names = (r: RecordedRequest | undefined) => (r ? (bodyOf(r).commands ?? []).map((c) => c.command) : []);

describePg("telegram menus by role", () => {
  let db: TestDatabase;
  let fake: FakeTelegram;
  beforeAll(async () => {
    db = await createTestPgDatabase();
    fake = await startFakeTelegram();
  });
  afterAll(async () => {
    await fake?.close();
    await dropDatabase(db);
  });

  /** The menu calls (accepted by the fake) for one private chat, from the `from`-th request on. */
  const menuCalls = (chatId: string, from = 0) =>
    fake.requests
      .slice(from)
      .filter((r) => /\/(set|delete)MyCommands$/.test(r.path) && String(bodyOf(r).scope?.chat_id) === chatId)
      .map((r) => {
        expect(r.response?.status ?? 200).toBe(200);
        return r;
      });

  it("on start the default menu (every chat) has the members' commands only", async () => {
    const core = createRecordingCore([]);
    const adapter = await startTelegram(
      { token: FAKE_TELEGRAM_TOKEN, apiRoot: fake.url },
      core,
      silentLogger,
      createDbInbox(db.prisma),
    );
    await adapter.stop();
    const set = fake.calls("setMyCommands")[0];
    expect(set?.response?.status ?? 200).toBe(200);
    expect(bodyOf(set!).scope).toBeUndefined();
    const menu = names(set);
    expect(menu).toContain("book");
    expect(menu).toContain("link");
    for (const staff of [...ADMIN_ONLY, "trainer"]) expect(menu).not.toContain(staff);
  });

  it("a staff member's private chat gets the staff menu when the role is given, and the default back when it is taken", async () => {
    const demo = await buildDemo(db.prisma);
    const adapter = createTelegramAdapter(
      { token: FAKE_TELEGRAM_TOKEN, apiRoot: fake.url },
      { core: demo.core, log: silentLogger, inbox: createDbInbox(db.prisma) },
    );
    demo.menus.attach([adapter]);
    await demo.menus.synced();

    // Maria (a member) links a Telegram account: its private chat shows the default menu.
    let from = fake.requests.length;
    const code = /\/link ([A-Z0-9-]+)/.exec(textOf(await demo.chat.say("Maria", "/link")))?.[1];
    const dm = { workspaceId: null, channelId: MARIA_TG, isDirect: true };
    const linked = await demo.chat.send(
      MARIA_TG,
      { kind: "command", name: "link", args: code ?? "" },
      dm,
      "telegram",
    );
    expect(textOf(linked)).toContain("Linked");
    expect(menuCalls(MARIA_TG, from).map((r) => r.path.split("/").pop())).toEqual(["deleteMyCommands"]);

    // Made a trainer: the trainer tools join her menu, the admin commands do not.
    from = fake.requests.length;
    expect(textOf(await demo.chat.say("Ada", "/staff add Maria trainer"))).toContain(
      "Maria is now a trainer",
    );
    const trainer = menuCalls(MARIA_TG, from);
    expect(trainer.map((r) => r.path.split("/").pop())).toEqual(["setMyCommands"]);
    expect(bodyOf(trainer[0]!).scope).toEqual({ type: "chat", chat_id: Number(MARIA_TG) });
    expect(names(trainer[0])).toContain("trainer");
    expect(names(trainer[0])).toContain("book");
    for (const admin of ADMIN_ONLY) expect(names(trainer[0])).not.toContain(admin);

    // Made an admin: everything.
    from = fake.requests.length;
    await demo.chat.say("Ada", "/staff add Maria admin");
    const admin = menuCalls(MARIA_TG, from);
    for (const c of [...ADMIN_ONLY, "trainer", "book"]) expect(names(admin[0])).toContain(c);

    // The role taken back: her chat goes back to the default (members') menu.
    from = fake.requests.length;
    expect(textOf(await demo.chat.say("Ada", "/staff remove Maria"))).toMatch(/Maria/);
    expect(menuCalls(MARIA_TG, from).map((r) => r.path.split("/").pop())).toEqual(["deleteMyCommands"]);

    // On (re)start every Telegram account of today's staff gets its menu again.
    await demo.chat.say("Ada", "/staff add Maria trainer");
    from = fake.requests.length;
    demo.menus.attach([adapter]);
    await demo.menus.synced();
    const resynced = menuCalls(MARIA_TG, from);
    expect(resynced).toHaveLength(1);
    expect(names(resynced[0])).toContain("trainer");
  });

  it("a role taken while the app was down: the next start gives that chat the members' menu back", async () => {
    const own = await createTestPgDatabase();
    try {
      const demo = await buildDemo(own.prisma);
      const adapter = createTelegramAdapter(
        { token: FAKE_TELEGRAM_TOKEN, apiRoot: fake.url },
        { core: demo.core, log: silentLogger, inbox: createDbInbox(own.prisma) },
      );
      demo.menus.attach([adapter]);
      await demo.menus.synced();
      // Maria links her Telegram account and is made a trainer while the app runs: the staff menu.
      const code = /\/link ([A-Z0-9-]+)/.exec(textOf(await demo.chat.say("Maria", "/link")))?.[1];
      const dm = { workspaceId: null, channelId: MARIA_TG, isDirect: true };
      await demo.chat.send(MARIA_TG, { kind: "command", name: "link", args: code ?? "" }, dm, "telegram");
      let from = fake.requests.length;
      await demo.chat.say("Ada", "/staff add Maria trainer");
      expect(names(menuCalls(MARIA_TG, from)[0])).toContain("trainer");

      // The app is down; her role is taken meanwhile (another process, the database by hand): no
      // menu call follows it.
      const maria = await own.prisma.person.findFirstOrThrow({ where: { displayName: "Maria" } });
      await own.prisma.membership.updateMany({ where: { personId: maria.id }, data: { role: "member" } });

      // The next start (a new core, its menus attached to the adapter) takes the staff menu back.
      from = fake.requests.length;
      const restarted = await buildDemoCore(own.prisma);
      restarted.menus.attach([adapter]);
      await restarted.menus.synced();
      expect(menuCalls(MARIA_TG, from).map((r) => r.path.split("/").pop())).toEqual(["deleteMyCommands"]);

      // Once is enough: a further start leaves her chat alone.
      from = fake.requests.length;
      const again = await buildDemoCore(own.prisma);
      again.menus.attach([adapter]);
      await again.menus.synced();
      expect(menuCalls(MARIA_TG, from)).toEqual([]);
    } finally {
      await dropDatabase(own);
    }
  });
});
