import { formatDate } from "../format.ts";
import { t } from "../i18n/catalogue.ts";
import { speaker } from "../i18n/speaker.ts";

/** How a client can redeem a code: a start link where an app has them, and /join in every app. */
export interface InviteLinks {
  /** The chat apps the assistant is in, by name. */
  apps?: readonly string[];
  /** The apps whose start links open the chat with the code (the platform's registration builds them). */
  startLinks?: ReadonlyArray<{ app: string; link: (code: string) => string }>;
}

/**
 * Where the client sends the code: "chat" when no app is named, else the apps by name in a stable
 * order, as the reader's language lists alternatives ("A, B or C", "A, B oder C").
 */
export function appsText(links: InviteLinks): { where: "chat" | "apps"; apps: string } {
  const names = [...(links.apps ?? [])].sort();
  if (names.length === 0) return { where: "chat", apps: "" };
  return {
    where: "apps",
    apps: new Intl.ListFormat(speaker().locale, { type: "disjunction" }).format(names),
  };
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
  const lines = [
    t("coaching.mailHi", { client: v.clientName }),
    "",
    t("coaching.mailInvites", { org: v.orgName, program: v.programName }),
    "",
  ];
  const startLinks = v.links.startLinks ?? [];
  for (const s of startLinks) lines.push(t("coaching.mailOpenLink", { app: s.app }), s.link(v.code), "");
  lines.push(
    t("coaching.mailSend", { or: startLinks.length > 0 ? "yes" : "no", ...appsText(v.links) }),
    `/join ${v.code}`,
    "",
    t("coaching.mailExpires", { date: formatDate(v.expiresAt, v.timezone) }),
  );
  return {
    subject: t("coaching.mailSubject", { program: v.programName, org: v.orgName }),
    text: lines.join("\n"),
  };
}
