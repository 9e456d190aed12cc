import { hasTrainerRights } from "../domain/model.ts";
import { openFormHandler } from "../handlers/booking/forms.ts";
import {
  bookHandler,
  cancelBookingHandler,
  listSessionsHandler,
  myBookingsHandler,
  myPassesHandler,
  sessionDetailHandler,
  weekViewHandler,
} from "../handlers/booking/member.ts";
import {
  addToIndividualHandler,
  cancelOccurrenceHandler,
  grantPassHandler,
  overrideHandler,
  rosterHandler,
} from "../handlers/booking/staff.ts";
import { coachingHandler, inviteCodeOfStart } from "../handlers/coaching/turn-handler.ts";
import {
  chooseOrgHandler,
  connectWorkspaceHandler,
  linkAccountHandler,
} from "../handlers/identity/identity.ts";
import {
  calendarLinkHandler,
  personalAvailabilityHandler,
  personalFeedHandler,
  personalSettingsHandler,
  personalTypeHandler,
} from "../handlers/personal/admin.ts";
import { personalFeedFileHandler } from "../handlers/personal/feed-file.ts";
import {
  pdeps,
  personalBookHandler,
  personalCancelHandler,
  personalMyHandler,
  personalSlotsHandler,
  personalTypesHandler,
} from "../handlers/personal/member.ts";
import { personalMoveHandler } from "../handlers/personal/move.ts";
import {
  createPassForScheduleHandler,
  createScheduleHandler,
  createTemplateHandler,
  linkChannelHandler,
} from "../handlers/studio/admin.ts";
import {
  setupHandler,
  studioButtonHandler,
  studioFormHandler,
  studioHandler,
} from "../handlers/studio/studio.ts";
import type { OrgTurn, Turn } from "../handlers/turn.ts";
import type { Intent } from "../intents/intent.ts";
import type { Reply } from "../ports/chat.ts";
import { noPassLinkedReply } from "../replies/booking/staff-replies.ts";
import { helpReply, unknownReply } from "../replies/help-reply.ts";
import type { RefusalAudience } from "../replies/refusal-replies.ts";
import { closedSchedulesWithoutPass } from "../use-cases/booking/closed-schedules-without-pass.ts";
import { getPersonalSettings } from "../use-cases/personal/settings.ts";
import { clarify } from "./clarify.ts";

const text = (line: string): Reply[] => [{ visibility: "private", lines: [line] }];

/** Intents that work before an organization is known (linking accounts, connecting workspaces). */
export async function dispatchWithoutOrg(turn: Turn, intent: Intent): Promise<Reply[] | null> {
  switch (intent.kind) {
    case "link_account":
      return linkAccountHandler(turn, intent);
    case "start": {
      if (!intent.code) return null;
      // A 1-2-1 invite deep link (https://t.me/<bot>?start=<code>) or an account link code.
      const invite = inviteCodeOfStart(intent.code);
      if (invite) return coachingHandler(turn, { op: "join", code: invite });
      return linkAccountHandler(turn, { kind: "link_account", code: intent.code });
    }
    case "connect_workspace":
      return connectWorkspaceHandler(turn, intent);
    case "choose_org":
      return chooseOrgHandler(turn, intent);
    case "coaching":
      // Joining by code works before the person belongs to the organization.
      return intent.command.op === "join" ? coachingHandler(turn, intent.command) : null;
    case "setup":
      return setupHandler(turn, intent);
    default:
      return null;
  }
}

/** One intent to one use case and its replies. Roles were checked by the caller. */
export async function dispatch(turn: OrgTurn, intent: Intent): Promise<Reply[]> {
  // Text not read exactly (an impossible time, a name the studio lacks) is asked about first.
  const unclear = await clarify(turn, intent);
  if (unclear) return [unclear];
  return run(turn, intent);
}

/** Who reads a refusal in this turn: the studio's zone and names, the reader's role. */
export function refusalAudience(turn: OrgTurn): RefusalAudience {
  const types = new Map(turn.vocab.trainingTypes.map((t) => [t.id, t.name]));
  return {
    role: turn.actor.role,
    timezone: turn.org.timezone,
    now: turn.now,
    typeName: (id) => types.get(id),
  };
}

async function run(turn: OrgTurn, intent: Intent): Promise<Reply[]> {
  switch (intent.kind) {
    case "help":
    case "start":
      return helpWithWarnings(turn);
    case "unknown":
      return [unknownReply(turn.actor.role, turn.event.platform)];
    case "dismiss":
      return text("OK, nothing changed.");
    case "coming_soon":
      // Only 1-2-1 requests that name no coaching command land here: they get the coaching help.
      return coachingHandler(turn, { op: "help" });
    case "coaching":
      return coachingHandler(turn, intent.command);
    case "personal_types":
      return personalTypesHandler(turn);
    case "personal_slots":
      return personalSlotsHandler(turn, intent);
    case "personal_book":
      return personalBookHandler(turn, intent);
    case "personal_my":
      return personalMyHandler(turn);
    case "personal_cancel":
      return personalCancelHandler(turn, intent);
    case "personal_move":
      return personalMoveHandler(turn, intent);
    case "personal_settings":
      return personalSettingsHandler(turn, intent);
    case "personal_type":
      return personalTypeHandler(turn, intent);
    case "personal_availability":
      return personalAvailabilityHandler(turn, intent);
    case "personal_feed":
      return personalFeedHandler(turn, intent);
    case "personal_feed_file":
      return personalFeedFileHandler(turn, intent);
    case "calendar_link":
      return calendarLinkHandler(turn, intent);
    case "list_sessions":
      return listSessionsHandler(turn, intent);
    case "week_view":
      return weekViewHandler(turn, intent);
    case "session_detail":
      return sessionDetailHandler(turn, intent);
    case "book":
      return bookHandler(turn, intent);
    case "my_bookings":
      return myBookingsHandler(turn, intent);
    case "cancel_booking":
      return cancelBookingHandler(turn, intent);
    case "my_passes":
      return myPassesHandler(turn);
    case "roster":
      return rosterHandler(turn, intent);
    case "override":
      return overrideHandler(turn, intent);
    case "cancel_occurrence":
      return cancelOccurrenceHandler(turn, intent);
    case "open_form":
      return openFormHandler(turn, intent);
    case "add_to_individual":
      return addToIndividualHandler(turn, intent);
    case "grant_pass":
      return grantPassHandler(turn, intent);
    case "create_pass_for_schedule":
      return createPassForScheduleHandler(turn, intent);
    case "create_template":
      return createTemplateHandler(turn, intent);
    case "create_schedule":
      return createScheduleHandler(turn, intent);
    case "link_channel":
      return linkChannelHandler(turn, intent);
    case "link_account":
      return linkAccountHandler(turn, intent);
    case "connect_workspace":
      return connectWorkspaceHandler(turn, intent);
    case "choose_org":
      return chooseOrgHandler(turn, intent);
    case "setup":
      return setupHandler(turn, intent);
    case "studio":
      return studioHandler(turn, intent);
    case "studio_button":
      return studioButtonHandler(turn, intent);
    case "studio_form":
      return studioFormHandler(turn, intent);
  }
}

/** Help; trainers and admins also see the "No pass linked" warning with its one-step fix. */
async function helpWithWarnings(turn: OrgTurn): Promise<Reply[]> {
  // Personal sessions are advertised to members only when on and "shown on the member list".
  const settings = await getPersonalSettings(pdeps(turn), turn.actor);
  const help = helpReply(
    turn.actor.role,
    undefined,
    settings.enabled && settings.showOnMemberList,
    turn.event.platform,
  );
  if (!hasTrainerRights(turn.actor.role)) return [help];
  // Trainers get the one-step fix too: it creates the pass, or asks the admins when only they may grant.
  const warning = noPassLinkedReply(await closedSchedulesWithoutPass(turn.uc, turn.actor));
  return warning ? [help, warning] : [help];
}
