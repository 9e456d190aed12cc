import type { Reply, ReplyButton } from "../../ports/chat.ts";
import { privateReply as say } from "../format.ts";

/** Wording of linking accounts, connecting a chat space to a studio, and choosing a studio. */

/** `startLinks`: "App: /start CODE" for the apps that have start links. */
export function linkCodeReply(code: string, startLinks: string[]): Reply {
  const alt = startLinks.length > 0 ? `  (${startLinks.join("; ")})` : "";
  return say(
    `Your link code: ${code} (valid 15 minutes, once).`,
    `In your other chat app, send: /link ${code}${alt}. Both accounts then share your bookings and passes.`,
  );
}

export const linkCodeInvalidReply = (): Reply =>
  say("That code is not valid or has expired. Send /link in the app you are already using to get a new one.");

/** Several wrong link or connect codes in a short time: every try is refused for a while, a right code too. */
export const tooManyCodesReply = (retryAfterMs: number): Reply =>
  say(
    `Too many wrong codes. Try again in ${Math.ceil(retryAfterMs / 60_000)} minutes, with the code exactly as you got it.`,
  );

export const alreadyLinkedReply = (): Reply => say("This account is already linked to that person.");

export const linkedReply = (): Reply =>
  say("Linked. You see the same bookings and passes here as in your other app.");

export const connectCodeAdminsOnlyReply = (): Reply =>
  say("Only an admin of the studio can get a connect code.");

export const connectCodeReply = (orgName: string, code: string): Reply =>
  say(
    `Connect code for ${orgName}: ${code} (valid 15 minutes, once).`,
    `In the workspace, server or group to connect, send: /connect ${code}`,
  );

export const connectInGroupReply = (): Reply =>
  say(
    "Send /connect CODE inside the workspace, server or group you want to connect, not in a direct message.",
  );

export const connectCodeInvalidReply = (): Reply =>
  say("That code is not valid or has expired. An admin can get a new one with /connect.");

export const connectedReply = (): Reply => ({
  visibility: "public",
  lines: ["Connected. Everyone here can now book sessions: type help to start."],
});

export const nowTalkingToReply = (orgName: string): Reply =>
  say(`You are now talking to ${orgName}. Type help to see what you can do.`);

export const noStudioYetReply = (): Reply =>
  say("You are not a member of any studio yet. Join from your studio's chat workspace or group.");

export const whichStudioButtonsReply = (buttons: ReplyButton[][]): Reply => ({
  visibility: "private",
  lines: ["Which studio?"],
  buttons,
});
