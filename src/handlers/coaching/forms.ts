import type { Reply } from "../../ports/chat.ts";
import { entryEditForm, entryMoveForm } from "../../replies/coaching/forms.ts";
import * as co from "../../use-cases/coaching/index.ts";
import type { CoachContext } from "./context.ts";

/** The edit or move form of one session (the id is checked against the coach first). */
export async function entryForm(ctx: CoachContext, form: "edit" | "move", entryId: string): Promise<Reply> {
  const { entry, client } = await co.sessionForCoach(ctx.uc, ctx.actor, entryId);
  return form === "move" ? entryMoveForm(entry, client) : entryEditForm(entry, client);
}
