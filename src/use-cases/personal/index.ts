/** Personal sessions: one use case (or a small family of them) per file, each `(deps, actor, input)`. */
export { getAvailability, setAvailability, setDateOff } from "./availability.ts";
export { bookPersonalSession } from "./book.ts";
export {
  calendarForToken,
  createCalendarSubscription,
  exportMyCalendar,
  revokeCalendarSubscription,
} from "./calendar-export.ts";
export {
  addCalendarFeed,
  importCalendarFile,
  listCalendarFeeds,
  refreshAllCalendarFeeds,
  refreshCalendarFeed,
  removeCalendarFeed,
} from "./calendar-feeds.ts";
export { cancelPersonalBooking } from "./cancel.ts";
export type { PersonalDeps } from "./deps.ts";
export { findFreeSlots } from "./free-slots.ts";
export { myPersonalBookings, trainerPersonalSchedule } from "./my-bookings.ts";
export { reschedulePersonalBooking } from "./reschedule.ts";
export { createSessionType, editSessionType, listSessionTypes } from "./session-types.ts";
export { getPersonalSettings, updatePersonalSettings } from "./settings.ts";
