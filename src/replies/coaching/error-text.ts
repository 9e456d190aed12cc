import { type DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Reply } from "../../ports/chat.ts";

const line = (text: string): Reply => ({ visibility: "private", lines: [text] });

const NOT_FOUND: Record<string, string> = {
  program: 'That program was not found. Type "programs" to see yours.',
  client: 'That client was not found. Type "clients" to see them.',
  calendar_session: "That session was not found (it may have been moved or removed).",
  coaching:
    'You have no 1-2-1 calendar here yet. If your coach sent you a code, send "/join CODE". For the studio\'s sessions this week, type "week".',
};

const INVALID: Record<string, string> = {
  price: "The price must be a number like 200 or 149.50.",
  currency: "The currency must be a three-letter code like EUR or GBP.",
  email: "That e-mail address does not look right.",
  time: "The time must look like 07:30.",
  date: "The date must look like 2026-12-01.",
  day: "The day must be like W2D3 (week 2, day 3) or day 10, from day 1 on.",
  week: "The week must be a number from 1.",
  horizon: "The number of days must be from 1 to 366.",
  name: "Please give a name (up to 80 characters).",
  clientName: "Please give the client's name (up to 80 characters).",
  title: "Please give the session a title (up to 100 characters).",
  body: "The training text is too long (up to 1500 characters).",
  description: "The description is too long (up to 1000 characters).",
  welcome: "The welcome message is too long (up to 1000 characters).",
  waiver: "The waiver is too long (up to 1500 characters).",
};

/**
 * The wording of a refusal in a coaching conversation: what happened and what to do next. Null for
 * codes coaching has no words of its own for (the general wording in src/replies/error-reply.ts).
 */
export function coachingErrorReply(e: DomainError): Reply | null {
  const c = e.context;
  switch (e.code) {
    case ErrorCode.InviteUnknown:
      return line("That invite code is not valid. Check it, or ask your coach for a new invite.");
    case ErrorCode.InviteUsed:
      return line(
        "That invite code has already been used. Each code works once: ask your coach for a new one.",
      );
    case ErrorCode.InviteExpired:
      return line("That invite code has expired. Ask your coach to send a new invite.");
    case ErrorCode.InviteRevoked:
      return line(
        "That invite was withdrawn or replaced by a newer one. Ask your coach for the latest invite.",
      );
    case ErrorCode.NotVisibleYet:
      return line(
        `Your coach has not opened that part of your calendar yet (you can see up to day ${Number(c.lastVisibleDay) || 0}). Type "my week".`,
      );
    case ErrorCode.ProgramHasClients:
      return line(
        `That program still has ${Number(c.clients) || 0} client(s). Move them to another program first ("move client NAME to PROGRAM"), then archive it.`,
      );
    case ErrorCode.ProgramArchived:
      return line("That program is archived. Use another program.");
    case ErrorCode.NotAllowed:
      return line("Only coaches (trainers and admins) can do that.");
    case ErrorCode.NotFound:
      return line(NOT_FOUND[String(c.what)] ?? "That was not found.");
    case ErrorCode.Conflict:
      return line(
        c.reason === "already_joined"
          ? "That client has already joined; there is nothing to invite."
          : c.reason === "already_in_program"
            ? "That person is already a client of that program."
            : "That changed at the same moment. Please check and try again.",
      );
    case ErrorCode.InvalidInput: {
      if (c.reason === "ambiguous" && Array.isArray(c.names))
        return line(
          `Which ${c.field === "program" ? "program" : "client"} do you mean: ${c.names.map(String).join(", ")}? Use the full name.`,
        );
      if (c.reason === "nothing_to_change")
        return line("Nothing to change: give a new title or training text.");
      if (c.reason === "not_published")
        return line('Publish the program first ("publish PROGRAM"), then invite clients.');
      if (c.reason === "no_open_invite") return line("That client has no open invite to revoke.");
      if (c.reason === "choose_program")
        return line('You are in several programs: type "my coaching" and pick one.');
      if (c.field === "email" && c.reason === "missing")
        return line('That client has no e-mail address: invite them by link ("invite NAME link").');
      return line(INVALID[String(c.field)] ?? 'Some of that was not valid. Type "coach help" for examples.');
    }
    default:
      return null;
  }
}
