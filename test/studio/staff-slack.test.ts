import { afterEach, beforeEach, expect, it } from "vitest";
import { startSlack } from "../../adapters/slack/start.ts";
import { serve } from "../../fakes/net/http.ts";
import { postSigned, startFakeSlack } from "../../fakes/slack/web-api.ts";
import { buildCore } from "../../src/app/build-core.ts";
import { createPrismaBookingStore } from "../../src/infra/prisma/booking-store.ts";
import { createFixedClock } from "../../src/ports/clock.ts";
import { issueSetupCode } from "../../src/use-cases/identity/issue-setup-code.ts";
import { createCaptureLog } from "../adapters/support/capture-log.ts";
import { createDbInbox } from "../adapters/support/db-inbox.ts";
import { memoryLog } from "../chat/harness.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";

const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
const NOW = new Date("2026-11-23T09:00:00Z");

/**
 * Staff by name on Slack, through the Slack adapter against its fake Web API: a slash command
 * carries only the Slack username ("sam.lee"), so a role given to "Sam Lee" before Sam ever talked
 * to the bot must still reach him, as a name does on Telegram and in the console.
 */
describePg("slack: /book staff add by name and by mention", () => {
  let db: TestDatabase;
  let fake: Awaited<ReturnType<typeof startFakeSlack>>;
  let http: Awaited<ReturnType<typeof serve>> | undefined;
  const log = createCaptureLog();
  beforeEach(async () => {
    db = await createTestPgDatabase();
    fake = await startFakeSlack();
  });
  afterEach(async () => {
    await http?.close();
    await fake?.close();
    await db.drop();
  });

  it("a role by name waits for the person and is theirs when they first use /book; a mention works too", async () => {
    const clock = createFixedClock(NOW);
    const store = createPrismaBookingStore(db.prisma);
    const core = buildCore({
      clock,
      prisma: db.prisma,
      log: memoryLog(),
    }).core;
    const adapter = await startSlack(
      { botToken: "xoxb-test-token", signingSecret: SECRET, apiUrl: fake.apiUrl },
      core,
      log,
      createDbInbox(db.prisma),
    );
    if (!adapter.listener) throw new Error("HTTP mode must expose a listener");
    http = await serve(adapter.listener);
    let n = 0;
    const book = async (userId: string, userName: string, text: string): Promise<string> => {
      n++;
      const body = new URLSearchParams({
        token: "x",
        team_id: "T0001",
        team_domain: "riverside",
        channel_id: "C0GENERAL",
        channel_name: "general",
        user_id: userId,
        user_name: userName,
        command: "/book",
        text,
        api_app_id: "A1",
        response_url: `${fake.url}/commands/T0001/${n}/x`,
        trigger_id: `trigger.${n}.${Math.random()}`,
      }).toString();
      const res = await postSigned(`${http?.url}/slack/events`, SECRET, body, { contentType: "form" });
      expect(res.status).toBe(200);
      const answer = await fake.waitFor((r) => r.path === `/commands/T0001/${n}/x`);
      return JSON.stringify(answer.body);
    };
    const { code } = await issueSetupCode({ store, clock });

    expect(await book("U0OLIVIA", "olivia", `setup ${code}`)).toMatch(
      /Your studio is open and you are its admin/,
    );
    expect(await book("U0OLIVIA", "olivia", "help")).toMatch(
      /On Slack type them after \/book.*Studio \(admins\).*\/staff add @name trainer/,
    );
    // By name, for someone who has never talked to the bot: the role waits.
    expect(await book("U0OLIVIA", "olivia", "staff add Sam Lee trainer")).toMatch(
      /Sam Lee will be a trainer as soon as they first talk to me here/,
    );
    // By mention (an escaped Slack mention carries the account id).
    expect(await book("U0OLIVIA", "olivia", "staff add <@U0ANN|ann> admin")).toMatch(
      /ann will be an admin as soon as they first talk to me here/,
    );
    // Sam's first /book: Slack sends his username, sam.lee; the waiting role is his.
    expect(await book("U0SAM", "sam.lee", "help")).toMatch(/Trainers/);
    expect(await book("U0ANN", "ann.b", "help")).toMatch(/Studio \(admins\)/);
    // Someone who talked before is given the role at once, by name.
    await book("U0TOM", "tom_h", "help");
    expect(await book("U0OLIVIA", "olivia", "staff add Tom H trainer")).toMatch(/tom_h is now a trainer/);
    const staff = await book("U0OLIVIA", "olivia", "staff");
    expect(staff).toMatch(/ann\.b: admin/);
    expect(staff).toMatch(/olivia: admin/);
    expect(staff).toMatch(/sam\.lee: trainer/);
    expect(staff).toMatch(/tom_h: trainer/);
    expect(staff).not.toMatch(/when they first talk to me/);
    // A member is refused and nothing changes.
    await book("U0MARIA", "maria", "help");
    expect(await book("U0MARIA", "maria", "staff add maria admin")).toMatch(/Only studio admins can do that/);
    expect(await db.prisma.membership.count({ where: { role: "admin" } })).toBe(2);
    expect(log.errors).toEqual([]);
  });

  it("a member whose Slack language is de-DE is answered in German in an English studio, and it is kept for notices", async () => {
    const clock = createFixedClock(NOW);
    const store = createPrismaBookingStore(db.prisma);
    const core = buildCore({ clock, prisma: db.prisma, log: memoryLog() }).core;
    const adapter = await startSlack(
      { botToken: "xoxb-test-token", signingSecret: SECRET, apiUrl: fake.apiUrl },
      core,
      log,
      createDbInbox(db.prisma),
    );
    if (!adapter.listener) throw new Error("HTTP mode must expose a listener");
    http = await serve(adapter.listener);
    // Slack gives the language only through users.info with include_locale.
    fake.setUserLocale("U0LENA", "de-DE");
    fake.setUserLocale("U0OLIVIA", "en-GB");
    let n = 0;
    const book = async (userId: string, userName: string, text: string): Promise<string> => {
      n++;
      const body = new URLSearchParams({
        token: "x",
        team_id: "T0001",
        team_domain: "riverside",
        channel_id: "C0GENERAL",
        channel_name: "general",
        user_id: userId,
        user_name: userName,
        command: "/book",
        text,
        api_app_id: "A1",
        response_url: `${fake.url}/commands/T0001/${n}/x`,
        trigger_id: `trigger.${n}.${Math.random()}`,
      }).toString();
      const res = await postSigned(`${http?.url}/slack/events`, SECRET, body, { contentType: "form" });
      expect(res.status).toBe(200);
      const answer = await fake.waitFor((r) => r.path === `/commands/T0001/${n}/x`);
      return JSON.stringify(answer.body);
    };
    const { code } = await issueSetupCode({ store, clock });
    expect(await book("U0OLIVIA", "olivia", `setup ${code}`)).toMatch(/Your studio is open/);
    expect(await book("U0OLIVIA", "olivia", "settings language en-GB")).toMatch(/Saved/);
    // Lena's Slack is German: help (and what the core learnt) in German, over the studio's English.
    const help = await book("U0LENA", "lena", "help");
    expect(help).toMatch(/Ich buche Kurse für dich/);
    expect(help).toMatch(/meine buchungen/);
    expect(help).not.toMatch(/I book sessions for you/);
    expect(await book("U0LENA", "lena", "staff")).toMatch(/Das können nur Admins des Studios/);
    // Olivia's Slack is English: she stays in English.
    expect(await book("U0OLIVIA", "olivia", "help")).toMatch(/I book sessions for you/);
    const lena = await db.prisma.platformIdentity.findUniqueOrThrow({
      where: { platform_platformUserId: { platform: "slack", platformUserId: "U0LENA" } },
    });
    expect(lena.language).toBe("de");
    // Asked once per member, not on every message.
    const asked = fake.requests.filter((r) => r.path === "/api/users.info");
    expect(asked.map((r) => (r.body as { user?: string }).user).sort()).toEqual(["U0LENA", "U0OLIVIA"]);
    expect(
      asked.every((r) => String((r.body as { include_locale?: unknown }).include_locale) === "true"),
    ).toBe(true);
    expect(log.errors).toEqual([]);
  });
});
