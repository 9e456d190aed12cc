import { findNames, normalize } from "./fuzzy.ts";
import type { PersonTarget, SessionQuery } from "./intent.ts";
import { defaultRange, parseWhen, type TextContext } from "./parse-when.ts";
import type { Vocabulary } from "./vocabulary.ts";

/** Words that carry no name; dropped before matching so "my" never fuzzily becomes "Myra". */
const FILLER = new Set(
  "a an the my me i to for on at in with by of class session sessions training trainings please pls book cancel next this what whats s is on show list".split(
    " ",
  ),
);

export const wordsOf = (text: string): string[] =>
  normalize(text)
    .split(" ")
    .filter((w) => w && !FILLER.has(w));

/**
 * Builds a session query from free text: date range and time (chrono, organization timezone), then
 * training, template and trainer names among the remaining words. `defaultDays` is the range when no
 * date is named (a week to browse; longer to find one's own booking).
 */
export function sessionQueryFrom(
  input: string,
  ctx: TextContext,
  vocab: Vocabulary,
  defaultDays = 7,
): SessionQuery {
  // Names typed in full are taken out before date parsing: "Morning Flow" is a class, not a time.
  // Trainers' first names too: "with sam" must not become a date in some language.
  const firstNames = vocab.trainers.map((t) => t.name.split(" ")[0] ?? "").filter((n) => n.length > 1);
  const named = [
    ...vocab.templates.map((t) => t.name),
    ...vocab.trainingTypes.map((t) => t.name),
    ...firstNames,
  ].sort((a, b) => b.length - a.length);
  let dateText = input;
  for (const name of named) {
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name)}(?=$|[^\\p{L}\\p{N}])`, "giu");
    dateText = dateText.replace(re, (m) => " ".repeat(m.length));
  }
  const when = parseWhen(dateText, ctx);
  // Names are read from the text without the date words, but with the class names put back.
  const text = when ? restoreNames(input, when.rest, dateText) : input;
  const range = when ?? defaultRange(ctx, defaultDays);
  const words = wordsOf(text);
  // "with Anna": names after "with" are trainers only, so a trainer named like a class stays a trainer.
  const all = normalize(text).split(" ").filter(Boolean);
  const withAt = all.indexOf("with");
  const trainerWords = withAt >= 0 ? wordsOf(all.slice(withAt + 1).join(" ")) : words;
  const classWords = withAt >= 0 ? wordsOf(all.slice(0, withAt).join(" ")) : words;
  const types = findNames(classWords, vocab.trainingTypes);
  const templates = findNames(classWords, vocab.templates, { strictPartial: true });
  const trainers = findNames(trainerWords, vocab.trainers);
  // When a word is both a class and a trainer name, the class wins unless "with" said otherwise.
  const classHit = new Set([...types, ...templates].flatMap((m) => range2(m.start, m.end)));
  const trainerIds = trainers
    .filter((m) => withAt >= 0 || !range2(m.start, m.end).every((i) => classHit.has(i)))
    .map((m) => m.item.id);
  // A template name beats its own type's name only when it matched better; keep both otherwise.
  const best = Math.min(...[...types, ...templates].map((m) => m.score), Number.POSITIVE_INFINITY);
  return {
    fromDay: range.fromDay,
    toDay: range.toDay,
    ...(when?.time ? { time: when.time } : {}),
    trainingTypeIds: types.filter((m) => m.score === best).map((m) => m.item.id),
    templateIds: templates.filter((m) => m.score === best).map((m) => m.item.id),
    trainerIds,
    dated: when !== null,
  };
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The original characters wherever the date parser left the text as it was (date words stay blank). */
function restoreNames(original: string, rest: string, dateText: string): string {
  let out = "";
  for (let i = 0; i < original.length; i++)
    out +=
      rest[i] === dateText[i] && dateText[i] === " " && original[i] !== " " ? original[i] : (rest[i] ?? "");
  return out;
}

const range2 = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, i) => a + i);

/** People named in text (for trainer commands); all equally good matches, so the core can ask. */
export function personFrom(text: string, vocab: Vocabulary): PersonTarget {
  const matches = findNames(wordsOf(text), vocab.people);
  return { personIds: matches.map((m) => m.item.id), typed: text.trim().slice(0, 100) };
}
