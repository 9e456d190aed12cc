import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface CapturedMail {
  to: string[];
  /** The message as sent (headers and body). */
  raw: string;
  /** The body decoded (quoted-printable soft breaks and escapes undone). */
  text: string;
}

/** Undoes quoted-printable (nodemailer's encoding of long lines). */
const unQuotedPrintable = (s: string): string =>
  s
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));

/**
 * A real SMTP server on a free local port that keeps every message (the sign-in links, notice
 * e-mails): `smtpUrl` goes to the app as SMTP_URL.
 */
export async function startSmtpCapture() {
  const mails: CapturedMail[] = [];
  const waiters: Array<() => void> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, text: unQuotedPrintable(raw) });
        for (const w of waiters.splice(0)) w();
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    smtpUrl: `smtp://127.0.0.1:${port}`,
    mails,
    /** The next mail to `to` (waits up to `ms`), counting from the `after`-th mail. */
    async mailTo(to: string, after = 0, ms = 10_000): Promise<CapturedMail> {
      const end = Date.now() + ms;
      for (;;) {
        const found = mails.slice(after).find((m) => m.to.includes(to));
        if (found) return found;
        if (Date.now() > end) throw new Error(`no mail to ${to}`);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, 200);
          waiters.push(() => {
            clearTimeout(t);
            resolve();
          });
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The sign-in link in a mail (…/chat/<studio>/signin?token=…). */
export const signinLinkIn = (mail: CapturedMail): string => {
  const m = /https?:\/\/\S+\/signin\?token=[A-Za-z0-9_-]+/.exec(mail.text);
  if (!m) throw new Error(`no sign-in link in: ${mail.text.slice(0, 500)}`);
  return m[0];
};
