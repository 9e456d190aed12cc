/**
 * npm run bench:scale: does a studio's history make the everyday operations slower? Two studios on
 * real PostgreSQL, each in a database of its own: S (100 members, 21 sessions a week, no history)
 * and L (10,000 members, 497 sessions a week, 500 past bookings each: 5 million bookings). Six
 * operations, each timed on S and on L alternately (S L, then L S), each try on a fresh member or
 * session, through the chat core (a private Telegram chat, as the adapter hands it over) or the use
 * case: "my bookings", cancel + promotion through chat (the text, then "Yes, cancel"), "sessions
 * tomorrow", a text booking, slot search (findFreeSlots) and the cancel use case. Prints each
 * operation's medians and L/S, and checks in the database that every try did its work.
 *
 * Env: BENCH_SECONDS (default 300) bounds the measuring time: 40 tries per operation unless the
 * time runs out first (at least 5; a short run says so). BENCH_SCALE_MEMBERS (default 10000) makes
 * L smaller for a quick run (500 past bookings each either way); the figure is the full-size one.
 * Last line: RESULT scale value=<worst L/S median ratio> baseline=1 ratio=<same> target=1.5 unit=x
 */
import { buildCore } from "../src/app/build-core.ts";
import { createPrismaBookingStore } from "../src/infra/prisma/booking-store.ts";
import { createPrismaPersonalStore } from "../src/infra/prisma/personal-store.ts";
import { lineText, type Reply } from "../src/ports/chat.ts";
import { systemClock } from "../src/ports/clock.ts";
import { silentLogger } from "../src/ports/logger.ts";
import * as uc from "../src/use-cases/index.ts";
import * as pu from "../src/use-cases/personal/index.ts";
import { type BenchDatabase, openBenchDatabase } from "./chat-studio.ts";
import { type ScaleStudio, SIZE_S, SMALL_CLASS, seedScaleStudio, sizeL } from "./scale-seed.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 300);
const L_MEMBERS = Number(process.env.BENCH_SCALE_MEMBERS ?? 10_000);
const TRIES = 40;
const WARMUP = 3;
const TARGET = 1.5;
const log = (s: string) => console.log(s);

interface Side {
  name: "S" | "L";
  bench: BenchDatabase;
  studio: ScaleStudio;
  core: ReturnType<typeof buildCore>["core"];
  deps: ReturnType<typeof buildCore>["deps"];
  pdeps: pu.PersonalDeps;
}

let eventSeq = 0;
const textOf = (replies: Reply[]) =>
  replies.map((r) => [r.title ?? "", ...r.lines.map(lineText)].join("\n")).join("\n");

function chat(
  side: Side,
  member: number,
  input: { kind: "text"; text: string } | { kind: "button"; data: string },
) {
  const id = String(1_000_000 + member);
  return side.core.handle({
    platform: "telegram",
    eventId: `scale-${process.pid}-${++eventSeq}`,
    user: { platformUserId: id, displayName: `Member ${member}` },
    conversation: { workspaceId: null, channelId: id, isDirect: true },
    input,
  });
}

function expect(ok: boolean, what: string): void {
  if (!ok) throw new Error(`FAILED: ${what}`);
}

async function openSide(name: "S" | "L", members: number): Promise<Side> {
  const bench = await openBenchDatabase(`scale_${name.toLowerCase()}`, 4);
  const { core, deps } = buildCore({ clock: systemClock, log: silentLogger, prisma: bench.db.prisma });
  const pdeps: pu.PersonalDeps = {
    personal: createPrismaPersonalStore(bench.db.prisma),
    clock: systemClock,
    fetcher: { fetch: async () => Promise.reject(new Error("no feeds in the bench")) },
  };
  const useCaseDeps = { store: createPrismaBookingStore(bench.db.prisma), clock: systemClock };
  const t0 = Date.now();
  const studio = await seedScaleStudio(
    bench.db.prisma,
    useCaseDeps,
    pdeps,
    name === "S" ? SIZE_S : sizeL(members),
    log,
  ).catch(async (e) => {
    await bench.drop();
    throw e;
  });
  log(`${name}: seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { name, bench, studio, core, deps, pdeps };
}

/** The sessions the tries act on, by local day and hour. */
async function occurrenceAt(side: Side, name: string, dayOffset: number, hour: number): Promise<string> {
  const at = side.studio.day(dayOffset).set({ hour }).toJSDate();
  const o = await side.bench.db.prisma.occurrence.findFirstOrThrow({
    where: { orgId: side.studio.orgId, startsAt: at, template: { name } },
    select: { id: true },
  });
  return o.id;
}

/**
 * What the tries need, made through the use cases before any timing: for try i, member i holds the
 * small class of day i + 2 (with member 99) and member 50 + i waits for it; member i also holds Yoga at 09:00 on day 3.
 */
async function prepare(side: Side, tries: number) {
  const { studio, deps } = side;
  const useCaseDeps = { store: deps.store, clock: systemClock };
  const cancelBookings: string[] = [];
  for (let i = 0; i < tries; i++) {
    const small = await occurrenceAt(side, SMALL_CLASS, i + 2, 7);
    const a = studio.members[i]!;
    const b = studio.members[50 + i]!;
    await uc.bookSession(useCaseDeps, studio.members[99]!, { occurrenceId: small });
    await uc.bookSession(useCaseDeps, a, { occurrenceId: small });
    const w = await uc.bookSession(useCaseDeps, b, { occurrenceId: small });
    expect(w.booking.status === "waitlisted", `${side.name}: member ${50 + i} waits for ${SMALL_CLASS}`);
    const yoga = await occurrenceAt(side, "Yoga", 3, 9);
    const c = await uc.bookSession(useCaseDeps, a, { occurrenceId: yoga });
    cancelBookings.push(c.booking.id);
  }
  return { cancelBookings };
}

type Op = { name: string; run(side: Side, i: number): Promise<void> };

function operations(prepared: Map<Side, { cancelBookings: string[] }>): Op[] {
  return [
    {
      name: "my bookings (chat)",
      async run(side, i) {
        const r = await chat(side, 70 + (i % 20), { kind: "text", text: "my bookings" });
        expect(/bookings/i.test(textOf(r)), `${side.name}: "my bookings" answered ${textOf(r)}`);
      },
    },
    {
      name: "cancel + promotion (chat)",
      async run(side, i) {
        const day = side.studio.day(i + 2).toFormat("d LLLL");
        const ask = await chat(side, i, {
          kind: "text",
          text: `cancel ${SMALL_CLASS.toLowerCase()} ${day} 7am`,
        });
        const yes = ask
          .flatMap((r) => r.buttons ?? [])
          .flat()
          .find((b) => b.label === "Yes, cancel");
        expect(yes !== undefined, `${side.name}: cancel ${day} asked ${textOf(ask)}`);
        const done = await chat(side, i, { kind: "button", data: yes!.data });
        expect(/Cancelled/.test(textOf(done)), `${side.name}: cancel answered ${textOf(done)}`);
      },
    },
    {
      name: "sessions tomorrow (chat)",
      async run(side, i) {
        const r = await chat(side, 70 + (i % 20), { kind: "text", text: "sessions tomorrow" });
        expect(/Yoga/.test(textOf(r)), `${side.name}: "sessions tomorrow" answered ${textOf(r)}`);
      },
    },
    {
      name: "text booking (chat)",
      async run(side, i) {
        const day = side.studio.day(2).toFormat("d LLLL");
        const r = await chat(side, i, { kind: "text", text: `book yoga ${day} 9am` });
        expect(/Booked/i.test(textOf(r)), `${side.name}: booking answered ${textOf(r)}`);
      },
    },
    {
      name: "slot search (use case)",
      async run(side) {
        const from = side.studio.day(1).toJSDate();
        const to = side.studio.day(8).toJSDate();
        const r = await pu.findFreeSlots(side.pdeps, side.studio.members[99]!, {
          sessionTypeId: side.studio.lessonTypeId,
          from,
          to,
        });
        expect(r.slots.length > 0, `${side.name}: no free slots`);
      },
    },
    {
      name: "cancel (use case)",
      async run(side, i) {
        const bookingId = prepared.get(side)!.cancelBookings[i]!;
        const r = await uc.cancelBooking(
          { store: side.deps.store, clock: systemClock },
          side.studio.members[i]!,
          {
            bookingId,
          },
        );
        expect(r.booking.status === "cancelled", `${side.name}: cancel use case`);
      },
    },
  ];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main() {
  log(
    `bench:scale: L = ${L_MEMBERS} members x 500 past bookings (${(L_MEMBERS * 500).toLocaleString("en")} bookings)`,
  );
  const sides: Side[] = [];
  try {
    sides.push(await openSide("S", 100));
    sides.push(await openSide("L", L_MEMBERS));
    const tries = WARMUP + TRIES;
    const prepared = new Map<Side, { cancelBookings: string[] }>();
    for (const side of sides) prepared.set(side, await prepare(side, tries));
    const ops = operations(prepared);
    const times = new Map<string, { S: number[]; L: number[] }>(ops.map((o) => [o.name, { S: [], L: [] }]));
    const deadline = Date.now() + SECONDS * 1000;
    let done = 0;
    for (let i = 0; i < tries; i++) {
      if (i >= WARMUP + 5 && Date.now() > deadline) break;
      for (const op of ops) {
        const order = i % 2 === 0 ? sides : [...sides].reverse();
        for (const side of order) {
          const t0 = performance.now();
          await op.run(side, i);
          const ms = performance.now() - t0;
          if (i >= WARMUP) times.get(op.name)![side.name].push(ms);
        }
      }
      if (i >= WARMUP) done++;
    }
    // Every try did its work: each waiting member got the spot, each booking is there.
    for (const side of sides) {
      const p = side.bench.db.prisma;
      const promoted = await p.booking.count({
        where: {
          orgId: side.studio.orgId,
          personId: { in: side.studio.members.slice(50, 50 + WARMUP + done).map((m) => m.personId) },
          status: "confirmed",
          occurrence: { template: { name: SMALL_CLASS }, startsAt: { gt: new Date() } },
        },
      });
      expect(
        promoted === WARMUP + done,
        `${side.name}: ${promoted} of ${WARMUP + done} waiting members promoted`,
      );
      const yoga = await occurrenceAt(side, "Yoga", 2, 9);
      const booked = await p.booking.count({ where: { occurrenceId: yoga, status: "confirmed" } });
      expect(booked === WARMUP + done, `${side.name}: ${booked} of ${WARMUP + done} text bookings`);
    }
    if (done < TRIES) log(`SHORT RUN: ${done} tries per operation (BENCH_SECONDS=${SECONDS}); not a result`);
    if (L_MEMBERS !== 10_000) log(`SMALL L: ${L_MEMBERS} members; the figure is for 10,000`);
    let worst = 0;
    for (const op of ops) {
      const t = times.get(op.name)!;
      const s = median(t.S);
      const l = median(t.L);
      worst = Math.max(worst, l / s);
      log(
        `${op.name.padEnd(28)} S ${s.toFixed(2).padStart(7)} ms   L ${l.toFixed(2).padStart(7)} ms   L/S ${(l / s).toFixed(2)}x`,
      );
    }
    log(
      `RESULT scale value=${worst.toFixed(2)} baseline=1 ratio=${worst.toFixed(2)} target=${TARGET} unit=x`,
    );
  } finally {
    for (const side of sides) await side.bench.drop();
  }
}

await main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
