import { t } from "../i18n/catalogue.ts";

/** How a payment method reads in chat, in the reader's language ("Pay at the session", "Vor Ort zahlen"). */
export function paymentLabel(m: string): string {
  return t("personal.payment", { method: m });
}
