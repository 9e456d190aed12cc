import { DateTime } from "luxon";
import { luxonZone } from "../../domain/time/zone-time.ts";
import type { SessionQuery } from "../../intents/intent.ts";
import type { Line, Reply, ReplyButton } from "../../ports/chat.ts";
import { formatDate, privateReply as say } from "../format.ts";
import { t } from "../i18n/catalogue.ts";
import { speaker } from "../i18n/speaker.ts";

/** Wording of a booking turn's look-ups: nothing found, which one, what is missing. */

/** Why nothing typed can be booked (one line a session, at most five), and where to look instead. */
export const whyNoneReply = (reasons: Line[], next?: { session: string; data: string }): Reply => ({
  visibility: "private",
  lines: [
    ...reasons.slice(0, 5),
    next ? t("started.nextOne", { session: next.session }) : t("lookup.tryList"),
  ],
  // The next session of what was asked for, one tap away (it books through the same path).
  ...(next ? { buttons: [[{ label: t("started.book", { session: next.session }), data: next.data }]] } : {}),
});

/** None of the class asked for then, and its next session within two weeks with a Book button. */
export const noneThenNextReply = (described: string, next: { session: string; data: string }): Reply =>
  whyNoneReply([t("started.noneThen", { described })], next);

/** `described`: the sessions asked for, in words ("spin sessions on Fri 4 Dec"). */
export const noSessionFoundReply = (described: string): Reply => say(t("lookup.noneFound", { described }));

export const noSessionListedReply = (described: string): Reply => say(t("lookup.noneListed", { described }));

export const noPersonNamedReply = (who: "trainer" | "member", typed: string): Reply =>
  say(t("lookup.noPerson", { who, typed }));

/** Nothing to cancel fits: said before the list of upcoming bookings, or that there are none. */
export const noBookingToCancelReply = (hasUpcoming: boolean, described: string): Reply =>
  say(hasUpcoming ? t("lookup.noBookingFor", { described }) : t("lookup.nothingToCancel"));

export const whichBookingToCancelReply = (buttons: ReplyButton[][]): Reply => ({
  visibility: "private",
  lines: [t("lookup.whichToCancel")],
  buttons,
});

export const noSingleSpaceReply = (typed: string, spaces: string[]): Reply =>
  say(t("lookup.noSingleSpace", { typed, spaces: spaces.join(", ") || t("lookup.noneYet") }));

export const noPassTypesYetReply = (): Reply => say(t("lookup.noPassTypes"));

export const sessionAlreadyCancelledReply = (): Reply => say(t("lookup.alreadyCancelled"));

/** The question under a surprising change, and its buttons' labels (read when used: in the reader's language). */
export const CONFIRM_CHANGE = {
  get question() {
    return t("lookup.confirmQuestion");
  },
  get confirm() {
    return t("lookup.confirm");
  },
  get cancel() {
    return t("lookup.cancel");
  },
};

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
  const from = DateTime.fromISO(q.fromDay, { zone: luxonZone(timezone) });
  const to = DateTime.fromISO(q.toDay, { zone: luxonZone(timezone) });
  // A range's first day without its year is English's own shortening; other locales say both in full.
  const fromText =
    speaker().locale === "en-GB"
      ? from.setLocale("en-GB").toFormat("ccc d LLL")
      : formatDate(from.toJSDate(), timezone);
  const days =
    q.fromDay === q.toDay
      ? t("lookup.onDay", { day: formatDate(from.toJSDate(), timezone) })
      : t("lookup.fromTo", { from: fromText, to: formatDate(to.toJSDate(), timezone) });
  const period = q.period && !q.time ? t("lookup.period", { period: q.period }) : "";
  const hm = (h: number) => `${h}:${String(q.time?.minute ?? 0).padStart(2, "0")}`;
  const time = q.time
    ? q.time.meridiemKnown
      ? t("lookup.at", { time: hm(q.time.hour).padStart(5, "0") })
      : t("lookup.atUnsure", { time: hm(q.time.hour) })
    : "";
  const or = (list: string[]) => list.reduce((a, b) => t("lookup.or", { a, b }));
  return t("lookup.describe", {
    names: names.length ? or(names) : t("lookup.anySession"),
    hasTrainers: trainers.length ? "yes" : "no",
    trainers: trainers.length ? or(trainers) : "",
    days,
    time,
    period,
  });
}

/** The questions asked when a request fits several sessions, passes or templates. */
export const WHICH = {
  get session() {
    return t("which.session");
  },
  get sessionToBook() {
    return t("which.sessionToBook");
  },
  get roster() {
    return t("which.roster");
  },
  get change() {
    return t("which.change");
  },
  get cancel() {
    return t("which.cancel");
  },
  get addTo() {
    return t("which.addTo");
  },
  get pass() {
    return t("which.pass");
  },
  get template() {
    return t("which.template");
  },
};

export const whichPersonQuestion = (slot: "person" | "trainer"): string => t("which.person", { slot });

/** The confirm question of a surprising change under its preview lines, with a Cancel button added. */
export const confirmChangeReply = (ask: Reply, preview: Line[], cancelData: string): Reply => ({
  ...ask,
  lines: [...preview, ...ask.lines],
  buttons: [...(ask.buttons ?? []), [{ label: CONFIRM_CHANGE.cancel, data: cancelData }]],
});
