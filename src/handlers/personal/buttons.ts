import { encodeButton } from "../../intents/button-codec.ts";
import type { PersonalMoveButtons } from "../../replies/personal/move-replies.ts";
import type { PersonalButtons } from "../../replies/personal/replies.ts";

const PAYMENT_CODE = { at_session: "a", check: "c", online: "o" } as const;

/** Personal-session button data through the one button codec (64 bytes, checked when decoded). */
export const personalButtons: PersonalButtons = {
  types: () => encodeButton({ op: "pl" }),
  slots: (sessionTypeId, fromDay, trainerKey) =>
    encodeButton({ op: "pv", sessionTypeId, fromDay, ...(trainerKey ? { trainerKey } : {}) }),
  book: (sessionTypeId, trainerKey, startMinute, payment) =>
    encodeButton({
      op: "pb",
      sessionTypeId,
      trainerKey,
      startMinute: startMinute.toString(36),
      ...(payment ? { payment: PAYMENT_CODE[payment] } : {}),
    }),
  mine: () => encodeButton({ op: "pm" }),
  cancelAsk: (bookingId) => encodeButton({ op: "px", bookingId }),
  cancelDo: (bookingId) => encodeButton({ op: "py", bookingId }),
  moveAsk: (bookingId) => encodeButton({ op: "pr", bookingId }),
};

export const personalMoveButtons: PersonalMoveButtons = {
  moveAsk: (bookingId, fromDay) => encodeButton({ op: "pr", bookingId, ...(fromDay ? { fromDay } : {}) }),
  moveTo: (bookingId, startMinute) =>
    encodeButton({ op: "pq", bookingId, startMinute: startMinute.toString(36) }),
  mine: () => encodeButton({ op: "pm" }),
};
