import { DateTime } from "luxon";

/** How a client can redeem a code: where there is a deep link (Telegram), and /join everywhere. */
export interface InviteLinks {
  /** The Telegram bot's username (without @), for https://t.me/<bot>?start=<code>. */
  telegramBot?: string | null;
}

export const telegramDeepLink = (bot: string, code: string): string => `https://t.me/${bot}?start=${code}`;

/**
 * The invite, as e-mailed or forwarded by the coach. Plain text: it goes through SMTP or is pasted
 * by the coach into whatever they use.
 */
export function inviteText(v: {
  clientName: string;
  programName: string;
  orgName: string;
  code: string;
  expiresAt: Date;
  timezone: string;
  links: InviteLinks;
}): { subject: string; text: string } {
  const expires = DateTime.fromJSDate(v.expiresAt, { zone: v.timezone })
    .setLocale("en-GB")
    .toFormat("ccc d LLL yyyy");
  const lines = [
    `Hi ${v.clientName},`,
    "",
    `${v.orgName} invites you to the 1-2-1 coaching program "${v.programName}".`,
    "",
  ];
  if (v.links.telegramBot)
    lines.push("On Telegram, open this link:", telegramDeepLink(v.links.telegramBot, v.code), "");
  lines.push(
    `${v.links.telegramBot ? "Or, on Slack, Discord or Telegram" : "On Slack, Discord or Telegram"}, send this to our assistant:`,
    `/join ${v.code}`,
    "",
    `The code works once and expires on ${expires}.`,
  );
  return { subject: `Your invite to ${v.programName} (${v.orgName})`, text: lines.join("\n") };
}
