import { IcsParseError, parseIcsBusy } from "../../calendar/ics-import.ts";
import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import { type CalendarFeed, FeedAddressRefusedError, type PersonalTx } from "../../ports/personal-store.ts";
import { type PersonalDeps, requireTrainer } from "./deps.ts";

const DAY = 24 * 3_600_000;
/** Busy blocks are kept for this window around now: far enough for any maximum lead time. */
export const FEED_PAST_DAYS = 1;
export const FEED_AHEAD_DAYS = 400;
const MAX_ICS_CHARS = 5_000_000;

export type FeedRefreshOutcome =
  | { status: "ok"; busyBlocks: number }
  | { status: "failed"; warned: boolean; reason: string; refused?: true }
  | { status: "gone" };

function parse(text: string, zone: string, now: Date) {
  if (text.length > MAX_ICS_CHARS) throw new IcsParseError("feed too large");
  return parseIcsBusy(text, {
    zone,
    from: new Date(now.getTime() - FEED_PAST_DAYS * DAY),
    to: new Date(now.getTime() + FEED_AHEAD_DAYS * DAY),
  });
}

async function zoneOf(tx: PersonalTx, orgId: string): Promise<string> {
  return (await tx.getOrganization(orgId))?.timezone ?? "UTC";
}

/**
 * The feed refresh job's processor: load, parse, and replace the busy blocks with the new copy.
 * A feed that fails keeps its last good copy; the trainer is warned once per failure spell through
 * the outbox (the next good load clears it).
 */
export async function refreshCalendarFeed(
  deps: PersonalDeps,
  feedId: string,
  opts: { rethrowRefused?: boolean } = {},
): Promise<FeedRefreshOutcome> {
  const feed = await deps.personal.transaction((tx) => tx.getFeed(feedId));
  if (feed?.kind !== "url") return { status: "gone" };
  let text: string;
  let reason: string;
  let refused = false;
  try {
    if (!deps.fetcher) throw new Error("no fetcher configured");
    text = await deps.fetcher.fetch(feed.source);
    return await deps.personal.transaction(async (tx) => {
      const now = deps.clock.now();
      const blocks = parse(text, await zoneOf(tx, feed.orgId), now);
      await tx.replaceBusy(feed, blocks, now);
      return { status: "ok", busyBlocks: blocks.length } as const;
    });
  } catch (e) {
    refused = e instanceof FeedAddressRefusedError;
    if (refused && opts.rethrowRefused) throw e;
    reason =
      e instanceof IcsParseError
        ? `not an iCalendar file: ${e.detail}`
        : e instanceof Error
          ? e.message
          : String(e);
  }
  const warned = await deps.personal.transaction(async (tx) => {
    const first = await tx.markFeedFailed(feed.id, reason, deps.clock.now());
    if (first)
      await tx.addOutbox(feed.orgId, {
        kind: "personal.feed_failed",
        payload: { feedId: feed.id, trainerId: feed.trainerId, source: feed.source.slice(0, 600) },
      });
    return first;
  });
  return { status: "failed", warned, reason, ...(refused ? { refused: true as const } : {}) };
}

/** The repeatable refresh job: every URL feed once, one after another (a slow feed delays, never blocks, the rest). */
export async function refreshAllCalendarFeeds(
  deps: PersonalDeps,
  limit = 1000,
): Promise<{ ok: number; failed: number; warned: number }> {
  const ids = await deps.personal.transaction((tx) => tx.listUrlFeedIds(limit));
  const tally = { ok: 0, failed: 0, warned: 0 };
  for (const id of ids) {
    const r = await refreshCalendarFeed(deps, id);
    if (r.status === "ok") tally.ok++;
    if (r.status === "failed") {
      tally.failed++;
      if (r.warned) tally.warned++;
    }
  }
  return tally;
}

function checkUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw.trim().replace(/^webcal:/i, "https:"));
  } catch {
    throw new DomainError(ErrorCode.InvalidInput, {
      field: "feedUrl",
      allowed: "an https:// (or webcal://) calendar address",
    });
  }
  if ((u.protocol !== "https:" && u.protocol !== "http:") || u.toString().length > 600)
    throw new DomainError(ErrorCode.InvalidInput, {
      field: "feedUrl",
      allowed: "an https:// (or webcal://) calendar address",
    });
  return u.toString();
}

/** A trainer adds an .ics feed URL; it is loaded at once and then on the refresh schedule. */
export async function addCalendarFeed(
  deps: PersonalDeps,
  actor: Actor,
  input: { url: string },
): Promise<{ feed: CalendarFeed; outcome: FeedRefreshOutcome }> {
  requireTrainer(actor, "personal_feed");
  const url = checkUrl(input.url);
  const feed = await deps.personal.transaction(async (tx) => {
    if ((await tx.listFeeds(actor.orgId, actor.personId)).length >= 5)
      throw new DomainError(ErrorCode.InvalidInput, {
        field: "feedUrl",
        allowed: "at most 5 calendars per trainer",
      });
    return tx.upsertFeed(actor.orgId, actor.personId, "url", url);
  });
  try {
    return { feed, outcome: await refreshCalendarFeed(deps, feed.id, { rethrowRefused: true }) };
  } catch (e) {
    if (!(e instanceof FeedAddressRefusedError)) throw e;
    // An internal address is not a calendar that may come back later: not kept, said at once.
    await deps.personal.transaction((tx) => tx.removeFeed(actor.orgId, feed.id));
    throw new DomainError(ErrorCode.InvalidInput, {
      field: "feedUrl",
      allowed: "a calendar address on the public internet (not a private, loopback or link-local one)",
    });
  }
}

/** A trainer uploads an .ics file: its events replace that file's earlier copy at once. */
export async function importCalendarFile(
  deps: PersonalDeps,
  actor: Actor,
  input: { name: string; text: string },
): Promise<{ feed: CalendarFeed; busyBlocks: number }> {
  requireTrainer(actor, "personal_feed");
  const name = input.name.trim().slice(0, 200) || "calendar.ics";
  return deps.personal.transaction(async (tx) => {
    const now = deps.clock.now();
    let blocks: ReturnType<typeof parse>;
    try {
      blocks = parse(input.text, await zoneOf(tx, actor.orgId), now);
    } catch (e) {
      if (e instanceof IcsParseError)
        throw new DomainError(ErrorCode.InvalidInput, {
          field: "icsFile",
          allowed: "an iCalendar (.ics) file",
        });
      throw e;
    }
    const feed = await tx.upsertFeed(actor.orgId, actor.personId, "file", `file:${name}`);
    await tx.replaceBusy(feed, blocks, now);
    return { feed, busyBlocks: blocks.length };
  });
}

export async function listCalendarFeeds(deps: PersonalDeps, actor: Actor): Promise<CalendarFeed[]> {
  requireTrainer(actor, "personal_feed");
  return deps.personal.transaction((tx) => tx.listFeeds(actor.orgId, actor.personId));
}

export async function removeCalendarFeed(
  deps: PersonalDeps,
  actor: Actor,
  input: { feedId: string },
): Promise<void> {
  requireTrainer(actor, "personal_feed");
  await deps.personal.transaction(async (tx) => {
    const feed = (await tx.listFeeds(actor.orgId, actor.personId)).find((f) => f.id === input.feedId);
    if (!feed) throw new DomainError(ErrorCode.NotFound, { what: "calendar_feed" });
    await tx.removeFeed(actor.orgId, feed.id);
  });
}
