import type { PassInfo } from "../../domain/model.ts";
import type { Reply } from "../../ports/chat.ts";
import type { LedgerLine } from "../../ports/studio-store.ts";
import type { SettingsResult } from "../../use-cases/studio/studio-settings.ts";
import { formatDate, plural, privateReply as say } from "../format.ts";
import { settingsReply } from "./replies.ts";

/** Wording of the studio's admin commands: setup, staff, settings, requests, schedules, channels. */

export const setupCodeMissingReply = (): Reply => say("Send the setup code you were given: /setup CODE.");

export const studioOpenedReply = (workspaceConnected: boolean): Reply =>
  say(
    "Your studio is open and you are its admin.",
    workspaceConnected
      ? "This chat is connected to it: whoever talks to me here is a member."
      : "Connect a group later with /connect.",
  );

export const tooManySetupCodesReply = (retryAfterMs: number | undefined): Reply =>
  say(
    `Too many wrong codes. Try again in ${Math.ceil((retryAfterMs ?? 60_000) / 60_000)} minutes, with the code exactly as you got it.`,
  );

export const setupWorkspaceTakenReply = (): Reply =>
  say(
    "This chat already belongs to a studio. Send the code in a new group, or to me directly; the code is still valid.",
  );

export const setupCodeInvalidReply = (): Reply =>
  say(
    "That setup code is not valid: it may be mistyped, used already, or older than 24 hours. Ask for a new one.",
  );

export const alreadyAStudioReply = (): Reply =>
  say("This chat already belongs to a studio. Send /setup CODE in a new group, or to me directly.");

const article = (role: string): string => (role === "admin" ? "an" : "a");

export const staffPendingReply = (name: string | null | undefined, role: string): Reply =>
  say(`${name ?? "They"} will be ${article(role)} ${role} as soon as they first talk to me here.`);

export const staffAddedReply = (name: string, role: string): Reply =>
  say(`${name} is now ${article(role)} ${role}.`);

export const pendingRoleWithdrawnReply = (): Reply => say("The waiting role is withdrawn.");

export const notStaffReply = (name: string): Reply => say(`${name} is not staff; nothing changed.`);

export const staffRemovedReply = (name: string, previous: string): Reply =>
  say(`${name} is no longer ${article(previous)} ${previous} (still a member).`);

export const noOpenQuestionReply = (): Reply =>
  say("There is no open question to answer. Type help for the studio commands.");

export const requestAlreadyAnsweredReply = (): Reply => say("That request was already answered.");

export const requestDeclinedReply = (): Reply => say("Request declined.");

export const passRequestApprovedReply = (passName: string): Reply =>
  say(`Approved: pass type ${passName} created and linked. Edit it with /catalog passes.`);

/** Settings saved: the first lines of the settings, and what a timezone change means. */
export function settingsSavedReply(r: SettingsResult): Reply {
  const lines = ["Saved.", ...settingsReply(r.settings).lines.slice(0, 5)];
  if (r.timezoneChange) {
    const t = r.timezoneChange;
    lines.push(
      `Timezone changed from ${t.from} to ${t.to}. Every session stays at the same moment, so its clock time now reads in ${t.to} (${t.upcomingSessions} upcoming sessions). New schedules use ${t.to}.`,
    );
  }
  return { visibility: "private", lines };
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
    title: `Passes of ${r.member.displayName}`,
    lines:
      r.passes.length === 0
        ? ["No passes."]
        : r.passes.map((p) => `${p.name}: ${p.remaining} left, valid until ${formatDate(p.validUntil, tz)}`),
    sections: [
      {
        heading: "Ledger",
        lines:
          r.ledger.length === 0
            ? ["No entries."]
            : r.ledger.map((l) => {
                const by = /^granted_by:(.+)$/.exec(l.cause)?.[1];
                const cause = by
                  ? `granted by ${names.get(by) ?? "a former staff member"}`
                  : l.cause.replace(/_/g, " ");
                const sign = l.kind === "deduct" ? "-" : "+";
                return `${formatDate(l.at, tz)} ${passName.get(l.passId) ?? "pass"}: ${sign}${l.amount} (${l.kind}, ${cause})`;
              }),
      },
    ],
  };
}

export const noTemplateByThatNameReply = (): Reply =>
  say("No template by that name. Create one with /template first.");

export const scheduleCreatedReply = (
  name: string,
  startTime: string,
  occurrences: number,
  weeks: number,
): Reply =>
  say(
    `Schedule created: ${name} at ${startTime}, ${plural(occurrences, "session")} over ${plural(weeks, "week")}.`,
  );

export const passRequestedReply = (scheduleName: string): Reply =>
  say(
    `Only admins may create passes here, so I asked them to approve a pass for ${scheduleName}. You will see it once one of them taps Approve.`,
  );

export const coursePassCreatedReply = (p: { name: string; sessions: number; validityDays: number }): Reply =>
  say(
    `Pass type created and linked: ${p.name} (${p.sessions} sessions, valid ${p.validityDays} days).`,
    `Give it to a member with /grant <name> ${p.name}; they are enrolled automatically. Adjust it with /passtype edit ${p.name}.`,
  );

export const linkChannelInGroupReply = (): Reply =>
  say("Run /linkchannel in the group channel that should hear the announcements.");

export const nameWhatToLinkReply = (): Reply =>
  say("Name a training type or a class, e.g. /linkchannel spin.");

/** Said in the channel: which training types and classes (with how many schedules) it now hears. */
export function channelLinkedReply(types: string[], classes: string[], schedules: number): Reply {
  const parts = [
    types.length > 0 ? `every ${types.join(", ")} session (training type)` : null,
    classes.length > 0 ? `${classes.join(", ")} (${plural(schedules, "schedule")})` : null,
  ].filter((p) => p !== null);
  return {
    visibility: "public",
    lines: [
      `Linked this channel to ${parts.join(" and ") || "these sessions"}. It will hear each change to them once.`,
    ],
  };
}
