import { DateTime } from "luxon";

/** How a client can redeem a code: a start link where an app has them, and /join in every app. */
export interface InviteLinks {
  /** The chat apps the assistant is in, by name. */
  apps?: readonly string[];
  /** The apps whose start links open the chat with the code (the platform's registration builds them). */
  startLinks?: ReadonlyArray<{ app: string; link: (code: string) => string }>;
}

/** "A, B or C": the apps by name, in a stable order. */
export function appsText(links: InviteLinks): string {
  const names = [...(links.apps ?? [])].sort();
  if (names.length === 0) return "In the chat";
  if (names.length === 1) return `On ${names[0]}`;
  return `On ${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

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
  const startLinks = v.links.startLinks ?? [];
  for (const s of startLinks) lines.push(`On ${s.app}, open this link:`, s.link(v.code), "");
  const apps = appsText(v.links);
  lines.push(
    `${startLinks.length > 0 ? `Or, ${apps.charAt(0).toLowerCase()}${apps.slice(1)}` : apps}, send this to our assistant:`,
    `/join ${v.code}`,
    "",
    `The code works once and expires on ${expires}.`,
  );
  return { subject: `Your invite to ${v.programName} (${v.orgName})`, text: lines.join("\n") };
}
