/**
 * Issue 24 item 13: the statements behind the everyday operations read what they need, not a
 * studio's history. A studio with 3,000 members, two years of past sessions and 300,000 past bookings (plus a
 * trainer's past personal sessions), ANALYZEd; every statement the app sends while a member asks for
 * their bookings (upcoming and a past page), cancels through chat with a waitlist promotion, lists
 * tomorrow, books by text, searches slots, cancels and books a personal session is captured as it
 * goes to PostgreSQL and EXPLAINed with its own parameters; the statements inside the triggers
 * (personal-booking guards, a session moving its bookings) are EXPLAINed by auto_explain. No plan may
 * hold a sequential scan of a table that grows with history or with the studio.
 */
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type ScaleSize, type ScaleStudio, SMALL_CLASS, seedScaleStudio } from "../../bench/scale-seed.ts";
import { buildCore } from "../../src/app/build-core.ts";
import { createPrismaPersonalStore } from "../../src/infra/prisma/personal-store.ts";
import { encodeButton } from "../../src/intents/button-codec.ts";
import { type IncomingInput, lineText } from "../../src/ports/chat.ts";
import { systemClock } from "../../src/ports/clock.ts";
import { silentLogger } from "../../src/ports/logger.ts";
import * as uc from "../../src/use-cases/index.ts";
import * as pu from "../../src/use-cases/personal/index.ts";
import { createTestPgDatabase, describePg, type TestDatabase } from "../support/test-db.ts";

const GROWING = new Set([
  "Booking",
  "PersonalBooking",
  "Occurrence",
  "OutboxEvent",
  "PassLedger",
  "Pass",
  "InboxEvent",
  "NoticeDelivery",
  "Membership",
  "Person",
  "PlatformIdentity",
]);

const SIZE: ScaleSize = {
  label: "h",
  members: 3000,
  templates: ["Yoga", "Pilates", "Barre", "Boxing", "Zumba"],
  hours: [7, 12, 19],
  // One trainer per template and one for the small class: nobody teaches two classes at once (the
  // clash guard refuses that).
  trainers: 6,
  history: 100,
  personalHistory: 1500,
};

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "One-Time Filter"?: string;
  Plans?: PlanNode[];
};
/**
 * Sequential scans of growing tables in a plan. A branch under a one-time filter runs only when its
 * condition holds: the members' names are read for staff only (a trainer's message may name any
 * member), gated so; a member's message never enters it.
 */
function seqScans(node: PlanNode, out: string[] = []): string[] {
  if (node["Node Type"] === "Seq Scan" && node["Relation Name"] && GROWING.has(node["Relation Name"]))
    out.push(node["Relation Name"]);
  if (node["Node Type"] === "Result" && node["One-Time Filter"]) return out;
  for (const p of node.Plans ?? []) seqScans(p, out);
  return out;
}

/** Every statement any pg client of this process sends while `on`. */
type Sent = { text: string; values: unknown[] };
const sent: Sent[] = [];
let on = false;
const originalQuery = pg.Client.prototype.query;
function startCapture(): void {
  pg.Client.prototype.query = function (this: pg.Client, config: unknown, values?: unknown, cb?: unknown) {
    if (on) {
      const c = config as { text?: string; values?: unknown[] } | string;
      const text = typeof c === "string" ? c : c?.text;
      const vals = typeof c === "string" ? values : (c?.values ?? values);
      if (text) sent.push({ text, values: Array.isArray(vals) ? vals : [] });
    }
    return (originalQuery as (...a: unknown[]) => unknown).call(this, config, values, cb);
  } as typeof pg.Client.prototype.query;
}

const CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SET|SAVEPOINT|RELEASE|DEALLOCATE|SHOW|START)\b/i;

describePg("the everyday statements on a studio with history", () => {
  let db: TestDatabase;
  let studio: ScaleStudio;
  let seq = 0;

  beforeAll(async () => {
    db = await createTestPgDatabase(4);
    const { deps } = buildCore({ clock: systemClock, log: silentLogger, prisma: db.prisma });
    const pdeps: pu.PersonalDeps = {
      personal: createPrismaPersonalStore(db.prisma),
      clock: systemClock,
      fetcher: { fetch: async () => Promise.reject(new Error("no feeds")) },
    };
    studio = await seedScaleStudio(
      db.prisma,
      { store: deps.store, clock: systemClock },
      pdeps,
      SIZE,
      () => {},
    );
  }, 240_000);

  afterAll(async () => {
    pg.Client.prototype.query = originalQuery;
    await db?.drop();
  });

  it("EXPLAIN shows no sequential scan of a growing table in any of them", async () => {
    const booked = await db.prisma.booking.count();
    expect(booked).toBeGreaterThan(250_000);
    const { core, deps } = buildCore({ clock: systemClock, log: silentLogger, prisma: db.prisma });
    const pdeps: pu.PersonalDeps = {
      personal: createPrismaPersonalStore(db.prisma),
      clock: systemClock,
      fetcher: { fetch: async () => Promise.reject(new Error("no feeds")) },
    };
    const useCaseDeps = { store: deps.store, clock: systemClock };
    const [a, b, c] = [studio.members[0]!, studio.members[1]!, studio.members[2]!];
    const small = await db.prisma.occurrence.findFirstOrThrow({
      where: {
        orgId: studio.orgId,
        template: { name: SMALL_CLASS },
        startsAt: studio.day(2).set({ hour: 7 }).toJSDate(),
      },
    });
    await uc.bookSession(useCaseDeps, c, { occurrenceId: small.id });
    await uc.bookSession(useCaseDeps, a, { occurrenceId: small.id });
    await uc.bookSession(useCaseDeps, b, { occurrenceId: small.id }); // waits
    const yoga = await db.prisma.occurrence.findFirstOrThrow({
      where: {
        orgId: studio.orgId,
        template: { name: "Yoga" },
        startsAt: studio.day(3).set({ hour: 12 }).toJSDate(),
      },
    });
    const toCancel = await uc.bookSession(useCaseDeps, c, { occurrenceId: yoga.id });

    const say = (member: number, input: IncomingInput) => {
      const id = String(1_000_000 + member);
      return core.handle({
        platform: "telegram",
        eventId: `plans-${process.pid}-${++seq}`,
        user: { platformUserId: id, displayName: `Member ${member}` },
        conversation: { workspaceId: null, channelId: id, isDirect: true },
        input,
      });
    };
    const text = (replies: Awaited<ReturnType<typeof say>>) =>
      replies.flatMap((r) => [r.title ?? "", ...r.lines.map((l) => lineText(l))]).join("\n");

    startCapture();
    on = true;
    const mine = await say(0, { kind: "text", text: "my bookings" });
    expect(text(mine)).toMatch(/booked/i);
    const pastPage = await say(0, { kind: "button", data: encodeButton({ op: "mb", page: 2, past: true }) });
    expect(text(pastPage)).toMatch(/Past bookings \(page 3\)/);
    const ask = await say(0, {
      kind: "text",
      text: `cancel ${SMALL_CLASS.toLowerCase()} ${studio.day(2).toFormat("d LLLL")} 7am`,
    });
    const yes = ask
      .flatMap((r) => r.buttons ?? [])
      .flat()
      .find((x) => x.label === "Yes, cancel");
    expect(yes, text(ask)).toBeDefined();
    expect(text(await say(0, { kind: "button", data: yes!.data }))).toMatch(/Cancelled/);
    expect(text(await say(0, { kind: "text", text: "sessions tomorrow" }))).toMatch(/Yoga/);
    const bookText = `book yoga ${studio.day(2).toFormat("d LLLL")} 12pm`;
    expect(text(await say(1, { kind: "text", text: bookText }))).toMatch(/Booked/);
    const slots = await pu.findFreeSlots(pdeps, a, {
      sessionTypeId: studio.lessonTypeId,
      from: studio.day(1).toJSDate(),
      to: studio.day(8).toJSDate(),
    });
    expect(slots.slots.length).toBeGreaterThan(0);
    await uc.cancelBooking(useCaseDeps, c, { bookingId: toCancel.booking.id });
    await pu.bookPersonalSession(pdeps, a, {
      sessionTypeId: studio.lessonTypeId,
      trainerId: studio.trainer.personId,
      startsAt: slots.slots[0]!.startsAt,
    });
    on = false;
    pg.Client.prototype.query = originalQuery;
    // The waiting member got the spot: the statements above did their work.
    expect(
      (await db.prisma.booking.findFirstOrThrow({ where: { occurrenceId: small.id, personId: b.personId } }))
        .status,
    ).toBe("confirmed");

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const found: string[] = [];
    const texts = new Map<string, Sent>();
    for (const s of sent) if (!CONTROL.test(s.text)) texts.set(`${s.text}\n${JSON.stringify(s.values)}`, s);
    expect(texts.size).toBeGreaterThan(20);
    try {
      for (const s of texts.values()) {
        const r = await client.query<{ "QUERY PLAN": Array<{ Plan: PlanNode }> }>(
          `EXPLAIN (FORMAT JSON) ${s.text}`,
          s.values,
        );
        const scans = seqScans(r.rows[0]!["QUERY PLAN"][0]!.Plan);
        if (scans.length) found.push(`${scans.join(", ")} in: ${s.text.replace(/\s+/g, " ").slice(0, 300)}`);
      }

      // The triggers' own statements, planned as they run (auto_explain reports nested statements).
      const nested: string[] = [];
      client.on("notice", (n) => {
        const m = n.message ?? "";
        const at = m.indexOf("{");
        if (m.includes("plan:") && at >= 0) nested.push(m.slice(at));
      });
      await client.query("LOAD 'auto_explain'");
      await client.query(
        "SET auto_explain.log_min_duration = 0; SET auto_explain.log_nested_statements = on; SET auto_explain.log_format = json; SET client_min_messages = log",
      );
      const trainer = studio.trainer.personId;
      // A free slot well clear of the one just booked.
      const later = slots.slots.find(
        (x) => x.startsAt.getTime() >= slots.slots[0]!.startsAt.getTime() + 3 * 3_600_000,
      )!;
      await client.query("BEGIN");
      // A personal booking (personal_booking_guard: slot, overlaps, group sessions, daily maximum).
      await client.query(
        `INSERT INTO "PersonalBooking" (id, "orgId", "sessionTypeId", "trainerId", "personId", "startsAt", "endsAt",
          "bufferMinutes", "paymentMethod", "amountCents")
         VALUES ('plan-pb', $1, $2, $3, $4, $5, $6, 15, 'at_session', 4000)`,
        [
          studio.orgId,
          studio.lessonTypeId,
          trainer,
          c.personId,
          later.startsAt,
          new Date(later.startsAt.getTime() + 3_600_000),
        ],
      );
      // A session of that trainer moves (occurrence_trainer_guard, and its bookings follow it).
      await client.query(
        `UPDATE "Occurrence" SET "startsAt" = "startsAt" + interval '5 minutes'
         WHERE id = (SELECT id FROM "Occurrence" WHERE "trainerId" = $1 AND "startsAt" > now() + interval '5 days'
           ORDER BY "startsAt" LIMIT 1)`,
        [trainer],
      );
      await client.query("ROLLBACK");
      expect(nested.length).toBeGreaterThan(4);
      for (const j of nested) {
        const plan = JSON.parse(j) as { "Query Text": string; Plan: PlanNode };
        const scans = seqScans(plan.Plan);
        if (scans.length)
          found.push(
            `${scans.join(", ")} in trigger: ${plan["Query Text"].replace(/\s+/g, " ").slice(0, 300)}`,
          );
      }
    } finally {
      await client.end();
    }
    expect(found).toEqual([]);
  }, 120_000);
});
