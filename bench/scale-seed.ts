/**
 * The studios of bench:scale. Everything a member or the chat touches is made through the use cases
 * (types, templates, schedules, passes, personal sessions, the bookings the timed operations act
 * on); the history (past sessions and past bookings, millions of rows) is bulk SQL with
 * generate_series, as a studio's years would have left it.
 */
import { DateTime } from "luxon";
import type { Actor } from "../src/domain/model.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import type { UseCaseDeps } from "../src/use-cases/index.ts";
import * as uc from "../src/use-cases/index.ts";
import type { PersonalDeps } from "../src/use-cases/personal/index.ts";
import * as pu from "../src/use-cases/personal/index.ts";

export const ZONE = "Europe/Berlin";

export interface ScaleSize {
  label: string;
  members: number;
  /** Group templates, each on a daily schedule at each of `hours`. */
  templates: string[];
  hours: number[];
  trainers: number;
  /** Past bookings per member (0: no history). */
  history: number;
  /** Past personal sessions of the trainer whose slots are searched. */
  personalHistory: number;
}

/** The extra daily 07:00 class of capacity 2 that cancel + promotion uses (one per try). */
export const SMALL_CLASS = "Salsa";
const WORDS = [
  "Yoga",
  "Pilates",
  "Barre",
  "Boxing",
  "Zumba",
  "Spinning",
  "Kettlebell",
  "Rowing",
  "Judo",
  "Karate",
  "Aerobics",
  "Crossfit",
  "Capoeira",
  "Tabata",
];

/** S: 100 members, 21 sessions a week (2 x 7 + the small class), no history. */
export const SIZE_S: ScaleSize = {
  label: "s",
  members: 100,
  templates: ["Yoga"],
  hours: [9, 18],
  trainers: 2,
  history: 0,
  personalHistory: 0,
};

/** L: 10,000 members (fewer with BENCH_SCALE_MEMBERS), 497 sessions a week (14 x 5 x 7 + 7), 500 past bookings each. */
export function sizeL(members: number): ScaleSize {
  return {
    label: "l",
    members,
    templates: WORDS,
    hours: [7, 9, 12, 17, 19],
    trainers: 20,
    history: 500,
    personalHistory: 1500,
  };
}

export interface ScaleStudio {
  size: ScaleSize;
  orgId: string;
  admin: Actor;
  members: Actor[];
  trainer: Actor;
  lessonTypeId: string;
  /** Local day (yyyy-MM-dd) k days after today. */
  day(k: number): DateTime;
}

const personId = (label: string, i: number) => `${label}-m${String(i).padStart(6, "0")}`;

export async function seedScaleStudio(
  prisma: PrismaClient,
  deps: UseCaseDeps,
  pdeps: PersonalDeps,
  size: ScaleSize,
  log: (s: string) => void,
): Promise<ScaleStudio> {
  const t0 = Date.now();
  const { label } = size;
  const org = await prisma.organization.create({ data: { name: `Scale ${label}`, timezone: ZONE } });
  const staff = [
    { id: `${label}-admin`, displayName: "Ada Admin", role: "admin" as const },
    ...Array.from({ length: size.trainers }, (_, i) => ({
      id: `${label}-t${i}`,
      displayName: `Trainer ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i : ""}`,
      role: "trainer" as const,
    })),
  ];
  await prisma.person.createMany({ data: staff.map(({ id, displayName }) => ({ id, displayName })) });
  await prisma.membership.createMany({
    data: staff.map((s) => ({ orgId: org.id, personId: s.id, role: s.role })),
  });
  const people = Array.from({ length: size.members }, (_, i) => ({
    id: personId(label, i),
    displayName: `Member ${i}`,
  }));
  for (let i = 0; i < people.length; i += 5000) {
    const chunk = people.slice(i, i + 5000);
    await prisma.person.createMany({ data: chunk });
    await prisma.membership.createMany({
      data: chunk.map((p) => ({ orgId: org.id, personId: p.id, role: "member" as const })),
    });
    // The chat users: member i writes from Telegram user 1,000,000 + i in a private chat.
    await prisma.platformIdentity.createMany({
      data: chunk.map((p, k) => ({
        platform: "telegram",
        platformUserId: String(1_000_000 + i + k),
        personId: p.id,
      })),
    });
  }
  const admin: Actor = { orgId: org.id, personId: `${label}-admin`, role: "admin" };
  const trainerOf = (k: number) => `${label}-t${k % size.trainers}`;

  // The group timetable, through the use cases: 60 days ahead.
  const today = DateTime.now().setZone(ZONE).startOf("day");
  const day = (k: number) => today.plus({ days: k });
  const typeIds: string[] = [];
  const classes = [
    ...size.templates.flatMap((name) => size.hours.map((hour) => ({ name, hour, capacity: 150 }))),
    { name: SMALL_CLASS, hour: 7, capacity: 2 },
  ];
  const templateOf = new Map<string, string>();
  let n = 0;
  for (const c of classes) {
    let tpl = templateOf.get(c.name);
    if (!tpl) {
      const type = await uc.createTrainingType(deps, admin, { name: c.name });
      typeIds.push(type.id);
      tpl = (
        await uc.createTemplate(deps, admin, {
          name: c.name,
          trainingTypeId: type.id,
          durationMinutes: 60,
          capacity: c.capacity,
          defaultTrainerId: trainerOf(n++),
          cancellationDeadlineMinutes: 60,
        })
      ).id;
      templateOf.set(c.name, tpl);
    }
    await uc.createSchedule(deps, admin, {
      templateId: tpl,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      startTime: `${String(c.hour).padStart(2, "0")}:00`,
      startDate: day(0).toISODate() as string,
      endDate: day(60).toISODate() as string,
    });
  }
  const passType = await uc.createPassType(deps, admin, {
    name: "Scale pass",
    sessions: 1000,
    validityDays: 365,
    trainingTypeIds: typeIds,
  });
  // Passes through the use case for the first 100 members (the ones the tries act as), a few at a
  // time; the others' passes alike in one statement (10,000 grants would take minutes).
  let next = 0;
  const granted = Math.min(100, people.length);
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < granted) {
        const p = people[next++] as { id: string };
        await uc.grantPass(deps, admin, { personId: p.id, passTypeId: passType.id });
      }
    }),
  );

  await prisma.$executeRaw`
    INSERT INTO "Pass" (id, "orgId", "personId", "passTypeId", remaining, "validFrom", "validUntil", "grantedById")
    SELECT 'pass-' || m.id, m."orgId", m.id, ${passType.id}, 1000, now(), now() + interval '365 days', ${admin.personId}
    FROM (SELECT p.id, ${org.id} AS "orgId" FROM "Person" p
      WHERE p.id = ANY(${people.slice(granted).map((p) => p.id)}::text[])) m`;

  // Personal sessions by trainer 0 (who also teaches group classes), through the use cases.
  const trainer: Actor = { orgId: org.id, personId: trainerOf(0), role: "trainer" };
  await pu.updatePersonalSettings(pdeps, admin, { enabled: true, paymentMethods: ["at_session"] });
  const lesson = await pu.createSessionType(pdeps, admin, {
    name: "Private lesson",
    durationMinutes: 60,
    capacity: 1,
    priceCents: "40",
    status: "active",
    bufferMinutes: 15,
    trainerIds: [trainer.personId],
  });
  await pu.setAvailability(pdeps, trainer, {
    windows: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startTime: "06:00", endTime: "22:00" })),
  });
  log(`  ${label}: studio through the use cases in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (size.history > 0) await seedHistory(prisma, org.id, size, log);
  return {
    size,
    orgId: org.id,
    admin,
    members: people.map((p) => ({ orgId: org.id, personId: p.id, role: "member" })),
    trainer,
    lessonTypeId: lesson.id,
    day,
  };
}

/**
 * Two years of past sessions of every schedule, `history` past bookings per member spread over them
 * (one in ten cancelled), and the trainer's past personal sessions: bulk SQL, with triggers and
 * foreign-key checks off (the rows are consistent by construction) and Booking's secondary indexes
 * built once after the load, as a restore would.
 */
async function seedHistory(prisma: PrismaClient, orgId: string, size: ScaleSize, log: (s: string) => void) {
  const t0 = Date.now();
  const days = 730;
  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
      await tx.$executeRaw`
        INSERT INTO "Occurrence" (id, "orgId", "templateId", "scheduleId", "slotStartsAt", "startsAt",
          "durationMinutes", capacity, "trainerId", status)
        SELECT 'past-' || s.id || '-' || d, s."orgId", s."templateId", s.id, x.ts, x.ts,
          t."durationMinutes", t.capacity, t."defaultTrainerId", 'scheduled'
        FROM "Schedule" s JOIN "TrainingTemplate" t ON t.id = s."templateId"
        CROSS JOIN generate_series(1, ${days}::int) d
        CROSS JOIN LATERAL (SELECT ((current_date - d) + s."startTime"::time) AT TIME ZONE ${ZONE} AS ts) x
        WHERE s."orgId" = ${orgId}`;
    },
    { timeout: 600_000 },
  );
  const occ = await prisma.occurrence.count({ where: { orgId, startsAt: { lt: new Date() } } });
  log(`  ${size.label}: ${occ} past sessions in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const t1 = Date.now();
  const hasStart =
    (
      await prisma.$queryRaw<Array<{ n: number }>>`
        SELECT count(*)::int AS n FROM information_schema.columns
        WHERE table_name = 'Booking' AND column_name = 'startsAt'`
    )[0]?.n === 1;
  const indexes = await prisma.$queryRaw<Array<{ name: string; def: string }>>`
    SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
    WHERE i.tablename = 'Booking' AND NOT EXISTS (
      SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`;
  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
      await tx.$executeRawUnsafe("SET LOCAL maintenance_work_mem = '512MB'");
      for (const ix of indexes) await tx.$executeRawUnsafe(`DROP INDEX "${ix.name}"`);
      // The past sessions in start order; member m's k-th booking is on session (101 k + m) mod n:
      // distinct for one member (101 x 500 < n), about n / members per session.
      await tx.$executeRawUnsafe(`
        CREATE TEMP TABLE past_occ ON COMMIT DROP AS
        SELECT (row_number() OVER (ORDER BY "startsAt", id) - 1)::int AS j, id, "startsAt"
        FROM "Occurrence" WHERE "orgId" = '${orgId}' AND "startsAt" < now()`);
      await tx.$executeRawUnsafe("CREATE UNIQUE INDEX ON past_occ (j)");
      const chunk = 1000;
      for (let m0 = 0; m0 < size.members; m0 += chunk) {
        const m1 = Math.min(size.members, m0 + chunk) - 1;
        await tx.$executeRawUnsafe(`
          INSERT INTO "Booking" (id, "orgId", "occurrenceId", "personId", status, active, source,
            "createdAt", "confirmedAt", "cancelledAt", "cancelReason"${hasStart ? `, "startsAt"` : ""})
          SELECT 'hist-' || lpad(m::text, 6, '0') || '-' || lpad(k::text, 4, '0'), '${orgId}', o.id,
            '${size.label}-m' || lpad(m::text, 6, '0'),
            CASE WHEN k % 10 = 9 THEN 'cancelled' ELSE 'confirmed' END::"BookingStatus",
            CASE WHEN k % 10 = 9 THEN NULL ELSE true END, 'self',
            o."startsAt" - interval '2 days', o."startsAt" - interval '2 days',
            CASE WHEN k % 10 = 9 THEN o."startsAt" - interval '1 day' END,
            CASE WHEN k % 10 = 9 THEN 'member' END${hasStart ? `, o."startsAt"` : ""}
          FROM generate_series(${m0}, ${m1}) m CROSS JOIN generate_series(0, ${size.history - 1}) k
          JOIN past_occ o ON o.j = (101 * k + m) % (SELECT count(*) FROM past_occ)`);
        if ((m0 / chunk) % 5 === 4 || m1 === size.members - 1)
          log(
            `  ${size.label}: ${(m1 + 1) * size.history} past bookings (${((Date.now() - t1) / 1000).toFixed(0)} s)`,
          );
      }
      for (const ix of indexes) await tx.$executeRawUnsafe(ix.def);
      // The searched trainer's past personal sessions, every other day at 13:00 or 20:00.
      await tx.$executeRawUnsafe(`
        INSERT INTO "PersonalBooking" (id, "orgId", "sessionTypeId", "trainerId", "personId", "startsAt",
          "endsAt", "bufferMinutes", "paymentMethod", "amountCents")
        SELECT 'phist-' || k, '${orgId}', t.id, '${size.label}-t0', '${size.label}-m' || lpad((k % ${size.members})::text, 6, '0'),
          x.ts, x.ts + interval '60 minutes', 15, 'at_session', 4000
        FROM "PersonalSessionType" t CROSS JOIN generate_series(1, ${size.personalHistory}) k
        CROSS JOIN LATERAL (SELECT ((current_date - (k / 2 + 1)) + CASE WHEN k % 2 = 0 THEN time '13:00' ELSE time '20:00' END)
          AT TIME ZONE '${ZONE}' AS ts) x
        WHERE t."orgId" = '${orgId}'`);
    },
    { timeout: 3_600_000 },
  );
  log(`  ${size.label}: history loaded and indexed in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  await prisma.$executeRawUnsafe("ANALYZE");
}
