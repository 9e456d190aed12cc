import type { Role } from "../domain/model.ts";
import type { PlatformCapabilities, Reply } from "../ports/chat.ts";

const MEMBER = [
  "sessions · sessions tomorrow · what's on next week with Tara",
  "book yoga tomorrow 7am · book spin fri 18:00",
  "my bookings · cancel my friday spin",
  "passes · week · help",
  "my week (your 1-2-1 calendar) · /join CODE (an invite from your coach)",
];
/** Shown to members only where personal sessions are on and listed for members. */
const MEMBER_PERSONAL =
  "/personal · private lesson with Sam thursday afternoon · my personal sessions · move my session with Sam to friday 10am · /calendar link";
const TRAINER = [
  "/availability set mon-fri 09:00-17:00 · /availability off 2026-12-24 · /feed add <ics url> (or send the .ics file)",
  "/roster spin tomorrow 18:00",
  "/override spin fri 18:00 capacity 20 | space Small Room | trainer Sam | to sat 10:00 | reset",
  "/cancelsession yoga tomorrow 7 reason: teacher is ill",
  "/add Noor to pt with sam wednesday 10 · /grant Maria Spin 10",
  "coach help: 1-2-1 programs, clients, invites and calendars",
];
const ADMIN = [
  "/personal settings · /personal type new name=Sports massage duration=60 price=45 trainers=Sam",
  "/linkchannel spin (in a group channel) · /connect (get a code for a chat space)",
];

/** Running the studio (docs/studio-setup.md): staff, settings and the catalogue. Admins only. */
const STUDIO = [
  "/staff · /staff add @lee trainer · /staff add Sam Lee admin · /staff remove @lee",
  "/settings · /settings reminders 2h · /settings grants admins · /settings timezone Europe/Lisbon",
  "/catalog · /catalog templates (tap an entry to edit it)",
  "/type add Barre · /type rename Barre | Ballet Barre · /space add Studio C · /space archive Studio C",
  "/template add Sunset Flow | type Yoga | duration 60 | capacity 12 | trainer Tara | space Studio A | booking 30m | cancel 2h | closed",
  "/template edit Sunset Flow | capacity 14 · /schedule add Sunset Flow | mon, wed | 19:00 | weeks 12",
  "/schedule end Sunset Flow | 2027-01-31 · /passtype add Yoga 12 | sessions 12 | days 90 | price 90 EUR | types Yoga",
  "/passtype edit Yoga 12 | price 95 · /passes Maria",
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

/** Short help with examples, fitted to the person's role (and, for admins, how their platform types the studio commands). */
export function helpReply(
  role: Role | null,
  opening?: string,
  personalListed = false,
  can?: PlatformCapabilities,
): Reply {
  const staff = role === "trainer" || role === "admin";
  const sections = [
    { heading: "Try", lines: personalListed || staff ? [...MEMBER, MEMBER_PERSONAL] : MEMBER },
  ];
  if (role === "trainer" || role === "admin") sections.push({ heading: "Trainers", lines: TRAINER });
  if (role === "admin") {
    sections.push({ heading: "Admins", lines: ADMIN });
    sections.push({ heading: "Studio (admins)", lines: STUDIO });
  }
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
export function unknownReply(role: Role | null, can?: PlatformCapabilities): Reply {
  return helpReply(role, "Sorry, I did not understand that. Here is what I can do:", false, can);
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
