import { generateInviteCode, hashInviteCode } from "../../domain/coaching/invite-code.ts";
import type { InviteMailStore } from "../../ports/coaching-notices.ts";
import type { Logger } from "../../ports/logger.ts";
import { type Mailer, MailNotSentError, PermanentMailError } from "../../ports/mailer.ts";
import { type InviteLinks, inviteText } from "../../replies/coaching/invite-text.ts";
import { speakerFor } from "../../replies/i18n/languages.ts";
import { withSpeaker } from "../../replies/i18n/speaker.ts";

export interface InviteMailDeps {
  store: InviteMailStore;
  /** Absent when SMTP_URL is not set. */
  mailer?: Mailer;
  links: InviteLinks;
  log: Logger;
  newCode?: () => string;
}

export type InviteMailOutcome = "sent" | "skipped" | "failed" | "already" | "uncertain";

/**
 * Sends one e-mail invite (outbox kind coaching.invite_email). The code is minted here and only its
 * hash is stored, when the send is claimed (queued -> sending). A row found "sending" had a send
 * whose outcome was never recorded: it is not repeated blindly (the coach can resend). A failure
 * before the server took the mail (MailNotSentError) puts it back to "queued" and throws, so the
 * outbox retries with a fresh code.
 */
export async function deliverInviteEmail(deps: InviteMailDeps, inviteId: string): Promise<InviteMailOutcome> {
  const found = await deps.store.getInviteForMail(inviteId);
  if (!found) return "skipped";
  const { invite, notice } = found;
  if (invite.status !== "open") return "skipped";
  if (invite.mailStatus !== "queued") {
    if (invite.mailStatus === "sending")
      deps.log.warn(
        { inviteId },
        "coaching invite mail: earlier send has no recorded outcome; not repeating it",
      );
    return "already";
  }
  const to = notice.client.email;
  if (!to || !deps.mailer) {
    await deps.store.markInviteMail(
      inviteId,
      "failed",
      to ? "SMTP is not configured" : "client has no e-mail",
    );
    return "failed";
  }
  const code = (deps.newCode ?? generateInviteCode)();
  if (!(await deps.store.claimInviteMail(inviteId, hashInviteCode(code)))) return "already";
  const reader = speakerFor({ studioLocale: notice.locale ?? null });
  const mail = withSpeaker(reader, () =>
    inviteText({
      clientName: notice.client.name,
      programName: notice.program.name,
      orgName: notice.orgName,
      code,
      expiresAt: invite.expiresAt,
      timezone: notice.timezone,
      links: deps.links,
    }),
  );
  try {
    await deps.mailer.send({ to, ...mail });
  } catch (err) {
    if (err instanceof PermanentMailError) {
      await deps.store.markInviteMail(inviteId, "failed", err.message);
      deps.log.warn({ inviteId, err: err.message }, "coaching invite mail refused");
      return "failed";
    }
    if (err instanceof MailNotSentError) {
      await deps.store.requeueInviteMail(inviteId, err.message);
      throw err;
    }
    // Cut off mid-send: the mail may have arrived. The row stays "sending"; the coach can resend.
    deps.log.warn({ inviteId, err: String(err) }, "coaching invite mail: outcome unknown");
    return "uncertain";
  }
  await deps.store.markInviteMail(inviteId, "sent");
  return "sent";
}
