import { normalizeInviteCode } from "../../domain/coaching/invite-code.ts";
import type { CoachingCommand } from "../../intents/coaching/command.ts";
import type { Reply } from "../../ports/chat.ts";
import { coachingNotSetUpReply } from "../../replies/coaching/change-replies.ts";
import type { Turn } from "../turn.ts";
import { handleCoaching } from "./handle-coaching.ts";

/** A chat turn's coaching command: the turn narrowed to what coaching handlers need. */
export async function coachingHandler(turn: Turn, command: CoachingCommand): Promise<Reply[]> {
  const coaching = turn.deps.coaching;
  if (!coaching) return [coachingNotSetUpReply()];
  return handleCoaching(
    {
      uc: coaching.deps,
      personId: turn.personId,
      actor: turn.actor,
      org: turn.org ? { id: turn.org.id, name: turn.org.name, timezone: turn.org.timezone } : null,
      links: coaching.links,
      nameOf: (id) =>
        turn.vocab.trainers.find((p) => p.id === id)?.name ??
        turn.vocab.people.find((p) => p.id === id)?.name,
    },
    command,
  );
}

/** A start link's /start <payload>: a 1-2-1 invite code (the link carries it) or null. */
export function inviteCodeOfStart(code: string | undefined): string | null {
  return code ? normalizeInviteCode(code) : null;
}
