import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parseEnv } from "../../src/app/env.ts";
import { ErrorCode } from "../../src/domain/errors.ts";
import { createSmtpMailer } from "../../src/infra/mail/smtp-mailer.ts";
import { createPrismaInviteMailStore } from "../../src/infra/prisma/coaching/coaching-notices.ts";
import { fanOutOutboxEvent } from "../../src/notices/fan-out.ts";
import { silentLogger } from "../../src/ports/logger.ts";
import * as co from "../../src/use-cases/coaching/index.ts";
import { describeOnBothBackends } from "../booking/studio.ts";
import { processorDeps } from "../notices/harness.ts";
import { inviteLinksWith } from "../support/platforms.ts";
import { buildCoachingStudio, refusal } from "./coaching-studio.ts";

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on a free local port, keeping every message it accepts. */
async function startSmtp(opts: { rejectRcpt?: string } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (opts.rejectRcpt && address.address === opts.rejectRcpt) {
        const err = new Error("550 No such user") as Error & { responseCode: number };
        err.responseCode = 550;
        cb(err);
        return;
      }
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The body of a plain-text mail, quoted-printable soft breaks and escapes undone. */
function bodyOf(raw: string): string {
  const body = raw.slice(raw.indexOf("\r\n\r\n") + 4);
  const qp = /content-transfer-encoding:\s*quoted-printable/i.test(raw);
  return qp
    ? body
        .replace(/=\r?\n/g, "")
        .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
    : body;
}

let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  smtp = await startSmtp({ rejectRcpt: "nobody@example.com" });
});
afterAll(async () => {
  await smtp?.close();
});

describeOnBothBackends("1-2-1 e-mail invites over SMTP", (getDb) => {
  const wire = (s: Awaited<ReturnType<typeof buildCoachingStudio>>, url = smtp.url) => {
    const mailer = createSmtpMailer(url, "Coach House <coach@example.com>");
    const { fanOut } = processorDeps(s.prisma, [], s.clock);
    fanOut.inviteMail = {
      store: createPrismaInviteMailStore(s.prisma),
      mailer,
      links: inviteLinksWith({ TELEGRAM_BOT_USERNAME: "coach_house_bot" }),
      log: silentLogger,
    };
    return { fanOut, mailer };
  };
  const outboxIds = async (s: Awaited<ReturnType<typeof buildCoachingStudio>>) =>
    (await s.prisma.outboxEvent.findMany({ where: { orgId: s.org.id }, orderBy: { id: "asc" } })).map(
      (r) => r.id,
    );

  it("the invite is mailed through the outbox, received by the server, and its link accepted once", async () => {
    const s = await buildCoachingStudio(getDb(), { mailEnabled: true });
    const p = await s.program();
    const inv = await co.inviteNewClient(s.deps, s.coach, {
      programId: p.id,
      name: "Mia",
      email: `mia-${s.org.id}@example.com`,
      method: "email",
    });
    const { fanOut, mailer } = wire(s);
    for (const id of await outboxIds(s)) await fanOutOutboxEvent(fanOut, id);
    // Running the fan-out again (a retried job) sends nothing more.
    for (const id of await outboxIds(s)) await fanOutOutboxEvent(fanOut, id);
    mailer.close();
    const mails = smtp.received.filter((m) => m.to.includes(`mia-${s.org.id}@example.com`));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.from).toBe("coach@example.com");
    const body = bodyOf(mails[0]?.raw ?? "");
    expect(mails[0]?.raw).toMatch(/Subject: Your invite to 1-2-1 Standard \(Coach House\)/);
    const link = /https:\/\/t\.me\/coach_house_bot\?start=([A-Z0-9]+)/.exec(body);
    const join = /\/join ([A-Z0-9]+)/.exec(body);
    expect(link?.[1]).toBeDefined();
    expect(join?.[1]).toBe(link?.[1]);
    const row = await s.prisma.coachingInvite.findUniqueOrThrow({ where: { id: inv.invite.id } });
    expect(row.mailStatus).toBe("sent");
    expect(row.codeHash).not.toBe(link?.[1]);

    const mia = await s.newcomer("Mia");
    const joined = await co.acceptInvite(s.deps, mia.personId, link?.[1] ?? "");
    expect(joined.client).toMatchObject({ id: inv.client.id, status: "active", personId: mia.personId });
    await expect(co.acceptInvite(s.deps, mia.personId, link?.[1] ?? "")).rejects.toEqual(
      refusal(ErrorCode.InviteUsed),
    );
  });

  it("a resend revokes the mailed code: the first mail's code is refused, the second one works", async () => {
    const s = await buildCoachingStudio(getDb(), { mailEnabled: true });
    const p = await s.program();
    const c = await co.addClient(s.deps, s.coach, {
      programId: p.id,
      name: "Ria",
      email: `ria-${s.org.id}@example.com`,
    });
    const { fanOut, mailer } = wire(s);
    await co.inviteClient(s.deps, s.coach, { clientId: c.id, method: "email" });
    for (const id of await outboxIds(s)) await fanOutOutboxEvent(fanOut, id);
    await co.inviteClient(s.deps, s.coach, { clientId: c.id, method: "email" });
    const ids = await outboxIds(s);
    await fanOutOutboxEvent(fanOut, ids[ids.length - 1] ?? 0n);
    mailer.close();
    const codes = smtp.received
      .filter((m) => m.to.includes(`ria-${s.org.id}@example.com`))
      .map((m) => /\/join ([A-Z0-9]+)/.exec(bodyOf(m.raw))?.[1] ?? "");
    expect(codes).toHaveLength(2);
    const ria = await s.newcomer("Ria");
    await expect(co.acceptInvite(s.deps, ria.personId, codes[0] ?? "")).rejects.toEqual(
      refusal(ErrorCode.InviteRevoked),
    );
    expect((await co.acceptInvite(s.deps, ria.personId, codes[1] ?? "")).client.id).toBe(c.id);
  });

  it("an address the server refuses (5xx) fails the invite for good; nothing is retried", async () => {
    const s = await buildCoachingStudio(getDb(), { mailEnabled: true });
    const p = await s.program();
    const inv = await co.inviteNewClient(s.deps, s.coach, {
      programId: p.id,
      name: "No",
      email: "nobody@example.com",
      method: "email",
    });
    const { fanOut, mailer } = wire(s);
    for (const id of await outboxIds(s)) await fanOutOutboxEvent(fanOut, id);
    mailer.close();
    const row = await s.prisma.coachingInvite.findUniqueOrThrow({ where: { id: inv.invite.id } });
    expect(row.mailStatus).toBe("failed");
    expect(row.mailError).toMatch(/550/);
  });

  it("with the server unreachable the mail goes back to the queue with no code kept, and the fan-out retries", async () => {
    const s = await buildCoachingStudio(getDb(), { mailEnabled: true });
    const p = await s.program();
    const inv = await co.inviteNewClient(s.deps, s.coach, {
      programId: p.id,
      name: "Lu",
      email: `lu-${s.org.id}@example.com`,
      method: "email",
    });
    const down = await startSmtp();
    await down.close();
    const { fanOut } = wire(s, down.url);
    const [id] = await outboxIds(s);
    await expect(fanOutOutboxEvent(fanOut, id ?? 0n)).rejects.toThrow();
    const row = await s.prisma.coachingInvite.findUniqueOrThrow({ where: { id: inv.invite.id } });
    expect(row).toMatchObject({ mailStatus: "queued", codeHash: null });
    const up = wire(s);
    await fanOutOutboxEvent(up.fanOut, id ?? 0n);
    up.mailer.close();
    expect(smtp.received.filter((m) => m.to.includes(`lu-${s.org.id}@example.com`))).toHaveLength(1);
  });
});

it("SMTP_URL is validated at start-up and needs MAIL_FROM", () => {
  expect(
    parseEnv({ SMTP_URL: "smtp://u:p@mail.example.com:587", MAIL_FROM: "Coach <c@example.com>" }).ok,
  ).toBe(true);
  const bad = parseEnv({ SMTP_URL: "mail.example.com" });
  expect(bad.ok).toBe(false);
  expect(bad.ok ? [] : bad.problems.join("\n")).toMatch(/SMTP_URL must look like smtp:\/\//);
  const noFrom = parseEnv({ SMTP_URL: "smtps://mail.example.com:465" });
  expect(noFrom.ok ? [] : noFrom.problems.join("\n")).toMatch(/MAIL_FROM is required/);
  const env = parseEnv({ TELEGRAM_BOT_USERNAME: "@coach_house_bot" });
  expect(env.ok && env.env.TELEGRAM_BOT_USERNAME).toBe("coach_house_bot");
});
