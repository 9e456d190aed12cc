import { looksLikeSetupCode } from "../domain/setup-code.ts";
import { editDistance, normalize } from "./fuzzy.ts";
import type { Intent } from "./intent.ts";
import { parseStaffCommand } from "./parse-staff.ts";
import { parseStudioCommand } from "./parse-studio.ts";
import { defaultRange, type TextContext } from "./parse-when.ts";
import { sessionQueryFrom, wordsOf } from "./session-query.ts";
import type { Vocabulary } from "./vocabulary.ts";

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
  ["reservar", "book"],
  ["prenota", "book"],
  ["boek", "book"],
  ["cancel", "cancel"],
  ["unbook", "cancel"],
  ["stornieren", "cancel"],
  ["storniere", "cancel"],
  ["absagen", "cancel"],
  ["annuler", "cancel"],
  ["cancelar", "cancel"],
  ["annulla", "cancel"],
  ["sessions", "list"],
  ["classes", "list"],
  ["schedule", "list"],
  ["list", "list"],
  ["show", "list"],
  ["timetable", "list"],
  ["kurse", "list"],
  ["cours", "list"],
  ["clases", "list"],
  ["bookings", "bookings"],
  ["mybookings", "bookings"],
  ["buchungen", "bookings"],
  ["reservations", "bookings"],
  ["passes", "passes"],
  ["pass", "passes"],
  ["mypasses", "passes"],
  ["credits", "passes"],
  ["balance", "passes"],
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
  if (word.length < 3) return null;
  const near = VERBS.filter(([w]) => w.length >= 4 && editDistance(word, w, 1) <= 1);
  const first = near[0]?.[1];
  return first && near.every(([, v]) => v === first) ? first : null;
}

/** Phrases that decide the verb wherever they appear ("what's on", "my bookings"). */
function phraseVerb(t: string): Verb | null {
  if (/\b(what s on|whats on|what is on|what s happening|any classes|was gibt s|was ist los)\b/.test(t))
    return "list";
  if (/\b(my bookings|my booking|my classes|what did i book|meine buchungen|mes reservations)\b/.test(t))
    return "bookings";
  if (/\b(my passes|my pass|how many (sessions|classes|credits)|sessions left|meine karten)\b/.test(t))
    return "passes";
  if (/\b(sign me up|put me (in|down)|i want to (join|book|go))\b/.test(t)) return "book";
  if (/\b(can t make it|cannot make it|won t make it|get me out)\b/.test(t)) return "cancel";
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
  const studio = parseStudioCommand(name, a);
  if (studio?.op === "setup") return { kind: "setup", code: studio.code };
  if (studio) return { kind: "studio", command: studio };
  const staff = parseStaffCommand(name, a, ctx, vocab);
  if (staff) return staff;
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
      if (verb) return fromVerb(verb, a, ctx, vocab);
      return { kind: "unknown", text: original.slice(0, 200) };
    }
  }
}

function parseFree(text: string, ctx: TextContext, vocab: Vocabulary): Intent {
  const norm = normalize(text);
  const first = norm.split(" ")[0];
  const phrase = phraseVerb(norm);
  if (phrase) return fromVerb(phrase, text, ctx, vocab);
  const verb = verbOf(first);
  // The verb word itself is no name: drop it so "reserve" never fuzzily matches a class.
  if (verb) return fromVerb(verb, text.replace(/^\S+\s*/, ""), ctx, vocab);
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
        target: { query: sessionQueryFrom(rest, ctx, vocab, 62) },
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
      return { kind: "coming_soon", feature: "personal_sessions" };
    default:
      return wordsOf(rest).length > 0 && verb !== "help"
        ? { kind: "unknown", text: rest.slice(0, 200) }
        : { kind: "help" };
  }
}
