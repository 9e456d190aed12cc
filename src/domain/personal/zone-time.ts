import { IANAZone } from "luxon";

/**
 * Fast wall-clock <-> instant conversion for one IANA zone. The offset comes from luxon (which asks
 * Intl, slowly) once per 15-minute step of UTC and is cached: every real zone changes its offset
 * on a 15-minute boundary, so slot computation pays a few Intl calls per month, not one per slot.
 */
export interface ZoneTime {
  /** Offset from UTC in minutes at an instant. */
  offset(ms: number): number;
  /** Local calendar fields of an instant (ISO weekday 1 = Monday). */
  local(ms: number): {
    year: number;
    month: number;
    day: number;
    weekday: number;
    minuteOfDay: number;
    date: string;
  };
  /**
   * The instant of a local wall-clock time. A time that a spring-forward skips moves forward by the
   * gap (02:30 -> 03:30); an ambiguous autumn time takes the later (standard-time) instant.
   */
  instant(year: number, month: number, day: number, minuteOfDay: number): number;
}

const Q = 15 * 60_000;
const cache = new Map<string, ZoneTime>();

export function zoneTime(zone: string): ZoneTime {
  const found = cache.get(zone);
  if (found) return found;
  const tz = IANAZone.create(zone);
  if (!tz.isValid) throw new RangeError(`unknown time zone ${zone}`);
  const offsets = new Map<number, number>();
  const offset = (ms: number): number => {
    const k = Math.floor(ms / Q);
    let o = offsets.get(k);
    if (o === undefined) {
      o = tz.offset(k * Q);
      if (offsets.size > 200_000) offsets.clear();
      offsets.set(k, o);
    }
    return o;
  };
  const pad = (n: number) => String(n).padStart(2, "0");
  const zt: ZoneTime = {
    offset,
    local(ms) {
      const d = new Date(ms + offset(ms) * 60_000);
      const year = d.getUTCFullYear();
      const month = d.getUTCMonth() + 1;
      const day = d.getUTCDate();
      return {
        year,
        month,
        day,
        weekday: ((d.getUTCDay() + 6) % 7) + 1,
        minuteOfDay: d.getUTCHours() * 60 + d.getUTCMinutes(),
        date: `${year}-${pad(month)}-${pad(day)}`,
      };
    },
    instant(year, month, day, minuteOfDay) {
      const wall = Date.UTC(year, month - 1, day) + minuteOfDay * 60_000;
      // luxon's fixOffset, with the provisional offset taken at the wall time itself.
      const o = offset(wall);
      let guess = wall - o * 60_000;
      const o2 = offset(guess);
      if (o === o2) return guess;
      guess -= (o2 - o) * 60_000;
      const o3 = offset(guess);
      if (o2 === o3) return guess;
      return wall - Math.min(o2, o3) * 60_000;
    },
  };
  cache.set(zone, zt);
  return zt;
}
