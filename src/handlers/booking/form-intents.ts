import { wordsOf } from "../../intents/booking/session-query.ts";
import { findNames } from "../../intents/fuzzy.ts";
import type { Intent } from "../../intents/intent.ts";
import type { ToIntent } from "../../intents/intent-result.ts";
import { parseWhen, type TextContext } from "../../intents/parse-when.ts";
import { weekdayAlone } from "../../intents/studio/parse-staff.ts";
import { FORM_REASON_MAX, formRefusalReply, formRefusals } from "../../replies/booking/form-replies.ts";
import type { Turn } from "../turn.ts";

const VALUE_MAX = 400;
const YES = /^(y|yes|ja|oui|si|sí|true|1)$/i;
const NO = /^(n|no|nein|non|false|0)?$/i;

const refuse = (line: string): ToIntent => ({ ok: false, reply: formRefusalReply(line) });
const field = (values: Record<string, string>, name: string): string =>
  typeof values[name] === "string" ? values[name].replace(/\s+/g, " ").trim() : "";

/**
 * A submitted trainer form to its intent. The values are typed by a person on a platform we do not
 * control: every one is checked here, and a bad one gets a reply that says which field and why.
 */
export function formToIntent(
  turn: Turn,
  form: "ov" | "co",
  occurrenceId: string,
  values: Record<string, string>,
  ctx: TextContext,
): ToIntent {
  if (Object.values(values).some((v) => typeof v !== "string" || v.length > VALUE_MAX)) {
    return refuse(formRefusals.answerTooLong(VALUE_MAX));
  }
  if (form === "co") {
    const reason = field(values, "reason");
    if (reason.length > FORM_REASON_MAX) return refuse(formRefusals.reasonTooLong());
    return {
      ok: true,
      intent: {
        kind: "cancel_occurrence",
        target: { occurrenceId },
        ...(reason ? { reason } : {}),
        confirmed: false,
      },
    };
  }
  const intent: Extract<Intent, { kind: "override" }> = {
    kind: "override",
    target: { occurrenceId },
    cancelExistingBookings: false,
    confirmed: false,
  };
  const capacity = field(values, "capacity");
  if (capacity) {
    if (!/^\d{1,4}$/.test(capacity) || Number(capacity) < 1 || Number(capacity) > 1000) {
      return refuse(formRefusals.capacity());
    }
    intent.capacity = Number(capacity);
  }
  const when = field(values, "when");
  if (when) {
    const w = parseWhen(when, ctx);
    if (!w || (!w.dayGiven && !w.time)) return refuse(formRefusals.unreadableWhen(when));
    if (w.dayGiven && w.fromDay !== w.toDay) return refuse(formRefusals.oneDay());
    if (w.dayGiven) intent.newDay = w.fromDay;
    if (w.dayGiven && weekdayAlone(when)) intent.newDayNearSession = true;
    if (w.time) intent.newTime = w.time;
  }
  const trainer = field(values, "trainer");
  if (trainer) {
    const matches = findNames(wordsOf(trainer), turn.vocab.trainers);
    if (matches.length === 0) return refuse(formRefusals.noTrainer(trainer));
    intent.trainer = { personIds: matches.map((m) => m.item.id), typed: trainer.slice(0, 100) };
  }
  const space = field(values, "space");
  if (space) intent.spaceName = space.slice(0, 100);
  const reset = field(values, "reset");
  if (YES.test(reset)) intent.cancelExistingBookings = true;
  else if (!NO.test(reset)) return refuse(formRefusals.yesOrNo());
  return { ok: true, intent };
}
