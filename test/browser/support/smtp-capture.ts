import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface CapturedMail {
  to: string[];
  raw: string;
}

/** A real SMTP server on a free local port that keeps every message it accepts. */
export async function startSmtpCapture() {
  const received: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** The first link in the newest mail to `to` that matches `pattern`, once one arrives. */
    async linkFor(to: string, pattern: RegExp, timeoutMs = 15_000): Promise<string> {
      const until = Date.now() + timeoutMs;
      for (;;) {
        for (const mail of [...received].reverse()) {
          if (!mail.to.includes(to)) continue;
          const link = bodyOf(mail.raw).match(pattern)?.[0];
          if (link) return link;
        }
        if (Date.now() > until)
          throw new Error(`no mail to ${to} with a link like ${pattern} (got ${received.length})`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A mail's body with quoted-printable soft breaks and escapes undone (links survive line wrapping). */
export function bodyOf(raw: string): string {
  const body = raw.slice(raw.indexOf("\r\n\r\n") + 4);
  const qp = /content-transfer-encoding:\s*quoted-printable/i.test(raw);
  return qp
    ? body
        .replace(/=\r?\n/g, "")
        .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
    : body;
}
