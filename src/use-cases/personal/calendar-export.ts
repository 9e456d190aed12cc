import { buildIcs } from "../../calendar/ics-export.ts";
import {
  hashSubscriptionToken,
  isWellFormedToken,
  newSubscriptionToken,
} from "../../calendar/subscription-token.ts";
import type { Actor } from "../../domain/model.ts";
import type { PersonalTx } from "../../ports/personal-store.ts";
import type { PersonalDeps } from "./deps.ts";

const DAY = 24 * 3_600_000;
/** Exports start a month back, so a just-finished session is still there. */
const EXPORT_PAST_DAYS = 31;

async function icsOf(
  tx: PersonalTx,
  orgId: string,
  personId: string,
  now: Date,
  host: string,
): Promise<string> {
  const org = await tx.getOrganization(orgId);
  const items = await tx.listCalendarOf(orgId, personId, new Date(now.getTime() - EXPORT_PAST_DAYS * DAY));
  return buildIcs(
    org?.name ?? "Bookings",
    items.map((i) => ({
      uid: `${i.uid}@${host}`,
      startsAt: i.startsAt,
      endsAt: i.endsAt,
      summary: i.title,
      location: i.location,
      description: i.detail,
      updatedAt: i.updatedAt,
    })),
    now,
  );
}

/** The actor's bookings (group and personal) and, for trainers, the sessions they teach, as .ics. */
export async function exportMyCalendar(
  deps: PersonalDeps,
  actor: Actor,
  host = "bookings.local",
): Promise<string> {
  return deps.personal.transaction((tx) => icsOf(tx, actor.orgId, actor.personId, deps.clock.now(), host));
}

/** A new subscription token for the actor (earlier ones stop working); shown once, stored hashed. */
export async function createCalendarSubscription(
  deps: PersonalDeps,
  actor: Actor,
): Promise<{ token: string }> {
  const { token, hash } = newSubscriptionToken();
  await deps.personal.transaction((tx) =>
    tx.replaceSubscription(actor.orgId, actor.personId, hash, deps.clock.now()),
  );
  return { token };
}

/** Revokes the actor's subscription URLs; they answer 404 from now on. */
export async function revokeCalendarSubscription(
  deps: PersonalDeps,
  actor: Actor,
): Promise<{ revoked: number }> {
  return {
    revoked: await deps.personal.transaction((tx) =>
      tx.revokeSubscriptions(actor.orgId, actor.personId, deps.clock.now()),
    ),
  };
}

/** The calendar behind a subscription token, or null (unknown, malformed or revoked: a 404). */
export async function calendarForToken(
  deps: PersonalDeps,
  token: string,
  host = "bookings.local",
): Promise<string | null> {
  if (!isWellFormedToken(token)) return null;
  return deps.personal.transaction(async (tx) => {
    const sub = await tx.findSubscription(hashSubscriptionToken(token));
    return sub ? icsOf(tx, sub.orgId, sub.personId, deps.clock.now(), host) : null;
  });
}
