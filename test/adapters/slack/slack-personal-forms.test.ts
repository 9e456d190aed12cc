import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSOLE_PLATFORM } from "../../../adapters/console/capabilities.ts";
import { startSlack } from "../../../adapters/slack/start.ts";
import { serve } from "../../../fakes/net/http.ts";
import { postSigned, startFakeSlack } from "../../../fakes/slack/web-api.ts";
import { buildCore } from "../../../src/app/build-core.ts";
import { createPrismaBookingStore } from "../../../src/infra/prisma/booking-store.ts";
import { encodeButton } from "../../../src/intents/button-codec.ts";
import { systemClock } from "../../../src/ports/clock.ts";
import { silentLogger } from "../../../src/ports/logger.ts";
import { seedDemo } from "../../../src/seed/demo.ts";
import { createTestPgliteDatabase, type TestDatabase } from "../../support/test-db.ts";
import { createDbInbox } from "../support/db-inbox.ts";

const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
const ADA = "UADA000001";
const DM = "DADA000001";

interface ModalView {
  private_metadata: string;
  blocks: Array<{ block_id: string; element: { type: string; initial_value?: string } }>;
}

/**
 * The personal-session admin forms as Slack modals, through the real Bolt app and the real chat core
 * (PGlite), against the fake Web API: a slash command or a button opens the modal (views.open), the
 * submission (view_submission) is answered in the DM, and every bad field is refused by name with
 * its allowed values while nothing changes.
 */
describe("slack: personal-session forms as modals (settings, session type basics and rules)", () => {
  let db: TestDatabase;
  let fake: Awaited<ReturnType<typeof startFakeSlack>>;
  let http: { url: string; close(): Promise<void> };
  let inbox: ReturnType<typeof createDbInbox>;
  let n = 0;

  beforeAll(async () => {
    db = await createTestPgliteDatabase();
    const store = createPrismaBookingStore(db.prisma);
    const seeded = await seedDemo(db.prisma, store, systemClock, CONSOLE_PLATFORM);
    await db.prisma.chatWorkspace.create({
      data: { platform: "slack", externalId: "T0001", orgId: seeded.orgId },
    });
    const ada = await db.prisma.person.findFirstOrThrow({ where: { displayName: "Ada" } });
    await db.prisma.platformIdentity.create({
      data: { platform: "slack", platformUserId: ADA, personId: ada.id },
    });
    const core = buildCore({
      clock: systemClock,
      log: silentLogger,
      prisma: db.prisma,
    }).core;
    fake = await startFakeSlack();
    inbox = createDbInbox(db.prisma);
    const adapter = await startSlack(
      { botToken: "xoxb-test-token", signingSecret: SECRET, apiUrl: fake.apiUrl },
      core,
      silentLogger,
      inbox,
    );
    if (!adapter.listener) throw new Error("HTTP mode must expose a listener");
    http = await serve(adapter.listener);
  });
  afterAll(async () => {
    await http?.close();
    await fake?.close();
    await db?.drop();
  });

  const post = (body: string, contentType: "form" | "json" = "form") =>
    postSigned(`${http.url}/slack/events`, SECRET, body, { contentType });
  const opened = async (before: number): Promise<ModalView> => {
    await expect
      .poll(() => fake.requests.filter((r) => r.path === "/api/views.open").length, { timeout: 10_000 })
      .toBeGreaterThan(before);
    // The handling goes on after the modal opened (its lines follow): let it finish first.
    await inbox.stop();
    const calls = fake.requests.filter((r) => r.path === "/api/views.open");
    return (
      (calls[calls.length - 1]?.body as { view: ModalView } | undefined)?.view ?? {
        private_metadata: "",
        blocks: [],
      }
    );
  };
  const viewsOpened = () => fake.requests.filter((r) => r.path === "/api/views.open").length;
  const dmTexts = () =>
    fake.requests
      .filter((r) => r.path === "/api/chat.postMessage")
      .map((r) => String((r.body as { text: string }).text));
  const slash = async (text: string): Promise<ModalView> => {
    const before = viewsOpened();
    await post(
      new URLSearchParams({
        team_id: "T0001",
        channel_id: DM,
        channel_name: "directmessage",
        user_id: ADA,
        user_name: "ada",
        command: "/book",
        text,
        response_url: `${fake.url}/commands/T0001/1/2`,
        trigger_id: `trig.slash.${++n}`,
      }).toString(),
    );
    return opened(before);
  };
  const click = async (data: string): Promise<ModalView> => {
    const before = viewsOpened();
    const payload = {
      type: "block_actions",
      trigger_id: `trig.click.${++n}`,
      user: { id: ADA, username: "ada" },
      team: { id: "T0001" },
      channel: { id: DM },
      actions: [{ type: "button", action_id: `btn_${n}`, value: data }],
    };
    await post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
    return opened(before);
  };
  /** Submits the modal with its initial values, some fields changed; returns the answer posted in the DM. */
  const submit = async (view: ModalView, changes: Record<string, string>): Promise<string> => {
    const before = dmTexts().length;
    const values = Object.fromEntries(
      view.blocks.map((b) => [
        b.block_id,
        { value: { type: b.element.type, value: changes[b.block_id] ?? b.element.initial_value ?? null } },
      ]),
    );
    const payload = {
      type: "view_submission",
      team: { id: "T0001" },
      user: { id: ADA, username: "ada" },
      trigger_id: `trig.submit.${++n}`,
      view: {
        id: "V1",
        type: "modal",
        callback_id: "booking_form",
        private_metadata: view.private_metadata,
        state: { values },
      },
    };
    const res = await post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
    expect(res.status).toBe(200);
    await expect.poll(() => dmTexts().length, { timeout: 10_000 }).toBeGreaterThan(before);
    return dmTexts().slice(before).join("\n");
  };
  const settings = () => db.prisma.personalSettings.findFirstOrThrow();
  const lesson = () => db.prisma.personalSessionType.findFirstOrThrow({ where: { name: "Private lesson" } });

  it("settings: each bad field is refused with its allowed values; a good one is saved", async () => {
    const view = await slash("personal settings");
    expect(view.blocks.map((b) => b.block_id)).toEqual(["enabled", "list", "access", "payment"]);
    const before = await settings();
    expect(await submit(view, { access: "friends" })).toBe("Access level: use public, members, private.");
    expect(await submit(view, { payment: "bitcoin" })).toContain("Payment methods: use");
    expect(await submit(view, { payment: "bitcoin" })).toContain("at_session, check, online");
    expect(await submit(view, { enabled: "perhaps" })).toMatch(/^Enabled: use /);
    expect(await submit(view, { list: "sometimes" })).toMatch(/^Show on member list: use /);
    expect(await settings()).toEqual(before);
    expect(await submit(view, { access: "members", payment: "at_session,online" })).toBe(
      "Personal session settings",
    );
    expect(await settings()).toMatchObject({
      accessLevel: "members",
      paymentMethods: ["at_session", "online"],
    });
  });

  it("a session type's basics and booking rules: field-by-field refusals, then saved", async () => {
    const t = await lesson();
    const basics = await slash("personal type Private lesson");
    expect(basics.blocks.map((b) => b.block_id)).toEqual([
      "name",
      "duration",
      "capacity",
      "price",
      "nonmember",
    ]);
    expect(await submit(basics, { duration: "50" })).toBe(
      "Duration: use 15, 30, 45, 60, 75, 90, 105, 120 (minutes).",
    );
    expect(await submit(basics, { capacity: "0" })).toBe(
      "Capacity: use a whole number from 1 (private) to 100 (group).",
    );
    expect(await submit(basics, { price: "-5" })).toMatch(/^Price: use /);
    expect(await submit(basics, { name: "" })).toMatch(/^Name: use /);
    expect(await lesson()).toEqual(t);

    const rules = await click(encodeButton({ op: "po", form: "r", sessionTypeId: t.id }));
    expect(rules.blocks.map((b) => b.block_id)).toEqual(["buffer", "minlead", "maxlead", "perday", "access"]);
    expect(await submit(rules, { buffer: "20" })).toBe("Buffer: use none, 5, 10, 15, 30, 45, 60 (minutes).");
    expect(await submit(rules, { minlead: "1000" })).toBe(
      "Minimum lead time: use a whole number of hours from 0 to 720.",
    );
    expect(await submit(rules, { maxlead: "lots" })).toMatch(/^Maximum lead time: use /);
    expect(await submit(rules, { perday: "-1" })).toMatch(/^Sessions per day: use /);
    expect(await submit(rules, { access: "vip" })).toMatch(/^Access level: use /);
    expect(await lesson()).toEqual(t);
    expect(await submit(rules, { buffer: "30", perday: "3" })).toBe("Saved: Private lesson");
    expect(await lesson()).toMatchObject({ bufferMinutes: 30, maxPerDay: 3 });

    const details = await click(encodeButton({ op: "po", form: "d", sessionTypeId: t.id }));
    expect(details.blocks.map((b) => b.block_id)).toEqual([
      "status",
      "trainers",
      "description",
      "location",
      "image",
    ]);
    const kept = await lesson();
    expect(await submit(details, { status: "live" })).toMatch(/^Status: use draft, active, paused, archived/);
    expect(await submit(details, { image: "ftp://example.org/x.png" })).toMatch(
      /^Cover image: use an https:\/\/ or http:/,
    );
    expect(await submit(details, { trainers: "Nobody Known" })).toMatch(
      /^Trainers: use trainers of this studio/,
    );
    expect(await lesson()).toEqual(kept);
  });

  it("a new type from the empty basics form: created as a draft, refusals first", async () => {
    const view = await slash("personal type new");
    expect(await submit(view, { name: "Sports massage", duration: "0" })).toBe(
      "Duration: use 15, 30, 45, 60, 75, 90, 105, 120 (minutes).",
    );
    expect(await submit(view, { name: "Sports massage", duration: "45", price: "45" })).toBe(
      "Created: Sports massage",
    );
    expect(
      await db.prisma.personalSessionType.findFirstOrThrow({ where: { name: "Sports massage" } }),
    ).toMatchObject({
      durationMinutes: 45,
      status: "draft",
    });
  });
});
