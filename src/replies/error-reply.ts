import { type DomainError, ErrorCode } from "../domain/errors.ts";
import type { Clash } from "../ports/booking-store.ts";
import type { Reply } from "../ports/chat.ts";
import { clashLines } from "./booking/staff-replies.ts";
import { coachingErrorReply } from "./coaching/error-text.ts";
import { clashText, fieldRefusalText } from "./field-refusal.ts";
import { type RefusalAudience, refusalText } from "./refusal-replies.ts";

/**
 * The one reply for "something broke on our side": no internals, and what to do next. The core's
 * error boundary sends it, and so does the adapters' last-resort guard.
 */
export const FALLBACK_REPLY: Reply = {
  visibility: "private",
  lines: ["Sorry, something went wrong on our side. Please try again in a minute."],
};

const WHAT: Record<string, string> = {
  session: "That session",
  booking: "That booking",
  member: "That member",
  trainer: "That trainer",
  space: "That space",
  pass_type: "That pass type",
  schedule: "That schedule",
  template: "That template",
  training_type: "That training type",
  session_type: "That personal session type",
  calendar_feed: "That calendar",
  request: "That request",
  organization: "That studio",
};

/** How a field of a personal-session type or setting is called in a refusal. */
const FIELD_NAMES: Record<string, string> = {
  name: "Name",
  description: "Description",
  coverImageUrl: "Cover image",
  durationMinutes: "Duration",
  capacity: "Capacity",
  priceCents: "Price",
  nonMemberPriceCents: "Non-member price",
  currency: "Currency",
  status: "Status",
  location: "Location",
  accessLevel: "Access level",
  bufferMinutes: "Buffer",
  minLeadHours: "Minimum lead time",
  maxLeadDays: "Maximum lead time",
  maxPerDay: "Sessions per day",
  trainers: "Trainers",
  paymentMethods: "Payment methods",
  showOnMemberList: "Show on member list",
  enabled: "Enabled",
  availability: "Availability",
  date: "Date",
  feedUrl: "Calendar address",
  icsFile: "Calendar file",
  fieldName: "Field",
};

/**
 * The wording a person reads for each refusal: what happened and what to do next. Context values
 * are used only when they are ours (codes, numbers), never echoed raw from the database.
 */
export function domainErrorReply(e: DomainError, audience?: RefusalAudience): Reply {
  const ctx = e.context;
  const line = (text: string): Reply => ({ visibility: "private", lines: [text] });
  // A refusal with facts names its rule and the particulars; the lines below are the fallback.
  const specific = refusalText(e, audience ?? { role: "member", timezone: "UTC" });
  if (specific) return line(specific);
  switch (e.code) {
    case ErrorCode.NotFound: {
      const named = typeof ctx.typed === "string" ? namedNotFoundText(ctx, ctx.typed) : null;
      if (named) return line(named);
      const what = WHAT[typeof ctx.what === "string" ? ctx.what : ""] ?? "That";
      // Staff are not sent to their own bookings: what they named is gone, /catalog shows what is.
      const staff = audience?.role === "trainer" || audience?.role === "admin";
      return line(
        staff
          ? `${what} was not found (it may have been removed). /catalog and /staff show what there is.`
          : `${what} was not found (it may have been removed). Try "sessions" or "my bookings".`,
      );
    }
    case ErrorCode.NotAllowed:
      if (ctx.policy === "admins") return line("In this studio only admins can grant passes.");
      if (ctx.needs === "admin")
        return line("Only studio admins can do that. Type help to see what you can do.");
      return line("Only trainers and admins can do that. Type help to see what you can do.");
    case ErrorCode.BookingDeadlinePassed:
      return line('Booking for this session has closed. Try "sessions" for another one.');
    case ErrorCode.CancellationDeadlinePassed:
      return line("It is too late to cancel this session. Please tell your trainer if you cannot come.");
    case ErrorCode.SessionStarted:
      return line("This session has already started.");
    case ErrorCode.SessionCancelled:
      return line('This session is cancelled. Try "sessions" for another one.');
    case ErrorCode.NoUsablePass:
      return line("You have no pass that covers this session. Ask the studio for a pass, then book again.");
    case ErrorCode.PassNotUsable:
      return line('That pass cannot be used for this session. Type "passes" to see yours.');
    case ErrorCode.AlreadyBooked:
      return line(
        ctx.status === "waitlisted"
          ? "You are already on the waitlist for this session."
          : "You are already booked on this session.",
      );
    case ErrorCode.NotBooked:
      return line("That booking is already cancelled.");
    case ErrorCode.ClosedSchedule:
      return line(
        ctx.staff
          ? "This session is part of a closed course: its members are enrolled through the course's pass, so their bookings cannot be reset. Change the session without reset, or cancel the session."
          : "This is a closed (pass-only) course: you are enrolled through its pass, not by booking. Ask the studio.",
      );
    case ErrorCode.IndividualTraining:
      return line("This is an individual training: your trainer adds you to it.");
    case ErrorCode.NotIndividualTraining:
      return line("That session is not an individual training; members book group sessions themselves.");
    case ErrorCode.Full:
      return line("That session is full.");
    case ErrorCode.CapacityBelowConfirmed:
      return line("The new capacity is below the number of confirmed bookings.");
    case ErrorCode.InvalidInput:
      return line(invalidInputText(ctx));
    case ErrorCode.Conflict:
      return line(
        clashText(ctx) ?? "That already exists or changed at the same moment. Please check and try again.",
      );
    case ErrorCode.PassChoiceNeeded:
      return line("Please choose which pass to use.");
    case ErrorCode.InviteUnknown:
    case ErrorCode.InviteUsed:
    case ErrorCode.InviteExpired:
    case ErrorCode.InviteRevoked:
    case ErrorCode.NotVisibleYet:
    case ErrorCode.ProgramHasClients:
    case ErrorCode.ProgramArchived:
    case ErrorCode.WaiverNotAccepted:
      // 1-2-1 coaching refusals have their wording beside the coaching replies.
      return coachingErrorReply(e) ?? FALLBACK_REPLY;
    case ErrorCode.PersonalNotEnabled:
      return line("Personal sessions are not offered by this studio yet.");
    case ErrorCode.SlotUnavailable:
      return line('That slot is no longer free. Type "/personal" to see the free ones.');
    case ErrorCode.SlotFull:
      return line('That group session is full. Type "/personal" to see other times.');
    case ErrorCode.TrainerBusy:
      return line(
        ctx.guard === "personal_session"
          ? "The trainer has a personal session booked at that time; choose another time or trainer."
          : "The trainer teaches a group session at that time; choose another time.",
      );
    case ErrorCode.DailyMaxReached:
      return line("The trainer's sessions of this kind are fully booked that day; try another day.");
    case ErrorCode.OutsideLeadTime:
      return line(leadText(ctx));
    case ErrorCode.PaymentMethodNotAccepted:
      return line(
        ctx.reason === "choose"
          ? `Please choose how you will pay: ${String(ctx.allowed ?? "")}.`
          : `That payment method is not accepted here. Accepted: ${String(ctx.allowed ?? "")}.`,
      );
    case ErrorCode.CalendarClash:
      // The use case's check names every clash (which dates, who or what); the database's is terse.
      if (Array.isArray(ctx.clashes) && ctx.clashes.length > 0)
        return {
          visibility: "private",
          lines: [
            "Nothing was changed: that would put a trainer or a space in two places at once.",
            ...clashLines(ctx.clashes as Clash[], audience?.timezone ?? "UTC"),
            "Choose another time, trainer or space.",
          ],
        };
      return line(
        ctx.resource === "space"
          ? "Another session is in that space at that time, so nothing was changed. Choose another time or space."
          : "The trainer teaches another session at that time, so nothing was changed. Choose another time or trainer.",
      );
    default: {
      // Every code has its wording above; a new code without one reads as our fault, not theirs.
      const unmapped: never = e.code;
      void unmapped;
      return FALLBACK_REPLY;
    }
  }
}

/** A catalogue entry or trainer named in a staff command that does not exist: how to get it in. */
function namedNotFoundText(ctx: Record<string, unknown>, typed: string): string | null {
  const name = typed.slice(0, 80);
  const close =
    Array.isArray(ctx.close) && ctx.close.length > 0 ? ` Did you mean ${ctx.close.join(" or ")}?` : "";
  switch (ctx.what) {
    case "space":
      return `There is no space called ${name}.${close} /catalog spaces lists them; /space add ${name} creates it.`;
    case "schedule":
      return `There is no schedule called ${name}.${close} /catalog schedules lists them.`;
    case "training_type":
      return `There is no training type called ${name}.${close} /catalog types lists them; /type add ${name} creates it.`;
    case "trainer":
      return `${name} is not a trainer here yet.${close} Make them one with /staff add @${name.replace(/\s+/g, "")} trainer: once they have written to me they can be named here (or leave the trainer out for now). /staff lists the trainers.`;
    default:
      return null;
  }
}

function leadText(ctx: Record<string, unknown>): string {
  const min = typeof ctx.minLeadHours === "number" ? ctx.minLeadHours : 0;
  const max = typeof ctx.maxLeadDays === "number" ? ctx.maxLeadDays : null;
  const parts = [
    min > 0 ? `at least ${min} hours ahead` : null,
    max ? `at most ${max} days ahead` : null,
  ].filter(Boolean);
  return `That time cannot be booked now: this session is booked ${parts.join(" and ") || "ahead"}.`;
}

function invalidInputText(ctx: Record<string, unknown>): string {
  // Personal-session fields name their allowed values (our own text, never the typed value).
  if (typeof ctx.field === "string" && typeof ctx.allowed === "string")
    return `${FIELD_NAMES[ctx.field] ?? "That value"}: use ${ctx.allowed}.`;
  if (
    ctx.reason === "nothing_to_change" &&
    ["template", "schedule", "settings", "pass_type"].includes(String(ctx.field))
  )
    return "Nothing to change: name a field and its new value (the form lists them).";
  if (ctx.reason === "nothing_to_change")
    return "Nothing to change: say what to change, e.g. capacity 20, space Studio B, trainer Sam, to fri 18:00.";
  if (ctx.reason === "in_the_past") return "The new time is in the past.";
  // A bare capacity refusal (an override's) has its own line below; a studio field names its rule.
  const studioField =
    ctx.field === "capacity" && ctx.min === undefined && ctx.reason === undefined
      ? null
      : fieldRefusalText(ctx);
  if (studioField) return studioField;
  if (ctx.field === "range") return "That date range is too long; ask for up to three months.";
  if (ctx.field === "reason") return "The reason is too long; keep it under 500 characters.";
  if (ctx.field === "capacity") return "Capacity must be a whole number from 0 to 1000.";
  return "Some of that was not valid. Type help for examples.";
}
