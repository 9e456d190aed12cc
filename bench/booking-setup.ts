import type { Actor } from "../src/domain/model.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import type { UseCaseDeps } from "../src/use-cases/index.ts";
import * as uc from "../src/use-cases/index.ts";

export interface BenchStudio {
  orgId: string;
  members: Actor[];
  occurrenceIds: string[];
  passOf: Map<string, string>;
  /** The next unused (member, session) pair; kept across runs so no pair is booked twice. */
  cursor: number;
}

/**
 * A studio with `memberCount` members, each holding one large Yoga pass, and a daily Yoga session
 * with room for everyone for `days` days: every (member, session) pair can be booked once.
 */
export async function seedBenchStudio(
  prisma: PrismaClient,
  deps: UseCaseDeps,
  label: string,
  memberCount: number,
  days: number,
  /**
   * The rush bench: fewer spots than members, and its own names. `hours`: a daily session at each
   * of these hours (default one, at 09:00).
   */
  opts: { capacity?: number; kind?: "Bench" | "Rush"; hours?: number[] } = {},
): Promise<BenchStudio> {
  const kind = opts.kind ?? "Bench";
  const org = await prisma.organization.create({
    data: { name: `${kind} ${label}`, timezone: "Europe/Berlin" },
  });
  const adminPerson = await prisma.person.create({ data: { displayName: `${label} admin` } });
  await prisma.membership.create({ data: { orgId: org.id, personId: adminPerson.id, role: "admin" } });
  const admin: Actor = { orgId: org.id, personId: adminPerson.id, role: "admin" };
  const people = Array.from({ length: memberCount }, (_, i) => ({
    id: `${label}-${kind === "Rush" ? "r" : "m"}${i}`,
    displayName: `Member ${i}`,
  }));
  await prisma.person.createMany({ data: people });
  await prisma.membership.createMany({
    data: people.map((p) => ({ orgId: org.id, personId: p.id, role: "member" as const })),
  });
  const yoga = await uc.createTrainingType(deps, admin, { name: "Yoga" });
  const tpl = await uc.createTemplate(deps, admin, {
    name: "Yoga",
    trainingTypeId: yoga.id,
    durationMinutes: 60,
    capacity: opts.capacity ?? memberCount + 10,
  });
  const start = new Date(deps.clock.now().getTime() + 86_400_000).toISOString().slice(0, 10);
  const end = new Date(deps.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
  const scheduleIds: string[] = [];
  for (const hour of opts.hours ?? [9]) {
    const { schedule } = await uc.createSchedule(deps, admin, {
      templateId: tpl.id,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      startTime: `${String(hour).padStart(2, "0")}:00`,
      startDate: start,
      endDate: end,
    });
    scheduleIds.push(schedule.id);
  }
  const passType = await uc.createPassType(deps, admin, {
    name: `${kind} pass`,
    sessions: 1000,
    validityDays: days + 30,
    trainingTypeIds: [yoga.id],
  });
  const members: Actor[] = people.map((p) => ({ orgId: org.id, personId: p.id, role: "member" }));
  const passOf = new Map<string, string>();
  for (const m of members)
    passOf.set(
      m.personId,
      (await uc.grantPass(deps, admin, { personId: m.personId, passTypeId: passType.id })).pass.id,
    );
  const occ = await prisma.occurrence.findMany({
    where: { scheduleId: { in: scheduleIds } },
    orderBy: { startsAt: "asc" },
    select: { id: true },
  });
  return { orgId: org.id, members, occurrenceIds: occ.map((o) => o.id), passOf, cursor: 0 };
}

/** Runs `clients` loops for `seconds`, each taking the next unique (member, session) pair. */
export async function drive(
  studio: BenchStudio,
  clients: number,
  seconds: number,
  book: (member: Actor, occurrenceId: string, passId: string) => Promise<void>,
): Promise<{ done: number; elapsedMs: number; latencies: number[] }> {
  const latencies: number[] = [];
  const deadline = Date.now() + seconds * 1000;
  const started = Date.now();
  const capacity = studio.members.length * studio.occurrenceIds.length;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < deadline && studio.cursor < capacity) {
        const k = studio.cursor++;
        const member = studio.members[k % studio.members.length]!;
        // Consecutive pairs land on different sessions, so clients do not all queue on one row lock.
        const occurrenceId =
          studio.occurrenceIds[(k + Math.floor(k / studio.members.length)) % studio.occurrenceIds.length]!;
        const t0 = performance.now();
        await book(member, occurrenceId, studio.passOf.get(member.personId)!);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  // Out of pairs before the time was up: the rate would be of a shorter run. A bigger studio is needed.
  if (studio.cursor >= capacity && Date.now() < deadline)
    throw new Error(
      `bench studio too small: all ${capacity} (member, session) pairs booked before the time was up`,
    );
  return { done: latencies.length, elapsedMs: Date.now() - started, latencies };
}
