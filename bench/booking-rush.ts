import type pg from "pg";
import type { Actor } from "../src/domain/model.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import type { UseCaseDeps } from "../src/use-cases/index.ts";
import * as uc from "../src/use-cases/index.ts";

export interface RushStudio {
  orgId: string;
  members: Actor[];
  passOf: Map<string, string>;
  /** One fresh session per rush, each with `capacity` spots. */
  occurrenceIds: string[];
  next: number;
}

/** A studio whose `memberCount` members each hold a Yoga pass, and daily sessions with `capacity` spots. */
export async function seedRushStudio(
  prisma: PrismaClient,
  deps: UseCaseDeps,
  label: string,
  memberCount: number,
  capacity: number,
  sessions: number,
): Promise<RushStudio> {
  const org = await prisma.organization.create({
    data: { name: `Rush ${label}`, timezone: "Europe/Berlin" },
  });
  const adminPerson = await prisma.person.create({ data: { displayName: `${label} admin` } });
  await prisma.membership.create({ data: { orgId: org.id, personId: adminPerson.id, role: "admin" } });
  const admin: Actor = { orgId: org.id, personId: adminPerson.id, role: "admin" };
  const people = Array.from({ length: memberCount }, (_, i) => ({
    id: `${label}-r${i}`,
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
    capacity,
  });
  const day = (n: number) => new Date(deps.clock.now().getTime() + n * 86_400_000).toISOString().slice(0, 10);
  const { schedule } = await uc.createSchedule(deps, admin, {
    templateId: tpl.id,
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    startTime: "09:00",
    startDate: day(1),
    endDate: day(sessions),
  });
  const passType = await uc.createPassType(deps, admin, {
    name: "Rush pass",
    sessions: 1000,
    validityDays: sessions + 30,
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
    where: { scheduleId: schedule.id },
    orderBy: { startsAt: "asc" },
    select: { id: true },
  });
  return { orgId: org.id, members, passOf, occurrenceIds: occ.map((o) => o.id), next: 0 };
}

export interface RushRun {
  elapsedMs: number;
  /** Reply time of each member, from the moment everyone pressed "book". */
  latencies: number[];
  failures: number;
}

/** Every member books the studio's next session at the same moment. */
export async function rush(
  studio: RushStudio,
  book: (member: Actor, occurrenceId: string, passId: string) => Promise<void>,
): Promise<RushRun> {
  const occurrenceId = studio.occurrenceIds[studio.next++];
  if (!occurrenceId) throw new Error("out of rush sessions: raise the session count");
  const started = performance.now();
  const latencies: number[] = [];
  let failures = 0;
  await Promise.all(
    studio.members.map(async (m) => {
      try {
        await book(m, occurrenceId, studio.passOf.get(m.personId) ?? "");
      } catch (e) {
        failures++;
        if (failures === 1) console.error("rush booking failed:", e);
      }
      latencies.push(performance.now() - started);
    }),
  );
  return { elapsedMs: performance.now() - started, latencies, failures };
}

/** The rush must end with exactly `capacity` confirmed and everyone else waitlisted, each once. */
export async function checkRush(pool: pg.Pool, studio: RushStudio, capacity: number): Promise<string | null> {
  const occurrenceIds = studio.occurrenceIds.slice(0, studio.next);
  const r = await pool.query(
    `SELECT "occurrenceId", count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
            count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted
     FROM "Booking" WHERE "occurrenceId" = ANY($1) GROUP BY "occurrenceId"`,
    [occurrenceIds],
  );
  for (const row of r.rows as Array<{ occurrenceId: string; confirmed: number; waitlisted: number }>) {
    if (row.confirmed !== capacity || row.waitlisted !== studio.members.length - capacity)
      return `session ${row.occurrenceId}: ${row.confirmed} confirmed, ${row.waitlisted} waitlisted`;
  }
  return r.rowCount === occurrenceIds.length ? null : "a rush session has no bookings";
}
