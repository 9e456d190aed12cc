import type { PersonalBookingRecord } from "../../domain/personal/model.ts";
import type { Reply, ReplyButton } from "../../ports/chat.ts";
import type { TrainerSlot } from "../../use-cases/personal/free-slots.ts";
import { formatShortDateTime, timeToken } from "../format.ts";
import { t, tLine } from "../i18n/catalogue.ts";
import { minuteOf } from "./replies.ts";

/** Button data for moving a personal booking (src/handlers/personal/buttons.ts builds them). */
export interface PersonalMoveButtons {
  /** Free slots to move a booking to, from a local day (the coming week when none). */
  moveAsk(bookingId: string, fromDay?: string): string;
  moveTo(bookingId: string, startMinute: number): string;
  mine(): string;
}

const MAX_SLOT_BUTTONS = 12;
const when = formatShortDateTime;

/** Several upcoming personal sessions match: which one to move. */
export function chooseBookingToMoveReply(
  bookings: PersonalBookingRecord[],
  tz: string,
  b: PersonalMoveButtons,
): Reply {
  return {
    visibility: "private",
    lines: [t("personal.whichToMove")],
    buttons: bookings.slice(0, 8).map((r) => [
      {
        label: t("personal.moveChoice", {
          name: r.sessionTypeName,
          when: when(r.startsAt, tz),
          trainer: r.trainerName,
        }).slice(0, 75),
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
    t("personal.moveHead", {
      name: booking.sessionTypeName,
      when: when(booking.startsAt, tz),
      trainer: booking.trainerName,
    }),
  ];
  if (args.notFree) head.unshift(t("personal.notFree", { asked: args.notFree }));
  const later: ReplyButton[] = [
    { label: t("personal.laterDays"), data: b.moveAsk(booking.id, args.nextDay) },
  ];
  const keep: ReplyButton[] = [{ label: t("personal.keep"), data: b.mine() }];
  if (slots.length === 0)
    return {
      visibility: "private",
      lines: [...head, t("personal.noFreeTimes", { range: args.rangeText })],
      buttons: [later, keep],
    };
  const shown = slots.slice(0, MAX_SLOT_BUTTONS);
  return {
    visibility: "private",
    lines: [...head, t("personal.freeTimes", { range: args.rangeText })],
    buttons: [
      ...shown.map((s) => [
        {
          label: t("personal.moveSlot", {
            when: when(s.startsAt, tz),
            full: s.spotsLeft < args.capacity ? "yes" : "no",
            left: s.spotsLeft,
          }).slice(0, 75),
          data: b.moveTo(booking.id, minuteOf(s.startsAt)),
          style: "primary" as const,
        },
      ]),
      later,
      keep,
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
    title: t("personal.moved"),
    lines: [
      tLine("personal.withTrainer", {
        name: moved.sessionTypeName,
        when: timeToken(moved.startsAt, tz),
        trainer: moved.trainerName,
      }),
      tLine("personal.was", { when: timeToken(previous.startsAt, tz), trainer: moved.trainerName }),
    ],
  };
}
