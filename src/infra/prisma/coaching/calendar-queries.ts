import type { CoachingTx } from "../../../ports/coaching-store.ts";
import type { Tx } from "../tx.ts";
import { toEntry } from "./mappers.ts";

type CalendarQueries = Pick<
  CoachingTx,
  "listEntries" | "getEntry" | "createEntry" | "updateEntry" | "deleteEntry"
>;

/** Calendar sessions; callers have already checked the client belongs to the actor's organization. */
export function calendarQueries(tx: Tx): CalendarQueries {
  return {
    async listEntries(clientId, fromDay, toDay) {
      const rows = await tx.calendarEntry.findMany({
        where: { clientId, day: { gte: fromDay, lte: toDay } },
        orderBy: [{ day: "asc" }, { position: "asc" }, { createdAt: "asc" }],
      });
      return rows.map(toEntry);
    },
    async getEntry(orgId, entryId) {
      const r = await tx.calendarEntry.findFirst({ where: { id: entryId, client: { orgId } } });
      return r ? toEntry(r) : null;
    },
    async createEntry(e) {
      const last = await tx.calendarEntry.aggregate({
        where: { clientId: e.clientId, day: e.day },
        _max: { position: true },
      });
      const position = (last._max.position ?? -1) + 1;
      return toEntry(await tx.calendarEntry.create({ data: { ...e, position } }));
    },
    async updateEntry(entryId, patch) {
      let position: number | undefined;
      if (patch.day !== undefined) {
        const cur = await tx.calendarEntry.findUniqueOrThrow({ where: { id: entryId } });
        if (cur.day !== patch.day) {
          const last = await tx.calendarEntry.aggregate({
            where: { clientId: cur.clientId, day: patch.day },
            _max: { position: true },
          });
          position = (last._max.position ?? -1) + 1;
        }
      }
      const r = await tx.calendarEntry.update({
        where: { id: entryId },
        data: { ...patch, ...(position !== undefined ? { position } : {}) },
      });
      return toEntry(r);
    },
    async deleteEntry(entryId) {
      await tx.calendarEntry.delete({ where: { id: entryId } });
    },
  };
}
