import { type DomainError, ErrorCode } from "../domain/errors.ts";
import type { Clash } from "../ports/booking-store.ts";
import type { Reply } from "../ports/chat.ts";
import { clashLines } from "./booking/staff-replies.ts";
import { coachingErrorReply } from "./coaching/error-text.ts";
import { clashText, fieldRefusalText } from "./field-refusal.ts";
import { orList } from "./format.ts";
import { t } from "./i18n/catalogue.ts";
import { type RefusalAudience, refusalText } from "./refusal-replies.ts";

/**
 * The one reply for "something broke on our side": no internals, and what to do next. The core's
 * error boundary sends it, and so does the adapters' last-resort guard.
 */
export const fallbackReply = (): Reply => ({ visibility: "private", lines: [t("chat.fallback")] });

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
      const what = t("refusal.that", { what: typeof ctx.what === "string" ? ctx.what : "" });
      // Staff are not sent to their own bookings: what they named is gone, /catalog shows what is.
      const staff = audience?.role === "trainer" || audience?.role === "admin";
      return line(t(staff ? "refusal.notFoundStaff" : "refusal.notFound", { what }));
    }
    case ErrorCode.NotAllowed:
      if (ctx.policy === "admins") return line(t("refusal.adminsGrant"));
      if (ctx.needs === "admin") return line(t("refusal.onlyAdmins"));
      return line(t("chat.onlyStaff"));
    case ErrorCode.BookingDeadlinePassed:
      return line(t("refusal.bookingClosed"));
    case ErrorCode.CancellationDeadlinePassed:
      return line(t("refusal.cancelClosed"));
    case ErrorCode.SessionStarted:
      return line(t("refusal.started"));
    case ErrorCode.SessionCancelled:
      return line(t("refusal.cancelled"));
    case ErrorCode.NoUsablePass:
      return line(t("refusal.noUsablePass"));
    case ErrorCode.PassNotUsable:
      return line(t("refusal.passNotUsable"));
    case ErrorCode.AlreadyBooked:
      return line(t("refusal.already", { waitlisted: ctx.status === "waitlisted" ? "yes" : "no" }));
    case ErrorCode.NotBooked:
      return line(t("refusal.notBooked"));
    case ErrorCode.ClosedSchedule:
      return line(t(ctx.staff ? "refusal.closedReset" : "refusal.closed"));
    case ErrorCode.IndividualTraining:
      return line(t("refusal.individual"));
    case ErrorCode.NotIndividualTraining:
      return line(t("refusal.notIndividual"));
    case ErrorCode.Full:
      return line(t("refusal.full"));
    case ErrorCode.CapacityBelowConfirmed:
      return line(t("refusal.belowConfirmed"));
    case ErrorCode.InvalidInput:
      return line(invalidInputText(ctx));
    case ErrorCode.Conflict:
      return line(clashText(ctx) ?? t("refusal.conflict"));
    case ErrorCode.PassChoiceNeeded:
      return line(t("refusal.choosePass"));
    case ErrorCode.InviteUnknown:
    case ErrorCode.InviteUsed:
    case ErrorCode.InviteExpired:
    case ErrorCode.InviteRevoked:
    case ErrorCode.NotVisibleYet:
    case ErrorCode.ProgramHasClients:
    case ErrorCode.ProgramArchived:
    case ErrorCode.WaiverNotAccepted:
      // 1-2-1 coaching refusals have their wording beside the coaching replies.
      return coachingErrorReply(e) ?? fallbackReply();
    case ErrorCode.PersonalNotEnabled:
      return line(t("refusal.personalOff"));
    case ErrorCode.SlotUnavailable:
      return line(t("refusal.slotTaken"));
    case ErrorCode.SlotFull:
      return line(t("refusal.slotFull"));
    case ErrorCode.TrainerBusy:
      return line(t("refusal.trainerBusy", { guard: String(ctx.guard ?? "") }));
    case ErrorCode.DailyMaxReached:
      return line(t("refusal.dailyMax"));
    case ErrorCode.OutsideLeadTime:
      return line(leadText(ctx));
    case ErrorCode.PaymentMethodNotAccepted:
      return line(
        t("refusal.payment", {
          choose: ctx.reason === "choose" ? "yes" : "no",
          allowed: String(ctx.allowed ?? ""),
        }),
      );
    case ErrorCode.CalendarClash:
      // The use case's check names every clash (which dates, who or what); the database's is terse.
      if (Array.isArray(ctx.clashes) && ctx.clashes.length > 0)
        return {
          visibility: "private",
          lines: [
            t("refusal.clashNothingChanged"),
            ...clashLines(ctx.clashes as Clash[], audience?.timezone ?? "UTC"),
            t("refusal.clashChoose"),
          ],
        };
      return line(t(ctx.resource === "space" ? "refusal.clashSpace" : "refusal.clashTrainer"));
    default: {
      // Every code has its wording above; a new code without one reads as our fault, not theirs.
      const unmapped: never = e.code;
      void unmapped;
      return fallbackReply();
    }
  }
}

/** A catalogue entry or trainer named in a staff command that does not exist: how to get it in. */
function namedNotFoundText(ctx: Record<string, unknown>, typed: string): string | null {
  const name = typed.slice(0, 80);
  const close =
    Array.isArray(ctx.close) && ctx.close.length > 0
      ? t("refusal.didYouMean", { names: orList(ctx.close.map(String)) })
      : "";
  switch (ctx.what) {
    case "space":
      return t("refusal.noSpace", { name, close });
    case "schedule":
      return t("refusal.noSchedule", { name, close });
    case "training_type":
      return t("refusal.noType", { name, close });
    case "trainer":
      return t("refusal.notATrainer", { name, close, handle: name.replace(/\s+/g, "") });
    default:
      return null;
  }
}

function leadText(ctx: Record<string, unknown>): string {
  const min = typeof ctx.minLeadHours === "number" ? ctx.minLeadHours : 0;
  const max = typeof ctx.maxLeadDays === "number" ? ctx.maxLeadDays : 0;
  return t("refusal.lead", { hasMin: min > 0 ? "yes" : "no", min, hasMax: max ? "yes" : "no", max });
}

function invalidInputText(ctx: Record<string, unknown>): string {
  // Personal-session fields name their allowed values (our own text, never the typed value).
  if (typeof ctx.field === "string" && typeof ctx.allowed === "string")
    return t("refusal.personalField", { field: ctx.field, allowed: ctx.allowed });
  if (
    ctx.reason === "nothing_to_change" &&
    ["template", "schedule", "settings", "pass_type"].includes(String(ctx.field))
  )
    return t("refusal.nothingToChangeField");
  if (ctx.reason === "nothing_to_change") return t("refusal.nothingToChange");
  if (ctx.reason === "in_the_past") return t("refusal.inThePast");
  // A bare capacity refusal (an override's) has its own line below; a studio field names its rule.
  const studioField =
    ctx.field === "capacity" && ctx.min === undefined && ctx.reason === undefined
      ? null
      : fieldRefusalText(ctx);
  if (studioField) return studioField;
  if (ctx.field === "range") return t("refusal.rangeTooLong");
  if (ctx.field === "reason") return t("refusal.reasonTooLong");
  if (ctx.field === "capacity") return t("refusal.capacityRange");
  return t("refusal.invalid");
}
