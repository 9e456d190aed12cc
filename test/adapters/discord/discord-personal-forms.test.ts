import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSOLE_PLATFORM } from "../../../adapters/console/capabilities.ts";
import { type DiscordAdapter, startDiscord } from "../../../adapters/discord/start.ts";
import {
  dispatchInteraction,
  FAKE_DISCORD_APP_ID,
  FAKE_DISCORD_TOKEN,
  startFakeDiscord,
} from "../../../fakes/discord/rest-api.ts";
import { buildCore } from "../../../src/app/build-core.ts";
import { createPrismaBookingStore } from "../../../src/infra/prisma/booking-store.ts";
import { encodeButton } from "../../../src/intents/button-codec.ts";
import { systemClock } from "../../../src/ports/clock.ts";
import { silentLogger } from "../../../src/ports/logger.ts";
import { seedDemo } from "../../../src/seed/demo.ts";
import { createTestPgliteDatabase, type TestDatabase } from "../../support/test-db.ts";
import { createDbInbox } from "../support/db-inbox.ts";
import { botMessage, GUILD, interaction, member } from "./discord-fixtures.ts";

interface Modal {
  custom_id: string;
  components: Array<{ components: Array<{ custom_id: string; value?: string }> }>;
}

/**
 * The personal-session admin forms as Discord modals, through discord.js and the real chat core
 * (PGlite), against the fake REST API: a slash command or a button answers with a modal (callback
 * type 9, at most five text inputs), the submission (MODAL_SUBMIT) is answered by the core, and
 * every bad field is refused by name with its allowed values while nothing changes.
 */
describe("discord: personal-session forms as modals (settings, session type basics, details, rules)", () => {
  let db: TestDatabase;
  let fake: Awaited<ReturnType<typeof startFakeDiscord>>;
  let adapter: DiscordAdapter;
  let n = 1_000_000_000_000_000_100n;

  beforeAll(async () => {
    db = await createTestPgliteDatabase();
    const store = createPrismaBookingStore(db.prisma);
    const seeded = await seedDemo(db.prisma, store, systemClock, CONSOLE_PLATFORM);
    await db.prisma.chatWorkspace.create({
      data: { platform: "discord", externalId: GUILD, orgId: seeded.orgId },
    });
    const ada = await db.prisma.person.findFirstOrThrow({ where: { displayName: "Ada" } });
    await db.prisma.platformIdentity.create({
      data: { platform: "discord", platformUserId: member.user.id, personId: ada.id },
    });
    const core = buildCore({
      clock: systemClock,
      log: silentLogger,
      prisma: db.prisma,
    }).core;
    fake = await startFakeDiscord();
    adapter = await startDiscord(
      {
        token: FAKE_DISCORD_TOKEN,
        applicationId: FAKE_DISCORD_APP_ID,
        apiBase: fake.apiBase,
        connect: false,
      },
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

  /** The first callback body for an interaction (its modal, or its answer). */
  const answerTo = async (id: string) => {
    const r = await fake.waitFor((x) => x.path.includes(`/interactions/${id}/`), 10_000);
    return r.body as { type: number; data: Modal & { content?: string; embeds?: unknown[] } };
  };
  const modalOf = async (id: string): Promise<Modal> => {
    const body = await answerTo(id);
    expect(body.type).toBe(9);
    return body.data;
  };
  const slash = async (args: string): Promise<Modal> => {
    const id = String(++n);
    dispatchInteraction(
      adapter.client,
      interaction(id, 2, {
        id: "771825006014889990",
        name: "personal",
        type: 1,
        options: [{ type: 3, name: "trainer", value: args }],
      }),
    );
    return modalOf(id);
  };
  const click = async (data: string): Promise<Modal> => {
    const id = String(++n);
    dispatchInteraction(
      adapter.client,
      interaction(id, 3, { custom_id: data, component_type: 2 }, { message: botMessage }),
    );
    return modalOf(id);
  };
  const fieldsOf = (m: Modal) => m.components.map((row) => row.components[0]?.custom_id);
  /** Submits the modal with its initial values, some changed; returns what the core answered. */
  const submit = async (m: Modal, changes: Record<string, string>): Promise<string> => {
    const id = String(++n);
    dispatchInteraction(
      adapter.client,
      interaction(id, 5, {
        custom_id: m.custom_id,
        components: m.components.map((row, i) => ({
          type: 1,
          components: [
            {
              type: 4,
              id: i + 1,
              custom_id: row.components[0]?.custom_id,
              value: changes[row.components[0]?.custom_id ?? ""] ?? row.components[0]?.value ?? "",
            },
          ],
        })),
      }),
    );
    return JSON.stringify(await answerTo(id));
  };
  const settings = () => db.prisma.personalSettings.findFirstOrThrow();
  const lesson = () => db.prisma.personalSessionType.findFirstOrThrow({ where: { name: "Private lesson" } });

  it("settings: each bad field is refused with its allowed values; a good one is saved", async () => {
    const m = await slash("settings");
    expect(fieldsOf(m)).toEqual(["enabled", "list", "access", "payment"]);
    const before = await settings();
    expect(await submit(m, { access: "friends" })).toContain("Access level: use public, members, private.");
    expect(await submit(m, { payment: "bitcoin" })).toContain("Payment methods: use");
    expect(await submit(m, { enabled: "perhaps" })).toContain("Enabled: use ");
    expect(await submit(m, { list: "sometimes" })).toContain("Show on member list: use ");
    expect(await settings()).toEqual(before);
    expect(await submit(m, { access: "members", payment: "check" })).toContain("Personal session settings");
    expect(await settings()).toMatchObject({ accessLevel: "members", paymentMethods: ["check"] });
  });

  it("a session type's three forms: field-by-field refusals, then saved", async () => {
    const t = await lesson();
    const basics = await slash("type Private lesson");
    expect(fieldsOf(basics)).toEqual(["name", "duration", "capacity", "price", "nonmember"]);
    expect(await submit(basics, { duration: "50" })).toContain(
      "Duration: use 15, 30, 45, 60, 75, 90, 105, 120 (minutes).",
    );
    expect(await submit(basics, { capacity: "101" })).toContain(
      "Capacity: use a whole number from 1 (private) to 100 (group).",
    );
    expect(await submit(basics, { nonmember: "cheap" })).toContain("Non-member price: use ");
    expect(await lesson()).toEqual(t);

    const details = await click(encodeButton({ op: "po", form: "d", sessionTypeId: t.id }));
    expect(fieldsOf(details)).toEqual(["status", "trainers", "description", "location", "image"]);
    expect(await submit(details, { status: "live" })).toContain(
      "Status: use draft, active, paused, archived",
    );
    expect(await submit(details, { image: "javascript:alert(1)" })).toContain(
      "Cover image: use an https:// or http:",
    );
    expect(await lesson()).toEqual(t);

    const rules = await click(encodeButton({ op: "po", form: "r", sessionTypeId: t.id }));
    expect(fieldsOf(rules)).toEqual(["buffer", "minlead", "maxlead", "perday", "access"]);
    expect(await submit(rules, { buffer: "7" })).toContain(
      "Buffer: use none, 5, 10, 15, 30, 45, 60 (minutes).",
    );
    expect(await submit(rules, { minlead: "-3" })).toContain(
      "Minimum lead time: use a whole number of hours from 0 to 720.",
    );
    expect(await lesson()).toEqual(t);
    expect(await submit(rules, { buffer: "45" })).toContain("Saved: Private lesson");
    expect(await lesson()).toMatchObject({ bufferMinutes: 45 });
  });
});
