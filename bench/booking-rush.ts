import type pg from "pg";
import type { Actor } from "../src/domain/model.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import type { UseCaseDeps } from "../src/use-cases/index.ts";
import { seedBenchStudio } from "./booking-setup.ts";

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
  const s = await seedBenchStudio(prisma, deps, label, memberCount, sessions, { capacity, kind: "Rush" });
  return { orgId: s.orgId, members: s.members, passOf: s.passOf, occurrenceIds: s.occurrenceIds, next: 0 };
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
