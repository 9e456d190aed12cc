import { DateTime } from "luxon";
import { DEMO_WORKSPACE_ID, demoUserId } from "../../adapters/console/capabilities.ts";
import type { Actor, Role } from "../domain/model.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { createPrismaPersonalStore } from "../infra/prisma/personal-store.ts";
import type { BookingStore } from "../ports/booking-store.ts";
import type { ChatPlatform } from "../ports/chat.ts";
import type { Clock } from "../ports/clock.ts";
import { grantPass } from "../use-cases/booking/grant-pass.ts";
import { issueSetupCode } from "../use-cases/identity/issue-setup-code.ts";
import { redeemSetupCode } from "../use-cases/identity/redeem-setup-code.ts";
import { setAvailability } from "../use-cases/personal/availability.ts";
import type { PersonalDeps } from "../use-cases/personal/deps.ts";
import { createSessionType } from "../use-cases/personal/session-types.ts";
import { updatePersonalSettings } from "../use-cases/personal/settings.ts";
import { addStaff } from "../use-cases/studio/add-staff.ts";
import { createPassType } from "../use-cases/studio/create-pass-type.ts";
import { createSchedule } from "../use-cases/studio/create-schedule.ts";
import { createSpace } from "../use-cases/studio/create-space.ts";
import { createTemplate } from "../use-cases/studio/create-template.ts";
import { createTrainingType } from "../use-cases/studio/create-training-type.ts";
import { updateSettings } from "../use-cases/studio/studio-settings.ts";
import { refreshDemo } from "./demo-refresh.ts";

export const DEMO_TIMEZONE = "Europe/Berlin";

const PEOPLE: Array<{ name: string; role: Role }> = [
  { name: "Ada", role: "admin" },
  { name: "Sam", role: "trainer" },
  { name: "Tara", role: "trainer" },
  { name: "Maria", role: "member" },
  { name: "Leo", role: "member" },
  { name: "Kim", role: "member" },
  { name: "Noor", role: "member" },
];

/**
 * Seeds a demo studio on first start, its people and workspace on the given platform (the app's
 * local chat); when it exists (that workspace is the marker) it only
 * adds two weeks of sessions if none lie ahead. Everything bookable is made through the booking
 * engine's own use cases, so the demo is what a real studio would get: it is opened with a setup
 * code like any studio, its staff named by its admin, sessions come from
 * schedules, passes from grants.
 */
export async function seedDemo(
  prisma: PrismaClient,
  store: BookingStore,
  clock: Clock,
  platform: ChatPlatform,
): Promise<{ created: boolean; orgId: string }> {
  const existing = await prisma.chatWorkspace.findUnique({
    where: { platform_externalId: { platform, externalId: DEMO_WORKSPACE_ID } },
  });
  if (existing) {
    await refreshDemo(prisma, store, clock, existing.orgId);
    return { created: false, orgId: existing.orgId };
  }

  const deps = { store, clock };
  const ids = new Map<string, string>();
  // A demo name that was not created is a bug in this file: fail loudly.
  const idOf = (name: string): string => {
    const id = ids.get(name);
    if (!id) throw new Error(`demo seed: no person ${name}`);
    return id;
  };
  // People are made as the chat makes them on first contact: a person with an identity on the platform.
  for (const p of PEOPLE) {
    const person = await prisma.person.create({
      data: {
        displayName: p.name,
        identities: { create: { platform, platformUserId: demoUserId(p.name) } },
      },
    });
    ids.set(p.name, person.id);
  }
  // The studio is opened the way an owner opens a real one: an operator's setup code, sent by Ada in
  // the local chat's workspace, then the settings, then staff named by the admin.
  const { code } = await issueSetupCode(deps);
  const opened = await redeemSetupCode(deps, {
    personId: idOf("Ada"),
    platform,
    platformUserId: demoUserId("Ada"),
    workspaceId: DEMO_WORKSPACE_ID,
    code,
  });
  if (!opened.ok) throw new Error(`demo seed: setup code refused (${opened.reason})`);
  const org = { id: opened.orgId };
  const admin: Actor = { orgId: org.id, personId: idOf("Ada"), role: "admin" };
  await updateSettings(deps, admin, { name: "Harbour Studio", timezone: DEMO_TIMEZONE, locale: "en-GB" });
  for (const p of PEOPLE) {
    if (p.role === "admin" && p.name === "Ada") continue;
    const target = { platform, platformUserId: demoUserId(p.name) };
    if (p.role === "member") {
      // Members join by talking in a connected workspace; the seed does what that first message does.
      await prisma.membership.create({ data: { orgId: org.id, personId: idOf(p.name), role: "member" } });
    } else await addStaff(deps, admin, { target, role: p.role });
  }

  const type = async (name: string) => (await createTrainingType(deps, admin, { name })).id;
  const space = async (name: string) => (await createSpace(deps, admin, { name })).id;
  const [yoga, spin, pilates, pt] = [
    await type("Yoga"),
    await type("Spin"),
    await type("Pilates"),
    await type("Personal Training"),
  ];
  const [studioA, spinRoom, smallRoom] = [
    await space("Studio A"),
    await space("Spin Room"),
    await space("Small Room"),
  ];

  const template = (
    name: string,
    trainingTypeId: string,
    durationMinutes: number,
    capacity: number,
    trainer: string,
    spaceId: string,
    extra: { closed?: boolean; cancellationDeadlineMinutes?: number } = {},
  ) =>
    createTemplate(deps, admin, {
      name,
      trainingTypeId,
      durationMinutes,
      capacity,
      defaultTrainerId: idOf(trainer),
      defaultSpaceId: spaceId,
      ...extra,
    });
  const flow = await template("Morning Flow", yoga, 60, 12, "Tara", studioA);
  // Two spots, so the demo reaches the waitlist after two bookings.
  const spinT = await template("Spin", spin, 45, 2, "Sam", spinRoom, { cancellationDeadlineMinutes: 120 });
  const core = await template("Pilates Core", pilates, 50, 8, "Tara", studioA);
  const ptT = await template("PT with Sam", pt, 60, 1, "Sam", smallRoom);
  const course = await template("Beginners Yoga Course", yoga, 75, 10, "Tara", studioA, { closed: true });

  // Two weeks of sessions from today in the studio's timezone.
  const today = DateTime.fromJSDate(clock.now(), { zone: DEMO_TIMEZONE }).startOf("day");
  const range = {
    startDate: today.toFormat("yyyy-MM-dd"),
    endDate: today.plus({ days: 13 }).toFormat("yyyy-MM-dd"),
  };
  await createSchedule(deps, admin, {
    templateId: flow.id,
    // Morning Flow and Spin run every day, so every documented example works on any day of the week.
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    startTime: "07:00",
    ...range,
  });
  await createSchedule(deps, admin, {
    templateId: spinT.id,
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    startTime: "18:00",
    ...range,
  });
  await createSchedule(deps, admin, { templateId: core.id, weekdays: [2, 4], startTime: "12:00", ...range });
  await createSchedule(deps, admin, { templateId: ptT.id, weekdays: [3], startTime: "10:00", ...range });
  // A closed course with no pass linked: trainers and admins get the "No pass linked" warning.
  await createSchedule(deps, admin, { templateId: course.id, weekdays: [6], startTime: "10:00", ...range });

  const passType = async (name: string, sessions: number, validityDays: number, trainingTypeIds: string[]) =>
    (await createPassType(deps, admin, { name, sessions, validityDays, trainingTypeIds })).id;
  const spin10 = await passType("Spin 10", 10, 60, [spin]);
  const yogaPilates = await passType("Yoga & Pilates 10", 10, 90, [yoga, pilates]);
  const unlimited = await passType("Unlimited Month", 30, 30, [yoga, spin, pilates]);
  const pt5 = await passType("PT 5", 5, 90, [pt]);
  const grant = (name: string, passTypeId: string) =>
    grantPass(deps, admin, { personId: idOf(name), passTypeId });
  await grant("Maria", spin10);
  await grant("Maria", unlimited);
  await grant("Leo", spin10);
  await grant("Kim", spin10);
  await grant("Noor", yogaPilates);
  await grant("Noor", pt5);
  await seedPersonalSessions({ personal: createPrismaPersonalStore(prisma), clock }, admin, idOf);
  return { created: true, orgId: org.id };
}

/**
 * Personal sessions on, two bookable types, and the trainers' weekly availability: through the same
 * use cases an admin's /personal settings and /personal type forms and a trainer's /availability run.
 */
async function seedPersonalSessions(deps: PersonalDeps, admin: Actor, idOf: (name: string) => string) {
  await updatePersonalSettings(deps, admin, {
    enabled: true,
    accessLevel: "public",
    paymentMethods: ["at_session", "check", "online"],
  });
  await createSessionType(deps, admin, {
    name: "Private lesson",
    description: "One to one with your trainer",
    durationMinutes: 60,
    capacity: 1,
    priceCents: "40",
    nonMemberPriceCents: "55",
    status: "active",
    location: "Small Room",
    bufferMinutes: 15,
    minLeadHours: 2,
    maxLeadDays: 30,
    trainerIds: [idOf("Sam")],
  });
  await createSessionType(deps, admin, {
    name: "Small group strength",
    durationMinutes: 45,
    capacity: 4,
    priceCents: "20",
    status: "active",
    location: "Studio A",
    maxPerDay: 2,
    trainerIds: [idOf("Sam"), idOf("Tara")],
  });
  const trainer = (name: string): Actor => ({ orgId: admin.orgId, personId: idOf(name), role: "trainer" });
  const weekdays = [1, 2, 3, 4, 5];
  await setAvailability(deps, trainer("Sam"), {
    windows: weekdays.flatMap((weekday) => [
      { weekday, startTime: "09:00", endTime: "12:00" },
      { weekday, startTime: "13:00", endTime: "17:00" },
    ]),
  });
  await setAvailability(deps, trainer("Tara"), {
    windows: [2, 4].map((weekday) => ({ weekday, startTime: "14:00", endTime: "19:00" })),
  });
}
