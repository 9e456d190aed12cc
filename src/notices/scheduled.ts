import { DateTime } from "luxon";
import { deliveryKeys } from "../jobs/notice-jobs.ts";
import type { NewDelivery } from "../ports/notice-deliveries.ts";
import { DAILY_NO_PASS_KIND, PERSONAL_REMINDER_KIND, REMINDER_KIND } from "./compose.ts";
import type { DeliveryRef, FanOutDeps } from "./fan-out.ts";
import { chooseIdentities } from "./recipients.ts";

/**
 * How far back a reminder scan looks. Scans run every minute; the overlap lets a scan missed
 * while workers were down still catch up, and the deterministic key stops a second send.
 */
export const REMINDER_CATCH_UP_MS = 30 * 60_000;
export const REMINDER_SCAN_EVERY_MS = 60_000;
/** Local hour (organization timezone) from which the daily "No pass linked" warning goes out. */
export const NO_PASS_DAILY_HOUR = 9;
const NO_PASS_EVENT_KIND = "schedule.no_pass_linked";

/** Creates reminder deliveries for confirmed sessions whose reminder time has come. */
export async function scanReminders(deps: FanOutDeps, now: Date): Promise<DeliveryRef[]> {
  const from = new Date(now.getTime() - REMINDER_CATCH_UP_MS);
  const group = await deps.loader.listDueReminders(from, now);
  const personal = await deps.loader.listDuePersonalReminders(from, now);
  const due = [
    ...group.map((r) => ({ ...r, kind: REMINDER_KIND })),
    ...personal.map((r) => ({ ...r, kind: PERSONAL_REMINDER_KIND })),
  ];
  if (due.length === 0) return [];
  const ids = chooseIdentities(
    await deps.loader.listIdentities([...new Set(due.map((r) => r.personId))]),
    deps.platforms,
  );
  const rows: NewDelivery[] = [];
  for (const r of due) {
    const who = ids.get(r.personId);
    if (!who) continue;
    rows.push({
      key: deliveryKeys.reminder(r.bookingId, r.startsAt),
      orgId: r.orgId,
      kind: r.kind,
      outboxId: null,
      subjectId: r.bookingId,
      personId: r.personId,
      platform: who.platform,
      targetKind: "direct",
      targetId: who.platformUserId,
    });
  }
  await deps.deliveries.ensure(rows);
  return openOf(deps, rows);
}

/** Daily "No pass linked" warnings: one per schedule, recipient and local date, after NO_PASS_DAILY_HOUR. */
export async function scanNoPassDaily(deps: FanOutDeps, now: Date): Promise<DeliveryRef[]> {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const rows: NewDelivery[] = [];
  for (const s of await deps.loader.listSchedulesNeedingPass(today)) {
    const local = DateTime.fromJSDate(now, { zone: s.timezone });
    if (local.hour < NO_PASS_DAILY_HOUR) continue;
    const staff = await deps.loader.listStaff(s.orgId);
    const ids = chooseIdentities(await deps.loader.listIdentities(staff), deps.platforms);
    const startOfDay = local.startOf("day").toJSDate();
    for (const personId of staff) {
      const who = ids.get(personId);
      if (!who) continue;
      // Warned today already (the schedule was created or lost its pass today): once a day is enough.
      if (await deps.deliveries.existsSince(NO_PASS_EVENT_KIND, s.id, personId, startOfDay)) continue;
      rows.push({
        key: deliveryKeys.dailyNoPass(s.id, local.toISODate() ?? "", personId),
        orgId: s.orgId,
        kind: DAILY_NO_PASS_KIND,
        outboxId: null,
        subjectId: s.id,
        personId,
        platform: who.platform,
        targetKind: "direct",
        targetId: who.platformUserId,
      });
    }
  }
  await deps.deliveries.ensure(rows);
  return openOf(deps, rows);
}

async function openOf(deps: FanOutDeps, rows: NewDelivery[]): Promise<DeliveryRef[]> {
  const open: DeliveryRef[] = [];
  for (const r of rows) {
    const d = await deps.deliveries.get(r.key);
    if (d && (d.status === "pending" || d.status === "attempting"))
      open.push({ key: d.key, platform: d.platform });
  }
  return open;
}
