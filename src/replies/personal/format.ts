import type { PaymentMethod } from "../../domain/personal/model.ts";

/** How a payment method reads in chat. */
export const PAYMENT_LABELS: Record<PaymentMethod, string> = {
  at_session: "Pay at the session",
  check: "Check",
  online: "Online (card)",
};

export function paymentLabel(m: string): string {
  return PAYMENT_LABELS[m as PaymentMethod] ?? m;
}

/** 4000 EUR cents -> "40.00 EUR"; 0 -> "free". */
export function money(cents: number, currency: string): string {
  if (cents === 0) return "free";
  return `${(cents / 100).toFixed(2)} ${currency}`;
}
