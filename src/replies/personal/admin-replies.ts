import type { AvailabilityWindow } from "../../domain/personal/model.ts";
import type { Reply } from "../../ports/chat.ts";
import type { CalendarFeed } from "../../ports/personal-store.ts";
import { privateReply as say, weekdayName } from "../format.ts";
import { t } from "../i18n/catalogue.ts";

/** Wording of the personal-session admin and trainer commands: settings, types, availability, calendars. */

export const unknownPersonalSettingReply = (name: string): Reply =>
  say(t("personal.unknownSetting", { name: name.slice(0, 30) }));

export const noSuchSessionTypeReply = (typed: string, typeNames: string[]): Reply =>
  say(
    t("personal.noSuchType", {
      typed: typed.slice(0, 60),
      hasTypes: typeNames.length ? "yes" : "no",
      types: typeNames.join(", "),
    }),
  );

/** The line above the session-type form: editing one, or creating a new one. */
export const sessionTypeFormReply = (editing: boolean): Reply =>
  say(t(editing ? "personal.typeFormEdit" : "personal.typeFormNew"));

export const unreadableAvailabilityReply = (): Reply => say(t("personal.unreadableAvailability"));

export const whichDateOffReply = (): Reply => say(t("personal.whichDateOff"));

/** A trainer's weekly windows (weekday 1 = Monday) and days off. */
export function availabilityReply(
  windows: AvailabilityWindow[],
  datesOff: string[],
  timezone: string,
): Reply {
  const byDay = new Map<number, string[]>();
  for (const w of windows)
    byDay.set(w.weekday, [...(byDay.get(w.weekday) ?? []), `${w.startTime}-${w.endTime}`]);
  return {
    visibility: "private",
    title: t("personal.availabilityTitle"),
    lines: [
      ...(byDay.size
        ? [...byDay].map(([d, ws]) =>
            t("personal.availabilityDay", { day: weekdayName(d), windows: ws.join(", ") }),
          )
        : [t("personal.noWindows")]),
      t("personal.daysOff", { hasDays: datesOff.length ? "yes" : "no", days: datesOff.join(", ") }),
      t("personal.availabilityHint", { timezone }),
    ],
  };
}

export const feedAddedNotLoadedReply = (): Reply => say(t("personal.feedNotLoaded"));

/** A trainer's external calendars. */
export function calendarFeedsReply(feeds: CalendarFeed[]): Reply {
  return {
    visibility: "private",
    title: t("personal.feedsTitle"),
    lines: feeds.length
      ? feeds.map((f) =>
          t("personal.feedLine", {
            id: f.id,
            source: f.kind === "url" ? new URL(f.source).host : f.source,
            loaded: f.lastGoodAt ? "yes" : "no",
            failed: f.lastError ? "yes" : "no",
          }),
        )
      : [t("personal.noFeeds")],
  };
}

export const calendarLinkRevokedReply = (revoked: number): Reply =>
  say(t(revoked ? "personal.linkRevoked" : "personal.noLink"));

export const calendarLinksOffReply = (): Reply => say(t("personal.linksOff"));

export const calendarLinkReply = (url: string): Reply =>
  say(t("personal.linkIntro"), url, t("personal.linkPrivate"));

export const calendarFileTooLargeReply = (name: string, maxMb: number): Reply =>
  say(t("personal.fileTooLarge", { name, mb: maxMb }), t("personal.fileTooLargeHint"));

export const notACalendarFileReply = (name: string): Reply => say(t("personal.notCalendarFile", { name }));

export const filesUnreadableHereReply = (): Reply => say(t("personal.filesUnreadable"));

export const downloadFailedReply = (name: string): Reply => say(t("personal.downloadFailed", { name }));

export const calendarFileLoadedReply = (name: string, busyBlocks: number, feedId: string): Reply =>
  say(t("personal.fileLoaded", { name, n: busyBlocks, feed: feedId }), t("personal.fileLoadedHint"));
