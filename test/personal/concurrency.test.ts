import { expect, it } from "vitest";
import { isDomainError } from "../../src/domain/errors.ts";
import * as pu from "../../src/use-cases/personal/index.ts";
import { describeOnBothBackends } from "../booking/studio.ts";
import { berlin, buildPersonalStudio } from "./personal-studio.ts";

const RACERS = 50;

/** Every outcome as a status or an error code; anything else fails the test. */
const settle = (p: Promise<{ status: string }>) =>
  p.then(
    (b) => b.status,
    (e: unknown) => (isDomainError(e) ? e.code : Promise.reject(e)),
  );

describeOnBothBackends("personal booking races", (getDb) => {
  it(`${RACERS} members race for one private slot: exactly one wins`, async () => {
    const s = await buildPersonalStudio(getDb(), { members: RACERS });
    const at = berlin("2026-11-24T15:00");
    const outcomes = await Promise.all(
      s.members.map((m) =>
        settle(
          pu.bookPersonalSession(s.pdeps, m, {
            sessionTypeId: s.lesson.id,
            trainerId: s.trainer.personId,
            startsAt: at,
            paymentMethod: "check",
          }),
        ),
      ),
    );
    expect(outcomes.filter((o) => o === "confirmed")).toHaveLength(1);
    expect(new Set(outcomes.filter((o) => o !== "confirmed"))).toEqual(new Set(["slot_unavailable"]));
    expect(
      await s.prisma.personalBooking.count({ where: { trainerId: s.trainer.personId, active: true } }),
    ).toBe(1);
  }, 120_000);

  it(`${RACERS} members race for a group slot of 5, mixed with overlapping private bookings: it fills to exactly 5 and nothing overlaps`, async () => {
    const s = await buildPersonalStudio(getDb(), { members: RACERS, groupCapacity: 5 });
    const at = berlin("2026-11-25T14:00");
    const outcomes = await Promise.all(
      s.members.map((m, i) =>
        settle(
          i % 5 === 4
            ? pu.bookPersonalSession(s.pdeps, m, {
                sessionTypeId: s.lesson.id,
                trainerId: s.trainer.personId,
                startsAt: berlin(i % 2 ? "2026-11-25T14:30" : "2026-11-25T13:30"),
                paymentMethod: "check",
              })
            : pu.bookPersonalSession(s.pdeps, m, {
                sessionTypeId: s.group.id,
                trainerId: s.trainer.personId,
                startsAt: at,
                paymentMethod: "check",
              }),
        ),
      ),
    );
    expect(outcomes.filter((o) => o === "confirmed").length).toBeGreaterThanOrEqual(1);
    const live = await s.prisma.personalBooking.findMany({
      where: { trainerId: s.trainer.personId, active: true },
      orderBy: { startsAt: "asc" },
    });
    const group = live.filter((b) => b.sessionTypeId === s.group.id);
    const privateOnes = live.filter((b) => b.sessionTypeId === s.lesson.id);
    // Either the group slot or a private lesson got the hour; never both.
    if (group.length > 0) {
      expect(group).toHaveLength(5);
      expect(privateOnes).toHaveLength(0);
    } else expect(privateOnes).toHaveLength(1);
    expect(outcomes.filter((o) => o === "confirmed")).toHaveLength(live.length);
  }, 120_000);
});
