import type { Role } from "../domain/model.ts";
import type { PlatformCapabilities, Reply } from "../ports/chat.ts";
import { andList } from "./format.ts";
import { t } from "./i18n/catalogue.ts";

/**
 * The studio's own names the help's examples are built from (issue 25: never another studio's).
 * `session` is a group session members can book soon: what to type for it, its day word and time.
 */
export interface HelpNames {
  /** `day`: "tomorrow" or a weekday's three letters ("mon"), said in the reader's language. */
  session?: { what: string; day: string; time: string };
  trainer?: string;
  /** Someone to grant a pass to, and a pass type to grant. */
  member?: string;
  passType?: string;
}

const memberLines = (n: HelpNames): string[] => {
  const s = n.session;
  return [
    t("help.browse", { hasTrainer: n.trainer ? "yes" : "no", trainer: n.trainer ?? "" }),
    s
      ? t("help.book", { what: s.what, day: t("help.day", { day: s.day }), time: s.time })
      : t("help.bookPlaceholder"),
    t("help.passes"),
  ];
};
const trainerLines = (n: HelpNames): string[] => {
  const s = n.session;
  const at = s
    ? t("help.session", { what: s.what, day: t("help.day", { day: s.day }), time: s.time })
    : t("help.sessionPlaceholder");
  return [
    t("help.trainerSessions", { at }),
    t("help.trainerGrant", {
      hasMember: n.member ? "yes" : "no",
      member: n.member ?? "",
      hasPass: n.passType ? "yes" : "no",
      pass: n.passType ?? "",
    }),
  ];
};

/** How the studio commands are typed on a platform, and what a command without its details does. */
function studioHow(can: PlatformCapabilities | undefined): string {
  const style = can?.commands;
  if (can?.forms !== "modal") return t("help.askField");
  if (style?.kind === "subcommands")
    return t("help.subcommands", { platform: can.displayName, of: style.of });
  if (style?.grouped) {
    const { under, commands } = style.grouped;
    const listed = andList(commands.map((c) => `/${c}`));
    return t("help.grouped", { n: commands.length, listed, under, first: commands[0] ?? "" });
  }
  return t("help.formOpens");
}

/**
 * Short help with examples from the studio's own names, fitted to the person's role (and, for admins,
 * how their platform types the studio commands).
 */
export function helpReply(
  role: Role | null,
  opening?: string,
  personalListed = false,
  can?: PlatformCapabilities,
  names: HelpNames = {},
): Reply {
  const staff = role === "trainer" || role === "admin";
  const member = memberLines(names);
  const sections = [
    { heading: t("help.try"), lines: personalListed || staff ? [...member, t("help.personal")] : member },
  ];
  if (staff) sections.push({ heading: t("help.trainers"), lines: trainerLines(names) });
  if (role === "admin")
    sections.push({ heading: t("help.studio"), lines: [t("help.studioList"), t("help.studioAdd")] });
  return {
    visibility: "private",
    lines: [opening ?? t("help.intro"), t("help.link"), ...(role === "admin" ? [studioHow(can)] : [])],
    sections,
  };
}

/** Not understood: say so briefly and show examples. */
export function unknownReply(role: Role | null, can?: PlatformCapabilities, names: HelpNames = {}): Reply {
  return helpReply(role, t("help.notUnderstood"), false, can, names);
}

/** A negated or hypothetical request: nothing was done; ask what the person wants instead. */
export function notActedReply(reason: "negated" | "question", typed: string): Reply {
  return {
    visibility: "private",
    lines: [t(reason === "negated" ? "help.negated" : "help.question", { typed }), t("help.examples")],
  };
}

/** Thanks or a goodbye: a short answer, no help listing. */
export function courtesyReply(): Reply {
  return { visibility: "private", lines: [t("help.courtesy")] };
}
