import { DateTime } from "luxon";
import type { Actor } from "../../src/domain/model.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { createPrismaPersonalStore } from "../../src/infra/prisma/personal-store.ts";
import type { BookingStore } from "../../src/ports/booking-store.ts";
import type { Clock } from "../../src/ports/clock.ts";
import { cancelOccurrence } from "../../src/use-cases/booking/cancel-occurrence.ts";
import * as pu from "../../src/use-cases/personal/index.ts";
import { createPassType } from "../../src/use-cases/studio/create-pass-type.ts";
import { createSchedule } from "../../src/use-cases/studio/create-schedule.ts";
import { createSpace } from "../../src/use-cases/studio/create-space.ts";
import { createTemplate } from "../../src/use-cases/studio/create-template.ts";
import { createTrainingType } from "../../src/use-cases/studio/create-training-type.ts";

/**
 * The fixed studio the understanding corpus is graded against. Everything bookable is made through
 * the use cases, as src/seed/demo.ts does. The clock is Monday 30 Nov 2026, 09:00 in Berlin.
 *
 *   Morning Flow   Yoga      Tara Novak  Mon Wed Fri 07:00  60 min
 *   Spin           Spin      Sam Lee     Mon-Sat     18:00  45 min (cancellation deadline 2 h)
 *   Spin Express   Spin      Jonas Berg  Tue Thu     07:00  30 min
 *   Pilates Core   Pilates   Tara Novak  Tue Thu     12:00  50 min
 *   Yin Yoga       Yoga      Jonas Berg  Mon Wed     19:00  60 min (booking closes 11 h before)
 *   HIIT Blast     HIIT      Sam Lee     Mon Wed Sat 08:30  45 min (Monday's has started at "now")
 *   PT with Sam    Personal  Sam Lee     Wed         10:00  individual
 *   Beginners Yoga Course    Tara Novak  Sat         10:00  closed
 *
 * Thursday 3 Dec's Spin is cancelled ("Sam is ill"). Three weeks of sessions from Monday.
 * Personal sessions are on: a "Private lesson" (60 min, 40 EUR, 2 h minimum notice) by Sam, who is
 * available 08:00-20:00 every day.
 */
export const CORPUS_NOW = new Date("2026-11-30T08:00:00Z");
/** Midnight before CORPUS_NOW in the studio's zone: when the studio's schedules were made. */
export const CORPUS_DAY_START = new Date("2026-11-29T23:00:00Z");
export const CORPUS_TIMEZONE = "Europe/Berlin";
export const CORPUS_WORKSPACE_ID = "understanding-corpus";

export interface CorpusStudio {
  orgId: string;
  admin: Actor;
  unlimitedPassTypeId: string;
}

export async function buildCorpusStudio(
  prisma: PrismaClient,
  store: BookingStore,
  clock: Clock,
): Promise<CorpusStudio> {
  const org = await prisma.organization.create({
    data: { name: "Corpus Studio", timezone: CORPUS_TIMEZONE, locale: "en-GB" },
  });
  const person = async (name: string, role: "admin" | "trainer") =>
    (
      await prisma.person.create({
        data: {
          displayName: name,
          identities: {
            create: {
              platform: "console",
              platformUserId: `corpus-${name.toLowerCase().replace(/\s+/g, "-")}`,
            },
          },
          memberships: { create: { orgId: org.id, role } },
        },
      })
    ).id;
  const adminId = await person("Ada Admin", "admin");
  const [sam, tara, jonas] = [
    await person("Sam Lee", "trainer"),
    await person("Tara Novak", "trainer"),
    await person("Jonas Berg", "trainer"),
  ];
  await prisma.chatWorkspace.create({
    data: { platform: "console", externalId: CORPUS_WORKSPACE_ID, orgId: org.id },
  });

  const deps = { store, clock };
  const admin: Actor = { orgId: org.id, personId: adminId, role: "admin" };
  const type = async (name: string) => (await createTrainingType(deps, admin, { name })).id;
  const space = async (name: string) => (await createSpace(deps, admin, { name })).id;
  const [yoga, spin, pilates, hiit, pt] = [
    await type("Yoga"),
    await type("Spin"),
    await type("Pilates"),
    await type("HIIT"),
    await type("Personal Training"),
  ];
  const [studioA, spinRoom, studioB] = [
    await space("Studio A"),
    await space("Spin Room"),
    await space("Studio B"),
  ];
  const template = async (
    name: string,
    trainingTypeId: string,
    durationMinutes: number,
    capacity: number,
    trainerId: string,
    spaceId: string,
    extra: { closed?: boolean; cancellationDeadlineMinutes?: number; bookingDeadlineMinutes?: number } = {},
  ) =>
    (
      await createTemplate(deps, admin, {
        name,
        trainingTypeId,
        durationMinutes,
        capacity,
        defaultTrainerId: trainerId,
        defaultSpaceId: spaceId,
        ...extra,
      })
    ).id;
  const today = DateTime.fromJSDate(clock.now(), { zone: CORPUS_TIMEZONE }).startOf("day");
  const range = {
    startDate: today.toFormat("yyyy-MM-dd"),
    endDate: today.plus({ days: 20 }).toFormat("yyyy-MM-dd"),
  };
  const schedule = async (templateId: string, weekdays: number[], startTime: string) =>
    createSchedule(deps, admin, { templateId, weekdays, startTime, ...range });
  // Large capacities: every utterance is a new member, and none may find a session full.
  await schedule(await template("Morning Flow", yoga, 60, 1000, tara, studioA), [1, 3, 5], "07:00");
  const spinT = await template("Spin", spin, 45, 1000, sam, spinRoom, { cancellationDeadlineMinutes: 120 });
  await schedule(spinT, [1, 2, 3, 4, 5, 6], "18:00");
  await schedule(await template("Spin Express", spin, 30, 1000, jonas, spinRoom), [2, 4], "07:00");
  await schedule(await template("Pilates Core", pilates, 50, 1000, tara, studioA), [2, 4], "12:00");
  await schedule(
    await template("Yin Yoga", yoga, 60, 1000, jonas, studioA, { bookingDeadlineMinutes: 11 * 60 }),
    [1, 3],
    "19:00",
  );
  await schedule(await template("HIIT Blast", hiit, 45, 1000, sam, studioB), [1, 3, 6], "08:30");
  await schedule(await template("PT with Sam", pt, 60, 1, sam, studioB), [3], "10:00");
  await schedule(
    await template("Beginners Yoga Course", yoga, 75, 10, tara, studioA, { closed: true }),
    [6],
    "10:00",
  );
  const thursdaySpin = await prisma.occurrence.findFirstOrThrow({
    where: { orgId: org.id, templateId: spinT, startsAt: new Date("2026-12-03T17:00:00Z") },
  });
  await cancelOccurrence(deps, admin, { occurrenceId: thursdaySpin.id, reason: "Sam is ill" });
  const unlimited = await createPassType(deps, admin, {
    name: "Unlimited",
    sessions: 100,
    validityDays: 90,
    trainingTypeIds: [yoga, spin, pilates, hiit],
  });
  const pdeps = { personal: createPrismaPersonalStore(prisma), clock };
  await pu.updatePersonalSettings(pdeps, admin, { enabled: true, paymentMethods: ["at_session", "check"] });
  await pu.createSessionType(pdeps, admin, {
    name: "Private lesson",
    durationMinutes: 60,
    capacity: 1,
    priceCents: "40",
    status: "active",
    minLeadHours: "2",
    trainerIds: [sam],
  });
  const samActor: Actor = { orgId: org.id, personId: sam, role: "trainer" };
  await pu.setAvailability(pdeps, samActor, {
    windows: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startTime: "08:00", endTime: "20:00" })),
  });
  return { orgId: org.id, admin, unlimitedPassTypeId: unlimited.id };
}
