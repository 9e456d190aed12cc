import { DateTime } from "luxon";
import { luxonZone } from "../../domain/time/zone-time.ts";
import type { SessionQuery } from "../../intents/intent.ts";
import type { Line, Reply, ReplyButton } from "../../ports/chat.ts";
import { privateReply as say } from "../format.ts";

/** Wording of a booking turn's look-ups: nothing found, which one, what is missing. */

/** Why nothing typed can be booked (one line a session, at most five), and where to look instead. */
export const whyNoneReply = (reasons: Line[]): Reply => ({
  visibility: "private",
  lines: [...reasons.slice(0, 5), 'Try "sessions" to see what is on.'],
});

/** `described`: the sessions asked for, in words ("spin sessions on Fri 4 Dec"). */
export const noSessionFoundReply = (described: string): Reply =>
  say(`No ${described} found. Try "sessions" to see what is on.`);

export const noSessionListedReply = (described: string): Reply =>
  say(`No ${described} found. Try "sessions next week" or "week".`);

export const noPersonNamedReply = (who: "trainer" | "member", typed: string): Reply =>
  say(`No ${who} named "${typed}" here. Check the spelling.`);

/** Nothing to cancel fits: said before the list of upcoming bookings, or that there are none. */
export const noBookingToCancelReply = (hasUpcoming: boolean, described: string): Reply =>
  say(
    hasUpcoming
      ? `You have no booking for ${described}. Your upcoming bookings:`
      : "You have no upcoming bookings to cancel.",
  );

export const whichBookingToCancelReply = (buttons: ReplyButton[][]): Reply => ({
  visibility: "private",
  lines: ["Which booking do you want to cancel?"],
  buttons,
});

export const noSingleSpaceReply = (typed: string, spaces: string[]): Reply =>
  say(`No single space matches "${typed}". Spaces: ${spaces.join(", ") || "none yet"}.`);

export const noPassTypesYetReply = (): Reply =>
  say("There are no pass types yet. An admin creates them first.");

export const sessionAlreadyCancelledReply = (): Reply => say("This session is already cancelled.");

/** The question under a surprising change, and its buttons' labels. */
export const CONFIRM_CHANGE = {
  question: "Please confirm this change:",
  confirm: "Confirm change",
  cancel: "Cancel",
} as const;

interface Named {
  id: string;
  name: string;
}

/** Human words for what was searched, for "nothing found" replies. */
export function describeSessionQuery(
  q: SessionQuery,
  vocab: { trainingTypes: Named[]; templates: Named[]; trainers: Named[] },
  timezone: string,
): string {
  // A type and its template often share a name ("Spin"): say it once.
  const names = [
    ...new Set([
      ...vocab.trainingTypes.filter((t) => q.trainingTypeIds.includes(t.id)).map((t) => t.name),
      ...vocab.templates.filter((t) => q.templateIds.includes(t.id)).map((t) => t.name),
    ]),
  ];
  // "PT with Sam" already names Sam: do not say it twice.
  const firstName = (n: string) => (n.split(" ")[0] ?? n).toLowerCase();
  const trainers = vocab.trainers
    .filter((t) => q.trainerIds.includes(t.id))
    .map((t) => t.name)
    .filter((t) => !names.some((n) => n.toLowerCase().includes(firstName(t))));
  const from = DateTime.fromISO(q.fromDay, { zone: luxonZone(timezone) }).setLocale("en-GB");
  const to = DateTime.fromISO(q.toDay, { zone: luxonZone(timezone) }).setLocale("en-GB");
  const days =
    q.fromDay === q.toDay
      ? `on ${from.toFormat("ccc d LLL yyyy")}`
      : `from ${from.toFormat("ccc d LLL")} to ${to.toFormat("ccc d LLL yyyy")}`;
  const period = q.period && !q.time ? ` in the ${q.period}` : "";
  const time = q.time
    ? ` at ${q.time.meridiemKnown ? `${String(q.time.hour).padStart(2, "0")}:${String(q.time.minute).padStart(2, "0")}` : `${q.time.hour}:${String(q.time.minute).padStart(2, "0")} (am or pm)`}`
    : "";
  return `${names.join(" or ") || "session"}${trainers.length ? ` with ${trainers.join(" or ")}` : ""} ${days}${time}${period}`;
}

/** The questions asked when a request fits several sessions, passes or templates. */
export const WHICH = {
  session: "Which session?",
  sessionToBook: "Which session do you want to book?",
  roster: "Roster of which session?",
  change: "Change which session?",
  cancel: "Cancel which session?",
  addTo: "Add to which session?",
  pass: "Which pass?",
  template: "Which template?",
} as const;

export const whichPersonQuestion = (slot: "person" | "trainer"): string =>
  `Which ${slot === "trainer" ? "trainer" : "member"} did you mean?`;

/** The confirm question of a surprising change under its preview lines, with a Cancel button added. */
export const confirmChangeReply = (ask: Reply, preview: Line[], cancelData: string): Reply => ({
  ...ask,
  lines: [...preview, ...ask.lines],
  buttons: [...(ask.buttons ?? []), [{ label: CONFIRM_CHANGE.cancel, data: cancelData }]],
});
