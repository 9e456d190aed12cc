import ical from "ical-generator";

/** One event of a person's calendar; the uid must stay the same for the same booking or session. */
export interface CalendarEvent {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location: string | null;
  description: string;
  /** When the thing it describes last changed: calendar apps update the event in place. */
  updatedAt: Date;
}

/**
 * An iCalendar (RFC 5545) text of the events, in UTC so any app reads the same instants. The
 * stable uid (e.g. personal-<bookingId>@<host>) makes a re-subscribed or re-imported calendar
 * update events instead of adding copies.
 */
export function buildIcs(name: string, events: readonly CalendarEvent[], stamp: Date): string {
  const cal = ical({
    name,
    prodId: { company: "chat-booking-assistant", product: "bookings", language: "EN" },
  });
  for (const e of events) {
    cal.createEvent({
      id: e.uid,
      start: e.startsAt,
      end: e.endsAt,
      summary: e.summary,
      location: e.location ?? undefined,
      description: e.description || undefined,
      stamp,
      lastModified: e.updatedAt,
    });
  }
  return cal.toString();
}
