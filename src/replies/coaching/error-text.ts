import { type DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Reply } from "../../ports/chat.ts";
import { type MessageKey, t } from "../i18n/catalogue.ts";

const line = (key: MessageKey, values?: Record<string, string | number>): Reply => ({
  visibility: "private",
  lines: [t(key, values)],
});

/**
 * The wording of a refusal in a coaching conversation: what happened and what to do next. Null for
 * codes coaching has no words of its own for (the general wording in src/replies/error-reply.ts).
 */
export function coachingErrorReply(e: DomainError): Reply | null {
  const c = e.context;
  switch (e.code) {
    case ErrorCode.InviteUnknown:
      return line("coaching.errInviteUnknown");
    case ErrorCode.InviteUsed:
      return line("coaching.errInviteUsed");
    case ErrorCode.InviteExpired:
      return line("coaching.errInviteExpired");
    case ErrorCode.InviteRevoked:
      return line("coaching.errInviteRevoked");
    case ErrorCode.NotVisibleYet:
      return line("coaching.errNotVisibleYet", { day: Number(c.lastVisibleDay) || 0 });
    case ErrorCode.ProgramHasClients:
      return line("coaching.errHasClients", { n: Number(c.clients) || 0 });
    case ErrorCode.ProgramArchived:
      return line("coaching.errArchived");
    case ErrorCode.NotAllowed:
      return line("coaching.coachesOnly");
    case ErrorCode.NotFound:
      return line("coaching.errNotFound", { what: String(c.what) });
    case ErrorCode.Conflict:
      return line("coaching.errConflict", { reason: String(c.reason) });
    case ErrorCode.InvalidInput: {
      if (c.reason === "ambiguous" && Array.isArray(c.names))
        return line("coaching.errAmbiguous", {
          field: String(c.field),
          names: c.names.map(String).join(", "),
        });
      if (c.reason === "nothing_to_change") return line("coaching.errNothingToChange");
      if (c.reason === "not_published") return line("coaching.errNotPublished");
      if (c.reason === "no_open_invite") return line("coaching.errNoOpenInvite");
      if (c.reason === "choose_program") return line("coaching.errChooseProgram");
      if (c.field === "email" && c.reason === "missing") return line("coaching.errNoEmail");
      return line("coaching.errInvalid", { field: String(c.field) });
    }
    default:
      return null;
  }
}
