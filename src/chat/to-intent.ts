import { formToIntent } from "../handlers/booking/form-intents.ts";
import {
  coachingButtonCommand,
  coachingFormCommand,
  isCoachingButton,
} from "../handlers/coaching/buttons.ts";
import { resumeChoice, resumeTypedChoice } from "../handlers/pending.ts";
import { dropGuideOnCommand, guideAnswerIntent } from "../handlers/studio/guide-state.ts";
import type { Turn } from "../handlers/turn.ts";
import { readRemindersText } from "../intents/booking/parse-reminders.ts";
import { type DecodedButton, decodeButton, encodeButton } from "../intents/button-codec.ts";
import { coachingCommandReader, readCoachingText } from "../intents/first-read.ts";
import type { Intent } from "../intents/intent.ts";
import type { ToIntent } from "../intents/intent-result.ts";
import { parseCommand, parseText } from "../intents/parse-text.ts";
import type { TextContext } from "../intents/parse-when.ts";
import type { IncomingInput } from "../ports/chat.ts";
import { answerTooLongReply, forgedButtonReply, staleButtonReply } from "../replies/chat-replies.ts";

/** Trainer actions arrive as one `trainer` command ("trainer roster spin"): its first word is the verb. */
const TRAINER_ALIASES: Record<string, string> = {
  cancel: "cancelsession",
  invite: "program",
  write: "program",
};

/** Text, command, button or form to an intent. Untrusted input stays data: nothing here throws. */
export async function toIntent(turn: Turn, input: IncomingInput, ctx: TextContext): Promise<ToIntent> {
  switch (input.kind) {
    case "text": {
      // An admin answering a guided question (a platform without modals) gives the answer as it is.
      const guided = await guideAnswerIntent(turn, input.text);
      if (guided) return { ok: true, intent: guided };
      // The name of a kind typed after "which kind of personal session?": that question's answer.
      const typedChoice = await resumeTypedChoice(turn, input.text);
      if (typedChoice) return typedChoice;
      // Otherwise the first word decides: a coaching line, or a command or sentence for parseText.
      const coaching = readCoachingText(input.text);
      if (coaching) return { ok: true, intent: coaching };
      // "remind me 1 hour before", "no reminders": a member's own reminder setting.
      const reminders = readRemindersText(input.text);
      if (reminders) return { ok: true, intent: reminders };
      return { ok: true, intent: parseText(input.text, ctx, turn.vocab) };
    }
    case "command": {
      await dropGuideOnCommand(turn);
      let name = input.name.toLowerCase().replace(/^\//, "").replace(/[-_]/g, "");
      let args = input.args;
      const coaching = coachingCommandReader.names.includes(name)
        ? coachingCommandReader.read(name, args, ctx, turn.vocab)
        : null;
      if (coaching) return { ok: true, intent: coaching };
      if (name === "trainer") {
        const m = /^\s*(\S+)\s*(.*)$/s.exec(args);
        name = (m?.[1] ?? "help").toLowerCase();
        name = TRAINER_ALIASES[name] ?? name;
        args = m?.[2] ?? "";
      }
      return { ok: true, intent: parseCommand(name.slice(0, 40), args, ctx, turn.vocab) };
    }
    case "file":
      // A file is a trainer's busy calendar (.ics): the only file the assistant reads.
      return {
        ok: true,
        intent: { kind: "personal_feed_file", name: input.name, size: input.size, ref: input.ref },
      };
    case "button": {
      const d = decodeButton(input.data);
      if (!d.ok) return { ok: false, reply: d.reason === "stale" ? staleButtonReply() : forgedButtonReply() };
      return fromButton(turn, d.action);
    }
    case "form": {
      // A form's data says which form for which session; its values are the person's answers.
      const d = decodeButton(input.data);
      if (!d.ok) return { ok: false, reply: d.reason === "stale" ? staleButtonReply() : forgedButtonReply() };
      if (d.action.op === "ks") {
        const command = coachingFormCommand(d.action, input.values);
        return command
          ? { ok: true, intent: { kind: "coaching", command } }
          : { ok: false, reply: forgedButtonReply() };
      }
      if (d.action.op === "pf")
        return personalFormToIntent(d.action.form, d.action.sessionTypeId, input.values);
      if (d.action.op === "ss") {
        const { form, id } = d.action;
        return {
          ok: true,
          intent: { kind: "studio_form", form, ...(id ? { id } : {}), values: input.values },
        };
      }
      if (d.action.op !== "fs") return fromButton(turn, d.action);
      return formToIntent(turn, d.action.form, d.action.occurrenceId, input.values, ctx);
    }
  }
}

const PAYMENT_CODES = { a: "at_session", c: "check", o: "online" } as const;

/** A submitted personal-session admin form: its answers become name=value pairs of the intent. */
function personalFormToIntent(
  form: "st" | "b" | "d" | "r",
  sessionTypeId: string | undefined,
  values: Record<string, string>,
): ToIntent {
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) {
    if (typeof v !== "string" || v.length > 1200) return { ok: false, reply: answerTooLongReply(1200) };
    clean[k] = v.trim();
  }
  if (form === "st") return { ok: true, intent: { kind: "personal_settings", values: clean } };
  // An empty submission changes nothing: an edit keeps, a new type still needs its name.
  const intent = { kind: "personal_type" as const, typed: "", values: clean, part: form };
  return { ok: true, intent: sessionTypeId ? { ...intent, sessionTypeId } : intent };
}

async function fromButton(turn: Turn, a: DecodedButton): Promise<ToIntent> {
  const ok = (intent: Intent): ToIntent => ({ ok: true, intent });
  if (isCoachingButton(a)) return ok({ kind: "coaching", command: coachingButtonCommand(a) });
  switch (a.op) {
    case "bk":
      return ok({
        kind: "book",
        target: { occurrenceId: a.occurrenceId },
        ...(a.passId ? { passId: a.passId } : {}),
      });
    case "sd":
      return ok({ kind: "session_detail", target: { occurrenceId: a.occurrenceId } });
    case "cb":
      return ok({ kind: "cancel_booking", target: { bookingId: a.bookingId }, confirmed: false });
    case "cy":
      return ok({ kind: "cancel_booking", target: { bookingId: a.bookingId }, confirmed: true });
    case "ls": {
      const to = new Date(`${a.fromDay}T00:00:00Z`);
      to.setUTCDate(to.getUTCDate() + Math.max(1, a.days) - 1);
      const query = {
        fromDay: a.fromDay,
        toDay: to.toISOString().slice(0, 10),
        trainingTypeIds: a.trainingTypeId ? [a.trainingTypeId] : [],
        templateIds: [],
        trainerIds: a.trainerId ? [a.trainerId] : [],
        dated: true,
        unknownNames: [],
      };
      return ok({ kind: "list_sessions", query, page: a.page });
    }
    case "wk":
      return ok({ kind: "week_view", fromDay: a.fromDay });
    case "mb":
      return ok({ kind: "my_bookings", page: a.page, past: a.past });
    case "mp":
      return ok({ kind: "my_passes" });
    case "ro":
      return ok({ kind: "roster", target: { occurrenceId: a.occurrenceId } });
    case "og":
      return ok({ kind: "choose_org", orgId: a.orgId });
    case "ps":
      return ok({ kind: "create_pass_for_schedule", scheduleId: a.scheduleId });
    case "fo":
      return ok({
        kind: "open_form",
        form: a.form === "ov" ? "override" : "cancel_occurrence",
        occurrenceId: a.occurrenceId,
      });
    case "fs":
      // A form's submit data pressed as a plain button carries no answers: show the form again.
      return ok({
        kind: "open_form",
        form: a.form === "ov" ? "override" : "cancel_occurrence",
        occurrenceId: a.occurrenceId,
      });
    case "rq":
    case "so":
    case "ss":
    case "sa":
    case "sx":
    case "sz":
    case "sg":
      // Studio buttons carry ids and codes only; the studio handler decodes them again and the use
      // cases check the presser's role and organization.
      return ok({ kind: "studio_button", data: encodeButton(a) });
    case "no":
      return ok({ kind: "dismiss" });
    case "hp":
      return ok({ kind: "help" });
    case "pl":
      return ok({ kind: "personal_types" });
    case "pv": {
      const toDay = new Date(`${a.fromDay}T00:00:00Z`);
      toDay.setUTCDate(toDay.getUTCDate() + 6);
      const trainerId = a.trainerKey
        ? turn.vocab.trainers.find((t) => t.id.endsWith(a.trainerKey ?? ""))?.id
        : undefined;
      return ok({
        kind: "personal_slots",
        sessionTypeIds: [a.sessionTypeId],
        typed: "",
        trainerIds: trainerId ? [trainerId] : [],
        fromDay: a.fromDay,
        toDay: toDay.toISOString().slice(0, 10),
      });
    }
    case "pb":
      return ok({
        kind: "personal_book",
        sessionTypeId: a.sessionTypeId,
        trainerKey: a.trainerKey,
        startMinute: a.startMinute,
        ...(a.payment ? { payment: PAYMENT_CODES[a.payment] } : {}),
      });
    case "pm":
      return ok({ kind: "personal_my" });
    case "px":
      return ok({ kind: "personal_cancel", bookingId: a.bookingId, confirmed: false });
    case "py":
      return ok({ kind: "personal_cancel", bookingId: a.bookingId, confirmed: true });
    case "pr": {
      const move = {
        kind: "personal_move" as const,
        sessionTypeIds: [],
        trainerIds: [],
        unknownTrainers: [],
        typed: "",
      };
      if (!a.fromDay) return ok({ ...move, bookingId: a.bookingId });
      const toDay = new Date(`${a.fromDay}T00:00:00Z`);
      toDay.setUTCDate(toDay.getUTCDate() + 6);
      return ok({
        ...move,
        bookingId: a.bookingId,
        toFromDay: a.fromDay,
        toToDay: toDay.toISOString().slice(0, 10),
      });
    }
    case "pq":
      return ok({
        kind: "personal_move",
        sessionTypeIds: [],
        trainerIds: [],
        unknownTrainers: [],
        typed: "",
        bookingId: a.bookingId,
        startMinute: a.startMinute,
      });
    case "po":
    case "pf":
      // Opening a form (or its submit data pressed as a plain button): the form with current values.
      return ok(
        a.form === "st"
          ? { kind: "personal_settings", values: {} }
          : {
              kind: "personal_type",
              typed: "",
              values: {},
              part: a.form,
              ...(a.sessionTypeId ? { sessionTypeId: a.sessionTypeId } : {}),
            },
      );
    case "pk": {
      if (!turn.org) return { ok: false, reply: staleButtonReply() };
      const r = await resumeChoice(turn, a.key, a.choiceId);
      return r.ok ? ok(r.intent) : { ok: false, reply: r.reply };
    }
  }
}
