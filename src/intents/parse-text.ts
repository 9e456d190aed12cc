import { looksLikeSetupCode } from "../domain/setup-code.ts";
import type { Vocabulary } from "../domain/vocabulary.ts";
import { sessionQueryFrom, wordsOf } from "./booking/session-query.ts";
import { readFeatureCommand } from "./first-read.ts";
import { editDistance, normalize } from "./fuzzy.ts";
import type { Intent } from "./intent.ts";
import { notMeant } from "./not-meant.ts";
import { defaultRange, type TextContext } from "./parse-when.ts";
import {
  hasPersonalWord,
  MOVE_VERB,
  mentionsPersonal,
  personalMoveFrom,
  personalSlotsFrom,
} from "./personal/parse-personal.ts";
import { STOP_WORDS } from "./stop-words.ts";

/** Longer input is cut: nobody books a class in a 500-character sentence, and chrono is not free. */
const MAX_TEXT_LENGTH = 500;

/** Control and format characters removed, whitespace collapsed, length capped. */
function cleanText(raw: string): string {
  return raw
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_TEXT_LENGTH);
}

type Verb =
  | "book"
  | "cancel"
  | "list"
  | "bookings"
  | "passes"
  | "help"
  | "detail"
  | "week"
  | "later121"
  | "laterPersonal";

/** First words that name an action, in the languages chrono reads too. */
const VERBS: Array<[string, Verb]> = [
  ["book", "book"],
  ["reserve", "book"],
  ["join", "book"],
  ["signup", "book"],
  ["buchen", "book"],
  ["buche", "book"],
  ["reserver", "book"],
  ["reserve", "book"],
  ["reservar", "book"],
  ["reserva", "book"],
  ["prenota", "book"],
  ["prenotare", "book"],
  ["prenotami", "book"],
  ["boek", "book"],
  ["boeken", "book"],
  ["reserveer", "book"],
  ["boka", "book"],
  ["varaa", "book"],
  ["cancel", "cancel"],
  ["unbook", "cancel"],
  ["stornieren", "cancel"],
  ["storniere", "cancel"],
  ["absagen", "cancel"],
  ["annuler", "cancel"],
  ["annule", "cancel"],
  ["cancelar", "cancel"],
  ["anular", "cancel"],
  ["annulla", "cancel"],
  ["cancella", "cancel"],
  ["annuleer", "cancel"],
  ["annuleren", "cancel"],
  ["avboka", "cancel"],
  ["peru", "cancel"],
  ["peruuta", "cancel"],
  ["sessions", "list"],
  ["classes", "list"],
  ["schedule", "list"],
  ["list", "list"],
  ["show", "list"],
  ["timetable", "list"],
  ["kurse", "list"],
  ["cours", "list"],
  ["clases", "list"],
  ["corsi", "list"],
  ["lezioni", "list"],
  ["lessen", "list"],
  ["aulas", "list"],
  ["tunnit", "list"],
  ["bookings", "bookings"],
  ["mybookings", "bookings"],
  ["buchungen", "bookings"],
  ["reservations", "bookings"],
  ["passes", "passes"],
  ["pass", "passes"],
  ["mypasses", "passes"],
  ["credits", "passes"],
  ["balance", "passes"],
  ["karten", "passes"],
  ["cartes", "passes"],
  ["bonos", "passes"],
  ["help", "help"],
  ["hilfe", "help"],
  ["aide", "help"],
  ["ayuda", "help"],
  ["hi", "help"],
  ["hello", "help"],
  ["hey", "help"],
  ["detail", "detail"],
  ["details", "detail"],
  ["info", "detail"],
  ["session", "detail"],
  ["week", "week"],
  ["woche", "week"],
  ["semaine", "week"],
  ["semana", "week"],
  ["program", "later121"],
  ["calendar", "later121"],
  ["coaching", "later121"],
  ["appointment", "laterPersonal"],
  ["personal", "laterPersonal"],
  ["pt", "laterPersonal"],
];

/** The verb a word stands for; one typo allowed against verbs of 4+ letters ("bok", "cancle"). */
function verbOf(word: string | undefined): Verb | null {
  if (!word) return null;
  const exact = VERBS.find(([w]) => w === word);
  if (exact) return exact[1];
  // Ordinary words are never verbs by a typo: "how" is not "show", "mon" is not "my".
  if (word.length < 3 || STOP_WORDS.has(word)) return null;
  const near = VERBS.filter(([w]) => w.length >= 4 && editDistance(word, w, 1) <= 1);
  const first = near[0]?.[1];
  return first && near.every(([, v]) => v === first) ? first : null;
}

/** "my bookings", "what have I booked?", "show my reservations" in each language (normalized text). */
const MY_BOOKINGS = new RegExp(
  `\\b(${[
    "my (upcoming |next |current |future |past )?(bookings?|reservations?|classes|sessions|spots?)",
    "what (did|have|has) i (booked|book)",
    "what am i (booked|signed up|registered) (on|for|in)",
    "what i (have )?booked",
    "when am i (booked|coming)",
    "where am i booked",
    "am i booked",
    "do i have (any )?(bookings?|reservations?)",
    "meine (buchungen|reservierungen|kurse|termine)",
    "was habe ich gebucht",
    "wof(u|ue)r bin ich angemeldet",
    "mes (reservations|cours|seances)",
    "qu est ce que j ai reserve",
    "mis (reservas|clases)",
    "que he reservado",
    "le mie prenotazioni",
    "cosa ho prenotato",
    "mijn (boekingen|reserveringen|lessen)",
    "wat heb ik geboekt",
    "minhas (reservas|aulas)",
    "o que (eu )?reservei",
    "mina (bokningar|pass)",
    "vad har jag bokat",
    "minun varaukseni|varaukseni",
  ].join("|")})\\b`,
);

/** The text without the first word that normalizes to `word` (a verb found in the middle). */
function dropWord(text: string, word: string): string {
  const parts = text.split(/(\s+)/);
  const i = parts.findIndex((p) => normalize(p) === word);
  return i < 0 ? text : [...parts.slice(0, i), ...parts.slice(i + 1)].join("");
}

/** A verb typed exactly (no typo allowed), for words in other places than first. */
const exactVerbOf = (word: string): Verb | null => VERBS.find(([w]) => w === word)?.[1] ?? null;

/** Phrases that decide the verb wherever they appear ("what's on", "my bookings"). */
function phraseVerb(t: string): Verb | null {
  if (
    /\b(what s on|whats on|what is on|what s happening|any classes|was gibt s|was gibt es|was ist los|was lauft|was laeuft|welche kurse|qu est ce qu il y a|qu y a t il|quels cours|que hay|qué hay|que clases|qué clases)\b/.test(
      t,
    )
  )
    return "list";
  if (MY_BOOKINGS.test(t)) return "bookings";
  if (
    /\b(my passes|my pass|how many (sessions|classes|credits)|sessions left|meine karten?|mes cartes|ma carte|mis bonos|mi bono)\b/.test(
      t,
    )
  )
    return "passes";
  if (/\b(sign me up|put me (in|down)|i want to (join|book|go))\b/.test(t)) return "book";
  if (/\b(can t make it|cannot make it|won t make it|get me out|can t come to|cannot come to)\b/.test(t))
    return "cancel";
  if (/\b(1 2 1|one to one|1 on 1|my program)\b/.test(t)) return "later121";
  return null;
}

/**
 * Text (a message, or a slash command with its arguments) to one intent. Never throws: anything it
 * cannot read becomes `unknown`, answered with short help. Names are matched against the
 * organization's vocabulary; candidates that tie are all kept so the core asks instead of guessing.
 */
export function parseText(raw: string, ctx: TextContext, vocab: Vocabulary): Intent {
  const text = cleanText(raw);
  if (!text) return { kind: "help" };
  const slash = /^[/!]([\p{L}\p{N}_-]+)(?:@\S+)?\s*(.*)$/su.exec(text);
  if (slash) {
    const name = (slash[1] ?? "").toLowerCase().replace(/[-_]/g, "");
    return parseCommand(name, slash[2] ?? "", ctx, vocab, text);
  }
  return parseFree(text, ctx, vocab);
}

const firstWord = (s: string): string => s.split(" ")[0] ?? "";

/** A slash command (or an adapter's native command) by name. */
export function parseCommand(
  name: string,
  args: string,
  ctx: TextContext,
  vocab: Vocabulary,
  original = `/${name} ${args}`,
): Intent {
  const a = cleanText(args);
  if (name === "start" && looksLikeSetupCode(firstWord(a)))
    return { kind: "setup", code: firstWord(a).slice(0, 64) };
  // One look at the name: the feature that owns it reads it (docs: src/intents/first-read.ts).
  const feature = readFeatureCommand(name, a, ctx, vocab);
  if (feature) return feature;
  switch (name) {
    case "start":
      return a ? { kind: "start", code: firstWord(a).slice(0, 64) } : { kind: "help" };
    case "help":
      return { kind: "help" };
    case "link":
      return a ? { kind: "link_account", code: firstWord(a).slice(0, 40) } : { kind: "link_account" };
    case "connect":
      return a
        ? { kind: "connect_workspace", code: firstWord(a).slice(0, 40) }
        : { kind: "connect_workspace" };
    case "org":
    case "studio":
      return { kind: "choose_org" };
    case "language":
    case "lang":
      return a ? { kind: "set_language", language: firstWord(a).slice(0, 20) } : { kind: "set_language" };
    case "bookings":
    case "mybookings":
    case "my":
      return { kind: "my_bookings", page: 0, past: /\b(past|history)\b/i.test(a) };
    case "passes":
    case "mypasses":
      return { kind: "my_passes" };
    case "week":
      return { kind: "week_view", fromDay: sessionQueryFrom(a, ctx, vocab).fromDay };
    default: {
      const verb = verbOf(name);
      const not = verb === "book" || verb === "cancel" ? notMeant(normalize(a)) : null;
      if (not) return { kind: "not_acted", reason: not, text: original.slice(0, 200) };
      // `/book mobility clinic with sam 10.12. 13:00` (a platform's booking command): a personal
      // session is never read as a group booking, whichever command carried it.
      if (
        verb === "book" &&
        mentionsPersonal(a, vocab.personalTypes, [...vocab.templates, ...vocab.trainingTypes])
      )
        return personalSlotsFrom(a, ctx, vocab, vocab.personalTypes);
      if (verb) return fromVerb(verb, a, ctx, vocab);
      return { kind: "unknown", text: original.slice(0, 200) };
    }
  }
}

function parseFree(text: string, ctx: TextContext, vocab: Vocabulary): Intent {
  const norm = normalize(text);
  // "don't book yoga", "should I book spin?": never acted on, whatever else the text names.
  const not = notMeant(norm);
  if (not) return { kind: "not_acted", reason: not, text: text.slice(0, 200) };
  const words = norm.split(" ");
  const first = words[0];
  // "private lesson with Sam thursday afternoon", "book a personal session with sam tomorrow 9am":
  // personal sessions, never a group booking.
  const personal = mentionsPersonal(text, vocab.personalTypes, [...vocab.templates, ...vocab.trainingTypes]);
  // "move my session with Sam to friday 10am": members move personal sessions (group bookings are
  // cancelled and booked again), so a move of "my" something is a personal one.
  if (MOVE_VERB.test(text) && (personal || /\bmy\b/.test(norm)))
    return personalMoveFrom(text, ctx, vocab, vocab.personalTypes);
  if (personal) {
    if (/\b(cancel|my|mine|bookings)\b/.test(norm)) return { kind: "personal_my" };
    return personalSlotsFrom(text, ctx, vocab, vocab.personalTypes);
  }
  // The verb word itself is no name: drop it so "reserve" never fuzzily matches a class.
  const withoutFirst = text.replace(/^\S+\s*/, "");
  // "cancel my booking on thursday": a booking or cancelling verb typed first wins over phrases.
  const exact = exactVerbOf(first ?? "");
  if (exact === "cancel" && hasPersonalWord(text)) {
    // "cancel my pt" naming a group class called PT: that class first, personal sessions failing it.
    const cancel = fromVerb(exact, withoutFirst, ctx, vocab);
    return cancel.kind === "cancel_booking" ? { ...cancel, orPersonal: true } : cancel;
  }
  if (exact === "book" || exact === "cancel") return fromVerb(exact, withoutFirst, ctx, vocab);
  const phrase = phraseVerb(norm);
  if (phrase) return fromVerb(phrase, text, ctx, vocab);
  const verb = verbOf(first);
  if (verb) return fromVerb(verb, withoutFirst, ctx, vocab);
  // "my bookigns", "my pases": a typo in the word after "my".
  const mine = first === "my" ? verbOf(words[1]) : null;
  if (mine === "bookings" || mine === "passes") return fromVerb(mine, text, ctx, vocab);
  // German and Dutch put the verb last ("morgen spin buchen"); polite forms put it in the middle
  // ("can you book me into spin", "je voudrais réserver"): an exact booking or cancelling verb.
  const at = words.findIndex((w, i) => i > 0 && ["book", "cancel"].includes(exactVerbOf(w) ?? ""));
  const verbAt = at > 0 ? exactVerbOf(words[at] ?? "") : null;
  if (verbAt === "book" || verbAt === "cancel")
    return fromVerb(verbAt, dropWord(text, words[at] ?? ""), ctx, vocab);
  // No verb: if it names a class, a trainer or a day, show what matches ("yoga tomorrow").
  const q = sessionQueryFrom(text, ctx, vocab);
  if (q.dated || q.trainingTypeIds.length + q.templateIds.length + q.trainerIds.length > 0) {
    return { kind: "list_sessions", query: q, page: 0 };
  }
  return { kind: "unknown", text: text.slice(0, 200) };
}

function fromVerb(verb: Verb, rest: string, ctx: TextContext, vocab: Vocabulary): Intent {
  switch (verb) {
    case "book":
      return { kind: "book", target: { query: sessionQueryFrom(rest, ctx, vocab) } };
    case "cancel":
      // One's own bookings may be weeks ahead: look further than a browsing week.
      return {
        kind: "cancel_booking",
        target: { query: sessionQueryFrom(rest, ctx, vocab, 62, true) },
        confirmed: false,
      };
    case "list":
      return { kind: "list_sessions", query: sessionQueryFrom(rest, ctx, vocab), page: 0 };
    case "detail":
      return { kind: "session_detail", target: { query: sessionQueryFrom(rest, ctx, vocab) } };
    case "bookings":
      return { kind: "my_bookings", page: 0, past: /\b(past|history|previous)\b/i.test(rest) };
    case "passes":
      return { kind: "my_passes" };
    case "week": {
      const q = sessionQueryFrom(rest, ctx, vocab);
      return { kind: "week_view", fromDay: q.dated ? q.fromDay : defaultRange(ctx).fromDay };
    }
    case "later121":
      return { kind: "coaching", command: { op: "help" } };
    case "laterPersonal":
      return wordsOf(rest).length === 0
        ? { kind: "personal_types" }
        : personalSlotsFrom(rest, ctx, vocab, vocab.personalTypes);
    default:
      return wordsOf(rest).length > 0 && verb !== "help"
        ? { kind: "unknown", text: rest.slice(0, 200) }
        : { kind: "help" };
  }
}
