import crypto from "node:crypto";
import type { OccurrenceInfo, PassInfo } from "../../domain/model.ts";
import type { NewPass } from "../../ports/booking-store.ts";
import type { PassTypeInfo } from "../../ports/catalog-store.ts";
import type { Tx } from "./tx.ts";

const PASS_TYPE_INCLUDE = {
  trainingTypes: { select: { trainingTypeId: true } },
  schedules: { select: { scheduleId: true } },
} as const;

type PassTypeRow = {
  id: string;
  orgId: string;
  name: string;
  sessions: number;
  validityDays: number;
  archived: boolean;
  trainingTypes: Array<{ trainingTypeId: string }>;
  schedules: Array<{ scheduleId: string }>;
};

export const toPassTypeInfo = (p: PassTypeRow): PassTypeInfo => ({
  id: p.id,
  orgId: p.orgId,
  name: p.name,
  sessions: p.sessions,
  validityDays: p.validityDays,
  archived: p.archived,
  trainingTypeIds: p.trainingTypes.map((t) => t.trainingTypeId),
  scheduleIds: p.schedules.map((s) => s.scheduleId),
});

export function passQueries(tx: Tx) {
  return {
    async listPassesOf(orgId: string, personId: string): Promise<PassInfo[]> {
      // The "PassInfo" view (migration pass_info_view) adds the training types and closed schedules
      // the pass's type covers; booking_lock_and_load reads the same view.
      return tx.$queryRaw<PassInfo[]>`
        SELECT id, "personId", "passTypeId", name, remaining, "validFrom", "validUntil", "trainingTypeIds", "scheduleIds"
        FROM "PassInfo" WHERE "orgId" = ${orgId} AND "personId" = ${personId}
        ORDER BY "validUntil", id`;
    },

    async debitPass(passId: string, bookingId: string, cause: string): Promise<boolean> {
      // Conditional decrement and ledger debit in one statement: an empty pass changes nothing, and the
      // unique chargeBookingId makes a second charge of the same booking fail in the database.
      const rows = await tx.$queryRaw<Array<{ id: string }>>`
        WITH debited AS (
          UPDATE "Pass" SET remaining = remaining - 1 WHERE id = ${passId} AND remaining > 0 RETURNING id)
        INSERT INTO "PassLedger" (id, "passId", kind, amount, "chargeBookingId", cause)
        SELECT ${crypto.randomUUID()}, id, 'deduct', 1, ${bookingId}, ${cause} FROM debited RETURNING id`;
      return rows.length === 1;
    },

    async refundPass(passId: string, bookingId: string, cause: string): Promise<void> {
      await tx.$executeRaw`
        WITH refunded AS (UPDATE "Pass" SET remaining = remaining + 1 WHERE id = ${passId} RETURNING id)
        INSERT INTO "PassLedger" (id, "passId", kind, amount, "refundBookingId", cause)
        SELECT ${crypto.randomUUID()}, id, 'refund', 1, ${bookingId}, ${cause} FROM refunded`;
    },

    async createPass(p: NewPass): Promise<PassInfo> {
      const created = await tx.pass.create({
        data: {
          orgId: p.orgId,
          personId: p.personId,
          passTypeId: p.passTypeId,
          remaining: p.sessions,
          validFrom: p.validFrom,
          validUntil: p.validUntil,
          grantedById: p.grantedById ?? null,
          ledger: { create: { kind: "grant", amount: p.sessions, cause: p.cause } },
        },
        include: { passType: { include: PASS_TYPE_INCLUDE } },
      });
      const type = toPassTypeInfo(created.passType);
      return {
        id: created.id,
        personId: created.personId,
        passTypeId: created.passTypeId,
        name: type.name,
        remaining: created.remaining,
        validFrom: created.validFrom,
        validUntil: created.validUntil,
        trainingTypeIds: type.trainingTypeIds,
        scheduleIds: type.scheduleIds,
      };
    },

    async getPassType(orgId: string, passTypeId: string): Promise<PassTypeInfo | null> {
      const p = await tx.passType.findFirst({ where: { id: passTypeId, orgId }, include: PASS_TYPE_INCLUDE });
      return p ? toPassTypeInfo(p) : null;
    },

    async listAcceptedPassTypes(occ: OccurrenceInfo): Promise<PassTypeInfo[]> {
      const where = occ.closed
        ? { orgId: occ.orgId, archived: false, schedules: { some: { scheduleId: occ.scheduleId ?? "" } } }
        : {
            orgId: occ.orgId,
            archived: false,
            trainingTypes: { some: { trainingTypeId: occ.trainingTypeId } },
          };
      const rows = await tx.passType.findMany({
        where,
        include: PASS_TYPE_INCLUDE,
        orderBy: { name: "asc" },
      });
      return rows.map(toPassTypeInfo);
    },
  };
}
