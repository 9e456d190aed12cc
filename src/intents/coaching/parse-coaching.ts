import { normalizeInviteCode } from "../../domain/coaching/invite-code.ts";
import { type CoachingCommand, CoachingCommandSchema, type Ref } from "./command.ts";

/**
 * Text and slash commands for 1-2-1 coaching. Runs on the raw message (before the booking parser
 * collapses whitespace) because a session's training keeps its line breaks: the first line is the
 * command, the following lines are the training. In one-line inputs (a terminal) a literal "\n"
 * also breaks a line. Returns null when the text is not a coaching command.
 */
export function parseCoachingText(raw: string): CoachingCommand | null {
  const { text, nl, first } = linesOf(raw);
  const rest = nl < 0 ? "" : trimBlock(text.slice(nl + 1));
  const cmd = parseLine(first, rest);
  if (!cmd) return null;
  const ok = CoachingCommandSchema.safeParse(cmd);
  return ok.success ? ok.data : null;
}

/** The text as coaching reads it: line breaks normalized, a leading "/" dropped, the first line apart. */
function linesOf(raw: string): { text: string; nl: number; first: string } {
  const text = raw
    .replace(/\r\n?/g, "\n")
    .replace(/\\n/g, "\n")
    .replace(/^\s*\/?/, "");
  const nl = text.indexOf("\n");
  return { text, nl, first: (nl < 0 ? text : text.slice(0, nl)).replace(/\s+/g, " ").trim() };
}

/** Every coaching line starts with one of these words (each pattern of parseLine below does). */
export const COACHING_FIRST_WORDS: ReadonlySet<string> = new Set([
  "join",
  "my",
  "today's",
  "todays",
  "coach",
  "coaching",
  "programs",
  "list",
  "new",
  "program",
  "create",
  "edit",
  "publish",
  "archive",
  "digest",
  "clients",
  "add",
  "invite",
  "resend",
  "revoke",
  "horizon",
  "visible",
  "sees",
  "start",
  "move",
  "reschedule",
  "shift",
  "calendar",
  "cal",
  "write",
  "delete",
  "copy",
]);

/** The first word of a message as coaching reads it (lower case). */
export const coachingFirstWord = (raw: string): string =>
  (linesOf(raw).first.split(" ")[0] ?? "").toLowerCase();

/** A slash command (`/coach ...`, `/join CODE`, `/mycoaching ...`) to a coaching command. */
export function parseCoachingCommand(name: string, args: string): CoachingCommand | null {
  const n = name.toLowerCase().replace(/^\//, "").replace(/[-_]/g, "");
  if (n === "join")
    return parseCoachingText(`join ${args}`) ?? { op: "join", code: args.trim().slice(0, 64) };
  if (n === "coach" || n === "coaching") return parseCoachingText(args.trim() === "" ? "coach help" : args);
  // "/trainer <action> ..." (where commands are grouped under /trainer): coaching actions, with or without the word "coach".
  if (n === "trainer") {
    const rest = args.replace(/^\s*coach(?:ing)?\b\s*/i, "");
    return parseCoachingText(rest.trim() === "" ? "coach help" : rest);
  }
  if (n === "myweek" || n === "mycalendar") return parseCoachingText(`my week ${args}`);
  // "/calendar" is a 1-2-1 client's own calendar (the command menu's "My 1-2-1 calendar"); "/calendar Jo"
  // a coach's view of a client's; "/calendar link" and "/calendar revoke" the subscription link (parse-personal).
  if (n === "calendar" && !/^(link|ics|revoke|stop|reset)$/i.test(args.trim()))
    return parseCoachingText(args.trim() ? `calendar ${args}` : "my week");
  if (n === "myday") return parseCoachingText(`my day ${args}`);
  return null;
}

const trimBlock = (s: string): string =>
  s
    .split("\n")
    .map((l) => l.replace(/\s+$/, ""))
    .join("\n")
    .replace(/^\n+|\n+$/g, "");

const DAY = String.raw`(?:w(?:eek)?\s*(\d{1,3})\s*d(?:ay)?\s*([1-7])|d(?:ay)?\s*(\d{1,4}))`;
const dayOf = (m: RegExpExecArray, i: number): number | null => {
  if (m[i] !== undefined && m[i + 1] !== undefined) return (Number(m[i]) - 1) * 7 + Number(m[i + 1]);
  if (m[i + 2] !== undefined) return Number(m[i + 2]);
  return null;
};
const ref = (name: string): Ref => ({ name: name.trim() });
const EMAIL = String.raw`([^\s@]+@[^\s@]+\.[^\s@]+)`;

function parseLine(line: string, rest: string): Record<string, unknown> | null {
  const l = line;
  let m: RegExpExecArray | null;
  // client side
  m = /^join\s+([A-Za-z0-9 -]{8,20})$/i.exec(l);
  if (m && normalizeInviteCode(m[1] ?? "")) return { op: "join", code: normalizeInviteCode(m[1] ?? "") };
  if (/^(?:my (?:coaching|programs?|1-?2-?1))$/i.test(l)) return { op: "my_coaching" };
  m = /^my (?:week|calendar|training|plan)(?: (?:week )?(\d{1,3}))?$/i.exec(l);
  if (m) return { op: "my_week", ...(m[1] ? { week: Number(m[1]) } : {}) };
  m = new RegExp(`^(?:my day|my training today|today'?s training)(?: ${DAY}|\\s+(\\d{1,4}))?$`, "i").exec(l);
  if (m) {
    const d = dayOf(m, 1) ?? (m[4] ? Number(m[4]) : null);
    return { op: "my_day", ...(d ? { day: d } : {}) };
  }
  // "move my W1D3 session to W1D5": a client asking to move their own day (the coach does it).
  m = new RegExp(
    `^(?:move|reschedule|shift) my (?:(?:1-?2-?1 |coaching )?(?:session|training|workout) )?(?:on |from )?${DAY}(?: (?:session|training|workout))? to ${DAY}$`,
    "i",
  ).exec(l);
  if (m) {
    const from = dayOf(m, 1);
    const to = dayOf(m, 4);
    return from && to ? { op: "my_move", day: from, toDay: to } : null;
  }
  // coach side
  if (/^coach(?:ing)? help$/i.test(l)) return { op: "help" };
  if (/^(?:programs|coach programs|list programs)$/i.test(l)) return { op: "programs" };
  m =
    /^(?:new program|program new|create program)(?: (.+?) (\d{1,7}(?:[.,]\d{1,2})?)(?: ([A-Za-z]{3}))?)?$/i.exec(
      l,
    );
  if (m) {
    if (!m[1]) return { op: "program_form" };
    const [description, welcome] = rest ? [rest, undefined] : [undefined, undefined];
    return { op: "program_new", name: m[1], price: m[2], currency: m[3], description, welcome };
  }
  m = /^(?:edit program|program edit) (.+)$/i.exec(l);
  if (m) return { op: "program_form", program: ref(m[1] ?? "") };
  m = /^(publish|archive)(?: program)? (.+)$/i.exec(l);
  if (m)
    return {
      op: m[1]?.toLowerCase() === "publish" ? "program_publish" : "program_archive",
      program: ref(m[2] ?? ""),
    };
  m = /^digest(?: time)?(?: (?:for )?(.+?))? (\d{1,2}[:.h]\d{2})$/i.exec(l);
  if (m) return { op: "digest_time", time: m[2], ...(m[1] ? { program: ref(m[1]) } : {}) };
  m = /^clients(?: (?:of |in )?(.+))?$/i.exec(l);
  if (m) return { op: "clients", ...(m[1] ? { program: ref(m[1]) } : {}) };
  m = new RegExp(
    `^add client (.+?)(?: (?:email )?${EMAIL})?(?: to (.+?))?(?: start(?:ing)? (\\d{4}-\\d{2}-\\d{2}))?$`,
    "i",
  ).exec(l);
  if (m)
    return {
      op: "client_add",
      name: m[1],
      ...(m[2] ? { email: m[2] } : {}),
      ...(m[3] ? { program: ref(m[3]) } : {}),
      ...(m[4] ? { startDate: m[4] } : {}),
    };
  m = new RegExp(
    `^invite new (.+?)(?: (?:email )?${EMAIL})?(?: (?:by )?(link|e-?mail))?(?: to (.+))?$`,
    "i",
  ).exec(l);
  if (m)
    return {
      op: "invite_new",
      name: m[1],
      method: methodOf(m[3], m[2]),
      ...(m[2] ? { email: m[2] } : {}),
      ...(m[4] ? { program: ref(m[4]) } : {}),
    };
  m = /^(?:invite|resend(?: invite)?(?: to)?) (.+?)(?: (?:by )?(link|e-?mail))?$/i.exec(l);
  if (m) return { op: "invite", client: ref(m[1] ?? ""), method: methodOf(m[2], undefined) };
  m = /^revoke(?: invite)?(?: (?:of|for))? (.+)$/i.exec(l);
  if (m) return { op: "revoke", client: ref(m[1] ?? "") };
  m = /^(?:horizon|visible|sees) (.+?) (-?\d{1,5})(?: days?)?$/i.exec(l);
  if (m) return { op: "horizon", client: ref(m[1] ?? ""), days: Number(m[2]) };
  m = /^start(?: date)? (.+?) (\d{4}-\d{2}-\d{2})$/i.exec(l);
  if (m) return { op: "start_date", client: ref(m[1] ?? ""), date: m[2] };
  m = /^move client (.+?) to (.+)$/i.exec(l);
  if (m) return { op: "move_client", client: ref(m[1] ?? ""), program: ref(m[2] ?? "") };
  m = /^(?:calendar|cal) (.+?)(?: (?:week |w)(\d{1,3}))?$/i.exec(l);
  if (m) return { op: "calendar", client: ref(m[1] ?? ""), ...(m[2] ? { week: Number(m[2]) } : {}) };
  m = new RegExp(`^write (.+?) ${DAY}(?:\\s*:\\s*(.*))?$`, "i").exec(l);
  if (m) {
    const day = dayOf(m, 2);
    if (!day) return null;
    if (!m[5]?.trim()) return { op: "write_form", client: ref(m[1] ?? ""), day };
    return { op: "write", client: ref(m[1] ?? ""), day, title: m[5].trim(), body: rest };
  }
  m = new RegExp(`^edit (.+?) ${DAY}(?:\\s*:\\s*(.*))?$`, "i").exec(l);
  if (m) {
    const day = dayOf(m, 2);
    const title = m[5]?.trim();
    if (!day || (!title && !rest)) return null;
    return {
      op: "edit",
      entry: { client: ref(m[1] ?? ""), day },
      ...(title ? { title } : {}),
      ...(rest ? { body: rest } : {}),
    };
  }
  m = new RegExp(`^move (.+?) ${DAY} to ${DAY}$`, "i").exec(l);
  if (m) {
    const from = dayOf(m, 2);
    const to = dayOf(m, 5);
    return from && to ? { op: "move", entry: { client: ref(m[1] ?? ""), day: from }, toDay: to } : null;
  }
  m = new RegExp(`^delete (.+?) ${DAY}$`, "i").exec(l);
  if (m) {
    const day = dayOf(m, 2);
    return day ? { op: "delete", entry: { client: ref(m[1] ?? ""), day } } : null;
  }
  m = /^copy week (\d{1,3}) (?:from |of )?(.+?) to (.+?)(?: week (\d{1,3}))?$/i.exec(l);
  if (m)
    return {
      op: "copy_week",
      fromWeek: Number(m[1]),
      from: ref(m[2] ?? ""),
      to: ref(m[3] ?? ""),
      ...(m[4] ? { toWeek: Number(m[4]) } : {}),
    };
  return null;
}

function methodOf(method: string | undefined, email: string | undefined): "link" | "email" {
  if (method) return /mail/i.test(method) ? "email" : "link";
  return email ? "email" : "link";
}
