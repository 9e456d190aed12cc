import ICAL from "ical.js";
import { DateTime, IANAZone } from "luxon";

/** A busy interval read from an external calendar. */
export interface BusyEvent {
  uid: string;
  startsAt: Date;
  endsAt: Date;
}

export interface IcsImportOptions {
  /** The organization's zone: floating and all-day times are read in it. */
  zone: string;
  /** Occurrences are expanded for [from, to). */
  from: Date;
  to: Date;
  /** Safety limit per recurring event (a daily rule years old still fits). */
  maxIterations?: number;
}

/** The feed could not be read as iCalendar; `detail` is for logs, never for a chat. */
export class IcsParseError extends Error {
  constructor(readonly detail: string) {
    super("ics_parse_error");
    this.name = "IcsParseError";
  }
}

type Time = InstanceType<typeof ICAL.Time>;
type Component = InstanceType<typeof ICAL.Component>;

/**
 * Busy intervals of an iCalendar text: recurring events expanded (RRULE, RDATE, EXDATE and
 * RECURRENCE-ID exceptions, by ical.js), all-day events as whole local days, cross-midnight events
 * as they are; cancelled and transparent ("free") events are skipped. TZIDs are read as IANA names
 * with luxon (DST-correct), else through the file's own VTIMEZONE, else as the organization's zone.
 */
export function parseIcsBusy(text: string, opts: IcsImportOptions): BusyEvent[] {
  let root: Component;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (e) {
    throw new IcsParseError(e instanceof Error ? e.message : String(e));
  }
  if (root.name !== "vcalendar") throw new IcsParseError(`root is ${root.name}`);
  const zones = new Map<string, InstanceType<typeof ICAL.Timezone>>();
  for (const vtz of root.getAllSubcomponents("vtimezone")) {
    const tz = new ICAL.Timezone(vtz);
    if (tz.tzid) zones.set(tz.tzid, tz);
  }
  const masters = new Map<string, Component>();
  const exceptions = new Map<string, Component[]>();
  const singles: Component[] = [];
  for (const ve of root.getAllSubcomponents("vevent")) {
    const uid = String(ve.getFirstPropertyValue("uid") ?? "");
    if (ve.hasProperty("recurrence-id")) {
      const list = exceptions.get(uid) ?? [];
      list.push(ve);
      exceptions.set(uid, list);
    } else if (uid && (ve.hasProperty("rrule") || ve.hasProperty("rdate"))) masters.set(uid, ve);
    else singles.push(ve);
  }
  const fromMs = opts.from.getTime();
  const toMs = opts.to.getTime();
  const out: BusyEvent[] = [];
  const push = (uid: string, ve: Component, start: Time, end: Time | null) => {
    if (!isBusy(ve)) return;
    const s = toInstant(start, ve, "dtstart", zones, opts.zone);
    let e = end ? toInstant(end, ve, ve.hasProperty("dtend") ? "dtend" : "dtstart", zones, opts.zone) : null;
    if (e === null || e <= s) e = start.isDate ? addLocalDays(s, 1, opts.zone) : s;
    if (e <= s) return; // a zero-length reminder blocks nothing
    if (e <= fromMs || s >= toMs) return;
    out.push({ uid, startsAt: new Date(s), endsAt: new Date(e) });
  };
  for (const ve of singles) {
    const ev = new ICAL.Event(ve);
    if (!ev.startDate) continue;
    push(ev.uid ?? "", ve, ev.startDate, ev.endDate ?? null);
  }
  const limit = opts.maxIterations ?? 20_000;
  for (const [uid, ve] of masters) {
    const ev = new ICAL.Event(ve);
    for (const ex of exceptions.get(uid) ?? []) ev.relateException(ex);
    exceptions.delete(uid);
    if (!ev.startDate) continue;
    const it = ev.iterator();
    for (let i = 0; i < limit; i++) {
      const next = it.next();
      if (!next) break;
      const d = ev.getOccurrenceDetails(next);
      const item = d.item.component;
      // The occurrence's own times are in the zone of the component they come from.
      const s = toInstant(d.startDate, item, "dtstart", zones, opts.zone);
      if (s >= toMs && toInstant(next, ve, "dtstart", zones, opts.zone) >= toMs) break;
      push(uid, item, d.startDate, d.endDate);
    }
  }
  // Exceptions whose series is not in the file: plain events.
  for (const [uid, list] of exceptions) {
    for (const ve of list) {
      const ev = new ICAL.Event(ve);
      if (ev.startDate) push(uid, ve, ev.startDate, ev.endDate ?? null);
    }
  }
  return out.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

function isBusy(ve: Component): boolean {
  const status = String(ve.getFirstPropertyValue("status") ?? "").toUpperCase();
  const transp = String(ve.getFirstPropertyValue("transp") ?? "").toUpperCase();
  return status !== "CANCELLED" && transp !== "TRANSPARENT";
}

function toInstant(
  t: Time,
  ve: Component,
  prop: string,
  zones: Map<string, InstanceType<typeof ICAL.Timezone>>,
  fallbackZone: string,
): number {
  const wall = { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second };
  if (t.isDate)
    return DateTime.fromObject(
      { year: t.year, month: t.month, day: t.day },
      { zone: fallbackZone },
    ).toMillis();
  if (t.zone === ICAL.Timezone.utcTimezone || t.zone?.tzid === "UTC")
    return DateTime.fromObject(wall, { zone: "utc" }).toMillis();
  const tzid = ve.getFirstProperty(prop)?.getParameter("tzid");
  const name = typeof tzid === "string" ? tzid.replace(/^\/+/, "") : null;
  if (name && IANAZone.isValidZone(name)) return DateTime.fromObject(wall, { zone: name }).toMillis();
  const own = name ? zones.get(name) : undefined;
  if (own) {
    const c = t.clone();
    c.zone = own;
    return c.toUnixTime() * 1000;
  }
  return DateTime.fromObject(wall, { zone: fallbackZone }).toMillis();
}

function addLocalDays(ms: number, days: number, zone: string): number {
  return DateTime.fromMillis(ms, { zone }).plus({ days }).toMillis();
}
