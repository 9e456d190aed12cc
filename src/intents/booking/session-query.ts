import { DateTime } from "luxon";
import { luxonZone } from "../../domain/time/zone-time.ts";
import type { Vocabulary } from "../../domain/vocabulary.ts";
import { findNames, type NamedThing, type NameMatch, normalize } from "../fuzzy.ts";
import type { Intent, PersonTarget, SessionQuery } from "../intent.ts";
import { defaultRange, parseWhen, type TextContext } from "../parse-when.ts";
import { STOP_WORDS, WITH_WORDS } from "../stop-words.ts";
import { findWhenProblem } from "../when-problems.ts";

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
  /** Own bookings: a time alone ("my 6pm spin") keeps the whole range instead of meaning today. */
  timeAloneKeepsRange = false,
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
  const now = DateTime.fromJSDate(ctx.now, { zone: luxonZone(ctx.timezone) });
  const problem = findWhenProblem(dateText, now, !/^en-(us|ph|ca)$/i.test(ctx.locale));
  // The impossible part is named back; the rest is still read (so it is not taken for a name).
  const parsed = parseWhen(problem ? blankOut(dateText, problem.text) : dateText, ctx);
  // A part of the day alone ("evening spin") narrows the time, not the days.
  const when = parsed && (parsed.dayGiven || (parsed.time && !timeAloneKeepsRange)) ? parsed : null;
  // Names are read from the text without the date words, but with the class names put back.
  const text = parsed ? restoreNames(input, parsed.rest, dateText) : input;
  const range = when ?? defaultRange(ctx, defaultDays);
  const words = wordsOf(text);
  // "with Anna": names after "with" are trainers only, so a trainer named like a class stays a trainer.
  const all = normalize(text).split(" ").filter(Boolean);
  const withAt = all.findIndex((w) => WITH_WORDS.has(w));
  const trainerWords = withAt >= 0 ? wordsOf(all.slice(withAt + 1).join(" ")) : words;
  const classWords = withAt >= 0 ? wordsOf(all.slice(0, withAt).join(" ")) : words;
  // A longer name wins over a shorter one inside it, even with a typo: "spin expres" is Spin
  // Express, not Spin; "yinn yoga" is Yin Yoga, not Yoga.
  const [types, templates] = longestNames(
    findNames(classWords, vocab.trainingTypes, { all: true }),
    findNames(classWords, vocab.templates, { strictPartial: true, all: true }),
  );
  const trainers = findNames(trainerWords, vocab.trainers);
  const unknownNames = [
    ...unknownPhrases(classWords, [...vocab.trainingTypes, ...vocab.templates, ...vocab.trainers]).map(
      (word) => ({ word, role: "class" as const }),
    ),
    ...(withAt >= 0
      ? unknownPhrases(trainerWords, vocab.trainers).map((word) => ({ word, role: "trainer" as const }))
      : []),
  ];
  // A number left over once the date and time were read is a time that cannot be ("25", "99").
  const numberAt = unknownNames.findIndex((u) => /^\d+$/.test(u.word));
  const invalid =
    problem ??
    (numberAt >= 0 ? { kind: "time" as const, text: unknownNames[numberAt]?.word ?? "" } : undefined);
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
    ...(parsed?.time ? { time: parsed.time } : {}),
    trainingTypeIds: types.filter((m) => m.score === best).map((m) => m.item.id),
    templateIds: templates.filter((m) => m.score === best).map((m) => m.item.id),
    trainerIds,
    dated: when !== null,
    ...(parsed?.period ? { period: parsed.period } : {}),
    ...(when?.weekday ? { weekday: when.weekday } : {}),
    unknownNames: unknownNames.filter((u) => !/^\d+$/.test(u.word)).slice(0, 5),
    ...(invalid ? { invalid } : {}),
  };
}

/**
 * Runs of words that are neither filler nor part of any name of the studio (each name matched on
 * its own, so a word that is a worse match for one class is still known). "zumba", "zumba dance".
 */
function unknownPhrases(words: string[], items: NamedThing[]): string[] {
  const known = new Set<number>();
  for (const m of findNames(words, items, { strictPartial: true, all: true }))
    for (const i of range2(m.start, m.end)) known.add(i);
  const phrases: string[] = [];
  let run: string[] = [];
  words.forEach((w, i) => {
    const unknown = !known.has(i) && !STOP_WORDS.has(w) && w.length > 1;
    if (unknown) run.push(w);
    if ((!unknown || i === words.length - 1) && run.length) {
      phrases.push(run.join(" ").slice(0, 40));
      run = [];
    }
  });
  // A number stands alone: "zumba 25" is an unknown class and a time that cannot be.
  return phrases.flatMap((p) => {
    const parts = p.split(" ");
    const nums = parts.filter((x) => /^\d+$/.test(x));
    const rest = parts.filter((x) => !/^\d+$/.test(x)).join(" ");
    return [...(rest ? [rest] : []), ...nums];
  });
}

/**
 * Of all name matches, those not inside a longer match, and of those the best for each name (the
 * caller then keeps the best score overall; ties stay, so the core asks).
 */
function longestNames<A extends NamedThing, B extends NamedThing>(
  a: NameMatch<A>[],
  b: NameMatch<B>[],
): [NameMatch<A>[], NameMatch<B>[]] {
  const spans = [...a, ...b];
  const inside = (m: { start: number; end: number }) =>
    spans.some((o) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);
  const bestPer = <T extends NamedThing>(ms: NameMatch<T>[]): NameMatch<T>[] => {
    const by = new Map<string, NameMatch<T>>();
    for (const m of ms.filter((x) => !inside(x))) {
      const seen = by.get(m.item.id);
      if (!seen || m.score < seen.score) by.set(m.item.id, m);
    }
    return [...by.values()];
  };
  return [bestPer(a), bestPer(b)];
}

const blankOut = (text: string, part: string): string => {
  const at = text.indexOf(part);
  return at < 0 ? text : text.slice(0, at) + " ".repeat(part.length) + text.slice(at + part.length);
};

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

/** The typed session query of an intent, if it has one. */
export function queryOf(intent: Intent): SessionQuery | null {
  if (intent.kind === "list_sessions") return intent.query;
  if ("target" in intent && "query" in intent.target) return intent.target.query;
  return null;
}

/** The intent with its query replaced (for a name chosen from the buttons). */
export function withQuery(intent: Intent, query: SessionQuery): Intent | null {
  if (intent.kind === "list_sessions") return { ...intent, query };
  if ("target" in intent && "query" in intent.target) return { ...intent, target: { query } } as Intent;
  return null;
}
