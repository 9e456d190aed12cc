import type { OutboxEventInput } from "../domain/events.ts";
import { deliveryKeys } from "../jobs/notice-jobs.ts";
import type { ChatPlatform } from "../ports/chat.ts";
import type { Logger } from "../ports/logger.ts";
import type { NewDelivery, NoticeDeliveryStore } from "../ports/notice-deliveries.ts";
import type { NoticeChannel, NoticeLoader } from "../ports/notice-loader.ts";
import { deliverInviteEmail, type InviteMailDeps } from "./coaching/invite-mail.ts";
import type { OutboxEventCache } from "./event-cache.ts";
import { chooseIdentities } from "./recipients.ts";

export interface FanOutDeps {
  loader: NoticeLoader;
  deliveries: NoticeDeliveryStore;
  /**
   * Platforms with a sender configured, in the order they were registered; nobody is targeted on a
   * platform we cannot send on, and the order breaks ties between identities (see recipients.ts).
   */
  platforms: readonly ChatPlatform[];
  /** Shared with the sends, so the event read here is not read again per recipient. */
  events: OutboxEventCache;
  log: Logger;
  /** 1-2-1 e-mail invites (outbox kind coaching.invite_email); absent: such rows are logged and left. */
  inviteMail?: InviteMailDeps;
  /** The 1-2-1 daily digest scan, run with the minute scans; it writes outbox rows. */
  coachingDigestScan?: () => Promise<unknown>;
}

/** A delivery ready to be queued. */
export interface DeliveryRef {
  key: string;
  platform: ChatPlatform;
}

interface Audience {
  people: string[];
  channels: NoticeChannel[];
}

/**
 * Expands one outbox event into per-recipient deliveries. Idempotent: keys are derived from the
 * outbox id and the recipient, rows that exist keep their first target, and the open ones are
 * returned every time, so a fan-out re-run after a crash queues exactly what is still unsent.
 */
export async function fanOutOutboxEvent(deps: FanOutDeps, outboxId: bigint): Promise<DeliveryRef[]> {
  const row = await deps.events.get(outboxId);
  if (!row) {
    deps.log.warn({ outboxId: String(outboxId) }, "notice fan-out: outbox row not found");
    return [];
  }
  const event = row.event;
  if (!event) {
    // A malformed row will not get better on retry: log it once and move on.
    deps.log.error(
      { outboxId: String(outboxId), kind: row.kind },
      "notice fan-out: unknown kind or bad payload",
    );
    return [];
  }
  if (event.kind === "coaching.invite_email") {
    // An e-mail, not a chat message: it keeps its own delivery record on the invite row.
    if (deps.inviteMail) await deliverInviteEmail(deps.inviteMail, event.payload.inviteId);
    else deps.log.warn({ outboxId: String(outboxId) }, "notice fan-out: e-mail invite but no mailer wired");
    return [];
  }
  const audience = await audienceOf(deps.loader, row.orgId, event);
  const identities = chooseIdentities(await deps.loader.listIdentities(audience.people), deps.platforms);
  const rows: NewDelivery[] = [];
  const base = { orgId: row.orgId, kind: row.kind, outboxId, subjectId: subjectOf(event) };
  for (const personId of audience.people) {
    const identity = identities.get(personId);
    if (!identity) {
      deps.log.warn(
        { outboxId: String(outboxId), personId },
        "notice fan-out: no identity on a configured platform",
      );
      continue;
    }
    rows.push({
      ...base,
      key: deliveryKeys.outboxPerson(outboxId, personId),
      personId,
      platform: identity.platform,
      targetKind: "direct",
      targetId: identity.platformUserId,
    });
  }
  for (const c of onePerChannel(audience.channels)) {
    if (!deps.platforms.includes(c.platform)) continue;
    rows.push({
      ...base,
      key: deliveryKeys.outboxChannel(outboxId, c.id),
      personId: null,
      platform: c.platform,
      targetKind: "channel",
      targetId: c.channelId,
    });
  }
  await deps.deliveries.ensure(rows);
  return deps.deliveries.listOpenKeysOfOutbox(outboxId);
}

const unique = (ids: string[]): string[] => [...new Set(ids)];

/**
 * A channel hears each change once, however many links cover the session (a training type and a
 * schedule of it, say). The link with the smallest id stands for the channel, so a re-run fan-out
 * derives the same delivery key.
 */
export function onePerChannel(channels: NoticeChannel[]): NoticeChannel[] {
  const chosen = new Map<string, NoticeChannel>();
  for (const c of channels) {
    const at = `${c.platform}\u0000${c.channelId}`;
    const best = chosen.get(at);
    if (!best || c.id < best.id) chosen.set(at, c);
  }
  return [...chosen.values()];
}

/** What the notice is about, kept on the row so the daily warning can see today's event-driven one. */
function subjectOf(event: OutboxEventInput): string {
  switch (event.kind) {
    case "schedule.no_pass_linked":
      return event.payload.scheduleId;
    case "pass.granted":
      return event.payload.passId;
    case "coaching.invite_email":
    case "coaching.digest":
    case "coaching.session_changed":
      return event.payload.clientId;
    case "personal.booked":
    case "personal.cancelled":
    case "personal.rescheduled":
      return event.payload.bookingId;
    case "personal.feed_failed":
      return event.payload.feedId;
    case "admin.request":
      return event.payload.requestId;
    default:
      return event.payload.occurrenceId;
  }
}

async function audienceOf(loader: NoticeLoader, orgId: string, event: OutboxEventInput): Promise<Audience> {
  switch (event.kind) {
    case "waitlist.promoted":
    case "waitlist.skipped":
    case "booking.added_by_trainer":
    case "pass.granted":
      return { people: [event.payload.personId], channels: [] };
    case "schedule.changed":
      return { people: unique(event.payload.notify), channels: [] };
    case "admin.request":
      return { people: await loader.listAdmins(orgId), channels: [] };
    case "occurrence.updated":
    case "occurrence.rescheduled": {
      // A capacity change alone is no news to a group (the waitlist promotions speak for themselves).
      const announce = event.payload.bookingsCancelled || event.payload.changes.some((c) => c !== "capacity");
      return {
        people: unique([...event.payload.notify, ...event.payload.refunds.map((r) => r.personId)]),
        channels: announce ? await channelsOf(loader, event.payload.occurrenceId) : [],
      };
    }
    case "occurrence.cancelled":
      return {
        people: unique(event.payload.refunds.map((r) => r.personId)),
        channels: await channelsOf(loader, event.payload.occurrenceId),
      };
    case "occurrence.overbooked":
      // Without an assigned trainer the organization's trainers and admins decide.
      return {
        people: event.payload.trainerId ? [event.payload.trainerId] : await loader.listStaff(orgId),
        channels: [],
      };
    case "schedule.no_pass_linked":
      return { people: await loader.listStaff(orgId), channels: [] };
    case "coaching.digest":
    case "coaching.session_changed":
      // A private calendar: its client only, never a channel.
      return { people: [event.payload.personId], channels: [] };
    case "coaching.invite_email":
      return { people: [], channels: [] };
    case "personal.booked":
    case "personal.cancelled":
    case "personal.rescheduled":
      // Personal sessions are private: the member and the trainer, never a channel.
      return { people: unique([event.payload.personId, event.payload.trainerId]), channels: [] };
    case "personal.feed_failed":
      return { people: [event.payload.trainerId], channels: [] };
  }
}

async function channelsOf(loader: NoticeLoader, occurrenceId: string): Promise<NoticeChannel[]> {
  const s = await loader.getSession(occurrenceId);
  return s ? loader.listChannels(s.orgId, s.scheduleId, s.trainingTypeId) : [];
}
