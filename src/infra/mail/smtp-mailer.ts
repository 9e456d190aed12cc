import nodemailer from "nodemailer";
import { type Mailer, MailNotSentError, PermanentMailError } from "../../ports/mailer.ts";

// nodemailer error codes raised before the server accepted anything: sending again is safe.
const NOT_SENT_CODES = new Set(["ECONNECTION", "EDNS", "ETLS", "EAUTH", "ESOCKET", "EENVELOPE"]);

/**
 * E-mail over SMTP with nodemailer. `url` is SMTP_URL (smtp://user:pass@host:587, smtps://...).
 * Errors are sorted: a 5xx answer is permanent; no connection or a 4xx answer sent nothing; anything
 * else (a timeout after the data went out) is left unclassified, so the caller treats it as uncertain.
 */
export function createSmtpMailer(url: string, from: string): Mailer & { close(): void } {
  const transport = nodemailer.createTransport(url);
  return {
    async send(mail) {
      try {
        const info = await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
        return { messageId: String(info.messageId) };
      } catch (err) {
        const e = err as { responseCode?: number; code?: string; message?: string };
        const message = e.message ?? String(err);
        if (typeof e.responseCode === "number" && e.responseCode >= 500)
          throw new PermanentMailError(message);
        if (
          (typeof e.responseCode === "number" && e.responseCode >= 400) ||
          (e.code && NOT_SENT_CODES.has(e.code))
        )
          throw new MailNotSentError(message);
        throw err;
      }
    },
    close: () => transport.close(),
  };
}
