import { askChoice } from "../handlers/pending.ts";
import type { OrgTurn } from "../handlers/turn.ts";
import { queryOf } from "../intents/booking/session-query.ts";
import { editDistance, type NamedThing, normalize } from "../intents/fuzzy.ts";
import type { Intent } from "../intents/intent.ts";
import type { Reply } from "../ports/chat.ts";
import { questionReply } from "../replies/chat-replies.ts";
import { invalidWhenReply, unknownNameQuestion } from "../replies/understanding-replies.ts";

const CLOSEST = 4;

/** The real names nearest to a typed word: edit distance to the whole name or to any of its words. */
export function closestNames<T extends NamedThing>(typed: string, items: T[], limit = CLOSEST): T[] {
  const t = normalize(typed);
  const score = (item: T): number => {
    const name = normalize(item.name);
    const words = name.split(" ");
    const d = Math.min(editDistance(t, name, 20), ...words.map((w) => editDistance(t, w, 20) + 0.5));
    return name.startsWith(t.slice(0, 2)) ? d - 0.25 : d;
  };
  const seen = new Set<string>();
  return items
    .map((item) => ({ item, s: score(item) }))
    .sort((a, b) => a.s - b.s || a.item.name.localeCompare(b.item.name))
    .map((x) => x.item)
    .filter((item) => {
      const key = normalize(item.name);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit);
}

/**
 * Text that was not read exactly is answered before anything runs: an impossible date or time is
 * named back; a class or trainer name the studio does not have is named back with the closest real
 * names as buttons (the intent waits; a button fills the name in). Never dropped, never swapped.
 */
export async function clarify(turn: OrgTurn, intent: Intent): Promise<Reply | null> {
  const q = queryOf(intent);
  if (!q) return null;
  if (q.invalid) return invalidWhenReply(q.invalid.kind, q.invalid.text);
  const [unknown] = q.unknownNames;
  if (!unknown) return null;
  const staff = turn.actor.role !== "member";
  const pool =
    unknown.role === "trainer"
      ? turn.vocab.trainers
      : [
          ...turn.vocab.trainingTypes,
          // Members are never offered individual trainings.
          ...turn.vocab.templates.filter((t) => staff || !t.individual),
        ];
  const options = closestNames(unknown.word, pool).map((n) => ({ id: n.id, label: n.name }));
  const question = unknownNameQuestion(unknown.role, unknown.word, options.length > 0);
  if (options.length === 0) return questionReply(question);
  return askChoice(turn, intent, unknown.role === "trainer" ? "trainerName" : "className", question, options);
}
