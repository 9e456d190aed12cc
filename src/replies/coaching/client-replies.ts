import { encodeButton } from "../../intents/button-codec.ts";
import type { Reply, ReplyButton } from "../../ports/chat.ts";
import type { Joined } from "../../use-cases/coaching/accept.ts";
import type { ClientCalendarView, MyCoaching } from "../../use-cases/coaching/calendar-client.ts";
import { daySections } from "./calendar-text.ts";

/** After a code is accepted: the welcome message and, when there is one, the waiver to accept. */
export function joinedReply(j: Joined): Reply {
  const welcome = j.program.welcomeMessage ? j.program.welcomeMessage.split("\n") : [];
  if (j.needsWaiver)
    return {
      visibility: "private",
      title: `Welcome to ${j.program.name}`,
      lines: [...welcome, "Before your calendar opens, please read and accept the waiver:"],
      sections: [{ heading: "Waiver", lines: (j.program.waiver ?? "").split("\n") }],
      buttons: [
        [{ label: "Accept", data: encodeButton({ op: "ca", clientId: j.client.id }), style: "primary" }],
      ],
    };
  return {
    visibility: "private",
    title: `Welcome to ${j.program.name}`,
    lines: [
      ...welcome,
      `You are in. Your calendar starts ${j.client.startDate} (Week 1 Day 1). Type "my week" to see your training.`,
    ],
    buttons: [
      [
        {
          label: "My week",
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
      lines: ['You have no 1-2-1 program here. If your coach sent you a code, send "/join CODE".'],
    };
  return {
    visibility: "private",
    title: "Your 1-2-1 coaching",
    lines: list.map((m) =>
      m.needsWaiver
        ? `${m.program.name}: accept the waiver to open your calendar`
        : `${m.program.name}: since ${m.client.startDate}`,
    ),
    buttons: list.slice(0, 8).map((m) => [
      m.needsWaiver
        ? {
            label: `Accept waiver: ${m.program.name}`.slice(0, 40),
            data: encodeButton({ op: "ca", clientId: m.client.id }),
          }
        : {
            label: `My week: ${m.program.name}`.slice(0, 40),
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
        label: `◀ Week ${v.week - 1}`,
        data: encodeButton({ op: "cw", clientId: v.client.id, week: v.week - 1 }),
      });
    if (v.hasNext)
      buttons.push({
        label: `Week ${v.week + 1} ▶`,
        data: encodeButton({ op: "cw", clientId: v.client.id, week: v.week + 1 }),
      });
  } else {
    const day = v.days[0]?.day ?? 1;
    if (day > 1)
      buttons.push({
        label: "◀ Previous day",
        data: encodeButton({ op: "cd", clientId: v.client.id, day: day - 1 }),
      });
    if (day < v.lastVisibleDay)
      buttons.push({
        label: "Next day ▶",
        data: encodeButton({ op: "cd", clientId: v.client.id, day: day + 1 }),
      });
  }
  const last = v.days.at(-1)?.day ?? 0;
  const cut = v.week !== null && last < v.week * 7;
  return {
    visibility: "private",
    title:
      v.week !== null ? `${v.program.name}: week ${v.week}` : `${v.program.name}: ${v.days[0]?.label ?? ""}`,
    lines: cut ? ["Your coach opens the rest of this week day by day."] : [],
    sections: daySections(v.days),
    ...(buttons.length ? { buttons: [buttons] } : {}),
  };
}
