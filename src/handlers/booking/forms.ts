import type { IntentOf } from "../../intents/intent.ts";
import type { Reply } from "../../ports/chat.ts";
import { cancelFormReply, overrideFormReply } from "../../replies/booking/form-replies.ts";
import { sessionAlreadyCancelledReply } from "../../replies/booking/lookup-replies.ts";
import { sessionDetail } from "../../use-cases/booking/session-detail.ts";
import type { OrgTurn } from "../turn.ts";

/** A trainer asked for the change or cancel form of one session: the reply carries the form. */
export async function openFormHandler(turn: OrgTurn, intent: IntentOf<"open_form">): Promise<Reply[]> {
  // sessionDetail checks the session is in the trainer's organization (else "not found").
  const { occurrence } = await sessionDetail(turn.uc, turn.actor, { occurrenceId: intent.occurrenceId });
  if (occurrence.status === "cancelled") {
    return [sessionAlreadyCancelledReply()];
  }
  return [
    intent.form === "override"
      ? overrideFormReply(occurrence, turn.org.timezone)
      : cancelFormReply(occurrence, turn.org.timezone),
  ];
}
