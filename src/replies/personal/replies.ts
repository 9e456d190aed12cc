import type {
  PaymentMethod,
  PersonalBookingRecord,
  PersonalSettings,
  SessionType,
} from "../../domain/personal/model.ts";
import type { Line, Reply, ReplyButton } from "../../ports/chat.ts";
import type { TrainerSlot } from "../../use-cases/personal/free-slots.ts";
import { formatMoney, formatShortDateTime, timeToken } from "../format.ts";
import { tLine, t as tr } from "../i18n/catalogue.ts";
import { paymentLabel } from "./format.ts";

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
  if (t.nonMemberPriceCents === null) return formatMoney(t.priceCents, t.currency);
  return tr("personal.priceSplit", {
    member: formatMoney(t.priceCents, t.currency),
    other: formatMoney(t.nonMemberPriceCents, t.currency),
  });
}
const yes = (b: unknown): "yes" | "no" => (b ? "yes" : "no");

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
      lines: [tr(staff ? "personal.noTypesStaff" : "personal.noneBookable")],
    };
  return {
    visibility: "private",
    title: tr("personal.title"),
    lines: types.map((t) =>
      tr("personal.typeLine", {
        name: t.name,
        staff: yes(staff),
        status: tr("personal.typeStatus", { status: t.status }),
        minutes: t.durationMinutes,
        capacity: t.capacity,
        price: priceText(t),
        hasTrainers: yes(t.trainerNames.length),
        trainers: t.trainerNames.join(", "),
        hasLocation: yes(t.location),
        location: t.location ?? "",
      }),
    ),
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
  const priceLine = tr("personal.slotPrice", {
    price: formatMoney(args.price.amountCents, args.price.currency),
    kind: type.nonMemberPriceCents === null ? "flat" : args.price.memberPrice ? "member" : "nonmember",
    minutes: type.durationMinutes,
  });
  const shown = slots.slice(0, MAX_SLOT_BUTTONS);
  const multi = new Set(slots.map((s) => s.trainerId)).size > 1 || type.trainerIds.length > 1;
  const buttons: ReplyButton[][] = shown.map((s) => [
    {
      label: tr("personal.slotButton", {
        when: formatShortDateTime(s.startsAt, tz),
        multi: yes(multi),
        trainer: s.trainerName,
        full: yes(s.spotsLeft < type.capacity),
        left: s.spotsLeft,
      }).slice(0, 75),
      data: b.book(type.id, trainerKeyOf(s.trainerId), minuteOf(s.startsAt)),
      style: "primary",
    },
  ]);
  if (args.nextDay) buttons.push([{ label: tr("personal.laterDays"), data: b.slots(type.id, args.nextDay) }]);
  if (slots.length === 0)
    return {
      visibility: "private",
      title: type.name,
      lines: [tr("personal.noSlots", { range: args.rangeText }), priceLine],
      ...(args.nextDay ? { buttons } : {}),
    };
  return {
    visibility: "private",
    title: tr("personal.slotsTitle", { type: type.name, range: args.rangeText }),
    lines: [
      priceLine,
      tr("personal.pickOne", {
        more: yes(slots.length > shown.length),
        shown: shown.length,
        total: slots.length,
      }),
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
    title: tr("personal.howPay"),
    lines: [
      tLine("personal.withTrainer", {
        name: args.type.name,
        when: timeToken(args.startsAt, args.tz),
        trainer: args.trainerName,
      }),
      tr("personal.price", { amount: args.amount }),
    ],
    buttons: [
      args.accepted.map((m) => ({
        label: paymentLabel(m),
        data: b.book(args.type.id, trainerKeyOf(args.trainerId), minuteOf(args.startsAt), m),
      })),
    ],
  };
}

export function personalBookedReply(r: PersonalBookingRecord, tz: string, b: PersonalButtons): Reply {
  const lines: Line[] = [
    tLine("personal.bookedLine", {
      name: r.sessionTypeName,
      when: timeToken(r.startsAt, tz),
      trainer: r.trainerName,
      hasLocation: yes(r.location),
      location: r.location ?? "",
    }),
    tr("personal.paymentLine", {
      method: paymentLabel(r.paymentMethod),
      amount: formatMoney(r.amountCents, r.currency),
      online: yes(r.paymentMethod === "online"),
    }),
  ];
  return {
    visibility: "private",
    title: tr("personal.booked"),
    lines,
    buttons: [
      [
        { label: tr("personal.cancelButton"), data: b.cancelAsk(r.id), style: "danger" },
        { label: tr("personal.mineButton"), data: b.mine() },
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
  const facts = (r: PersonalBookingRecord) => ({
    name: r.sessionTypeName,
    when: timeToken(r.startsAt, tz),
    cancelled: yes(r.status === "cancelled"),
  });
  const upcoming = mine.filter((r) => r.status === "confirmed");
  const sections = [
    {
      heading: tr("personal.yours"),
      lines: mine.length
        ? mine.map((r) => tLine("personal.mineRow", { ...facts(r), trainer: r.trainerName }))
        : [tr("personal.noneBooked")],
    },
    ...(teaching
      ? [
          {
            heading: tr("personal.bookedWithYou"),
            lines: teaching.length
              ? teaching.map((r) =>
                  tLine("personal.teachingRow", {
                    ...facts(r),
                    person: r.personName,
                    method: paymentLabel(r.paymentMethod),
                    amount: formatMoney(r.amountCents, r.currency),
                  }),
                )
              : [tr("personal.noneSoon")],
          },
        ]
      : []),
  ];
  const soon = teaching?.filter((r) => r.status === "confirmed").length;
  const counted = tr("personal.counted", {
    mine: upcoming.length,
    trainer: yes(soon !== undefined),
    soon: soon ?? 0,
  });
  return {
    visibility: "private",
    title: tr("personal.title"),
    lines: [counted],
    sections,
    buttons: upcoming.slice(0, 8).map((r) => {
      const at = { name: r.sessionTypeName, when: formatShortDateTime(r.startsAt, tz) };
      return [
        {
          label: tr("personal.cancelRow", at).slice(0, 75),
          data: b.cancelAsk(r.id),
          style: "danger" as const,
        },
        { label: tr("personal.moveRow", at).slice(0, 75), data: b.moveAsk(r.id) },
      ];
    }),
  };
}

export function confirmPersonalCancelReply(r: PersonalBookingRecord, tz: string, b: PersonalButtons): Reply {
  return {
    visibility: "private",
    lines: [
      tLine("personal.confirmCancel", {
        name: r.sessionTypeName,
        when: timeToken(r.startsAt, tz),
        trainer: r.trainerName,
      }),
    ],
    buttons: [
      [
        { label: tr("personal.yesCancel"), data: b.cancelDo(r.id), style: "danger" },
        { label: tr("personal.keep"), data: b.mine() },
      ],
    ],
  };
}

export function personalCancelledReply(r: PersonalBookingRecord, tz: string): Reply {
  return {
    visibility: "private",
    lines: [
      tLine("personal.cancelled", {
        name: r.sessionTypeName,
        when: timeToken(r.startsAt, tz),
        trainer: r.trainerName,
      }),
    ],
  };
}

export function personalSettingsReply(s: PersonalSettings): Reply {
  return {
    visibility: "private",
    title: tr("personal.settingsTitle"),
    lines: [
      tr("personal.settingEnabled", { value: yes(s.enabled) }),
      tr("personal.settingListed", { value: yes(s.showOnMemberList) }),
      tr("personal.settingAccess", { level: tr("personal.accessLevel", { level: s.accessLevel }) }),
      tr("personal.settingPayment", { methods: s.paymentMethods.join(", ") }),
      tr("personal.settingsChange"),
    ],
  };
}

/** A saved session type, every field, as the admin reads it back. */
export function sessionTypeSavedReply(t: SessionType, created: boolean): Reply {
  return {
    visibility: "private",
    title: tr("personal.savedTitle", { created: yes(created), name: t.name }),
    lines: [
      tr("personal.savedStatus", {
        status: tr("personal.typeStatus", { status: t.status }),
        minutes: t.durationMinutes,
        capacity: t.capacity,
      }),
      tr("personal.price", { amount: priceText(t) }),
      tr("personal.savedTrainers", {
        hasTrainers: yes(t.trainerNames.length),
        trainers: t.trainerNames.join(", "),
      }),
      tr("personal.savedRules", {
        buffer: t.bufferMinutes,
        minLead: t.minLeadHours,
        hasMaxLead: yes(t.maxLeadDays),
        maxLead: t.maxLeadDays ?? 0,
        hasPerDay: yes(t.maxPerDay),
        perDay: t.maxPerDay ?? 0,
      }),
      tr("personal.savedAccess", {
        hasAccess: yes(t.accessLevel),
        access: t.accessLevel ? tr("personal.accessLevel", { level: t.accessLevel }) : "",
        hasLocation: yes(t.location),
        location: t.location ?? "",
        hasImage: yes(t.coverImageUrl),
        image: t.coverImageUrl ?? "",
      }),
    ],
  };
}
