import type { CommandTable } from "../command.ts";
import {
  calendarLinkHandler,
  personalAvailabilityHandler,
  personalFeedHandler,
  personalSettingsHandler,
  personalTypeHandler,
} from "./admin.ts";
import { personalFeedFileHandler } from "./feed-file.ts";
import {
  personalBookHandler,
  personalCancelHandler,
  personalMyHandler,
  personalSlotsHandler,
  personalTypesHandler,
} from "./member.ts";
import { personalMoveHandler } from "./move.ts";

/** Personal sessions (docs/personal-sessions.md): members book, trainers open hours, admins set up. */
export const personalCommands = {
  personal_types: { role: "member", run: (turn) => personalTypesHandler(turn) },
  personal_slots: { role: "member", run: personalSlotsHandler },
  personal_book: { role: "member", run: personalBookHandler },
  personal_my: { role: "member", run: (turn) => personalMyHandler(turn) },
  personal_cancel: { role: "member", run: personalCancelHandler },
  personal_move: { role: "member", run: personalMoveHandler },
  personal_settings: { role: "admin", run: personalSettingsHandler },
  personal_type: { role: "admin", run: personalTypeHandler },
  personal_availability: { role: "trainer", run: personalAvailabilityHandler },
  personal_feed: { role: "trainer", run: personalFeedHandler },
  personal_feed_file: { role: "trainer", run: personalFeedFileHandler },
  calendar_link: { role: "member", run: calendarLinkHandler },
} as const satisfies CommandTable;
