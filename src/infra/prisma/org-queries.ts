import type { OutboxEventInput } from "../../domain/events.ts";
import type { Organization, Role } from "../../domain/model.ts";
import type { PersonSummary } from "../../ports/booking-store.ts";
import type { Tx } from "./tx.ts";

export function orgQueries(tx: Tx) {
  return {
    getOrganization: (orgId: string): Promise<Organization | null> =>
      tx.organization.findUnique({
        where: { id: orgId },
        select: { id: true, name: true, timezone: true, locale: true, reminderMinutesBefore: true },
      }),

    async getRole(orgId: string, personId: string): Promise<Role | null> {
      const m = await tx.membership.findUnique({
        where: { orgId_personId: { orgId, personId } },
        select: { role: true },
      });
      return m?.role ?? null;
    },

    async getPerson(orgId: string, personId: string): Promise<PersonSummary | null> {
      const m = await tx.membership.findUnique({
        where: { orgId_personId: { orgId, personId } },
        select: { role: true, person: { select: { id: true, displayName: true } } },
      });
      return m ? { id: m.person.id, displayName: m.person.displayName, role: m.role } : null;
    },

    async listPeople(orgId: string): Promise<PersonSummary[]> {
      // A shared visitor account (Person.visitor) is no one the staff can list, name or choose.
      const rows = await tx.membership.findMany({
        where: { orgId, person: { visitor: false } },
        select: { role: true, person: { select: { id: true, displayName: true } } },
        orderBy: { person: { displayName: "asc" } },
      });
      return rows.map((m) => ({ id: m.person.id, displayName: m.person.displayName, role: m.role }));
    },

    async addOutbox(orgId: string, event: OutboxEventInput): Promise<void> {
      await tx.outboxEvent.create({ data: { orgId, kind: event.kind, payload: event.payload } });
    },
  };
}
