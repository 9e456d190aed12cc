import { weekDayLabel } from "../../domain/coaching/calendar-days.ts";
import type { ClientInfo, ProgramInfo } from "../../domain/coaching/model.ts";
import { formatPrice, formatTimeOfDay } from "../../domain/coaching/program-input.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import type { Reply, ReplyButton, ReplySection } from "../../ports/chat.ts";
import type { CoachWeek } from "../../use-cases/coaching/calendar-coach.ts";
import type { ClientRow } from "../../use-cases/coaching/clients.ts";
import type { InviteResult } from "../../use-cases/coaching/invites.ts";
import { truncate } from "../format.ts";
import { dayHeading, entryLines } from "./calendar-text.ts";
import { appsText, type InviteLinks, inviteText } from "./invite-text.ts";

const STATUS: Record<ProgramInfo["status"], string> = {
  draft: "draft",
  published: "published",
  archived: "archived",
};
const btn = (label: string, data: string, style?: ReplyButton["style"]): ReplyButton => ({
  label: truncate(label, 40),
  data,
  ...(style ? { style } : {}),
});

export const COACH_HELP: Reply = {
  visibility: "private",
  title: "1-2-1 coaching",
  lines: ["Programs hold your clients at one price; each client has a private calendar."],
  sections: [
    {
      heading: "Programs",
      lines: [
        "programs · new program Standard 200 GBP · publish Standard · archive Standard",
        "digest Standard 07:30",
      ],
    },
    {
      heading: "Clients",
      lines: [
        "clients · add client Jo jo@example.com · invite Jo link · invite Jo email",
        "invite new Al al@example.com · revoke Jo · horizon Jo 14 · start Jo 2026-12-01 · move client Jo to Premium",
      ],
    },
    {
      heading: "Calendars",
      lines: [
        "calendar Jo week 2 · write Jo W1D3: Squat day (training on the next lines)",
        "edit Jo W1D3: New title · move Jo W1D3 to W1D5 · delete Jo W1D3 · copy week 1 from Jo to Al week 3",
      ],
    },
  ],
};

export function programsReply(programs: ProgramInfo[]): Reply {
  if (programs.length === 0)
    return {
      visibility: "private",
      lines: ['You have no 1-2-1 programs yet. Create one: "new program Standard 200 GBP".'],
      buttons: [[btn("New program", encodeButton({ op: "kf", form: "pn" }), "primary")]],
    };
  return {
    visibility: "private",
    title: "Your 1-2-1 programs",
    lines: programs.map(
      (p) =>
        `${p.name}: ${formatPrice(p.priceCents, p.currency)}, ${STATUS[p.status]}, digest at ${formatTimeOfDay(p.digestMinute)}`,
    ),
    buttons: [
      ...programs
        .slice(0, 8)
        .map((p) => [
          btn(`Clients: ${p.name}`, encodeButton({ op: "kl", programId: p.id })),
          ...(p.status === "draft"
            ? [btn(`Publish ${p.name}`, encodeButton({ op: "kp", programId: p.id }), "primary")]
            : []),
        ]),
      [btn("New program", encodeButton({ op: "kf", form: "pn" }))],
    ],
  };
}

export function programSavedReply(p: ProgramInfo, what: string): Reply {
  const next =
    p.status === "draft"
      ? `Next: "publish ${p.name}", then add clients.`
      : p.status === "published"
        ? `Next: "add client NAME" or "invite new NAME email@example.com".`
        : "";
  return {
    visibility: "private",
    lines: [
      `${what}: ${p.name} (${formatPrice(p.priceCents, p.currency)}, ${STATUS[p.status]}).`,
      ...(p.waiver ? ["Clients accept its waiver when they join."] : []),
      ...(next ? [next] : []),
    ],
    ...(p.status === "draft"
      ? { buttons: [[btn("Publish", encodeButton({ op: "kp", programId: p.id }), "primary")]] }
      : {}),
  };
}

const clientLine = (c: ClientRow): string => {
  const cal =
    c.lastVisibleDay === null ? "" : `, sees through ${weekDayLabel(Math.max(1, c.lastVisibleDay))}`;
  if (c.status === "active")
    return `${c.name}${c.email ? ` (${c.email})` : ""}: started ${c.startDate}${cal}, horizon ${c.visibleDays} days`;
  const inv = c.invite;
  const state =
    c.personId !== null
      ? "joined, waiver not accepted yet"
      : !inv
        ? "not invited yet"
        : inv.status === "open"
          ? `invited by ${inv.method === "link" ? "link" : "e-mail"}${inv.mailStatus === "failed" ? " (mail failed)" : ""}`
          : inv.status === "revoked"
            ? "invite revoked"
            : "invite used";
  return `${c.name}${c.email ? ` (${c.email})` : ""}: ${state}`;
};

export function clientsReply(r: { program: ProgramInfo; pending: ClientRow[]; active: ClientRow[] }): Reply {
  const sections: ReplySection[] = [
    {
      heading: `Active (${r.active.length})`,
      lines: r.active.length ? r.active.map(clientLine) : ["none yet"],
    },
    {
      heading: `Pending (${r.pending.length})`,
      lines: r.pending.length ? r.pending.map(clientLine) : ["none"],
    },
  ];
  const buttons: ReplyButton[][] = [];
  for (const c of [...r.active, ...r.pending].slice(0, 10)) {
    const row = [btn(`Calendar: ${c.name}`, encodeButton({ op: "kc", clientId: c.id, week: 1 }))];
    if (c.status === "pending" && c.personId === null) {
      row.push(
        btn(
          c.invite ? "Resend link" : "Invite link",
          encodeButton({ op: "ki", clientId: c.id, method: "l" }),
        ),
      );
      if (c.email) row.push(btn("E-mail invite", encodeButton({ op: "ki", clientId: c.id, method: "e" })));
      if (c.invite?.status === "open")
        row.push(btn("Revoke", encodeButton({ op: "kr", clientId: c.id }), "danger"));
    }
    buttons.push(row);
  }
  return {
    visibility: "private",
    title: `${r.program.name}: clients`,
    lines: [`${r.active.length} active, ${r.pending.length} pending.`],
    sections,
    buttons,
  };
}

export function clientAddedReply(c: ClientInfo, p: ProgramInfo): Reply {
  return {
    visibility: "private",
    lines: [
      `Added ${c.name} to ${p.name} as Pending. Their calendar exists now: write their training, then send the invite.`,
      `Try: write ${c.name} W1D1: First session`,
    ],
    buttons: [
      [
        btn("Write a session", encodeButton({ op: "kf", form: "ws", id: c.id, day: 1 }), "primary"),
        btn("Invite link", encodeButton({ op: "ki", clientId: c.id, method: "l" })),
        ...(c.email ? [btn("E-mail invite", encodeButton({ op: "ki", clientId: c.id, method: "e" }))] : []),
      ],
    ],
  };
}

/** The invite for the coach: a code and deep link to share, the queued mail, or the text to forward. */
export function inviteReply(r: InviteResult, orgName: string, timezone: string, links: InviteLinks): Reply {
  if (r.delivery === "email_queued")
    return {
      visibility: "private",
      lines: [
        `Invite e-mail to ${r.client.name} <${r.client.email}> is on its way. It works once and expires in 14 days.`,
        `They join with the code in the mail; "clients ${r.program.name}" shows when they are Active.`,
      ],
    };
  const code = r.code ?? "";
  if (r.delivery === "forward") {
    const mail = inviteText({
      clientName: r.client.name,
      programName: r.program.name,
      orgName,
      code,
      expiresAt: r.invite.expiresAt,
      timezone,
      links,
    });
    return {
      visibility: "private",
      lines: [
        `E-mail is not set up here (SMTP_URL), so please forward this invite to ${r.client.name} <${r.client.email}> yourself:`,
      ],
      sections: [{ heading: mail.subject, lines: mail.text.split("\n") }],
    };
  }
  return {
    visibility: "private",
    lines: [
      `Invite for ${r.client.name} (${r.program.name}): code ${code}. It works once and expires in 14 days; a new invite replaces it.`,
      ...(links.startLinks ?? []).map((s) => `${s.app} link: ${s.link(code)}`),
      `${appsText(links)} they send: /join ${code}`,
    ],
  };
}

/** The coach's view of a week of a client's calendar: everything, with edit/move/delete per session. */
export function coachWeekReply(w: CoachWeek): Reply {
  const sections: ReplySection[] = w.days.map((d) => ({
    heading:
      dayHeading(d.label, d.date) +
      (w.lastVisibleDay !== null && d.day > w.lastVisibleDay ? " (not visible yet)" : ""),
    lines: d.entries.length === 0 ? ["-"] : d.entries.flatMap(entryLines),
  }));
  const entries = w.days.flatMap((d) =>
    d.entries.map((e) => ({
      e,
      label: `${weekDayLabel(d.day).replace("Week ", "W").replace(" Day ", "D")} ${e.title}`,
    })),
  );
  const buttons: ReplyButton[][] = entries
    .slice(0, 8)
    .map(({ e, label }) => [
      btn(`Edit ${label}`, encodeButton({ op: "kf", form: "ee", id: e.id })),
      btn("Move", encodeButton({ op: "kf", form: "em", id: e.id })),
      btn("Delete", encodeButton({ op: "kd", entryId: e.id }), "danger"),
    ]);
  buttons.push([
    ...(w.week > 1
      ? [btn(`◀ Week ${w.week - 1}`, encodeButton({ op: "kc", clientId: w.client.id, week: w.week - 1 }))]
      : []),
    btn(
      "Write a session",
      encodeButton({ op: "kf", form: "ws", id: w.client.id, day: (w.week - 1) * 7 + 1 }),
      "primary",
    ),
    btn(`Week ${w.week + 1} ▶`, encodeButton({ op: "kc", clientId: w.client.id, week: w.week + 1 })),
  ]);
  const status =
    w.client.status === "active"
      ? `sees ${w.client.visibleDays} days ahead${w.lastVisibleDay !== null ? ` (through ${weekDayLabel(Math.max(1, w.lastVisibleDay))})` : ""}`
      : "pending: sees nothing yet";
  return {
    visibility: "private",
    title: `${w.client.name}, week ${w.week} (${w.program.name})`,
    lines: [`${w.client.name} ${status}.`],
    sections,
    buttons,
  };
}
