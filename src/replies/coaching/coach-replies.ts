import { weekDayOf } from "../../domain/coaching/calendar-days.ts";
import type { ClientInfo, ProgramInfo } from "../../domain/coaching/model.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import type { Reply, ReplyButton, ReplySection } from "../../ports/chat.ts";
import type { CoachWeek } from "../../use-cases/coaching/calendar-coach.ts";
import type { ClientRow } from "../../use-cases/coaching/clients.ts";
import type { InviteResult } from "../../use-cases/coaching/invites.ts";
import { formatMinuteOfDay, formatMoney, truncate } from "../format.ts";
import { t } from "../i18n/catalogue.ts";
import { dayHeading, entryLines, formatLocalDate, weekDayText } from "./calendar-text.ts";
import { appsText, type InviteLinks, inviteText } from "./invite-text.ts";

const status = (p: ProgramInfo): string => t("coaching.status", { status: p.status });
const price = (p: ProgramInfo): string => formatMoney(p.priceCents, p.currency);
const yes = (b: unknown): "yes" | "no" => (b ? "yes" : "no");
/** "W1D3": the short day form a coach types. */
const wd = (day: number): string => {
  const w = weekDayOf(day);
  return `W${w.week}D${w.day}`;
};
const btn = (label: string, data: string, style?: ReplyButton["style"]): ReplyButton => ({
  label: truncate(label, 40),
  data,
  ...(style ? { style } : {}),
});

export const coachHelpReply = (): Reply => ({
  visibility: "private",
  title: t("coaching.title"),
  lines: [t("coaching.helpIntro")],
  sections: [
    {
      heading: t("coaching.helpProgramsHeading"),
      lines: [t("coaching.helpPrograms"), t("coaching.helpDigest")],
    },
    {
      heading: t("coaching.helpClientsHeading"),
      lines: [t("coaching.helpClients"), t("coaching.helpClientsMore")],
    },
    {
      heading: t("coaching.helpCalendarsHeading"),
      lines: [t("coaching.helpWrite"), t("coaching.helpEdit")],
    },
  ],
});

export function programsReply(programs: ProgramInfo[]): Reply {
  if (programs.length === 0)
    return {
      visibility: "private",
      lines: [t("coaching.noPrograms")],
      buttons: [[btn(t("coaching.newProgram"), encodeButton({ op: "kf", form: "pn" }), "primary")]],
    };
  return {
    visibility: "private",
    title: t("coaching.programsTitle"),
    lines: programs.map((p) =>
      t("coaching.programLine", {
        name: p.name,
        price: price(p),
        status: status(p),
        time: formatMinuteOfDay(p.digestMinute),
      }),
    ),
    buttons: [
      ...programs
        .slice(0, 8)
        .map((p) => [
          btn(t("coaching.clientsOf", { program: p.name }), encodeButton({ op: "kl", programId: p.id })),
          ...(p.status === "draft"
            ? [
                btn(
                  t("coaching.publishProgram", { program: p.name }),
                  encodeButton({ op: "kp", programId: p.id }),
                  "primary",
                ),
              ]
            : []),
        ]),
      [btn(t("coaching.newProgram"), encodeButton({ op: "kf", form: "pn" }))],
    ],
  };
}

/** What was just done to a program (the reply's first word). */
export type ProgramChange = "created" | "saved" | "published";

export function programSavedReply(p: ProgramInfo, what: ProgramChange): Reply {
  const next =
    p.status === "draft"
      ? t("coaching.nextPublish", { name: p.name })
      : p.status === "published"
        ? t("coaching.nextAdd")
        : "";
  return {
    visibility: "private",
    lines: [
      t("coaching.saved", { what, name: p.name, price: price(p), status: status(p) }),
      ...(p.waiver ? [t("coaching.waiverOnJoin")] : []),
      ...(next ? [next] : []),
    ],
    ...(p.status === "draft"
      ? { buttons: [[btn(t("coaching.publish"), encodeButton({ op: "kp", programId: p.id }), "primary")]] }
      : {}),
  };
}

const clientLine = (c: ClientRow): string => {
  const who = { name: c.name, hasEmail: yes(c.email), email: c.email ?? "" };
  if (c.status === "active")
    return t("coaching.activeClient", {
      ...who,
      date: c.startDate ? formatLocalDate(c.startDate) : "",
      seen: yes(c.lastVisibleDay !== null),
      through: weekDayText(Math.max(1, c.lastVisibleDay ?? 1)),
      days: c.visibleDays,
    });
  const inv = c.invite;
  const state =
    c.personId !== null ? "joined" : !inv ? "uninvited" : inv.status === "open" ? "open" : inv.status;
  return t("coaching.pendingClient", {
    ...who,
    state,
    method: inv?.method ?? "link",
    failed: yes(inv?.mailStatus === "failed"),
  });
};

export function clientsReply(r: { program: ProgramInfo; pending: ClientRow[]; active: ClientRow[] }): Reply {
  const sections: ReplySection[] = [
    {
      heading: t("coaching.activeHeading", { n: r.active.length }),
      lines: r.active.length ? r.active.map(clientLine) : [t("coaching.noneYet")],
    },
    {
      heading: t("coaching.pendingHeading", { n: r.pending.length }),
      lines: r.pending.length ? r.pending.map(clientLine) : [t("coaching.none")],
    },
  ];
  const buttons: ReplyButton[][] = [];
  for (const c of [...r.active, ...r.pending].slice(0, 10)) {
    const row = [
      btn(t("coaching.calendarOf", { name: c.name }), encodeButton({ op: "kc", clientId: c.id, week: 1 })),
    ];
    if (c.status === "pending" && c.personId === null) {
      row.push(
        btn(
          t(c.invite ? "coaching.resendLink" : "coaching.inviteLink"),
          encodeButton({ op: "ki", clientId: c.id, method: "l" }),
        ),
      );
      if (c.email)
        row.push(btn(t("coaching.emailInvite"), encodeButton({ op: "ki", clientId: c.id, method: "e" })));
      if (c.invite?.status === "open")
        row.push(btn(t("coaching.revoke"), encodeButton({ op: "kr", clientId: c.id }), "danger"));
    }
    buttons.push(row);
  }
  return {
    visibility: "private",
    title: t("coaching.clientsTitle", { program: r.program.name }),
    lines: [t("coaching.clientCounts", { active: r.active.length, pending: r.pending.length })],
    sections,
    buttons,
  };
}

export function clientAddedReply(c: ClientInfo, p: ProgramInfo): Reply {
  return {
    visibility: "private",
    lines: [
      t("coaching.added", { client: c.name, program: p.name }),
      t("coaching.tryWrite", { client: c.name }),
    ],
    buttons: [
      [
        btn(t("coaching.writeSession"), encodeButton({ op: "kf", form: "ws", id: c.id, day: 1 }), "primary"),
        btn(t("coaching.inviteLink"), encodeButton({ op: "ki", clientId: c.id, method: "l" })),
        ...(c.email
          ? [btn(t("coaching.emailInvite"), encodeButton({ op: "ki", clientId: c.id, method: "e" }))]
          : []),
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
        t("coaching.inviteQueued", { client: r.client.name, email: r.client.email ?? "" }),
        t("coaching.inviteQueuedHint", { program: r.program.name }),
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
      lines: [t("coaching.forwardInvite", { client: r.client.name, email: r.client.email ?? "" })],
      sections: [{ heading: mail.subject, lines: mail.text.split("\n") }],
    };
  }
  return {
    visibility: "private",
    lines: [
      t("coaching.inviteCode", { client: r.client.name, program: r.program.name, code }),
      ...(links.startLinks ?? []).map((s) => t("coaching.appLink", { app: s.app, link: s.link(code) })),
      t("coaching.sendJoin", { ...appsText(links), code }),
    ],
  };
}

/** The coach's view of a week of a client's calendar: everything, with edit/move/delete per session. */
export function coachWeekReply(w: CoachWeek): Reply {
  const sections: ReplySection[] = w.days.map((d) => ({
    heading:
      w.lastVisibleDay !== null && d.day > w.lastVisibleDay
        ? t("coaching.notVisibleYet", { heading: dayHeading(d.day, d.label, d.date) })
        : dayHeading(d.day, d.label, d.date),
    lines: d.entries.length === 0 ? ["-"] : d.entries.flatMap(entryLines),
  }));
  const entries = w.days.flatMap((d) =>
    d.entries.map((e) => ({
      e,
      label: t("coaching.entryLabel", { day: wd(d.day), title: e.title }),
    })),
  );
  const buttons: ReplyButton[][] = entries
    .slice(0, 8)
    .map(({ e, label }) => [
      btn(t("coaching.editEntry", { label }), encodeButton({ op: "kf", form: "ee", id: e.id })),
      btn(t("coaching.move"), encodeButton({ op: "kf", form: "em", id: e.id })),
      btn(t("coaching.delete"), encodeButton({ op: "kd", entryId: e.id }), "danger"),
    ]);
  buttons.push([
    ...(w.week > 1
      ? [
          btn(
            t("coaching.prevWeek", { week: w.week - 1 }),
            encodeButton({ op: "kc", clientId: w.client.id, week: w.week - 1 }),
          ),
        ]
      : []),
    btn(
      t("coaching.writeSession"),
      encodeButton({ op: "kf", form: "ws", id: w.client.id, day: (w.week - 1) * 7 + 1 }),
      "primary",
    ),
    btn(
      t("coaching.nextWeek", { week: w.week + 1 }),
      encodeButton({ op: "kc", clientId: w.client.id, week: w.week + 1 }),
    ),
  ]);
  return {
    visibility: "private",
    title: t("coaching.coachWeekTitle", { client: w.client.name, week: w.week, program: w.program.name }),
    lines: [
      t("coaching.coachStatus", {
        client: w.client.name,
        active: yes(w.client.status === "active"),
        days: w.client.visibleDays,
        seen: yes(w.lastVisibleDay !== null),
        through: weekDayText(Math.max(1, w.lastVisibleDay ?? 1)),
      }),
    ],
    sections,
    buttons,
  };
}
