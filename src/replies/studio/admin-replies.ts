import type { PassInfo } from "../../domain/model.ts";
import type { Reply } from "../../ports/chat.ts";
import type { LedgerLine } from "../../ports/studio-store.ts";
import type { SettingsResult } from "../../use-cases/studio/studio-settings.ts";
import { formatDate, privateReply as say } from "../format.ts";
import { t } from "../i18n/catalogue.ts";
import { settingsReply } from "./replies.ts";

/** Wording of the studio's admin commands: setup, staff, settings, requests, schedules, channels. */

export const setupCodeMissingReply = (): Reply => say(t("studio.setupCodeMissing"));

export const studioOpenedReply = (workspaceConnected: boolean): Reply =>
  say(t("studio.opened"), t(workspaceConnected ? "studio.openedConnected" : "studio.openedConnectLater"));

export const tooManySetupCodesReply = (retryAfterMs: number | undefined): Reply =>
  say(t("identity.tooManyCodes", { minutes: Math.ceil((retryAfterMs ?? 60_000) / 60_000) }));

export const setupWorkspaceTakenReply = (): Reply => say(t("studio.workspaceTaken"));

export const setupCodeInvalidReply = (): Reply => say(t("studio.setupCodeInvalid"));

export const alreadyAStudioReply = (): Reply => say(t("studio.alreadyAStudio"));

export const staffPendingReply = (name: string | null | undefined, role: string): Reply =>
  say(t("studio.staffPending", { hasName: name ? "yes" : "no", name: name ?? "", role }));

export const staffAddedReply = (name: string, role: string): Reply =>
  say(t("studio.staffAdded", { name, role }));

export const pendingRoleWithdrawnReply = (): Reply => say(t("studio.pendingWithdrawn"));

export const notStaffReply = (name: string): Reply => say(t("studio.notStaff", { name }));

export const staffRemovedReply = (name: string, previous: string): Reply =>
  say(t("studio.staffRemoved", { name, role: previous }));

export const noOpenQuestionReply = (): Reply => say(t("studio.noOpenQuestion"));

export const requestAlreadyAnsweredReply = (): Reply => say(t("studio.requestAnswered"));

export const requestDeclinedReply = (): Reply => say(t("studio.requestDeclined"));

export const passRequestApprovedReply = (passName: string): Reply =>
  say(t("studio.passRequestApproved", { name: passName }));

/** Settings saved: the first lines of the settings, and what a timezone change means. */
export function settingsSavedReply(r: SettingsResult): Reply {
  const lines = [t("studio.saved"), ...settingsReply(r.settings).lines.slice(0, 5)];
  if (r.timezoneChange) {
    const c = r.timezoneChange;
    lines.push(t("studio.timezoneChanged", { from: c.from, to: c.to, n: c.upcomingSessions }));
  }
  return { visibility: "private", lines };
}

/** A ledger line's cause: "granted_by:<person id>" names who granted it; the others are codes. */
function causeText(cause: string, names: Map<string, string>): string {
  const by = /^granted_by:(.+)$/.exec(cause)?.[1];
  if (by) return t("studio.ledgerCause", { cause: "granted", by: names.get(by) ?? t("studio.formerStaff") });
  return t("studio.ledgerCause", { cause, by: "", raw: cause.replace(/_/g, " ") });
}

/** A member's passes and pass ledger, for staff; `names` maps person ids to names. */
export function memberPassesReply(
  r: { member: { displayName: string }; passes: PassInfo[]; ledger: LedgerLine[] },
  names: Map<string, string>,
  tz: string,
): Reply {
  const passName = new Map(r.passes.map((p) => [p.id, p.name]));
  return {
    visibility: "private",
    title: t("studio.passesOf", { name: r.member.displayName }),
    lines:
      r.passes.length === 0
        ? [t("studio.noPasses")]
        : r.passes.map((p) =>
            t("studio.passRow", { pass: p.name, n: p.remaining, until: formatDate(p.validUntil, tz) }),
          ),
    sections: [
      {
        heading: t("studio.ledger"),
        lines:
          r.ledger.length === 0
            ? [t("studio.noEntries")]
            : r.ledger.map((l) =>
                t("studio.ledgerRow", {
                  date: formatDate(l.at, tz),
                  pass: passName.get(l.passId) ?? t("studio.ledgerPass"),
                  sign: l.kind === "deduct" ? "-" : "+",
                  amount: l.amount,
                  kind: t("studio.ledgerKind", { kind: l.kind }),
                  cause: causeText(l.cause, names),
                }),
              ),
      },
    ],
  };
}

export const noTemplateByThatNameReply = (): Reply => say(t("studio.noTemplateByName"));

export const scheduleCreatedReply = (
  name: string,
  startTime: string,
  occurrences: number,
  weeks: number,
): Reply => say(t("studio.scheduleCreated", { name, time: startTime, n: occurrences, weeks }));

export const passRequestedReply = (scheduleName: string): Reply =>
  say(t("studio.passRequested", { name: scheduleName }));

export const coursePassCreatedReply = (p: { name: string; sessions: number; validityDays: number }): Reply =>
  say(
    t("studio.coursePassCreated", { name: p.name, sessions: p.sessions, days: p.validityDays }),
    t("studio.coursePassHow", { name: p.name }),
  );

export const linkChannelInGroupReply = (): Reply => say(t("studio.linkInGroup"));

export const nameWhatToLinkReply = (): Reply => say(t("studio.nameWhatToLink"));

/** Said in the channel: which training types and classes (with how many schedules) it now hears. */
export function channelLinkedReply(types: string[], classes: string[], schedules: number): Reply {
  return {
    visibility: "public",
    lines: [
      t("studio.channelLinked", {
        hasTypes: types.length > 0 ? "yes" : "no",
        types: types.join(", "),
        hasClasses: classes.length > 0 ? "yes" : "no",
        classes: classes.join(", "),
        both: types.length > 0 && classes.length > 0 ? "yes" : "no",
        neither: types.length + classes.length === 0 ? "yes" : "no",
        schedules,
      }),
    ],
  };
}
