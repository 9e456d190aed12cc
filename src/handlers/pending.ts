import { z } from "zod";
import { randomCode } from "../domain/codes.ts";
import { queryOf, withQuery } from "../intents/booking/session-query.ts";
import { encodeButton } from "../intents/button-codec.ts";
import { type Intent, IntentSchema } from "../intents/intent.ts";
import type { Reply, ReplyButton } from "../ports/chat.ts";
import { choiceExpiredReply, choiceQuestionReply, notYourQuestionReply } from "../replies/chat-replies.ts";
import type { OrgTurn, Turn } from "./turn.ts";

/** What a pending choice fills in when a button is pressed. */
export type Slot =
  | "session"
  | "person"
  | "trainer"
  | "passType"
  | "template"
  /** A real class (training type or template id) for a name typed that matched none. */
  | "className"
  /** A real trainer for a trainer name typed that matched none. */
  | "trainerName"
  /** "Confirm" on a preview of a trainer's change. */
  | "confirm"
  /** Which personal session type a request meant (its typed day, time and trainer kept). */
  | "sessionType";

const PENDING_TTL_MS = 60 * 60_000;

/** Stored in ConversationState: read back as untrusted (another version may have written it). */
const PendingSchema = z.object({
  v: z.literal(1),
  personId: z.string(),
  orgId: z.string(),
  slot: z.enum([
    "session",
    "person",
    "trainer",
    "passType",
    "template",
    "className",
    "trainerName",
    "confirm",
    "sessionType",
  ]),
  options: z.array(z.string()).max(50),
  intent: z.unknown(),
});

const stateKey = (key: string): string => `pending:${key}`;

/**
 * Asks which one was meant: the intent waits in ConversationState (not in memory, so any bot process
 * can take the answer) and each button carries the state key and the chosen id.
 */
export async function askChoice(
  turn: OrgTurn,
  intent: Intent,
  slot: Slot,
  question: string,
  options: Array<{ id: string; label: string }>,
  lines: Reply["lines"] = [],
): Promise<Reply> {
  const shown = options.slice(0, 8);
  const buttons = await pendingButtons(turn, intent, slot, shown);
  return choiceQuestionReply(question, lines, buttons, options.length - shown.length);
}

/**
 * One button per option that resumes `intent` with that option filled in: the intent waits in
 * ConversationState (the database), so whatever the person typed with it (a day, an exact time, a
 * trainer) survives the question, whichever process takes the answer.
 */
export async function pendingButtons(
  turn: OrgTurn,
  intent: Intent,
  slot: Slot,
  options: Array<{ id: string; label: string }>,
): Promise<ReplyButton[][]> {
  const key = (turn.deps.randomCode ?? randomCode)(10).replace(/[^A-Za-z0-9]/g, "X");
  await turn.deps.state.set(
    stateKey(key),
    { v: 1, personId: turn.personId, orgId: turn.org.id, slot, options: options.map((o) => o.id), intent },
    new Date(turn.now.getTime() + PENDING_TTL_MS),
  );
  if (slot === "sessionType") {
    // A typed answer naming one of the offered kinds resumes the request like its button would.
    await turn.deps.state.set(
      typedKey(turn.org.id, turn.personId),
      { key, options: options.map((o) => ({ id: o.id, label: o.label })) },
      new Date(turn.now.getTime() + PENDING_TTL_MS),
    );
  }
  return options.map((o) => [
    { label: o.label.slice(0, 60), data: encodeButton({ op: "pk", key, choiceId: o.id }) },
  ]);
}

const typedKey = (orgId: string, personId: string): string => `pending-typed:${orgId}:${personId}`;

const TypedSchema = z.object({
  key: z.string(),
  options: z.array(z.object({ id: z.string(), label: z.string() })).max(50),
});

/** Lower case, letters and digits only, without a leading article ("the private lesson"). */
const plain = (s: string): string =>
  s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^(the|a|an|ein|eine|einen|le|la|les|un|une|el|los|las|una)\s+/, "")
    .replace(/\s+(please|bitte|svp|por favor)$/, "");

/**
 * A typed answer to the last "which kind?" question: when the text is just the name of one of the
 * kinds offered, the waiting request resumes with it (its day, time and trainer kept). Anything
 * else (a new request, another sentence) is read as usual: null.
 */
export async function resumeTypedChoice(turn: Turn, text: string): Promise<ResumeResult | null> {
  if (!turn.org || text.length > 120) return null;
  const k = typedKey(turn.org.id, turn.personId);
  const saved = TypedSchema.safeParse(await turn.deps.state.get(k, turn.now));
  if (!saved.success) return null;
  const typed = plain(text);
  if (!typed) return null;
  const hits = saved.data.options.filter((o) => plain(o.label) === typed);
  const hit = hits.length === 1 ? hits[0] : undefined;
  if (!hit) return null;
  await turn.deps.state.delete(k);
  const r = await resumeChoice(turn, saved.data.key, hit.id);
  // An answered or expired question: the text is read as a new message instead.
  return r.ok ? r : null;
}

export type ResumeResult = { ok: true; intent: Intent } | { ok: false; reply: Reply };

/** The pending intent with the choice filled in, or a clear reply when the button is stale or not theirs. */
export async function resumeChoice(turn: Turn, key: string, choiceId: string): Promise<ResumeResult> {
  const stale = choiceExpiredReply();
  const raw = await turn.deps.state.get(stateKey(key), turn.now);
  const pending = PendingSchema.safeParse(raw);
  if (!pending.success) return { ok: false, reply: stale };
  const p = pending.data;
  if (p.personId !== turn.personId || p.orgId !== turn.org?.id) {
    return {
      ok: false,
      reply: notYourQuestionReply(),
    };
  }
  if (!p.options.includes(choiceId)) return { ok: false, reply: stale };
  const parsed = IntentSchema.safeParse(p.intent);
  if (!parsed.success) return { ok: false, reply: stale };
  // The filled intent is checked again: a slot that does not fit the intent is refused, not cast.
  const filled = IntentSchema.safeParse(fill(parsed.data, p.slot, choiceId));
  if (!filled.success) return { ok: false, reply: stale };
  // A question is answered once: a double click (or a second choice) gets "expired", not a second action.
  await turn.deps.state.delete(stateKey(key));
  return { ok: true, intent: filled.data };
}

function fill(intent: Intent, slot: Slot, id: string): unknown {
  switch (slot) {
    case "session":
      return "target" in intent && intent.kind !== "cancel_booking"
        ? { ...intent, target: { occurrenceId: id } }
        : null;
    case "person":
      return "person" in intent ? { ...intent, person: { personId: id } } : null;
    case "trainer":
      return intent.kind === "override" ? { ...intent, trainer: { personId: id } } : null;
    case "passType":
      return intent.kind === "grant_pass" ? { ...intent, passTypeIds: [id] } : null;
    case "template":
      return intent.kind === "create_schedule" ? { ...intent, templateIds: [id] } : null;
    case "confirm":
      if (intent.kind === "cancel_occurrence") return id === "yes" ? { ...intent, confirmed: true } : null;
      if (intent.kind !== "override") return null;
      if (id === "anyway") return { ...intent, confirmed: true, bookAnyway: true };
      return id === "yes" ? { ...intent, confirmed: true } : null;
    case "sessionType":
      return intent.kind === "personal_slots" ? { ...intent, sessionTypeIds: [id] } : null;
    case "className":
    case "trainerName": {
      // The first unknown name of that role is replaced by the chosen real one. Training type and
      // template ids never collide, so the id goes in both lists and matches whichever it is.
      const q = queryOf(intent);
      if (!q) return null;
      const role = slot === "className" ? "class" : "trainer";
      const at = q.unknownNames.findIndex((u) => u.role === role);
      if (at < 0) return null;
      const unknownNames = q.unknownNames.filter((_, i) => i !== at);
      const named =
        slot === "className" ? { trainingTypeIds: [id], templateIds: [id] } : { trainerIds: [id] };
      return withQuery(intent, { ...q, ...named, unknownNames });
    }
  }
}
