import { FixedOffsetZone, IANAZone, Info, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from "luxon";

/**
 * Fast wall-clock <-> instant conversion for one IANA zone. The offset comes from luxon (which asks
 * Intl, slowly) once per 15-minute step of UTC and is cached: today's zones change their offset on
 * a 15-minute boundary, so slot computation pays a few Intl calls per month, not one per slot. A
 * step whose two ends differ (an old local-mean-time change at an odd minute) is never cached: each
 * instant in it asks luxon, so the answer is exact everywhere.
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
      if (o !== tz.offset(k * Q + Q - 1)) return tz.offset(ms);
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

/**
 * A luxon zone for an IANA name that answers offsets from zoneTime's cache: luxon's own IANAZone asks
 * Intl on every offset, and the chat computes dozens per message (parsing "friday 7am", listing and
 * formatting sessions). It is an "iana" zone of the same name to luxon (formatting, equality), so
 * DateTimes made with it behave as with the name. Any other name ("UTC", an unknown one) stays a
 * name, for luxon to read as it always does.
 */
export function luxonZone(name: string): Zone | string {
  let z = zones.get(name);
  if (z === undefined) {
    // Only what luxon itself reads as an IANA zone: "UTC" stays luxon's fixed UTC (ISO "Z").
    const tz = Info.normalizeZone(name);
    z = tz instanceof IANAZone && tz.isValid ? new CachedZone(tz) : name;
    zones.set(name, z);
  }
  return z;
}

const zones = new Map<string, Zone | string>();

class CachedZone extends Zone {
  readonly #iana: IANAZone;
  readonly #offset: (ms: number) => number;
  constructor(iana: IANAZone) {
    super();
    this.#iana = iana;
    this.#offset = zoneTime(iana.name).offset;
  }
  override get type() {
    return "iana";
  }
  override get name() {
    return this.#iana.name;
  }
  override get isUniversal() {
    return false;
  }
  override get isValid() {
    return true as const;
  }
  override offset(ts: number) {
    return this.#offset(ts);
  }
  override offsetName(ts: number, opts: ZoneOffsetOptions) {
    return this.#iana.offsetName(ts, opts);
  }
  override formatOffset(ts: number, format: ZoneOffsetFormat) {
    return FixedOffsetZone.instance(this.offset(ts)).formatOffset(ts, format);
  }
  override equals(other: Zone) {
    return other.type === "iana" && other.name === this.name;
  }
}
