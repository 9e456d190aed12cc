import { DateTime } from "luxon";
import type { PersonalBookingRecord } from "../../domain/personal/model.ts";
import type { Reply, ReplyButton } from "../../ports/chat.ts";
import type { TrainerSlot } from "../../use-cases/personal/free-slots.ts";
import { timeToken } from "../format.ts";
import { minuteOf } from "./replies.ts";

/** Button data for moving a personal booking (src/handlers/personal/buttons.ts builds them). */
export interface PersonalMoveButtons {
  /** Free slots to move a booking to, from a local day (the coming week when none). */
  moveAsk(bookingId: string, fromDay?: string): string;
  moveTo(bookingId: string, startMinute: number): string;
  mine(): string;
}

const MAX_SLOT_BUTTONS = 12;
const when = (d: Date, tz: string): string =>
  DateTime.fromJSDate(d, { zone: tz }).setLocale("en-GB").toFormat("ccc d LLL HH:mm");

/** Several upcoming personal sessions match: which one to move. */
export function chooseBookingToMoveReply(
  bookings: PersonalBookingRecord[],
  tz: string,
  b: PersonalMoveButtons,
): Reply {
  return {
    visibility: "private",
    lines: ["Which session do you want to move?"],
    buttons: bookings.slice(0, 8).map((r) => [
      {
        label: `${r.sessionTypeName} ${when(r.startsAt, tz)} · ${r.trainerName}`.slice(0, 75),
        data: b.moveAsk(r.id),
      },
    ]),
  };
}

/** The free times a booking can move to (same type and trainer), a button each. */
export function personalMoveSlotsReply(
  args: {
    booking: PersonalBookingRecord;
    capacity: number;
    slots: TrainerSlot[];
    tz: string;
    rangeText: string;
    nextDay: string;
    notFree?: string;
  },
  b: PersonalMoveButtons,
): Reply {
  const { booking, slots, tz } = args;
  const head = [
    `Move ${booking.sessionTypeName} (${when(booking.startsAt, tz)} with ${booking.trainerName})`,
  ];
  if (args.notFree) head.unshift(`${args.notFree} is not free.`);
  const later: ReplyButton[] = [{ label: "Later days", data: b.moveAsk(booking.id, args.nextDay) }];
  if (slots.length === 0)
    return {
      visibility: "private",
      lines: [...head, `No free times ${args.rangeText}.`],
      buttons: [later, [{ label: "Keep it", data: b.mine() }]],
    };
  const shown = slots.slice(0, MAX_SLOT_BUTTONS);
  return {
    visibility: "private",
    lines: [...head, `Free times ${args.rangeText}; pick one:`],
    buttons: [
      ...shown.map((s) => [
        {
          label:
            `${when(s.startsAt, tz)}${s.spotsLeft < args.capacity ? ` (${s.spotsLeft} left)` : ""}`.slice(
              0,
              75,
            ),
          data: b.moveTo(booking.id, minuteOf(s.startsAt)),
          style: "primary" as const,
        },
      ]),
      later,
      [{ label: "Keep it", data: b.mine() }],
    ],
  };
}

export function personalMovedReply(
  moved: PersonalBookingRecord,
  previous: PersonalBookingRecord,
  tz: string,
): Reply {
  return {
    visibility: "private",
    title: "Moved",
    lines: [
      [`${moved.sessionTypeName}, `, timeToken(moved.startsAt, tz), ` with ${moved.trainerName}`],
      ["Was: ", timeToken(previous.startsAt, tz), `. ${moved.trainerName} is told.`],
    ],
  };
}
