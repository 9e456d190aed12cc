import { zoneTime } from "../time/zone-time.ts";
import type { AvailabilityWindow } from "./model.ts";
import { concreteWindows } from "./windows.ts";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** What slot computation needs of a session type. */
export interface SlotType {
  id: string;
  durationMinutes: number;
  bufferMinutes: number;
  capacity: number;
  minLeadHours: number;
  maxLeadDays: number | null;
  maxPerDay: number | null;
}

/** One active booking of the trainer (any type); several on one group slot share its times. */
export interface BookedInterval {
  sessionTypeId: string;
  startsAt: Date;
  endsAt: Date;
  bufferMinutes: number;
}

export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

export interface SlotRequest {
  zone: string;
  now: Date;
  /** Slots starting in [from, to). */
  from: Date;
  to: Date;
  type: SlotType;
  windows: readonly AvailabilityWindow[];
  /** Local dates (YYYY-MM-DD) without personal sessions. */
  datesOff: readonly string[];
  bookings: readonly BookedInterval[];
  /** The trainer's scheduled group sessions. */
  groupSessions: readonly Interval[];
  /** Busy blocks from external calendars. */
  busy: readonly Interval[];
  /** Grid of slot starts, from each window's start; default 15 minutes. */
  stepMinutes?: number;
}

export interface FreeSlot {
  startsAt: Date;
  endsAt: Date;
  /** Places still open: the capacity for a new slot, fewer on a group slot already booked. */
  spotsLeft: number;
}

/**
 * Free slots = availability minus existing bookings (each keeping the larger of the two buffers
 * clear on both sides) minus group sessions and busy blocks (the type's buffer), within the lead
 * times, under the daily maximum of new sessions per local day. A group slot that is partly
 * booked stays open until full. Blockers become sorted, merged ranges of forbidden start times,
 * so each candidate costs one pointer step instead of a scan of every booking.
 */
export function computeFreeSlots(req: SlotRequest): FreeSlot[] {
  const { type, zone } = req;
  const dur = type.durationMinutes * MIN;
  const step = (req.stepMinutes ?? 15) * MIN;
  const earliest = Math.max(req.from.getTime(), req.now.getTime() + type.minLeadHours * HOUR);
  const latest = Math.min(
    req.to.getTime() - 1,
    type.maxLeadDays === null ? Number.POSITIVE_INFINITY : req.now.getTime() + type.maxLeadDays * DAY,
  );
  if (latest < earliest) return [];

  const zt = zoneTime(zone);
  const slots = groupBookings(req.bookings);
  const forbidden: Array<[number, number]> = [];
  const ownPerDay = new Map<string, number>();
  const ownStarts = new Set<number>();
  const joinable: FreeSlot[] = [];
  const block = (s: number, e: number, gap: number) => {
    // A start c collides when c < e + gap and c + dur > s - gap.
    forbidden.push([s - gap - dur + 1, e + gap]);
  };
  for (const slot of slots) {
    block(slot.startMs, slot.endMs, Math.max(slot.bufferMinutes, type.bufferMinutes) * MIN);
    if (slot.sessionTypeId !== type.id) continue;
    if (!ownStarts.has(slot.startMs)) {
      // The daily maximum counts sessions (distinct starts), as the database guard does.
      ownStarts.add(slot.startMs);
      const date = zt.local(slot.startMs).date;
      ownPerDay.set(date, (ownPerDay.get(date) ?? 0) + 1);
    }
    if (slot.count < type.capacity && slot.startMs >= earliest && slot.startMs <= latest)
      joinable.push({
        startsAt: new Date(slot.startMs),
        endsAt: new Date(slot.endMs),
        spotsLeft: type.capacity - slot.count,
      });
  }
  const gap = type.bufferMinutes * MIN;
  for (const g of req.groupSessions) block(g.startsAt.getTime(), g.endsAt.getTime(), gap);
  for (const b of req.busy) block(b.startsAt.getTime(), b.endsAt.getTime(), gap);
  const merged = mergeRanges(forbidden);

  const out: FreeSlot[] = [];
  const windows = concreteWindows(
    req.windows,
    new Set(req.datesOff),
    zone,
    new Date(earliest),
    new Date(Math.min(latest, req.to.getTime())),
  );
  let k = 0;
  for (const w of windows) {
    if (type.maxPerDay !== null && (ownPerDay.get(w.date) ?? 0) >= type.maxPerDay) continue;
    for (let c = w.startMs; c + dur <= w.endMs; c += step) {
      if (c < earliest) continue;
      if (c > latest) break;
      while (k < merged.length && (merged[k] as [number, number])[1] <= c) k++;
      const r = merged[k];
      if (r && r[0] <= c) {
        // Jump to the first grid point past this forbidden range.
        const skip = Math.ceil((r[1] - c) / step) - 1;
        if (skip > 0) c += skip * step;
        continue;
      }
      out.push({ startsAt: new Date(c), endsAt: new Date(c + dur), spotsLeft: type.capacity });
    }
  }
  if (joinable.length === 0) return out;
  return [...out, ...joinable].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

interface BookedSlot {
  sessionTypeId: string;
  startMs: number;
  endMs: number;
  bufferMinutes: number;
  count: number;
}

function groupBookings(bookings: readonly BookedInterval[]): BookedSlot[] {
  const map = new Map<string, BookedSlot>();
  for (const b of bookings) {
    const startMs = b.startsAt.getTime();
    const endMs = b.endsAt.getTime();
    const key = `${b.sessionTypeId}|${startMs}|${endMs}`;
    const found = map.get(key);
    if (found) {
      found.count++;
      found.bufferMinutes = Math.max(found.bufferMinutes, b.bufferMinutes);
    } else
      map.set(key, {
        sessionTypeId: b.sessionTypeId,
        startMs,
        endMs,
        bufferMinutes: b.bufferMinutes,
        count: 1,
      });
  }
  return [...map.values()];
}

/** Sorts [lo, hi) ranges and merges overlapping or touching ones. */
function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
