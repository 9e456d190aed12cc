import { DomainError, ErrorCode, isDomainError } from "../../domain/errors.ts";
import { hasTrainerRights } from "../../domain/model.ts";
import { CLIENT_OPS, type CoachingCommand } from "../../intents/coaching/command.ts";
import type { Reply } from "../../ports/chat.ts";
import { dayNumberLabel } from "../../replies/coaching/calendar-text.ts";
import {
  clientHelpReply,
  coachesOnlyReply,
  openInStudioChatReply,
} from "../../replies/coaching/change-replies.ts";
import { askCoachToMoveReply } from "../../replies/coaching/client-move-replies.ts";
import { clientCalendarReply, joinedReply, myCoachingReply } from "../../replies/coaching/client-replies.ts";
import { coachHelpReply } from "../../replies/coaching/coach-replies.ts";
import { coachingErrorReply } from "../../replies/coaching/error-text.ts";
import { domainErrorReply } from "../../replies/error-reply.ts";
import * as co from "../../use-cases/coaching/index.ts";
import { handleCoachCommand } from "./coach-handlers.ts";
import type { CoachContext, CoachingChatContext } from "./context.ts";

/**
 * One coaching command: refusals become their reply (never a stack or SQL). Joining works before
 * an organization is known; everything else needs one, and coach commands need a coach.
 */
export async function handleCoaching(ctx: CoachingChatContext, cmd: CoachingCommand): Promise<Reply[]> {
  try {
    return await run(ctx, cmd);
  } catch (e) {
    if (isDomainError(e)) return [coachingErrorReply(e) ?? domainErrorReply(e)];
    throw e;
  }
}

async function run(ctx: CoachingChatContext, cmd: CoachingCommand): Promise<Reply[]> {
  if (cmd.op === "join") return [joinedReply(await co.acceptInvite(ctx.uc, ctx.personId, cmd.code))];
  const { actor, org } = ctx;
  if (!actor || !org) return [openInStudioChatReply()];
  if (cmd.op === "help") return [hasTrainerRights(actor.role) ? coachHelpReply() : clientHelpReply()];
  if (!CLIENT_OPS.has(cmd.op)) {
    if (!hasTrainerRights(actor.role)) return [coachesOnlyReply()];
    return handleCoachCommand(ctx as CoachContext, cmd);
  }
  switch (cmd.op) {
    case "my_coaching":
      return [myCoachingReply(await co.myCoaching(ctx.uc, actor))];
    case "my_week":
      return [
        clientCalendarReply(
          await co.myWeek(ctx.uc, actor, {
            ...(cmd.clientId ? { clientId: cmd.clientId } : {}),
            ...(cmd.week ? { week: cmd.week } : {}),
          }),
        ),
      ];
    case "my_day":
      return [
        clientCalendarReply(
          await co.myDay(ctx.uc, actor, {
            ...(cmd.clientId ? { clientId: cmd.clientId } : {}),
            ...(cmd.day ? { day: cmd.day } : {}),
          }),
        ),
      ];
    case "my_move": {
      // The spec: clients cannot reschedule their sessions; the coach does it on their behalf. So the
      // client is told whom to ask, with the move spelled out (docs/coaching.md, "Clients and moves").
      const mine = (await co.myCoaching(ctx.uc, actor)).find((c) => c.client.status === "active");
      if (!mine) throw new DomainError(ErrorCode.NotFound, { what: "coaching" });
      return [askCoachToMoveReply(ctx.nameOf?.(mine.program.coachId), cmd.day, cmd.toDay)];
    }
    case "my_session": {
      const s = await co.mySession(ctx.uc, actor, { entryId: cmd.entryId });
      return [
        clientCalendarReply({
          client: s.client,
          program: s.program,
          week: null,
          days: [{ day: s.entry.day, label: dayNumberLabel(s.entry.day), date: s.date, entries: [s.entry] }],
          lastVisibleDay: s.entry.day,
          today: s.entry.day,
          hasPrevious: false,
          hasNext: false,
        }),
      ];
    }
    case "accept_waiver": {
      const j = await co.acceptWaiver(ctx.uc, actor, cmd.clientId);
      return [joinedReply(j)];
    }
    default:
      return [];
  }
}
