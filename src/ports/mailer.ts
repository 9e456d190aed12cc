/** One plain-text e-mail. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** A mail the server refused for good (bad address, 5xx): sending it again will not help. */
export class PermanentMailError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermanentMailError";
  }
}

/** The server never took the mail (no connection, 4xx before DATA was accepted): safe to try again. */
export class MailNotSentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MailNotSentError";
  }
}

/** Sends e-mail (SMTP in production: src/infra/mail/smtp-mailer.ts). */
export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}
