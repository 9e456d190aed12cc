import type { Actor } from "../../src/domain/model.ts";
import { createPrismaPersonalStore } from "../../src/infra/prisma/personal-store.ts";
import type { CalendarFeedFetcher } from "../../src/ports/personal-store.ts";
import type { PersonalDeps } from "../../src/use-cases/personal/index.ts";
import * as pu from "../../src/use-cases/personal/index.ts";
import { buildStudio } from "../booking/studio.ts";
import type { TestDatabase } from "../support/test-db.ts";

/** A fetcher the test steers: answers with `text`, or fails with `error`. */
export function createScriptedFetcher(): CalendarFeedFetcher & {
  text: string;
  error: string | null;
  calls: number;
} {
  const f = {
    text: "",
    error: null as string | null,
    calls: 0,
    async fetch(_url: string): Promise<string> {
      f.calls++;
      if (f.error) throw new Error(f.error);
      return f.text;
    },
  };
  return f;
}

export type PersonalStudio = Awaited<ReturnType<typeof buildPersonalStudio>>;

/**
 * The group studio of test/booking (Berlin, Monday 23 Nov 2026 07:00; Tom teaches yoga 09:00-10:00
 * daily) with personal sessions on: a private lesson (60 min, 15 min buffer, 40 / 55 EUR) and a
 * small group (capacity 3), both by Tom, who is available 08:00-20:00 every day.
 */
export async function buildPersonalStudio(
  db: TestDatabase,
  opts: { members?: number; groupCapacity?: number } = {},
) {
  const s = await buildStudio(db, { members: opts.members ?? 6 });
  const fetcher = createScriptedFetcher();
  const pdeps: PersonalDeps = { personal: createPrismaPersonalStore(db.prisma), clock: s.clock, fetcher };
  await pu.updatePersonalSettings(pdeps, s.admin, {
    enabled: true,
    paymentMethods: ["at_session", "check", "online"],
  });
  const lesson = await pu.createSessionType(pdeps, s.admin, {
    name: "Private lesson",
    description: "One to one",
    durationMinutes: 60,
    capacity: 1,
    priceCents: "40",
    nonMemberPriceCents: "55",
    status: "active",
    bufferMinutes: 15,
    location: "Studio A",
    trainerIds: [s.trainer.personId],
  });
  const group = await pu.createSessionType(pdeps, s.admin, {
    name: "Small group",
    durationMinutes: 60,
    capacity: opts.groupCapacity ?? 3,
    priceCents: "20",
    status: "active",
    trainerIds: [s.trainer.personId],
  });
  await pu.setAvailability(pdeps, s.trainer, {
    windows: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startTime: "08:00", endTime: "20:00" })),
  });
  const member = s.members[0] as Actor;
  return { ...s, pdeps, fetcher, lesson, group, member };
}

/** Instant of a Berlin wall-clock time in November 2026 (CET, UTC+1). */
export const berlin = (isoLocal: string) => new Date(`${isoLocal}:00+01:00`);
