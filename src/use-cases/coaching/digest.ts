import { localDate, localMinuteOfDay } from "../../domain/coaching/calendar-days.ts";
import { lastVisibleDay } from "../../domain/coaching/visibility.ts";
import type { CoachingDeps } from "./deps.ts";

/**
 * The daily digest scan (run every minute by the notice scheduler). For each active client whose
 * program's digest time has passed today (organization timezone) and who was not checked today:
 * in one transaction under the client's lock, the days that became visible since the last digest
 * are announced with ONE outbox event (if any of them holds a session), and the client is marked
 * checked for today. Several scanners may run: the lock and the date make it once a day.
 */
export async function scanCoachingDigests(
  deps: Pick<CoachingDeps, "store" | "clock">,
): Promise<{ checked: number; digests: number }> {
  const now = deps.clock.now();
  let checked = 0;
  let digests = 0;
  for (const cand of await deps.store.listDigestCandidates()) {
    const today = localDate(now, cand.timezone);
    if (cand.client.lastDigestOn !== null && cand.client.lastDigestOn >= today) continue;
    if (localMinuteOfDay(now, cand.timezone) < cand.digestMinute) continue;
    const sent = await deps.store.transaction(async (tx) => {
      const c = await tx.lockClient(cand.client.orgId, cand.client.id);
      if (c?.status !== "active" || !c.personId) return null;
      if (c.lastDigestOn !== null && c.lastDigestOn >= today) return null;
      const last = lastVisibleDay(c.startDate, today, c.visibleDays) ?? 0;
      const fromDay = Math.max(1, c.announcedThrough + 1);
      const entries = last >= fromDay ? await tx.listEntries(c.id, fromDay, last) : [];
      await tx.updateClient(c.id, {
        lastDigestOn: today,
        announcedThrough: Math.max(c.announcedThrough, last),
      });
      if (entries.length === 0) return false;
      await tx.addOutbox(c.orgId, {
        kind: "coaching.digest",
        payload: { clientId: c.id, personId: c.personId, date: today, fromDay, toDay: last },
      });
      return true;
    });
    if (sent === null) continue;
    checked++;
    if (sent) digests++;
  }
  return { checked, digests };
}
