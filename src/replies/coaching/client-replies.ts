import { encodeButton } from "../../intents/button-codec.ts";
import type { Reply, ReplyButton } from "../../ports/chat.ts";
import type { Joined } from "../../use-cases/coaching/accept.ts";
import type { ClientCalendarView, MyCoaching } from "../../use-cases/coaching/calendar-client.ts";
import { t } from "../i18n/catalogue.ts";
import { dayLabelText, daySections, formatLocalDate } from "./calendar-text.ts";

const since = (date: string | null): string => (date ? formatLocalDate(date) : "");

/** After a code is accepted: the welcome message and, when there is one, the waiver to accept. */
export function joinedReply(j: Joined): Reply {
  const welcome = j.program.welcomeMessage ? j.program.welcomeMessage.split("\n") : [];
  if (j.needsWaiver)
    return {
      visibility: "private",
      title: t("coaching.welcome", { program: j.program.name }),
      lines: [...welcome, t("coaching.readWaiver")],
      sections: [{ heading: t("coaching.waiver"), lines: (j.program.waiver ?? "").split("\n") }],
      buttons: [
        [
          {
            label: t("coaching.accept"),
            data: encodeButton({ op: "ca", clientId: j.client.id }),
            style: "primary",
          },
        ],
      ],
    };
  return {
    visibility: "private",
    title: t("coaching.welcome", { program: j.program.name }),
    lines: [...welcome, t("coaching.youAreIn", { date: since(j.client.startDate) })],
    buttons: [
      [
        {
          label: t("coaching.myWeekButton"),
          data: encodeButton({ op: "cw", clientId: j.client.id, week: 1 }),
          style: "primary",
        },
      ],
    ],
  };
}

export function myCoachingReply(list: MyCoaching[]): Reply {
  if (list.length === 0)
    return {
      visibility: "private",
      lines: [t("coaching.noProgram")],
    };
  return {
    visibility: "private",
    title: t("coaching.yourCoaching"),
    lines: list.map((m) =>
      m.needsWaiver
        ? t("coaching.needsWaiver", { program: m.program.name })
        : t("coaching.since", { program: m.program.name, date: since(m.client.startDate) }),
    ),
    buttons: list.slice(0, 8).map((m) => [
      m.needsWaiver
        ? {
            label: t("coaching.acceptWaiverButton", { program: m.program.name }).slice(0, 40),
            data: encodeButton({ op: "ca", clientId: m.client.id }),
          }
        : {
            label: t("coaching.myWeekOf", { program: m.program.name }).slice(0, 40),
            data: encodeButton({ op: "cw", clientId: m.client.id, week: 1 }),
          },
    ]),
  };
}

/** The client's week or day: only days up to their horizon were read, so only those are shown. */
export function clientCalendarReply(v: ClientCalendarView): Reply {
  const buttons: ReplyButton[] = [];
  if (v.week !== null) {
    if (v.hasPrevious)
      buttons.push({
        label: t("coaching.prevWeek", { week: v.week - 1 }),
        data: encodeButton({ op: "cw", clientId: v.client.id, week: v.week - 1 }),
      });
    if (v.hasNext)
      buttons.push({
        label: t("coaching.nextWeek", { week: v.week + 1 }),
        data: encodeButton({ op: "cw", clientId: v.client.id, week: v.week + 1 }),
      });
  } else {
    const day = v.days[0]?.day ?? 1;
    if (day > 1)
      buttons.push({
        label: t("coaching.prevDay"),
        data: encodeButton({ op: "cd", clientId: v.client.id, day: day - 1 }),
      });
    if (day < v.lastVisibleDay)
      buttons.push({
        label: t("coaching.nextDay"),
        data: encodeButton({ op: "cd", clientId: v.client.id, day: day + 1 }),
      });
  }
  const last = v.days.at(-1)?.day ?? 0;
  const first = v.days[0];
  const cut = v.week !== null && last < v.week * 7;
  return {
    visibility: "private",
    title:
      v.week !== null
        ? t("coaching.weekTitle", { program: v.program.name, week: v.week })
        : t("coaching.dayTitle", {
            program: v.program.name,
            day: first ? dayLabelText(first.day, first.label) : "",
          }),
    lines: cut ? [t("coaching.restOpens")] : [],
    sections: daySections(v.days),
    ...(buttons.length ? { buttons: [buttons] } : {}),
  };
}
