import { expect, it } from "vitest";
import { DEMO_WORKSPACE_ID, demoUserId } from "../../adapters/console/capabilities.ts";
import { createPrismaDirectory } from "../../src/infra/prisma/directory-store.ts";
import { createPrismaIdentityStore } from "../../src/infra/prisma/identity-store.ts";
import type { IncomingEvent } from "../../src/ports/chat.ts";
import type { Arrival } from "../../src/ports/directory.ts";
import { describeOnBothBackends } from "../booking/studio.ts";
import { buildDemo, textOf } from "./harness.ts";

let seq = 0;

describeOnBothBackends(
  "who wrote, in which studio, with which names: one read (Directory.arrival)",
  (getDb) => {
    it("answers as the separate look-ups do, joining a known person to the workspace's studio", async () => {
      const { prisma } = getDb();
      const demo = await buildDemo(prisma);
      const directory = createPrismaDirectory(prisma);
      const ids = createPrismaIdentityStore(prisma);

      // Someone never seen: nothing else is read.
      expect(await directory.arrival("console", "nobody-at-all", DEMO_WORKSPACE_ID)).toEqual({
        person: null,
      });

      // A member in the connected workspace: the studio, the role, the names.
      const maria = await directory.arrival("console", demoUserId("Maria"), DEMO_WORKSPACE_ID);
      if (!maria.person) throw new Error("Maria not found");
      // The one read also says which language Maria reads (none chosen, none reported by the console).
      expect(maria.person).toEqual({
        ...(await ids.findPerson("console", demoUserId("Maria"))),
        language: null,
        platformLanguage: null,
      });
      expect(maria.workspace).toEqual({ orgId: demo.orgId, role: "member" });
      expect(maria.memberships).toEqual(await ids.memberships(maria.person.personId));
      expect(maria.orgWithVocabulary).toEqual(await directory.orgWithVocabulary(demo.orgId, false));
      // A member's names hold the studio's staff, not the other members; a trainer's hold everyone.
      const people = (a: Arrival) => (a.person ? a.orgWithVocabulary?.vocab.people.map((p) => p.name) : []);
      expect(people(maria)).toEqual(["Ada", "Sam", "Tara"]);
      const trainer = await directory.arrival("console", demoUserId("Sam"), DEMO_WORKSPACE_ID);
      expect(trainer.person && trainer.orgWithVocabulary).toEqual(
        await directory.orgWithVocabulary(demo.orgId, true),
      );
      expect(people(trainer)).toEqual(expect.arrayContaining(["Maria", "Leo", "Sam", "Tara"]));

      // A known person who is not a member yet writes in the workspace: joined as a member, once.
      const newcomer = await ids.createPerson("console", "zoe-arrival", "Zoe");
      const first = await directory.arrival("console", "zoe-arrival", DEMO_WORKSPACE_ID);
      expect(first.person && first.workspace).toEqual({ orgId: demo.orgId, role: "member" });
      expect(await ids.memberships(newcomer.personId)).toEqual([
        { orgId: demo.orgId, orgName: "Harbour Studio", role: "member" },
      ]);
      // Zoe's name is among the studio's people for its staff from then on.
      const samAgain = await directory.arrival("console", demoUserId("Sam"), DEMO_WORKSPACE_ID);
      expect(samAgain.person && samAgain.orgWithVocabulary?.vocab.people.map((p) => p.name)).toContain("Zoe");

      // A workspace not connected to a studio: no studio from it, the person's own memberships instead.
      const elsewhere = await directory.arrival("console", demoUserId("Sam"), "not-connected");
      expect(elsewhere.person && elsewhere.workspace).toBeNull();
      expect(elsewhere.person && elsewhere.memberships.map((m) => [m.orgId, m.role])).toEqual([
        [demo.orgId, "trainer"],
      ]);
      // ... and their only studio, with its names, is the one the message is for.
      expect(elsewhere.person && elsewhere.orgWithVocabulary?.org.id).toBe(demo.orgId);

      // A direct message (no workspace) from someone in two studios: no studio is picked for them.
      const other = await prisma.organization.create({ data: { name: "Second Studio", timezone: "UTC" } });
      const sam = await ids.findPerson("console", demoUserId("Sam"));
      await ids.ensureMembership(other.id, sam!.personId, "member");
      const dm = await directory.arrival("console", demoUserId("Sam"), null);
      expect(dm.person && dm.workspace).toBeUndefined();
      expect(dm.person && dm.memberships.map((m) => m.orgName)).toEqual(["Harbour Studio", "Second Studio"]);
      expect(dm.person && dm.orgWithVocabulary).toBeNull();
    });

    it("the same message is answered the same each time, and a newcomer becomes a member", async () => {
      const { prisma } = getDb();
      const demo = await buildDemo(prisma);
      const event = (
        who: string,
        text: string,
        where: Partial<IncomingEvent["conversation"]> = {},
      ): IncomingEvent => ({
        platform: "console",
        eventId: `arrival-${process.pid}-${++seq}`,
        user: { platformUserId: demoUserId(who), displayName: who },
        conversation: { workspaceId: DEMO_WORKSPACE_ID, channelId: "console", isDirect: false, ...where },
        input: { kind: "text", text },
      });
      const both = async (
        who: string,
        text: string,
        where: Partial<IncomingEvent["conversation"]> = {},
      ): Promise<[string, string]> => [
        textOf(await demo.core.handle(event(who, text, where))),
        textOf(await demo.core.handle(event(who, text, where))),
      ];
      for (const [who, text, where] of [
        ["Maria", "my bookings", {}],
        ["Sam", "sessions tomorrow", {}],
        ["Leo", "help", { workspaceId: null, isDirect: true }],
        ["Kim", "my bookings", { workspaceId: "not-connected", isDirect: false }],
        ["Kim", "my passes", { workspaceId: "not-connected", isDirect: true }],
      ] as const) {
        const [first, again] = await both(who, text, where);
        expect(again, `${who}: ${text}`).toBe(first);
        expect(again.length).toBeGreaterThan(0);
      }
      // A first message from someone new: they become a member and are answered.
      const replies = await demo.core.handle(event("Quinn", "my bookings"));
      expect(textOf(replies)).not.toMatch(/not a member|try again/i);
      const quinn = await createPrismaIdentityStore(prisma).findPerson("console", demoUserId("Quinn"));
      expect(await createPrismaIdentityStore(prisma).memberships(quinn!.personId)).toEqual([
        { orgId: demo.orgId, orgName: "Harbour Studio", role: "member" },
      ]);
    });
  },
);
