import type { Vocabulary } from "../../domain/vocabulary.ts";
import { personFrom, sessionQueryFrom, wordsOf } from "../booking/session-query.ts";
import { findNames, normalize } from "../fuzzy.ts";
import type { Intent } from "../intent.ts";
import { parseWhen, type TextContext } from "../parse-when.ts";

/**
 * Trainer and admin commands. They are slash commands only (no free text): changing a session for
 * everyone deserves a deliberate command, and a misread sentence must not cancel a class.
 *
 *   /roster spin tomorrow 7
 *   /override spin fri 18:00 capacity 20 | space Studio B | trainer Sam | to sat 10:00 | reset
 *   /cancelsession yoga tomorrow 7 reason: teacher is ill
 *   /add Maria to pt with Sam tomorrow 9
 *   /grant Maria Spin 10
 *   /template Morning Flow | Yoga | 60 | 12 [| closed]
 *   /schedule Morning Flow | mon,wed,fri | 07:00 [| 8]
 *   /linkchannel spin
 */
export function parseStaffCommand(
  name: string,
  args: string,
  ctx: TextContext,
  vocab: Vocabulary,
): Intent | null {
  switch (name) {
    case "roster":
    case "who":
      return { kind: "roster", target: { query: sessionQueryFrom(args, ctx, vocab) } };
    case "override":
    case "change":
      return parseOverride(args, ctx, vocab);
    case "cancelsession":
    case "cancelclass":
    case "cancelocc":
    case "cancelocurrence":
    case "canceloccurrence": {
      // "reason: ...", "because ...", or a colon that is not inside a time like 18:00.
      const m = /\s*\b(?:reason\b:?|because\b)\s*(.*)$/i.exec(args) ?? /(?<!\d)\s*:\s+(.*)$/.exec(args);
      const reason = m?.[1]?.trim().slice(0, 300);
      const target = m ? args.slice(0, m.index) : args;
      return {
        kind: "cancel_occurrence",
        target: { query: sessionQueryFrom(target, ctx, vocab) },
        ...(reason ? { reason } : {}),
        confirmed: false,
      };
    }
    case "add":
    case "addmember": {
      const m = /^(.*?)\s+(?:to|into|in|zu)\s+(.*)$/i.exec(args);
      if (!m) return { kind: "help", topic: "trainer" };
      return {
        kind: "add_to_individual",
        person: personFrom(m[1] ?? "", vocab),
        target: { query: sessionQueryFrom(m[2] ?? "", ctx, vocab) },
      };
    }
    case "grant":
    case "givepass": {
      const words = wordsOf(args);
      const types = findNames(words, vocab.passTypes);
      // The pass type name is taken out first; the words left name the person.
      const used = new Set(
        types.flatMap((t) => Array.from({ length: t.end - t.start }, (_, i) => t.start + i)),
      );
      const personWords = words.filter((_, i) => !used.has(i)).join(" ");
      return {
        kind: "grant_pass",
        person: personFrom(personWords, vocab),
        passTypeIds: types.map((t) => t.item.id),
        typedPassType: args.slice(0, 100),
      };
    }
    case "template":
      return parseTemplate(args);
    case "schedule":
    case "newschedule":
      return parseSchedule(args, vocab);
    case "linkchannel":
    case "announce": {
      const words = wordsOf(args);
      return {
        kind: "link_channel",
        trainingTypeIds: findNames(words, vocab.trainingTypes).map((m) => m.item.id),
        templateIds: findNames(words, vocab.templates).map((m) => m.item.id),
      };
    }
    default:
      return null;
  }
}

const OVERRIDE_KEYS =
  /\b(capacity|cap|spots|space|room|trainer|coach|to|time|move|reset|cancel bookings|cancel existing|book anyway|anyway)\b/i;

const WEEKDAY_ONLY =
  /\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day)?\b|\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica)\b/i;
/** A day written as a date or relative to this week ("8.12.", "2026-12-08", "next friday"). */
const DATED =
  /\d{1,4}[./-]\d{1,2}|\b(next|this|nächste|naechste|diese|prochain|cette|próximo|proximo|volgende|prossimo)\b/i;

/** True when a new day is written as a weekday name alone ("sat 10:00", "Samstag"). */
export const weekdayAlone = (text: string): boolean => WEEKDAY_ONLY.test(text) && !DATED.test(text);

function parseOverride(args: string, ctx: TextContext, vocab: Vocabulary): Intent {
  const parts = args.split("|").map((p) => p.trim());
  // The session is everything before the first keyword of the first part.
  const head = parts[0] ?? "";
  const k = OVERRIDE_KEYS.exec(head);
  const sessionText = k ? head.slice(0, k.index) : head;
  const settings = [k ? head.slice(k.index) : "", ...parts.slice(1)].filter(Boolean);
  const intent: Extract<Intent, { kind: "override" }> = {
    kind: "override",
    target: { query: sessionQueryFrom(sessionText, ctx, vocab) },
    cancelExistingBookings: false,
    confirmed: false,
  };
  for (const s of settings.flatMap(splitSettings)) {
    const m = /^(\S+)\s*(.*)$/.exec(s);
    const key = (m?.[1] ?? "").toLowerCase();
    const value = (m?.[2] ?? "").trim();
    if (["capacity", "cap", "spots"].includes(key) && /^\d{1,4}$/.test(value))
      intent.capacity = Number(value);
    else if (["space", "room"].includes(key) && value) intent.spaceName = value.slice(0, 100);
    else if (["trainer", "coach"].includes(key) && value) {
      const found = findNames(wordsOf(value), vocab.trainers);
      intent.trainer = { personIds: found.map((f) => f.item.id), typed: value.slice(0, 100) };
    } else if (["to", "time", "move"].includes(key) && value) {
      const when = parseWhen(value.replace(/^to\s+/i, ""), ctx);
      if (when?.dayGiven) intent.newDay = when.fromDay;
      // "to sat 10:00": a weekday alone is the one nearest the session, not the next from today.
      if (when?.dayGiven && weekdayAlone(value)) intent.newDayNearSession = true;
      if (when?.time) intent.newTime = when.time;
    } else if (key === "reset" || key === "cancel") intent.cancelExistingBookings = true;
    // "| book anyway": an admin goes ahead over a clash of trainer or space (recorded).
    else if (key === "anyway" || (key === "book" && /^anyway$/i.test(value))) intent.bookAnyway = true;
  }
  return intent;
}

/** "capacity 20 space Studio B" without pipes: split before each keyword. */
function splitSettings(s: string): string[] {
  const out: string[] = [];
  let rest = s.trim();
  while (rest) {
    const next = new RegExp(OVERRIDE_KEYS.source, "ig");
    next.lastIndex = 1;
    const m = next.exec(rest);
    if (!m || m.index === 0) {
      out.push(rest);
      break;
    }
    out.push(rest.slice(0, m.index).trim());
    rest = rest.slice(m.index).trim();
  }
  return out;
}

function parseTemplate(args: string): Intent {
  const [name, type, minutes, capacity, closed] = args.split("|").map((p) => p.trim());
  const duration = Number(minutes);
  const cap = Number(capacity);
  if (!name || !type || !Number.isInteger(duration) || !Number.isInteger(cap) || duration < 5 || cap < 1) {
    return { kind: "help", topic: "admin" };
  }
  return {
    kind: "create_template",
    name: name.slice(0, 100),
    trainingTypeName: type.slice(0, 100),
    durationMinutes: Math.min(duration, 600),
    capacity: Math.min(cap, 1000),
    closed: normalize(closed ?? "") === "closed",
  };
}

const DAY_NAMES: Array<[RegExp, number]> = [
  [/^mo/, 1],
  [/^tu|^di/, 2],
  [/^we|^mi/, 3],
  [/^th|^do/, 4],
  [/^fr/, 5],
  [/^sa/, 6],
  [/^su|^so/, 7],
];

function parseSchedule(args: string, vocab: Vocabulary): Intent {
  const [templateText, days, time, weeks] = args.split("|").map((p) => p.trim());
  const weekdays = [
    ...new Set(
      normalize(days ?? "")
        .split(" ")
        .map((d) => DAY_NAMES.find(([re]) => re.test(d))?.[1])
        .filter((d): d is number => d !== undefined),
    ),
  ];
  const t = /^(\d{1,2})[:.h]?(\d{2})?$/.exec(time ?? "");
  const hour = Number(t?.[1]);
  const minute = Number(t?.[2] ?? 0);
  const n = weeks ? Number(weeks) : 8;
  if (
    !templateText ||
    weekdays.length === 0 ||
    !t ||
    hour > 23 ||
    minute > 59 ||
    !Number.isInteger(n) ||
    n < 1 ||
    n > 52
  ) {
    return { kind: "help", topic: "admin" };
  }
  return {
    kind: "create_schedule",
    templateIds: findNames(wordsOf(templateText), vocab.templates).map((m) => m.item.id),
    weekdays: weekdays.sort(),
    startTime: `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`,
    weeks: n,
  };
}
