import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSOLE_PLATFORM, DEMO_WORKSPACE_ID, demoUserId } from "../../../adapters/console/capabilities.ts";
import { createStubPlatform, STUB_PLATFORM } from "../../../fakes/stub-platform/index.ts";
import { createPlatforms, PLATFORMS } from "../../../src/app/adapters.ts";
import { parseEnv } from "../../../src/app/env.ts";
import { createChatCore } from "../../../src/chat/core.ts";
import { createInboxProcessor, type InboxProcessor } from "../../../src/inbox/inbox-processor.ts";
import { createPrismaInbox } from "../../../src/infra/prisma/inbox-store.ts";
import type { ChatAdapter } from "../../../src/ports/chat-adapter.ts";
import { silentLogger } from "../../../src/ports/logger.ts";
import { buildDemo, textOf } from "../../chat/harness.ts";
import { createTestPgliteDatabase, type TestDatabase } from "../../support/test-db.ts";

/**
 * docs/adapters.md says a new platform is one folder and one registry line. This registers a fourth
 * platform from fakes/stub-platform/ with that one line, configures it by its own settings, and books
 * a session through it: recorded in the inbox, handled by the core, answered through the adapter,
 * with its people and workspace stored under the stub's id.
 */
describe("a fourth platform from one folder and one registry line", () => {
  let db: TestDatabase;
  let inbox: InboxProcessor;
  let adapters: ChatAdapter[];
  const stub = createStubPlatform();
  const platforms = createPlatforms([...PLATFORMS, stub.registration]);
  let n = 0;
  let core: ReturnType<typeof createChatCore>;
  /** The demo's admin, on the local console. */
  const ada = (eventId: string, name: string, args: string) =>
    core.handle({
      platform: CONSOLE_PLATFORM,
      eventId,
      user: { platformUserId: demoUserId("Ada"), displayName: "Ada" },
      conversation: { workspaceId: DEMO_WORKSPACE_ID, channelId: "c", isDirect: false },
      input: { kind: "command", name, args },
    });
  const say = (userId: string, name: string, text: string, space: string | null = "stub-team") =>
    stub.send({ updateId: ++n, userId, name, space, channel: space ?? `dm-${userId}`, text });
  const tap = (userId: string, name: string, button: string) =>
    stub.send({ updateId: ++n, userId, name, space: "stub-team", channel: "stub-team", button });

  beforeAll(async () => {
    db = await createTestPgliteDatabase();
    const demo = await buildDemo(db.prisma);
    core = createChatCore({
      ...demo.deps,
      platforms: platforms.capabilities,
      randomCode: (length) => "STUBCONNECT".slice(0, length),
    });
    inbox = createInboxProcessor({ inbox: createPrismaInbox(db.prisma), log: silentLogger });
    const env = parseEnv(
      { STUB_TOKEN: "stub-token-123", STUB_LINK_HOST: "stub.example" },
      platforms.registry,
    );
    if (!env.ok) throw new Error(env.problems.join("; "));
    expect(platforms.anyConfigured(env.env)).toBe(true);
    adapters = platforms.adaptersFromEnv(env.env, { core, log: silentLogger, inbox });
    for (const a of adapters) await a.start();
    inbox.start();
    // The demo's admin gets a code to connect a chat space.
    expect(textOf(await ada("stub-connect-code", "connect", ""))).toContain("/connect STUB-CONN-ECT");
  });
  afterAll(async () => {
    for (const a of adapters ?? []) await a.stop();
    await inbox?.stop();
    await db?.drop();
  });

  it("is built from its own settings, with no other platform configured", () => {
    expect(adapters.map((a) => a.platform)).toEqual([STUB_PLATFORM]);
    expect(parseEnv({ STUB_TOKEN: "short" }, platforms.registry)).toEqual({
      ok: false,
      problems: ["STUB_TOKEN: STUB_TOKEN looks too short"],
    });
  });

  it("connects its team, books a session, and stores its people under its own id", async () => {
    const connected = await say("mia-1", "Mia", "/connect STUB-CONN-ECT");
    expect(textOf(connected)).toMatch(/connected/i);
    // Mia is a member now; the admin grants her a pass by name.
    expect(textOf(await ada("stub-grant", "grant", "Mia Spin 10"))).toMatch(/Mia/);
    const asked = await say("mia-1", "Mia", "book spin thursday 18:00");
    let text = textOf(asked);
    if (!text.includes("Booked:")) {
      // A choice (which pass, which session) is a button the person taps.
      const choice = asked.flatMap((r) => r.buttons ?? []).flat()[0];
      expect(choice, text).toBeDefined();
      text = textOf(await tap("mia-1", "Mia", choice!.data));
    }
    expect(text).toContain("Booked: Spin, Thu 26 Nov 2026, 18:00");

    const identity = await db.prisma.platformIdentity.findUniqueOrThrow({
      where: { platform_platformUserId: { platform: STUB_PLATFORM, platformUserId: "mia-1" } },
    });
    const workspace = await db.prisma.chatWorkspace.findUniqueOrThrow({
      where: { platform_externalId: { platform: STUB_PLATFORM, externalId: "stub-team" } },
    });
    const bookings = await db.prisma.booking.findMany({ where: { personId: identity.personId } });
    expect(bookings).toHaveLength(1);
    expect(bookings[0]?.status).toBe("confirmed");
    const org = await db.prisma.organization.findUniqueOrThrow({ where: { id: workspace.orgId } });
    expect(org.name).toBe("Harbour Studio");
    // Every update went through the inbox, recorded under the stub's id and marked done.
    const recorded = await db.prisma.inboxEvent.findMany({ where: { platform: STUB_PLATFORM } });
    expect(recorded.length).toBe(n);
  });

  it("a redelivered update is recorded once and acts once", async () => {
    const update = { updateId: 900, userId: "mia-1", name: "Mia", space: "stub-team", channel: "c" };
    const first = await stub.send({ ...update, text: "book spin tue 18:00" });
    expect(await stub.send({ ...update, text: "book spin tue 18:00" })).toEqual([]);
    expect(first.length).toBeGreaterThan(0);
    expect(await db.prisma.inboxEvent.count({ where: { platform: STUB_PLATFORM } })).toBe(n + 1);
  });

  it("the core asks the stub's capabilities: its name and start links reach invites, forms are asked", () => {
    expect(platforms.capabilities.of(STUB_PLATFORM).forms).toBe("questions");
    const env = parseEnv({ STUB_LINK_HOST: "stub.example" }, platforms.registry);
    if (!env.ok) throw new Error(env.problems.join("; "));
    const links = platforms.inviteLinks(env.env);
    expect(links.apps).toContain("Stub Chat");
    expect(links.startLinks?.map((s) => s.link("CODE1"))).toEqual(["https://stub.example/start/CODE1"]);
  });
});
