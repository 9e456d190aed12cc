import type { Reply, ReplyButton } from "../../ports/chat.ts";
import { privateReply as say } from "../format.ts";
import { t } from "../i18n/catalogue.ts";

/** Wording of linking accounts, connecting a chat space to a studio, and choosing a studio. */

/** `startLinks`: "App: /start CODE" for the apps that have start links. */
export function linkCodeReply(code: string, startLinks: string[]): Reply {
  const alt = startLinks.length > 0 ? startLinks.join("; ") : "none";
  return say(t("identity.linkCode", { code }), t("identity.linkHow", { code, alt }));
}

export const linkCodeInvalidReply = (): Reply => say(t("identity.linkInvalid"));

/** Several wrong link or connect codes in a short time: every try is refused for a while, a right code too. */
export const tooManyCodesReply = (retryAfterMs: number): Reply =>
  say(t("identity.tooManyCodes", { minutes: Math.ceil(retryAfterMs / 60_000) }));

export const alreadyLinkedReply = (): Reply => say(t("identity.alreadyLinked"));

export const linkedReply = (): Reply => say(t("identity.linked"));

export const connectCodeAdminsOnlyReply = (): Reply => say(t("identity.connectAdminsOnly"));

export const connectCodeReply = (orgName: string, code: string): Reply =>
  say(t("identity.connectCode", { org: orgName, code }), t("identity.connectHow", { code }));

export const connectInGroupReply = (): Reply => say(t("identity.connectInGroup"));

export const connectCodeInvalidReply = (): Reply => say(t("identity.connectInvalid"));

export const connectedReply = (): Reply => ({
  visibility: "public",
  lines: [t("identity.connected")],
});

export const nowTalkingToReply = (orgName: string): Reply => say(t("identity.nowTalking", { org: orgName }));

export const noStudioYetReply = (): Reply => say(t("identity.noStudio"));

export const whichStudioButtonsReply = (buttons: ReplyButton[][]): Reply => ({
  visibility: "private",
  lines: [t("identity.whichStudio")],
  buttons,
});
