import type { Role } from "../domain/model.ts";
import type { PlatformCapabilities, Reply } from "../ports/chat.ts";

/**
 * The studio's own names the help's examples are built from (issue 25: never another studio's).
 * `session` is a group session members can book soon: what to type for it, its day word and time.
 */
export interface HelpNames {
  session?: { what: string; day: string; time: string };
  trainer?: string;
  /** Someone to grant a pass to, and a pass type to grant. */
  member?: string;
  passType?: string;
}

const memberLines = (n: HelpNames): string[] => {
  const s = n.session;
  return [
    `sessions · sessions tomorrow${n.trainer ? ` · what's on next week with ${n.trainer}` : ""} · week`,
    s
      ? `book ${s.what} ${s.day} ${s.time} · my bookings · cancel my ${s.day} ${s.what}`
      : "book <class> <day> <time> · my bookings · cancel my <class> <day>",
    "passes · /reminders (yours: off, 2h, default) · my week (1-2-1) · /join CODE",
  ];
};
/** Shown to members only where personal sessions are on and listed for members. */
const MEMBER_PERSONAL = "/personal · my personal sessions · /calendar link";
const trainerLines = (n: HelpNames): string[] => {
  const s = n.session;
  const at = s ? `${s.what} ${s.day} ${s.time}` : "<class> <day> <time>";
  return [
    `/roster ${at} · /override ${at} capacity 20 · /cancelsession ${at} reason: ill`,
    `/grant ${n.member ?? "<name>"} ${n.passType ?? "<pass type>"} · /availability set mon-fri 09:00-17:00 · coach help`,
  ];
};
/** Running the studio (docs/studio-setup.md): staff, settings and the catalogue. Admins only. */
const STUDIO = [
  "/staff · /settings · /catalog (tap an entry to edit it) · /personal settings · /connect",
  "/staff add @name trainer · /type add · /space add · /template add · /schedule add · /passtype add",
];

/** How the studio commands are typed on a platform, and what a command without its details does. */
function studioHow(can: PlatformCapabilities | undefined): string {
  const style = can?.commands;
  if (can?.forms !== "modal") return "Without details (/template add) I ask field by field; cancel stops.";
  if (style?.kind === "subcommands")
    return `On ${can.displayName} type them after /${style.of} (/${style.of} staff add @sam trainer); without details (/${style.of} template add) a form opens.`;
  if (style?.grouped) {
    const { under, commands } = style.grouped;
    const names = commands.map((c) => `/${c}`);
    const listed = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names.join("");
    return `${listed} ${names.length > 1 ? "are" : "is"} under /${under} (/${under} ${commands[0]} add …); without details a form opens.`;
  }
  return "Without details (/template add) a form opens.";
}

/**
 * Short help with examples from the studio's own names, fitted to the person's role (and, for admins,
 * how their platform types the studio commands).
 */
export function helpReply(
  role: Role | null,
  opening?: string,
  personalListed = false,
  can?: PlatformCapabilities,
  names: HelpNames = {},
): Reply {
  const staff = role === "trainer" || role === "admin";
  const member = memberLines(names);
  const sections = [
    { heading: "Try", lines: personalListed || staff ? [...member, MEMBER_PERSONAL] : member },
  ];
  if (staff) sections.push({ heading: "Trainers", lines: trainerLines(names) });
  if (role === "admin") sections.push({ heading: "Studio (admins)", lines: STUDIO });
  return {
    visibility: "private",
    lines: [
      opening ?? "I book sessions for you. Dates and times are in the studio's timezone.",
      "Link another chat app with /link.",
      ...(role === "admin" ? [studioHow(can)] : []),
    ],
    sections,
  };
}

/** Not understood: say so briefly and show examples. */
export function unknownReply(role: Role | null, can?: PlatformCapabilities, names: HelpNames = {}): Reply {
  return helpReply(role, "Sorry, I did not understand that. Here is what I can do:", false, can, names);
}

/** A negated or hypothetical request: nothing was done; ask what the person wants instead. */
export function notActedReply(reason: "negated" | "question", typed: string): Reply {
  return {
    visibility: "private",
    lines: [
      reason === "negated"
        ? `I have not booked or cancelled anything for "${typed}". What would you like me to do?`
        : `"${typed}" sounds like a question, so I have not booked anything. Say "book" and the class when you want it.`,
      'For example: "sessions tomorrow", "book spin friday 18:00" or "cancel my spin".',
    ],
  };
}

/** Thanks or a goodbye: a short answer, no help listing. */
export function courtesyReply(): Reply {
  return { visibility: "private", lines: ["You're welcome! Type help whenever you need me."] };
}
