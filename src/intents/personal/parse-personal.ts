import { DateTime } from "luxon";
import type { Vocabulary } from "../../domain/vocabulary.ts";
import { sessionQueryFrom } from "../booking/session-query.ts";
import type { NamedThing } from "../fuzzy.ts";
import { normalize } from "../fuzzy.ts";
import type { TextContext } from "../parse-when.ts";
import type { PersonalIntent } from "./intent.ts";

/** Words that make a message about personal sessions, not a group class. */
const PERSONAL_WORDS = /\b(personal|private|pt|appointment|appointments|1 1|one on one lesson)\b/;

const PARTS: Array<[RegExp, "morning" | "afternoon" | "evening"]> = [
  [/\b(morning|am morgen|vormittag|matin)\b/i, "morning"],
  [/\b(afternoon|nachmittag|apres midi|après-midi)\b/i, "afternoon"],
  [/\b(evening|tonight|abend|soir)\b/i, "evening"],
];

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const namesIn = (t: string, names: readonly NamedThing[], shortest = 3): boolean =>
  names.some((p) => {
    const n = normalize(p.name);
    return n.length >= shortest && new RegExp(`(^| )${escapeRe(n)}( |$)`).test(t);
  });

/** True when the text says a telling personal word ("personal", "private", "pt", "appointment"). */
export const hasPersonalWord = (text: string): boolean => PERSONAL_WORDS.test(normalize(text));

/**
 * True when free text asks for a personal session: a personal type's full name, or a telling word
 * ("personal", "private", "pt", "appointment") unless the text names a group class in full (a
 * studio's "PT with Sam" template, or its training called "PT", stays a group class).
 */
export function mentionsPersonal(
  text: string,
  personalTypes: readonly NamedThing[],
  groupNames: readonly NamedThing[] = [],
): boolean {
  const t = normalize(text);
  if (namesIn(t, personalTypes)) return true;
  // A group class named in full wins, however short its name: a studio's "PT" training is "pt".
  return PERSONAL_WORDS.test(t) && !namesIn(t, groupNames, 2);
}

/**
 * "private lesson with Sam thursday afternoon", "book a personal session with sam tomorrow 9am":
 * the type (by name, all equally good matches kept), the trainer after "with", the day range in the
 * organization's zone, and an exact time or a part of the day.
 */
export function personalSlotsFrom(
  raw: string,
  ctx: TextContext,
  vocab: Vocabulary,
  personalTypes: NamedThing[],
): Extract<PersonalIntent, { kind: "personal_slots" }> {
  let text = raw.replace(/^\s*(book|reserve|find|show|get|i want|i'd like)\b/i, " ");
  let part: "morning" | "afternoon" | "evening" | undefined;
  for (const [re, p] of PARTS) {
    if (re.test(text)) {
      part = p;
      text = text.replace(re, " ");
      break;
    }
  }
  // The personal types stand in for the class names; group classes are not what this asks for.
  const q = sessionQueryFrom(text, ctx, { ...vocab, trainingTypes: personalTypes, templates: [] }, 7);
  const unknownTrainers = q.unknownNames.filter((u) => u.role === "trainer").map((u) => u.word.slice(0, 60));
  return {
    kind: "personal_slots",
    sessionTypeIds: q.trainingTypeIds,
    typed: raw.trim().slice(0, 100),
    trainerIds: q.trainerIds,
    fromDay: q.fromDay,
    toDay: q.toDay,
    ...(q.time ? { time: q.time } : {}),
    ...(part && !q.time ? { part } : {}),
    ...(q.invalid ? { invalid: q.invalid } : {}),
    ...(unknownTrainers.length ? { unknownTrainers } : {}),
  };
}

/** "move ...", "reschedule ...": a request to move a booking (personal when it says so, or "my"). */
export const MOVE_VERB = /^\s*(please\s+)?(move|reschedule|rebook|shift|postpone)\b/i;

/**
 * "move my session with Sam to friday 10am", "reschedule my private lesson to thursday afternoon":
 * which booking (type, trainer, day before the last "to") and where to (the day, time or part of
 * day after it). Without "to" only the booking is named, and its free slots are offered.
 */
export function personalMoveFrom(
  raw: string,
  ctx: TextContext,
  vocab: Vocabulary,
  personalTypes: NamedThing[],
): Extract<PersonalIntent, { kind: "personal_move" }> {
  const text = raw.replace(MOVE_VERB, " ");
  const split = /^(.*)\s(?:to|until|till|onto)\s(.*)$/i.exec(text);
  const which = split?.[1] ?? text;
  let where = split?.[2] ?? "";
  const personalVocab = { ...vocab, trainingTypes: personalTypes, templates: [] };
  const q = sessionQueryFrom(which, ctx, personalVocab, 62, true);
  let part: "morning" | "afternoon" | "evening" | undefined;
  for (const [re, p] of PARTS) {
    if (re.test(where)) {
      part = p;
      where = where.replace(re, " ");
      break;
    }
  }
  const to = where.trim() ? sessionQueryFrom(where, ctx, personalVocab, 7) : null;
  return {
    kind: "personal_move",
    sessionTypeIds: q.trainingTypeIds,
    trainerIds: q.trainerIds,
    ...(q.dated ? { onDay: q.fromDay } : {}),
    ...(to?.dated ? { toFromDay: to.fromDay, toToDay: to.toDay } : {}),
    ...(to?.time ? { time: to.time } : {}),
    ...(part && !to?.time ? { part } : {}),
    unknownTrainers: q.unknownNames.filter((u) => u.role === "trainer").map((u) => u.word.slice(0, 60)),
    typed: raw.trim().slice(0, 100),
  };
}

/** name=value pairs ("duration=60 price=40 name=Private lesson"); a value runs to the next key. */
export function keyValues(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z][\w-]*)\s*=\s*/g;
  const keys: Array<{ key: string; start: number; valueStart: number }> = [];
  for (let m = re.exec(text); m; m = re.exec(text))
    keys.push({ key: (m[1] ?? "").toLowerCase(), start: m.index, valueStart: m.index + m[0].length });
  keys.forEach((k, i) => {
    const end = keys[i + 1]?.start ?? text.length;
    out[k.key] = text
      .slice(k.valueStart, end)
      .trim()
      .replace(/^"(.*)"$/, "$1");
  });
  return out;
}

/** The trainer-facing and admin commands of personal sessions, or null when `name` is not one. */
export function parsePersonalCommand(
  name: string,
  args: string,
  ctx: TextContext,
  vocab: Vocabulary,
  personalTypes: NamedThing[],
): PersonalIntent | null {
  const a = args.trim();
  const [first = "", ...rest] = a.split(/\s+/);
  const tail = rest.join(" ");
  switch (name) {
    case "personal":
    case "pt":
    case "appointments": {
      const sub = first.toLowerCase();
      if (!a) return { kind: "personal_types" };
      if (["my", "mine", "bookings"].includes(sub)) return { kind: "personal_my" };
      if (["move", "reschedule"].includes(sub)) return personalMoveFrom(a, ctx, vocab, personalTypes);
      if (sub === "settings") return { kind: "personal_settings", values: keyValues(tail) };
      if (sub === "type" || sub === "types") {
        if (!tail) return { kind: "personal_types" };
        const kv = keyValues(tail);
        const typedName = tail.split(/\s+[A-Za-z][\w-]*\s*=/)[0]?.trim() ?? "";
        if (/^new\b/i.test(tail))
          return {
            kind: "personal_type",
            typed: "",
            values: keyValues(tail.replace(/^new\s*/i, "")),
            part: "b",
          };
        return {
          kind: "personal_type",
          typed: /=/.test(typedName) ? "" : typedName.slice(0, 100),
          part: "b",
          values: kv,
        };
      }
      return personalSlotsFrom(a, ctx, vocab, personalTypes);
    }
    case "availability": {
      const sub = first.toLowerCase();
      if (sub === "off" || sub === "dayoff")
        return { kind: "personal_availability", action: "off", text: tail };
      if (sub === "on") return { kind: "personal_availability", action: "on", text: tail };
      if (sub === "set") return { kind: "personal_availability", action: "set", text: tail };
      if (sub === "feeds" || sub === "feed") return { kind: "personal_feed", action: "list" };
      return a && sub !== "show"
        ? { kind: "personal_availability", action: "set", text: a }
        : { kind: "personal_availability", action: "show", text: "" };
    }
    case "dayoff":
      return { kind: "personal_availability", action: "off", text: a };
    case "calendarfeed":
    case "busy":
    case "feed": {
      const sub = first.toLowerCase();
      if (sub === "add" && rest[0]) return { kind: "personal_feed", action: "add", url: rest[0] };
      if (/^(https?|webcal):/i.test(first)) return { kind: "personal_feed", action: "add", url: first };
      if (sub === "remove" && rest[0] && /^[A-Za-z0-9_-]{1,40}$/.test(rest[0]))
        return { kind: "personal_feed", action: "remove", feedId: rest[0] };
      return { kind: "personal_feed", action: "list" };
    }
    case "calendar":
    case "ics":
      // "/calendar Jo" is a coach's view of a 1-2-1 client's calendar (parse-coaching), not a link.
      if (name === "calendar" && first && !/^(link|ics|revoke|stop|reset)$/i.test(first)) return null;
      return { kind: "calendar_link", action: /^(revoke|stop|reset)$/i.test(first) ? "revoke" : "show" };
    default:
      return null;
  }
}

/** "mon 09:00-12:00 14:00-18:00, tue 10:00-16:00" -> windows; null when a part cannot be read. */
export function parseWeeklyWindows(
  text: string,
): Array<{ weekday: number; startTime: string; endTime: string }> | null {
  const DAYS: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
  const out: Array<{ weekday: number; startTime: string; endTime: string }> = [];
  const pad = (t: string) => (t.length === 4 ? `0${t}` : t);
  let days: number[] = [];
  for (const tok of text.toLowerCase().replace(/[,;]/g, " ").split(/\s+/).filter(Boolean)) {
    const range = /^(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/.exec(tok);
    if (range) {
      if (days.length === 0) return null;
      for (const d of days)
        out.push({ weekday: d, startTime: pad(range[1] ?? ""), endTime: pad(range[2] ?? "") });
      continue;
    }
    const span = /^([a-z]{3})[a-z]*(?:-([a-z]{3})[a-z]*)?$/.exec(tok);
    const a = span ? DAYS[span[1] ?? ""] : undefined;
    if (!span || a === undefined) return null;
    const b = span[2] ? DAYS[span[2]] : a;
    if (b === undefined) return null;
    days = [];
    for (let d = a; ; d = (d % 7) + 1) {
      days.push(d);
      if (d === b) break;
    }
  }
  return out;
}

/** A day off as typed: ISO date, or a day chrono reads ("dec 24", "next friday"), in the studio's zone. */
export function dayFrom(text: string, ctx: TextContext): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return DateTime.fromISO(t).isValid ? t : null;
  const q = sessionQueryFrom(t, ctx, {
    trainingTypes: [],
    templates: [],
    trainers: [],
    people: [],
    passTypes: [],
    personalTypes: [],
    spaces: [],
  });
  return q.dated ? q.fromDay : null;
}
