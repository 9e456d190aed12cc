import { DateTime } from "luxon";
import type {
  PaymentMethod,
  PersonalBookingRecord,
  PersonalSettings,
  SessionType,
} from "../../domain/personal/model.ts";
import type { Line, Reply, ReplyButton } from "../../ports/chat.ts";
import type { TrainerSlot } from "../../use-cases/personal/free-slots.ts";
import { plural, timeToken } from "../format.ts";
import { money, PAYMENT_LABELS, paymentLabel } from "./format.ts";

/** Button data for personal sessions (src/intents/button-codec.ts builds them). */
export interface PersonalButtons {
  types(): string;
  slots(sessionTypeId: string, fromDay: string, trainerKey?: string): string;
  book(sessionTypeId: string, trainerKey: string, startMinute: number, payment?: PaymentMethod): string;
  mine(): string;
  cancelAsk(bookingId: string): string;
  cancelDo(bookingId: string): string;
  moveAsk(bookingId: string): string;
}

/** The end of a trainer id that button data carries (see the codec). */
export const trainerKeyOf = (trainerId: string): string => trainerId.slice(-10);
export const minuteOf = (d: Date): number => Math.floor(d.getTime() / 60_000);

const MAX_SLOT_BUTTONS = 12;

function priceText(t: SessionType): string {
  if (t.nonMemberPriceCents === null) return money(t.priceCents, t.currency);
  return `${money(t.priceCents, t.currency)} members, ${money(t.nonMemberPriceCents, t.currency)} others`;
}

/** The bookable types with a button each; staff also see each type's status. */
export function personalTypesReply(
  types: SessionType[],
  staff: boolean,
  b: PersonalButtons,
  today: string,
): Reply {
  if (types.length === 0)
    return {
      visibility: "private",
      lines: [
        staff
          ? "No personal session types yet. Admins: /personal type new name=... duration=60"
          : "No personal sessions can be booked right now.",
      ],
    };
  return {
    visibility: "private",
    title: "Personal sessions",
    lines: types.map((t) => {
      const who = t.trainerNames.length ? ` with ${t.trainerNames.join(", ")}` : "";
      const kind = t.capacity > 1 ? `group of up to ${t.capacity}` : "private";
      const status = staff ? ` [${t.status}]` : "";
      return `${t.name}${status}: ${t.durationMinutes} min, ${kind}, ${priceText(t)}${who}${t.location ? `, at ${t.location}` : ""}`;
    }),
    buttons: types
      .filter((t) => t.status === "active")
      .slice(0, 10)
      .map((t) => [{ label: t.name.slice(0, 60), data: b.slots(t.id, today) }]),
  };
}

/** Free slots as buttons (soonest first), with the price this person pays and paging to later days. */
export function personalSlotsReply(
  args: {
    type: SessionType;
    slots: TrainerSlot[];
    tz: string;
    price: { amountCents: number; memberPrice: boolean; currency: string };
    nextDay: string | null;
    rangeText: string;
  },
  b: PersonalButtons,
): Reply {
  const { type, slots, tz } = args;
  const priceLine = `${money(args.price.amountCents, args.price.currency)}${type.nonMemberPriceCents !== null ? (args.price.memberPrice ? " (member price)" : " (non-member price)") : ""}, ${type.durationMinutes} min.`;
  const shown = slots.slice(0, MAX_SLOT_BUTTONS);
  const multi = new Set(slots.map((s) => s.trainerId)).size > 1 || type.trainerIds.length > 1;
  const buttons: ReplyButton[][] = shown.map((s) => [
    {
      label:
        `${DateTime.fromJSDate(s.startsAt, { zone: tz }).setLocale("en-GB").toFormat("ccc d LLL, HH:mm")}${multi ? ` · ${s.trainerName}` : ""}${s.spotsLeft < type.capacity ? ` (${s.spotsLeft} left)` : ""}`.slice(
          0,
          75,
        ),
      data: b.book(type.id, trainerKeyOf(s.trainerId), minuteOf(s.startsAt)),
      style: "primary",
    },
  ]);
  if (args.nextDay) buttons.push([{ label: "Later days", data: b.slots(type.id, args.nextDay) }]);
  if (slots.length === 0)
    return {
      visibility: "private",
      title: type.name,
      lines: [`No free slots ${args.rangeText}.`, priceLine],
      ...(args.nextDay ? { buttons } : {}),
    };
  return {
    visibility: "private",
    title: `${type.name}: free slots ${args.rangeText}`,
    lines: [
      priceLine,
      slots.length > shown.length ? `The first ${shown.length} of ${slots.length}; pick one:` : "Pick one:",
    ],
    buttons,
  };
}

/** Several methods are accepted: the member picks one; the amount is shown. */
export function choosePaymentReply(
  args: {
    type: SessionType;
    trainerId: string;
    trainerName: string;
    startsAt: Date;
    tz: string;
    accepted: PaymentMethod[];
    amount: string;
  },
  b: PersonalButtons,
): Reply {
  return {
    visibility: "private",
    title: "How will you pay?",
    lines: [
      [`${args.type.name}, `, timeToken(args.startsAt, args.tz), ` with ${args.trainerName}`],
      `Price: ${args.amount}`,
    ],
    buttons: [
      args.accepted.map((m) => ({
        label: PAYMENT_LABELS[m],
        data: b.book(args.type.id, trainerKeyOf(args.trainerId), minuteOf(args.startsAt), m),
      })),
    ],
  };
}

export function personalBookedReply(r: PersonalBookingRecord, tz: string, b: PersonalButtons): Reply {
  const lines: Line[] = [
    [
      `${r.sessionTypeName}, `,
      timeToken(r.startsAt, tz),
      ` with ${r.trainerName}${r.location ? ` at ${r.location}` : ""}`,
    ],
    `Payment: ${paymentLabel(r.paymentMethod)}, ${money(r.amountCents, r.currency)}${r.paymentMethod === "online" ? " (no card is charged in chat; the studio sends the payment details)" : ""}`,
  ];
  return {
    visibility: "private",
    title: "Booked",
    lines,
    buttons: [
      [
        { label: "Cancel", data: b.cancelAsk(r.id), style: "danger" },
        { label: "My personal sessions", data: b.mine() },
      ],
    ],
  };
}

/** The person's personal bookings; as a trainer, also the sessions booked with them. */
export function personalBookingsReply(
  mine: PersonalBookingRecord[],
  teaching: PersonalBookingRecord[] | null,
  tz: string,
  b: PersonalButtons,
): Reply {
  const line = (r: PersonalBookingRecord, who: string): Line => [
    `${r.sessionTypeName}, `,
    timeToken(r.startsAt, tz),
    `${who}${r.status === "cancelled" ? " (Cancelled)" : ""}`,
  ];
  const upcoming = mine.filter((r) => r.status === "confirmed");
  const sections = [
    {
      heading: "Your personal sessions",
      lines: mine.length ? mine.map((r) => line(r, ` with ${r.trainerName}`)) : ["None booked."],
    },
    ...(teaching
      ? [
          {
            heading: "Booked with you",
            lines: teaching.length
              ? teaching.map((r) =>
                  line(
                    r,
                    `: ${r.personName}, ${paymentLabel(r.paymentMethod)} ${money(r.amountCents, r.currency)}`,
                  ),
                )
              : ["None in the next 4 weeks."],
          },
        ]
      : []),
  ];
  const soon = teaching?.filter((r) => r.status === "confirmed").length;
  const counted = `${plural(upcoming.length, "personal session")} booked${soon === undefined ? "" : `, ${plural(soon, "session")} booked with you`}.`;
  return {
    visibility: "private",
    title: "Personal sessions",
    lines: [counted],
    sections,
    buttons: upcoming.slice(0, 8).map((r) => {
      const at = DateTime.fromJSDate(r.startsAt, { zone: tz }).toFormat("d LLL HH:mm");
      return [
        {
          label: `Cancel ${r.sessionTypeName} ${at}`.slice(0, 75),
          data: b.cancelAsk(r.id),
          style: "danger" as const,
        },
        { label: `Move ${r.sessionTypeName} ${at}`.slice(0, 75), data: b.moveAsk(r.id) },
      ];
    }),
  };
}

export function confirmPersonalCancelReply(r: PersonalBookingRecord, tz: string, b: PersonalButtons): Reply {
  return {
    visibility: "private",
    lines: [["Cancel ", `${r.sessionTypeName}, `, timeToken(r.startsAt, tz), ` with ${r.trainerName}?`]],
    buttons: [
      [
        { label: "Yes, cancel it", data: b.cancelDo(r.id), style: "danger" },
        { label: "Keep it", data: b.mine() },
      ],
    ],
  };
}

export function personalCancelledReply(r: PersonalBookingRecord, tz: string): Reply {
  return {
    visibility: "private",
    lines: [
      ["Cancelled: ", `${r.sessionTypeName}, `, timeToken(r.startsAt, tz), `. ${r.trainerName} is told.`],
    ],
  };
}

export function personalSettingsReply(s: PersonalSettings): Reply {
  return {
    visibility: "private",
    title: "Personal session settings",
    lines: [
      `Enabled: ${s.enabled ? "yes" : "no"}`,
      `Shown on the member list: ${s.showOnMemberList ? "yes" : "no"}`,
      `Access level: ${s.accessLevel}`,
      `Payment methods: ${s.paymentMethods.join(", ")}`,
      "Change with: /personal settings enabled=yes list=yes access=public|members|private payment=at_session,check,online",
    ],
  };
}

/** A saved session type, every field, as the admin reads it back. */
export function sessionTypeSavedReply(t: SessionType, created: boolean): Reply {
  return {
    visibility: "private",
    title: `${created ? "Created" : "Saved"}: ${t.name}`,
    lines: [
      `Status: ${t.status}; ${t.durationMinutes} min; capacity ${t.capacity} (${t.capacity > 1 ? "group" : "private"})`,
      `Price: ${priceText(t)}`,
      `Trainers: ${t.trainerNames.join(", ") || "none yet (needed before it can be active)"}`,
      `Buffer ${t.bufferMinutes} min; book from ${t.minLeadHours} h ahead${t.maxLeadDays ? ` up to ${t.maxLeadDays} days` : ""}; ${t.maxPerDay ? `at most ${t.maxPerDay} a day` : "no daily maximum"}`,
      `Access: ${t.accessLevel ?? "studio default"}${t.location ? `; location: ${t.location}` : ""}${t.coverImageUrl ? `; cover image: ${t.coverImageUrl}` : ""}`,
    ],
  };
}
