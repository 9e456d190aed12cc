import type { FreeSlot, SlotRequest } from "../src/domain/personal/slots.ts";
import { minutesOf } from "../src/domain/personal/windows.ts";
import { zoneTime } from "../src/domain/time/zone-time.ts";

const MIN = 60_000;

/**
 * The baseline: walk every 5-minute step of the range and check each one against every window,
 * every booking, every group session and every busy event, as a first implementation would.
 * It answers the same question as computeFreeSlots (same grid, buffers, lead times, daily max),
 * so the benchmark can check that both agree before timing them. It uses the same cached zone
 * conversion as the project, so the ratio measures the algorithm, not luxon's Intl calls.
 */
export function naiveFreeSlots(req: SlotRequest): FreeSlot[] {
  const { type } = req;
  const zt = zoneTime(req.zone);
  const dur = type.durationMinutes * MIN;
  const step = (req.stepMinutes ?? 15) * MIN;
  const minStart = req.now.getTime() + type.minLeadHours * 3_600_000;
  const maxStart =
    type.maxLeadDays === null ? Number.POSITIVE_INFINITY : req.now.getTime() + type.maxLeadDays * 86_400_000;
  const off = new Set(req.datesOff);
  const out: FreeSlot[] = [];
  const from = Math.floor(req.from.getTime() / (5 * MIN)) * 5 * MIN;
  for (let c = from; c < req.to.getTime(); c += 5 * MIN) {
    if (c < req.from.getTime() || c < minStart || c > maxStart) continue;
    const local = zt.local(c);
    const date = local.date;
    // A joinable group slot of this type starting here?
    let same = 0;
    let sameEnd = 0;
    for (const b of req.bookings)
      if (b.sessionTypeId === type.id && b.startsAt.getTime() === c) {
        same++;
        sameEnd = b.endsAt.getTime();
      }
    if (same > 0) {
      if (same < type.capacity)
        out.push({ startsAt: new Date(c), endsAt: new Date(sameEnd), spotsLeft: type.capacity - same });
      continue;
    }
    if (off.has(date)) continue;
    // The day's windows, united where they touch or overlap; slots start on the grid of each block.
    const blocks: Array<[number, number]> = [];
    for (const w of req.windows)
      if (w.weekday === local.weekday)
        blocks.push([
          zt.instant(local.year, local.month, local.day, minutesOf(w.startTime)),
          zt.instant(local.year, local.month, local.day, minutesOf(w.endTime)),
        ]);
    blocks.sort((a, b) => a[0] - b[0]);
    const united: Array<[number, number]> = [];
    for (const [s, e] of blocks) {
      if (e <= s) continue;
      const last = united[united.length - 1];
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else united.push([s, e]);
    }
    let inWindow = false;
    for (const [ws, we] of united) if (c >= ws && c + dur <= we && (c - ws) % step === 0) inWindow = true;
    if (!inWindow) continue;
    if (type.maxPerDay !== null) {
      const starts = new Set<number>();
      for (const b of req.bookings)
        if (b.sessionTypeId === type.id && zt.local(b.startsAt.getTime()).date === date)
          starts.add(b.startsAt.getTime());
      if (starts.size >= type.maxPerDay) continue;
    }
    let free = true;
    for (const b of req.bookings) {
      const g = Math.max(b.bufferMinutes, type.bufferMinutes) * MIN;
      if (c < b.endsAt.getTime() + g && c + dur > b.startsAt.getTime() - g) free = false;
    }
    const g = type.bufferMinutes * MIN;
    for (const x of [...req.groupSessions, ...req.busy])
      if (c < x.endsAt.getTime() + g && c + dur > x.startsAt.getTime() - g) free = false;
    if (free) out.push({ startsAt: new Date(c), endsAt: new Date(c + dur), spotsLeft: type.capacity });
  }
  return out;
}
