import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import type { BookingTx, PersonSummary } from "../../ports/booking-store.ts";
import type { ChatPlatform } from "../../ports/chat.ts";
import { cleanName } from "./catalog-validation.ts";

/** Who a staff command is about: a known person, a platform account (a mention), or a name. */
export type StaffTarget =
  | { personId: string }
  | { platform: ChatPlatform; platformUserId: string; name?: string }
  | { name: string };

export type ResolvedTarget =
  | { kind: "person"; person: PersonSummary }
  | { kind: "stranger"; platform: ChatPlatform | null; platformUserId: string | null; name: string | null };

/**
 * How a typed name is compared with a person's name: case, spaces, dots, underscores and dashes
 * aside, so "Sam Lee" finds the username "sam.lee" (some platforms send only the username with a
 * slash command). Nothing closer is guessed: "Sam" does not find "Sam Lee".
 */
export const staffNameKey = (name: string): string => name.toLowerCase().replace(/[\s._-]+/g, "");

/** Finds the person behind a target in the actor's organization; a stranger has never talked to the bot here. */
export async function resolveStaffTarget(
  tx: BookingTx,
  actor: Actor,
  t: StaffTarget,
): Promise<ResolvedTarget> {
  if ("personId" in t) {
    const person = await tx.getPerson(actor.orgId, t.personId);
    if (!person) throw new DomainError(ErrorCode.NotFound, { what: "member" });
    return { kind: "person", person };
  }
  if ("platformUserId" in t) {
    const personId = await tx.personOfIdentity(t.platform, t.platformUserId);
    const person = personId ? await tx.getPerson(actor.orgId, personId) : null;
    if (person) return { kind: "person", person };
    if (personId) {
      // Known on the platform but not yet in this studio: they join it with the role.
      await tx.setMembership(actor.orgId, personId, "member");
      const joined = await tx.getPerson(actor.orgId, personId);
      if (joined) return { kind: "person", person: joined };
    }
    return {
      kind: "stranger",
      platform: t.platform,
      platformUserId: t.platformUserId,
      name: t.name ? cleanName(t.name) : null,
    };
  }
  const name = cleanName(t.name);
  const matches = (await tx.listPeople(actor.orgId)).filter(
    (p) => staffNameKey(p.displayName) === staffNameKey(name),
  );
  if (matches.length > 1)
    throw new DomainError(ErrorCode.Conflict, { what: "person_name", name, count: matches.length });
  const [only] = matches;
  return only
    ? { kind: "person", person: only }
    : { kind: "stranger", platform: null, platformUserId: null, name };
}
